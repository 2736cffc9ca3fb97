"""Browser tests: real Chromium (Debian's package) driving the exhibit through Playwright.

Playwright's own browser download needs the internet, so every test launches
/usr/bin/chromium (or $CHROMIUM_PATH). The server is pytest-django's `live_server`.

The helpers below describe what a visitor should see on each path, worked out from
the storyline in `scenarios` (titles, option labels) and written as the URLs a
visitor's address bar should show, so that the tests do not reuse the exhibit's own
URL building.
"""

import os
import threading

# pytest-playwright's sync API runs an asyncio loop in the test thread, and Django
# refuses ORM-touching code (the live server's database setup) inside one.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

from pathlib import Path

import pytest

_HERE = Path(__file__).resolve().parent


def pytest_configure(config: pytest.Config) -> None:
    # WhiteNoise warns once per server start that `collectstatic` has not been run;
    # the live server serves static files through Django's StaticFilesHandler instead.
    config.addinivalue_line("filterwarnings", "ignore:No directory at:UserWarning")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if _HERE in item.path.resolve().parents:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"),
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-quic",
        ],
    }


@pytest.fixture(scope="session")
def browser(launch_browser, live_server):
    """pytest-playwright's browser, closed while the live server still runs.

    Chromium keeps HTTP connections alive, each held by a thread of the live server.
    They must end before the server stops; otherwise each thread, closing late, may
    still be using its database connection, leaves its socket unclosed, and pytest
    reports errors.
    """
    browser = launch_browser()
    yield browser
    browser.close()
    for thread in threading.enumerate():
        if thread is not threading.current_thread() and "process_request_thread" in thread.name:
            thread.join(timeout=10)


@pytest.fixture
def origin(live_server) -> str:
    """The live server's scheme, host and port, e.g. http://localhost:41234."""
    return str(live_server.url)
