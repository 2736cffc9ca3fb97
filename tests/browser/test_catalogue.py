"""The systems, the comparison and the claims: by keyboard, by touch and without JavaScript."""

from playwright.sync_api import Page, expect

from tests.browser.test_keyboard import active, tab_to
from tests.browser.walking import horizontal_overflow


def test_keyboard_from_the_start_to_a_comparison_and_a_system(page: Page, origin: str):
    page.goto(origin + "/")
    tab_to(page, "Compare", "/compare/")
    page.keyboard.press("Enter")
    expect(page).to_have_url(origin + "/compare/")
    expect(page.get_by_role("heading", level=1)).to_have_text("One event, every system")

    tab_to(page, "Cause trouble on a flight", "/compare/flight-trouble/")
    page.keyboard.press("Enter")
    expect(page).to_have_url(origin + "/compare/flight-trouble/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Cause trouble on a flight")

    # A "why" disclosure opens with Enter, and its quotes are then readable.
    for _ in range(80):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.tagName") == "SUMMARY":
            break
    page.keyboard.press("Enter")
    expect(page.locator("details[open]").first).to_be_visible()

    tab_to(page, "All systems", "/systems/", limit=400)
    page.keyboard.press("Enter")
    expect(page).to_have_url(origin + "/systems/")
    tab_to(page, "The court's list of dishonest debtors", "/systems/court_list/")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("The court's list of dishonest debtors")
    assert active(page).tag == "BODY" or active(page).tag == "A"


def test_the_pages_work_without_javascript(new_context, origin: str):
    page = new_context(java_script_enabled=False).new_page()
    page.goto(origin + "/")
    nav = page.get_by_role("navigation", name="Exhibit")
    nav.get_by_role("link", name="The systems", exact=True).click()
    expect(page).to_have_url(origin + "/systems/")
    page.get_by_role("link", name="Sesame Credit (Zhima Credit)").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Sesame Credit (Zhima Credit)")
    page.get_by_role("table").get_by_role("group").first.click()  # a native <details> opens
    expect(page.locator("table details[open]")).to_have_count(1)
    nav.get_by_role("link", name="Compare", exact=True).click()
    page.get_by_role("link", name="Buy nappies online").click()
    expect(page).to_have_url(origin + "/compare/nappies/")
    page.get_by_role("link", name="Skip, just show me").click()
    expect(page).to_have_url(origin + "/compare/nappies/?revealed=1")
    sesame = page.locator("article.system--sesame")
    expect(sesame).to_contain_text("someone who often buys nappies is probably a parent")
    nav.get_by_role("link", name="Claims and the record", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Claims and the record")


def test_a_comparison_fits_a_phone_and_its_links_are_big_enough(new_context, origin: str):
    page = new_context(viewport={"width": 375, "height": 740}, has_touch=True, is_mobile=True).new_page()
    page.goto(origin + "/compare/miss-court-payment/")
    assert horizontal_overflow(page) == 0
    small = page.evaluate(
        """[...document.querySelectorAll('main a, main summary')]
            .filter(e => e.offsetParent !== null)
            .map(e => e.getBoundingClientRect())
            .filter(r => r.height < 44).length"""
    )
    assert small == 0
    page.get_by_role("link", name="Pick another event").tap()
    expect(page).to_have_url(origin + "/compare/")
