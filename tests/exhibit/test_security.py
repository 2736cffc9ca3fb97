"""Headers, the content security policy, no cookies, nothing from other hosts."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import Client

from tests.exhibit.html import Page

ROOT = Path(__file__).resolve().parents[2]
PAGES = ["/", "/walk/gao-ming/", "/walk/gao-ming/4/?path=ignore", "/walk/gao-ming/end/?path=ignore.games.pay"]


@pytest.mark.parametrize("url", PAGES)
def test_pages_send_a_strict_policy_and_the_usual_headers(client: Client, url: str) -> None:
    response = client.get(url)
    csp = response["Content-Security-Policy"]
    assert "default-src 'none'" in csp
    assert "script-src 'self';" in csp and "nonce" not in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert "frame-ancestors 'none'" in csp
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    policy = response["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()"):
        assert feature in policy


@pytest.mark.parametrize("url", PAGES)
def test_walkthrough_pages_set_no_cookies(client: Client, url: str) -> None:
    response = client.get(url)
    assert not response.cookies
    assert "Set-Cookie" not in response.headers


@pytest.mark.parametrize("url", PAGES)
def test_no_inline_script_style_or_handler_and_nothing_from_another_host(client: Client, url: str) -> None:
    response = client.get(url)
    page = Page(response.content.decode())
    assert "nonce" not in response["Content-Security-Policy"]
    scripts = page.all("script")
    assert scripts, "htmx and the exhibit's script should load"
    for script in scripts:
        assert script.get("src", "").startswith("/static/"), script
        assert "nonce" not in script
    for tag, attrs in page.tags:
        assert "style" not in attrs, (tag, attrs)
        assert not [name for name in attrs if name.startswith("on")], (tag, attrs)
        for name in ("src", "href", "action"):
            value = attrs.get(name, "")
            assert not value.startswith(("http:", "https:", "//")), (tag, attrs)
    assert page.all("style") == []


def test_the_vendored_htmx_is_the_version_django_htmx_ships(client: Client) -> None:
    html = client.get("/").content.decode()
    assert 'src="/static/django_htmx/htmx-2.min.js"' in html
    assert '"allowEval": false' in html and '"includeIndicatorStyles": false' in html


def run_check(extra_env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.update({"DJANGO_SETTINGS_MODULE": "exhibit.settings", "DJANGO_DEBUG": "0", **extra_env})
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_the_deploy_check_passes_with_debug_off_and_a_secret_key() -> None:
    result = run_check({"DJANGO_SECRET_KEY": "a-long-random-secret-" + "q8Zr7" * 10})
    assert result.returncode == 0, result.stderr


def test_the_deploy_check_refuses_the_local_development_key() -> None:
    result = run_check({})
    assert result.returncode != 0
    assert "exhibit.E001" in result.stderr
