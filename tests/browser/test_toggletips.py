"""A provenance label explains itself when tapped or pressed, with or without JavaScript."""

from playwright.sync_api import Page, expect

from tests.browser.test_accessibility import assert_no_violations

PHONE = {"has_touch": True, "is_mobile": True, "viewport": {"width": 390, "height": 844}}
STEP = "/walk/gao-ming/3/"


def test_a_tap_on_a_label_opens_its_explanation_and_a_tap_closes_it(new_context, origin: str):
    page = new_context(**PHONE).new_page()
    page.goto(origin + STEP)
    label = page.locator("#step .beat button.prov")
    expect(label).to_have_text("Our assumption")
    tip = page.locator("#what-assumption")
    expect(tip).to_be_hidden()
    label.tap()
    expect(tip).to_be_visible()
    expect(tip).to_contain_text("no source gives this")
    box = tip.bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 390
    assert_no_violations(page, "a label's explanation, open on a phone")
    tip.get_by_role("button", name="Close").tap()
    expect(tip).to_be_hidden()


def test_a_label_opens_by_keyboard_and_closes_with_escape(page: Page, origin: str):
    page.goto(origin + STEP)
    label = page.locator("#step .beat button.prov")
    label.focus()
    page.keyboard.press("Enter")
    expect(page.locator("#what-assumption")).to_be_visible()
    page.keyboard.press("Escape")
    expect(page.locator("#what-assumption")).to_be_hidden()
    assert page.evaluate("document.activeElement.classList.contains('prov')")


def test_a_label_explains_itself_without_javascript(new_context, origin: str):
    page = new_context(java_script_enabled=False).new_page()
    page.goto(origin + STEP)
    page.locator("#step .beat button.prov").click()
    expect(page.locator("#what-assumption")).to_be_visible()
