"""Helpers for the kiosk's browser tests: kiosk mode on for the live server, and the clock.

Every timer runs on Playwright's fake clock (`page.clock`). `start_idle` pauses it
and touches a key, so the idle period starts at a known instant and the tests can
say exactly when the warning must (and must not) appear.
"""

from collections.abc import Iterator
from datetime import datetime

import pytest
from django.test import override_settings
from playwright.sync_api import Locator, Page, expect

IDLE = 90  # seconds, the defaults written out (a test that relied on the setting would prove nothing)
WARNING = 30
ATTRACT = "[data-attract]"


@pytest.fixture
def kiosk() -> Iterator[None]:
    """Kiosk mode on, for the live server too (override_settings is process-wide)."""
    with override_settings(
        SCORED_KIOSK=True, SCORED_KIOSK_IDLE_SECONDS=IDLE, SCORED_KIOSK_WARNING_SECONDS=WARNING
    ):
        yield


def idle_dialog(page: Page) -> Locator:
    return page.locator('[data-kiosk-dialog="idle"]')


def start_over_dialog(page: Page) -> Locator:
    return page.locator('[data-kiosk-dialog="start-over"]')


def open_page(page: Page, url: str) -> None:
    """Load a page on the fake clock, then freeze it and start the idle period now."""
    page.clock.install()
    page.goto(url)
    start_idle(page)


def start_idle(page: Page) -> None:
    now = page.evaluate("Date.now()") / 1000  # the page's fake time, in seconds
    page.clock.pause_at(datetime.fromtimestamp(now + 1))
    page.keyboard.press("Shift")  # activity: the idle period starts at this frozen instant


def dismiss_attract(page: Page) -> None:
    page.get_by_role("button", name="Touch to start").click()
    expect(page.locator(ATTRACT)).to_have_count(0)


def wait_idle(page: Page, seconds: float) -> None:
    page.clock.fast_forward(int(seconds * 1000))


def expect_attract(page: Page, origin: str) -> None:
    expect(page).to_have_url(origin + "/?attract=1")
    expect(page.locator(ATTRACT)).to_be_visible()
    expect(page.get_by_role("button", name="Touch to start")).to_be_visible()
