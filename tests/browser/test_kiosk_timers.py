"""The kiosk's idle reset in two tiers, More time, text size and Start over (K-02..K-05).

All on Playwright's fake clock. The defaults: 90 s idle, then a 30 s countdown.
"""

import re

from playwright.sync_api import Page, expect

from tests.browser.kiosking import (
    IDLE,
    WARNING,
    dismiss_attract,
    expect_attract,
    idle_dialog,
    kiosk,  # noqa: F401 (a fixture)
    open_page,
    start_idle,
    start_over_dialog,
    wait_idle,
)
from tests.browser.test_accessibility import assert_no_violations
from tests.browser.walking import open_all_details

pytestmark = __import__("pytest").mark.usefixtures("kiosk")

STEP = "/walk/gao-ming/3/"


def assert_storage_empty(page: Page) -> None:
    """Nothing of the last visitor is stored: no history snapshot, no choices.

    htmx 2 keeps one key of its own in sessionStorage, the page it is on, written as
    the attract page loads; it names the attract, so it reveals nothing.
    """
    assert page.evaluate("localStorage.length") == 0
    kept = page.evaluate("Object.fromEntries(Object.entries(sessionStorage))")
    assert kept in ({}, {"htmx-current-path-for-history": "/?attract=1"}), kept


def announced(page: Page) -> str:
    return idle_dialog(page).locator("[data-countdown-announce]").inner_text()


def countdown(page: Page) -> str:
    return idle_dialog(page).locator("[data-countdown]").inner_text()


def test_the_warning_opens_at_exactly_the_idle_time_with_a_countdown_that_is_announced(
    page: Page, origin: str
):
    open_page(page, origin + STEP)
    wait_idle(page, IDLE - 1)
    expect(idle_dialog(page)).to_be_hidden()
    wait_idle(page, 1)
    dialog = idle_dialog(page)
    expect(dialog).to_be_visible()
    expect(page.get_by_role("alertdialog", name="Are you still there?")).to_be_visible()
    assert dialog.get_attribute("aria-modal") == "true"
    assert dialog.evaluate("d => d.contains(document.activeElement)"), "focus did not move into the dialog"
    assert countdown(page) == str(WARNING)
    assert f"{WARNING} seconds" in announced(page)
    assert idle_dialog(page).locator("[aria-live]").count() == 1

    # Every second the number changes; the live region speaks only every ten seconds.
    page.clock.run_for(1000)
    assert countdown(page) == str(WARNING - 1)
    assert f"{WARNING} seconds" in announced(page)
    page.clock.run_for(9000)
    assert countdown(page) == str(WARNING - 10)
    assert f"{WARNING - 10} seconds" in announced(page)
    page.clock.run_for(5000)
    assert countdown(page) == str(WARNING - 15)
    assert f"{WARNING - 10} seconds" in announced(page)
    page.clock.resume()  # axe waits on timers of its own; 15 s are left, axe takes about one
    assert_no_violations(page, "the idle warning")

    page.get_by_role("button", name="Keep going").click()
    expect(dialog).to_be_hidden()
    expect(page).to_have_url(origin + STEP)


def test_keep_going_extends_without_limit(page: Page, origin: str):
    open_page(page, origin + STEP)
    for extension in range(10):
        wait_idle(page, IDLE)
        expect(idle_dialog(page)).to_be_visible()
        wait_idle(page, WARNING - 1)
        assert countdown(page) == "1", extension
        page.get_by_role("button", name="Keep going").click()
        expect(idle_dialog(page)).to_be_hidden()
        # Keep going starts a whole new idle period: no warning a second before it ends.
        wait_idle(page, IDLE - 1)
        expect(idle_dialog(page)).to_be_hidden()
        wait_idle(page, 1)
        page.get_by_role("button", name="Keep going").click()
    expect(page).to_have_url(origin + STEP)
    expect(page.locator("#step h1")).to_be_visible()


def test_activity_restarts_the_idle_period(page: Page, origin: str):
    open_page(page, origin + STEP)
    wait_idle(page, IDLE - 10)
    page.locator("#step h1").click()  # a touch on the text: the visitor is reading
    wait_idle(page, IDLE - 1)
    expect(idle_dialog(page)).to_be_hidden()
    wait_idle(page, 1)
    expect(idle_dialog(page)).to_be_visible()


