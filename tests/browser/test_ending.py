"""The ending in a real browser: charts that read on a phone, nothing cut off, axe clean with all open."""

import pytest
from playwright.sync_api import Page

from tests.browser.test_accessibility import assert_no_violations
from tests.browser.walking import horizontal_overflow, open_all_details

PHONE = {"has_touch": True, "is_mobile": True, "viewport": {"width": 390, "height": 844}}
ENDINGS = ["/walk/gao-ming/end/?path=ignore.games.refuse", "/walk/li-jing/end/?path=refuse.alipay.slow-train"]

# Each SVG text: its font size as drawn (CSS px), and whether it spills out of its drawing.
MEASURE = """() => [...document.querySelectorAll('svg.chart__svg text')].map(t => {
  const r = t.getBoundingClientRect(), s = t.ownerSVGElement.getBoundingClientRect();
  return {text: t.textContent, px: parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a,
          out: r.left < s.left - 2 || r.right > s.right + 2};
})"""


@pytest.mark.parametrize("url", ENDINGS)
def test_chart_text_is_at_least_12_px_on_a_phone_and_nothing_is_cut(new_context, origin: str, url: str):
    page = new_context(**PHONE).new_page()
    page.goto(origin + url)
    page.locator(".ending__more > summary").click()
    texts = page.evaluate(MEASURE)
    assert len(texts) > 20
    assert min(t["px"] for t in texts) >= 12, [t for t in texts if t["px"] < 12][:3]
    assert [t["text"] for t in texts if t["out"]] == []
    assert not any(t["text"].endswith("…") for t in texts)
    assert horizontal_overflow(page) == 0


def test_the_chart_names_the_events_down_its_side(page: Page, origin: str):
    page.goto(origin + ENDINGS[0])
    open_all_details(page)
    words = page.locator("#chart-rongcheng-title + svg text, figure:has(#chart-rongcheng-title) svg text")
    shown = " ".join(words.all_text_contents())
    for title in ("At the start", "A new baby", "Home for the New Year", "From 960: Grade A"):
        assert title in shown


@pytest.mark.parametrize("url", ENDINGS)
def test_the_ending_with_every_details_open_has_no_axe_violations(new_context, origin: str, url: str):
    page = new_context(**PHONE).new_page()
    page.goto(origin + url)
    assert open_all_details(page) > 10
    assert_no_violations(page, f"{url} on a phone, all <details> open")
