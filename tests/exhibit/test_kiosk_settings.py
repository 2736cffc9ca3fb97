"""Kiosk mode is one deployment setting; with it off, no page changes."""

import pytest
from django.test import Client, override_settings

from exhibit.kiosk import KioskMisconfigured, current


def test_kiosk_mode_is_off_by_default_and_pages_carry_nothing_of_it(client: Client) -> None:
    assert current() is None
    html = client.get("/walk/gao-ming/1/").content.decode()
    assert 'class="kiosk"' not in html and "kiosk.js" not in html and "kiosk.css" not in html


@override_settings(SCORED_KIOSK=True, SCORED_KIOSK_IDLE_SECONDS=120, SCORED_KIOSK_WARNING_SECONDS=40)
def test_kiosk_mode_gives_every_page_its_timers_and_start_over(client: Client) -> None:
    for url in ("/", "/walk/gao-ming/1/", "/claims/", "/no-such-page/"):
        html = client.get(url).content.decode()
        assert 'data-kiosk-idle="120"' in html and 'data-kiosk-warning="40"' in html, url
        assert 'data-control="start-over"' in html and "kiosk.js" in html, url


@override_settings(SCORED_KIOSK=True, SCORED_KIOSK_WARNING_SECONDS=5, SCORED_KIOSK_IDLE_SECONDS=1)
def test_the_warning_never_gives_less_than_twenty_seconds() -> None:
    kiosk = current()
    assert kiosk is not None and kiosk.warning_seconds == 20 and kiosk.idle_seconds == 10


@override_settings(SCORED_KIOSK=True, SCORED_KIOSK_PERSONAS=["gao-ming", "nobody"])
def test_a_kiosk_setting_naming_an_unknown_persona_is_refused() -> None:
    with pytest.raises(KioskMisconfigured, match="nobody"):
        current()


@override_settings(SCORED_KIOSK=True, SCORED_KIOSK_ENTRY_POINTS=["you"])
def test_a_kiosk_refuses_the_pages_of_a_way_in_it_does_not_offer(client: Client) -> None:
    for url in ("/claims/", "/systems/", "/systems/rongcheng/", "/compare/jaywalk/", "/sources/"):
        response = client.get(url)
        assert response.status_code == 404, url
        assert 'data-control="start-over"' in response.content.decode(), url
    for url in ("/", "/walk/gao-ming/1/", "/you/", "/healthz"):
        assert client.get(url).status_code == 200, url


def test_the_website_refuses_nothing(client: Client) -> None:
    for url in ("/claims/", "/systems/rongcheng/", "/sources/"):
        assert client.get(url).status_code == 200, url
