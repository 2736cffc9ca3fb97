"""Predict, then reveal: the comparison's guess and the claims' guesses, in a real browser.

With JavaScript the answer swaps in place (the same document); without it the same
GET form loads the answer as a page; by keyboard alone, and by touch on a phone.
"""

from playwright.sync_api import Page, expect

from tests.browser.test_accessibility import assert_no_violations
from tests.browser.test_keyboard import active
from tests.browser.walking import assert_same_document, horizontal_overflow, mark_document, open_all_details

PHONE = {"has_touch": True, "is_mobile": True, "viewport": {"width": 390, "height": 844}}
JAYWALK = "/compare/jaywalk/"
GUESSED = JAYWALK + "?guess=rongcheng&guess=sesame&revealed=1"


def summary(page: Page) -> str:
    return " ".join(page.locator(".predict__summary").inner_text().split())


def test_a_guess_swaps_in_its_answer_with_javascript(page: Page, origin: str):
    page.goto(origin + JAYWALK)
    mark_document(page)
    expect(page.locator("#sys-rongcheng")).to_have_count(0)
    page.get_by_label("Rongcheng personal credit points").check()
    page.get_by_label("Sesame Credit (Zhima Credit)").check()
    page.get_by_role("button", name="Show me").click()
    expect(page).to_have_url(origin + GUESSED)
    expect(page.locator(".predict__summary")).to_be_visible()
    assert summary(page) == "You guessed 2; 4 see it; 16 stay dark."
    expect(page.locator("#reveal-heading")).to_be_focused()
    expect(page.locator("#sys-rongcheng")).to_be_visible()
    assert_same_document(page)
    assert page.title().startswith("Cross against the light")

    page.get_by_role("link", name="Guess again").click()
    expect(page.get_by_role("button", name="Show me")).to_be_visible()
    page.get_by_role("link", name="Skip, just show me").click()
    expect(page).to_have_url(origin + JAYWALK + "?revealed=1")
    expect(page.locator(".predict__summary")).to_have_text("4 see it; 16 stay dark.", use_inner_text=True)
    assert_same_document(page)


def test_a_guess_works_without_javascript(new_context, origin: str):
    page = new_context(java_script_enabled=False).new_page()
    page.goto(origin + JAYWALK)
    page.get_by_label("Rongcheng personal credit points").check()
    page.get_by_label("Sesame Credit (Zhima Credit)").check()
    page.get_by_role("button", name="Show me").click()
    expect(page).to_have_url(origin + GUESSED)
    assert summary(page) == "You guessed 2; 4 see it; 16 stay dark."
    expect(page.locator(".predict__item--false_alarm")).to_have_text(
        "Sesame Credit (Zhima Credit) You guessed it, but it stays dark", use_inner_text=False
    )
    page.get_by_role("link", name="Guess again").click()
    expect(page).to_have_url(origin + JAYWALK)
    page.get_by_role("link", name="Skip, just show me").click()
    expect(page.locator("#sys-rongcheng")).to_be_visible()


def test_a_guess_by_keyboard_alone(page: Page, origin: str):
    page.goto(origin + JAYWALK)
    for _ in range(60):  # Tab to the first checkbox, then tick it with Space
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.value") == "rongcheng":
            break
    expect(page.get_by_label("Rongcheng personal credit points")).to_be_focused()
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    page.keyboard.press("Space")  # and the second: Suining county
    for _ in range(40):
        page.keyboard.press("Tab")
        if active(page).text == "Show me":
            break
    assert active(page).tag == "BUTTON"
    page.keyboard.press("Enter")
    expect(page).to_have_url(origin + JAYWALK + "?guess=rongcheng&guess=suining_2010&revealed=1")
    expect(page.locator("#reveal-heading")).to_be_focused()
    assert summary(page) == "You guessed 2; 4 see it; 16 stay dark."
    page.keyboard.press("Tab")  # focus goes on from the answer, not from the top of the page
    assert page.evaluate("document.getElementById('reveal').contains(document.activeElement)")


def test_a_claim_guessed_by_touch_on_a_phone(new_context, origin: str):
    page = new_context(**PHONE).new_page()
    page.goto(origin + "/claims/")
    assert horizontal_overflow(page) == 0
    mark_document(page)
    charity = page.locator("#claim-charity-points")
    expect(charity.locator(".verdict")).to_have_count(0)
    charity.get_by_role("button", name="Right", exact=True).tap()
    expect(page).to_have_url(origin + "/claims/?claim=charity-points&guess=right")
    expect(charity.locator(".verdict")).to_have_text("The record says otherwise")
    expect(charity.locator(".claim__feedback")).to_have_text(
        "You said “Right”. The record says something else."
    )
    expect(charity.locator(".verdict")).to_be_focused()
    expect(charity.get_by_text("What the record shows")).to_be_visible()

    compulsory = page.locator("#claim-compulsory")
    compulsory.get_by_role("link", name="Just show me").tap()
    expect(compulsory.locator(".verdict")).to_have_text("Did not happen")
    expect(charity.locator(".verdict")).to_be_visible()  # the first answer stays on the page
    assert_same_document(page)
    assert horizontal_overflow(page) == 0


def test_a_claim_guessed_without_javascript_lands_on_its_card(new_context, origin: str):
    page = new_context(java_script_enabled=False, **PHONE).new_page()
    page.goto(origin + "/claims/")
    page.locator("#claim-compulsory").get_by_role("button", name="Wrong").tap()
    expect(page).to_have_url(origin + "/claims/?claim=compulsory&guess=wrong#claim-compulsory")
    expect(page.locator("#claim-compulsory .claim__feedback")).to_have_text(
        "You said “Wrong”. That fits the record."
    )
    expect(page.locator("#claim-compulsory")).to_be_in_viewport()
    page.get_by_role("link", name="The record agrees (1)").tap()
    expect(page.locator("li.claim")).to_have_count(1)


REVEALED = [
    GUESSED,
    "/compare/parents/?guess=sesame&revealed=1",
    "/compare/taxes/?revealed=1",
    "/claims/?claim=charity-points&guess=right",
    "/claims/?verdict=partly",
    "/claims/?all=1",
]


def test_no_axe_violations_on_the_guesses_and_reveals(page: Page, origin: str):
    for url in [JAYWALK, "/claims/", *REVEALED]:
        page.goto(origin + url)
        assert_no_violations(page, url)
        if open_all_details(page):
            assert_no_violations(page, f"{url} with all <details> open")


def test_no_axe_violations_after_the_reveals_swap_in(page: Page, origin: str):
    page.goto(origin + JAYWALK)
    page.get_by_label("Honest Shanghai app").check()
    page.get_by_role("button", name="Show me").click()
    expect(page.locator(".predict__summary")).to_be_visible()
    assert_no_violations(page, "the comparison after its answer swapped in")
    page.goto(origin + "/claims/")
    page.locator("#claim-one-score").get_by_role("button", name="Not sure").click()
    expect(page.locator("#claim-one-score .verdict")).to_be_visible()
    assert_no_violations(page, "the claims after one card swapped in")
