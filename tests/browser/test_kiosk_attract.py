"""The kiosk's attract screen (K-01): a calm loop, a still poster with reduced motion,
and a first touch that starts the exhibit without pressing what lies under it."""

import pytest
from playwright.sync_api import Page, expect

from tests.browser.kiosking import (
    ATTRACT,
    IDLE,
    dismiss_attract,
    idle_dialog,
    kiosk,  # noqa: F401 (a fixture)
    start_idle,
    wait_idle,
)
from tests.browser.test_accessibility import assert_no_violations

pytestmark = pytest.mark.usefixtures("kiosk")

ANIMATIONS = "document.getAnimations().map(a => a.effect.getComputedTiming())"


def test_the_attract_loops_calmly_in_under_a_minute_with_real_content(page: Page, origin: str):
    page.goto(origin + "/")
    attract = page.locator(ATTRACT)
    expect(attract).to_be_visible()
    for text in (
        "Touch to start",
        "Gao Ming",
        "Buy nappies online",
        "Sesame Credit",
        "One score for every citizen",
    ):
        expect(attract).to_contain_text(text)
    assert page.locator("video, audio").count() == 0, "the loop is muted: no sound at all"
    timings = page.evaluate(ANIMATIONS)
    assert timings, "the attract does not move"
    for timing in timings:
        assert timing["iterations"] is None or timing["iterations"] > 1  # Infinity arrives as None
        assert 500 <= timing["duration"] <= 60_000, timing
    assert_no_violations(page, "the attract screen")


def test_with_reduced_motion_the_attract_is_a_still_poster(page: Page, origin: str):
    page.emulate_media(reduced_motion="reduce")
    page.goto(origin + "/")
    expect(page.locator(ATTRACT)).to_be_visible()
    assert page.evaluate("document.getAnimations().length") == 0
    for heading in page.locator(ATTRACT).locator("h2").all():
        expect(heading).to_be_visible()
        assert heading.evaluate("h => getComputedStyle(h.closest('section')).opacity") == "1"
    assert_no_violations(page, "the attract screen, reduced motion")


def test_the_first_touch_starts_without_pressing_what_is_under_it(new_context, origin: str):
    page = new_context(has_touch=True, viewport={"width": 1920, "height": 1080}).new_page()
    page.goto(origin + "/")
    expect(page.locator(ATTRACT)).to_be_visible()
    # The first link under the attract that is on screen: the touch must not press it.
    box = page.evaluate(
        """() => [...document.querySelectorAll("a")].map(a => a.getBoundingClientRect())
            .map(r => ({x: r.x, y: r.y, width: r.width, height: r.height}))
            .find(r => r.width > 0 && r.x >= 0 && r.y >= 0 && r.y + r.height <= innerHeight)"""
    )
    assert box is not None, "no link under the attract to press by mistake"
    page.touchscreen.tap(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    expect(page.locator(ATTRACT)).to_have_count(0)
    expect(page).to_have_url(origin + "/")
    expect(page.get_by_role("heading", name="Choose a person")).to_be_visible()
    # The next touch is the visitor's own: it works.
    link = page.get_by_role("link", name="Gao Ming 高明")
    link.scroll_into_view_if_needed()
    link.tap()
    expect(page).to_have_url(origin + "/walk/gao-ming/")


def test_a_key_dismisses_the_attract_and_does_nothing_else(page: Page, origin: str):
    page.goto(origin + "/")
    page.keyboard.press("Enter")
    expect(page.locator(ATTRACT)).to_have_count(0)
    expect(page).to_have_url(origin + "/")


def test_no_timer_runs_during_the_attract(page: Page, origin: str):
    page.clock.install()
    page.goto(origin + "/")
    page.clock.fast_forward("10:00")
    expect(page.locator(ATTRACT)).to_be_visible()
    expect(idle_dialog(page)).to_be_hidden()
    # The idle period starts with the visitor.
    dismiss_attract(page)
    start_idle(page)
    wait_idle(page, IDLE)
    expect(idle_dialog(page)).to_be_visible()


def test_the_home_page_mid_visit_does_not_show_the_attract_again(page: Page, origin: str):
    page.goto(origin + "/")
    dismiss_attract(page)
    page.get_by_role("link", name="Gao Ming 高明").click()
    page.get_by_role("link", name="Scored", exact=True).click()
    expect(page).to_have_url(origin + "/")
    expect(page.locator(ATTRACT)).to_have_count(0)