def test_more_time_gives_ten_times_the_idle_period(page: Page, origin: str):
    open_page(page, origin + STEP)
    more_time = page.get_by_role("button", name="More time")
    assert more_time.get_attribute("aria-pressed") == "false"
    more_time.click()
    assert more_time.get_attribute("aria-pressed") == "true"
    start_idle(page)
    wait_idle(page, 10 * IDLE - 1)
    expect(idle_dialog(page)).to_be_hidden()
    wait_idle(page, 1)
    expect(idle_dialog(page)).to_be_visible()


def test_text_size_control_sets_the_root_size(page: Page, origin: str):
    page.goto(origin + STEP)
    root = page.locator("html")
    page.get_by_role("button", name="Larger").click()
    assert root.get_attribute("data-text-size") == "200"
    assert page.evaluate("getComputedStyle(document.documentElement).fontSize") == "32px"
    assert page.get_by_role("button", name="Larger").get_attribute("aria-pressed") == "true"
    assert page.get_by_role("button", name="Normal").get_attribute("aria-pressed") == "false"
    page.reload()  # the visitor's choice lasts across full page loads
    assert root.get_attribute("data-text-size") == "200"
    page.get_by_role("button", name="Normal").click()
    assert root.get_attribute("data-text-size") is None


def test_the_countdown_ends_in_the_attract_and_the_next_visitor_reaches_nothing(page: Page, origin: str):
    page.clock.install()
    page.goto(origin + "/")
    dismiss_attract(page)
    page.get_by_role("link", name="Gao Ming 高明").click()
    expect(page).to_have_url(origin + "/walk/gao-ming/")
    page.get_by_role("link", name="Begin the year").click()
    expect(page).to_have_url(origin + "/walk/gao-ming/1/")
    page.locator("#step").get_by_role("link", name=re.compile("Next")).first.click()
    expect(page).to_have_url(re.compile(r"/walk/gao-ming/2/"))
    page.get_by_role("button", name="More time").click()
    page.get_by_role("button", name="Larger").click()
    open_all_details(page)
    page.mouse.wheel(0, 600)
    page.evaluate("localStorage.setItem('left-behind', 'x')")
    history_before = page.evaluate("history.length")

    start_idle(page)
    wait_idle(page, 10 * IDLE)
    expect(idle_dialog(page)).to_be_visible()
    wait_idle(page, WARNING)
    expect_attract(page, origin)

    assert_storage_empty(page)
    assert page.evaluate("history.length") == history_before, "the reset added a history entry"
    assert page.locator("html").get_attribute("data-text-size") is None
    assert (
        page.get_by_role("button", name="More time", include_hidden=True).get_attribute("aria-pressed")
        == "false"
    )
    assert page.locator("details[open]").count() == 0
    assert page.evaluate("window.scrollY") == 0

    # Back (a swipe, Alt+Left) cannot reveal the last visitor's steps.
    for _ in range(3):
        page.go_back()
        expect_attract(page, origin)
        assert page.locator("#step").count() == 0


def test_start_over_asks_and_no_keeps_the_visitors_place(page: Page, origin: str):
    page.goto(origin + STEP)
    page.locator("[data-control=start-over]").click()
    dialog = page.get_by_role("dialog", name="Start again from the beginning?")
    expect(dialog).to_be_visible()
    assert start_over_dialog(page).get_attribute("aria-modal") == "true"
    assert_no_violations(page, "the Start over dialog")
    page.get_by_role("button", name="No, stay here").click()
    expect(dialog).to_be_hidden()
    expect(page).to_have_url(origin + STEP)
    expect(page.locator("[data-control=start-over]")).to_be_focused()

    page.get_by_role("button", name="Larger").click()
    page.locator("[data-control=start-over]").click()
    page.get_by_role("button", name="Yes, start again").click()
    expect_attract(page, origin)
    assert_storage_empty(page)
    assert page.locator("html").get_attribute("data-text-size") is None


def test_the_start_over_dialog_has_no_timer_of_its_own(page: Page, origin: str):
    open_page(page, origin + STEP)
    page.locator("[data-control=start-over]").click()
    expect(start_over_dialog(page)).to_be_visible()
    start_idle(page)
    wait_idle(page, IDLE - 1)
    expect(start_over_dialog(page)).to_be_visible()
    expect(page).to_have_url(origin + STEP)


def test_error_pages_return_to_the_attract_after_the_idle_period(page: Page, origin: str):
    open_page(page, origin + "/walk/nobody/")
    expect(page.locator("[data-control=start-over]")).to_be_visible()
    wait_idle(page, IDLE)
    expect(idle_dialog(page)).to_be_visible()
    wait_idle(page, WARNING)
    expect_attract(page, origin)
