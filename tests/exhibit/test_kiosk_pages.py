"""Kiosk pages, server side: no way out of the exhibit, no downloads, QR codes for outside
sources, the nav and the start page as the kiosk is set, the standings strip on every step.

The crawl runs with kiosk mode on (its own, uncached run: the website's crawl is cached
for tests/exhibit/test_numbers.py).
"""

import re
from urllib.parse import urlsplit

import pytest
from django.test import Client, override_settings

from exhibit import panels
from exhibit.kiosk import ENTRY_POINTS
from exhibit.templatetags.exhibit import qr
from scenarios.ending import saw
from scenarios.replay import replay
from tests.exhibit.crawl import reachable
from tests.exhibit.html import Page
from tests.exhibit.test_numbers import bare_digits, unlabelled_blocks
from tests.forward import GAO_MING_REFUSAL, steps

# A kiosk that offers every way in, the sources page too, so every kind of page is checked.
KIOSK = override_settings(SCORED_KIOSK=True, SCORED_KIOSK_ENTRY_POINTS=list(ENTRY_POINTS))
REFUSAL = [step.url for step in steps("gao-ming", GAO_MING_REFUSAL)]
ENDING = "/walk/gao-ming/end/?path=ignore.games.refuse"


@pytest.fixture(scope="module")
def kiosk_pages() -> dict[str, str]:
    """Every page reachable by links from "/" on a kiosk, with its HTML."""
    with KIOSK:
        client = Client()
        return {url: client.get(url).content.decode() for url in reachable.__wrapped__()}


def test_the_kiosk_crawl_reaches_the_walk_and_its_ending(kiosk_pages: dict[str, str]) -> None:
    assert any("/end/" in url for url in kiosk_pages)
    assert all(url in kiosk_pages for url in REFUSAL)


def test_no_link_on_a_kiosk_leaves_the_exhibit_or_downloads(kiosk_pages: dict[str, str]) -> None:
    for url, html in kiosk_pages.items():
        for attrs in Page(html).all("a"):
            parts = urlsplit(attrs.get("href", ""))
            assert not parts.scheme and not parts.netloc, (url, attrs)
            assert "download" not in attrs and attrs.get("target") != "_blank", (url, attrs)
            assert not parts.path.endswith(".png"), (url, attrs)


def test_no_bare_address_to_copy_on_a_kiosk(kiosk_pages: dict[str, str]) -> None:
    for url, html in kiosk_pages.items():
        text = " ".join(Page(html).text)
        assert not re.search(r"https?://|www\.", text), url
        assert 'class="url"' not in html, url


def test_outside_sources_are_their_citation_and_a_qr_code(kiosk_pages: dict[str, str]) -> None:
    with KIOSK:
        html = Client().get("/sources/").content.decode()
    assert html.count('<svg aria-hidden="true" focusable="false" viewBox=') >= 10
    assert html.count("Scan to read it at home") == html.count('class="qr"')
    system = kiosk_pages["/systems/court_list/"]
    assert "<cite lang=" in system and 'class="qr"' in system


def test_the_qr_code_passes_the_strict_csp() -> None:
    svg = str(qr("https://example.org/a?b=1&c=2"))
    assert svg.startswith("<svg ") and svg.endswith("</svg>")
    assert "style" not in svg and "<script" not in svg and "example.org" not in svg
    assert 'aria-hidden="true"' in svg and 'viewBox="0 0' in svg


@pytest.mark.parametrize("url", [*REFUSAL, ENDING, "/", "/walk/gao-ming/", "/sources/"])
def test_every_number_on_a_kiosk_page_carries_its_label(url: str) -> None:
    with KIOSK:
        html = Client().get(url).content.decode()
    assert bare_digits(html) == []
    assert unlabelled_blocks(html) == []


def test_each_step_has_the_standings_strip_inside_the_swapped_part() -> None:
    with KIOSK:
        client = Client()
        for url in REFUSAL:
            full = client.get(url).content.decode()
            part = client.get(url, headers={"HX-Request": "true"}).content.decode()
            assert full.count('class="standings-strip"') == 1, url
            assert part.count('class="standings-strip"') == 1, url
            assert part.index('id="step"') < part.index("standings-strip"), url


def test_the_standings_strip_follows_the_walk() -> None:
    walk = replay("gao-ming", GAO_MING_REFUSAL)
    first = panels.standings_so_far(walk, walk.frames[0])
    last = panels.standings_so_far(walk, walk.frames[-1])
    assert [item.system.id for item in first.items] == ["sesame"]
    assert first.items[0].changed and first.provenance is not None
    # At the last step the strip is the ending's standings: every system that saw the year.
    assert tuple(item.system.id for item in last.items) == saw(walk)


def test_the_step_marks_its_way_forward_as_primary_only_on_a_kiosk(client: Client) -> None:
    choice = REFUSAL[2]
    assert "data-primary-control" not in client.get(choice).content.decode()
    with KIOSK:
        html = Client().get(choice).content.decode()
    marked = [a for a in Page(html).all("a") if "data-primary-control" in a]
    assert len(marked) == 3 + 1  # three choices and the kiosk bar's Start over


def test_the_ending_offers_no_download_on_a_kiosk(client: Client) -> None:
    assert "download=" in client.get(ENDING).content.decode()
    with KIOSK:
        html = Client().get(ENDING).content.decode()
    assert "download" not in html and 'card.png"' not in html.split("<body")[1]


@override_settings(SCORED_KIOSK=True, SCORED_KIOSK_ENTRY_POINTS=["stories", "claims"])
def test_the_nav_offers_only_the_kiosks_entry_points() -> None:
    html = Client().get("/walk/gao-ming/1/").content.decode()
    nav = html.split('class="site__nav"')[1].split("</nav>")[0]
    assert 'href="/"' in nav and 'href="/claims/"' in nav
    for other in ("/systems/", "/compare/", "/you/", "/sources/"):
        assert f'href="{other}"' not in nav, other


@override_settings(SCORED_KIOSK=True, SCORED_KIOSK_PERSONAS=["gao-ming", "li-jing"])
def test_the_start_page_lists_only_the_kiosks_personas() -> None:
    html = Client().get("/").content.decode()
    listed = set(re.findall(r'href="/walk/([a-z-]+)/"', html))
    assert listed == {"gao-ming", "li-jing"}
