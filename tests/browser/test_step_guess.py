"""A step's guess in a real browser: with htmx in place, without JavaScript, by keyboard."""

from playwright.sync_api import Page, expect

from tests.browser.test_accessibility import assert_no_violations
from tests.browser.walking import assert_same_document, mark_document

FLIGHT = "/walk/gao-ming/5/?path=ignore"
GUESSED = FLIGHT + "&revealed=1&guess=court_list"


def test_a_step_guess_swaps_in_its_answer_with_javascript(page: Page, origin: str):
    page.goto(origin + FLIGHT)
    mark_document(page)
    page.get_by_text("Tick the ones you think saw it").click()
    page.get_by_label("The court's list of dishonest debtors").check()
    assert_no_violations(page, "a step's guess form, open")
    page.get_by_role("button", name="Show me").click()
    expect(page).to_have_url(origin + GUESSED)
    expect(page.locator(".predict__summary")).to_contain_text(
        "You guessed 1 system; 1 of your guesses saw it."
    )
    expect(page.locator("#step [data-way-forward] a.button--primary")).to_be_visible()
    assert_same_document(page)
    assert_no_violations(page, "a step's guess, answered")


def test_a_step_guess_is_a_plain_form_without_javascript(browser, origin: str):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(origin + FLIGHT)
    page.get_by_text("Skip, just show me").click()
    expect(page).to_have_url(origin + FLIGHT + "&revealed=1")
    expect(page.locator(".predict__summary")).to_contain_text("18 systems stayed dark.")
    page.goto(origin + FLIGHT)
    page.get_by_text("Tick the ones you think saw it").click()
    page.get_by_label("The air and rail passenger blacklists").check()
    page.get_by_role("button", name="Show me").click()
    expect(page).to_have_url(origin + FLIGHT + "&revealed=1&guess=air_rail_list")
    expect(page.locator(".predict__summary")).to_contain_text("1 of your guesses saw it")
    context.close()


def test_a_step_guess_works_by_keyboard_alone(page: Page, origin: str):
    page.goto(origin + FLIGHT)
    summary = page.locator(".predict__open > summary")
    summary.focus()
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")  # the first checkbox
    page.keyboard.press("Space")
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent.trim()") == "Show me":
            break
    page.keyboard.press("Enter")
    expect(page.locator(".predict__summary")).to_contain_text("You guessed 1 system")
