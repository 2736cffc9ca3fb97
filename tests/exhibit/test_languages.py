"""Two languages at their own addresses: English unprefixed, Simplified Chinese under /zh-hans/."""

import re

import pytest
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from django.test import Client, override_settings

STEP = "/walk/gao-ming/4/?path=ignore"


def _switch(html: str) -> str:
    found = re.search(r'<a class="language-switch" href="([^"]+)"', html)
    assert found, "every page has a language switch"
    return found[1].replace("&amp;", "&")


@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/walk/gao-ming/",
        STEP,
        "/walk/gao-ming/end/?path=ignore.games.pay",
        "/compare/miss-court-payment/",
        "/claims/",
        "/sources/",
        "/systems/court_list/",
        "/you/",
    ],
)
def test_every_page_exists_in_chinese_and_the_switch_leads_to_the_same_page(client: Client, url: str) -> None:
    english = client.get(url)
    chinese = client.get("/zh-hans" + url)
    assert english.status_code == chinese.status_code == 200
    assert '<html lang="en">' in english.content.decode()
    assert '<html lang="zh-Hans">' in chinese.content.decode()
    assert _switch(english.content.decode()) == "/zh-hans" + url
    assert _switch(chinese.content.decode()) == url
    assert english["Content-Language"] == "en" and chinese["Content-Language"] == "zh-hans"


def test_the_language_comes_from_the_address_only_never_a_header_or_cookie(client: Client) -> None:
    asked = client.get(STEP, headers={"Accept-Language": "zh-Hans,zh;q=0.9"})
    assert '<html lang="en">' in asked.content.decode()
    assert "Accept-Language" not in asked["Vary"]
    assert not asked.cookies
    assert client.get("/en/").status_code == 404  # English has no prefix of its own


def test_the_two_languages_are_kept_apart(client: Client) -> None:
    english, chinese = client.get(STEP), client.get("/zh-hans" + STEP)
    assert english["ETag"] != chinese["ETag"]
    assert client.get(STEP).content == english.content


@override_settings(SCORED_KIOSK=True, SCORED_KIOSK_LANGUAGE="zh-hans")
def test_a_kiosk_resets_to_its_own_language_and_switches_with_one_touch(client: Client) -> None:
    html = client.get(STEP).content.decode()
    assert 'data-kiosk-home="/zh-hans/"' in html
    bar = html.split('class="kiosk-bar"')[1].split("</nav>")[0]
    assert 'class="language-switch" href="/zh-hans/walk/gao-ming/4/?path=ignore"' in bar


@override_settings(SCORED_KIOSK=True, SCORED_KIOSK_LANGUAGE="fr")
def test_a_kiosk_with_an_unknown_language_stops_at_start() -> None:
    with pytest.raises(SystemCheckError, match="E014"):
        call_command("check")
