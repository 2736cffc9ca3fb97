"""'You are scored' by keyboard alone and by touch, and its pages pass axe-core."""

from playwright.sync_api import Page, expect

from scenarios.you import QUESTIONS
from tests.browser.test_accessibility import assert_no_violations
from tests.browser.walking import horizontal_overflow, open_all_details


def test_answer_by_keyboard_alone_and_get_a_result(page: Page, origin: str):
    page.goto(origin + "/you/")
    # Tab reaches each radio group once; arrow keys choose within it; Space picks the first.
    for _ in range(200):
        page.keyboard.press("Tab")
        tag = page.evaluate("document.activeElement.type || document.activeElement.tagName")
        if tag == "radio":
            break
    for question in QUESTIONS:
        assert page.evaluate("document.activeElement.name") == question.id
        page.keyboard.press("ArrowDown")  # moves to and selects the second answer
        page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.type") == "submit"
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("How the systems score you")
    expected = "&".join(f"{q.id}={q.options[1].id}" for q in QUESTIONS)
    assert page.url == origin + "/you/result/?" + expected


def test_answer_by_touch_on_a_phone(new_context, origin: str):
    page = new_context(viewport={"width": 375, "height": 740}, has_touch=True, is_mobile=True).new_page()
    page.goto(origin + "/you/")
    assert horizontal_overflow(page) == 0
    for question in QUESTIONS:
        page.get_by_role("group", name=question.text).get_by_text(question.options[0].label, exact=True).tap()
    page.get_by_role("button", name="Score me").tap()
    expect(page.get_by_role("heading", level=1)).to_have_text("How the systems score you")
    assert horizontal_overflow(page) == 0
    page.get_by_role("link", name="Change your answers").tap()
    expect(page.locator("input:checked")).to_have_count(len(QUESTIONS))


def test_a_missing_answer_is_caught_before_sending(page: Page, origin: str):
    page.goto(origin + "/you/")
    page.get_by_role("button", name="Score me").click()
    assert page.url == origin + "/you/"  # the browser's own check: every group is required


def test_the_questions_and_a_result_pass_axe(page: Page, origin: str):
    page.goto(origin + "/you/")
    assert_no_violations(page, "/you/")
    answers = "&".join(f"{q.id}={q.options[-1].id}" for q in QUESTIONS)
    page.goto(origin + "/you/result/?" + answers)
    assert_no_violations(page, "a result")
    assert open_all_details(page) > 0
    assert_no_violations(page, "a result with all <details> open")


REFUSED = (
    "home=rongcheng&pay=sesame&app=no&business=no&evenings=games&money=miss&crossing=cross"
    "&court=refuse&rubbish=one-bin&flight=shout&trip=fly"
)


def test_the_first_phone_screen_shows_what_you_could_no_longer_do(new_context, origin: str):
    page = new_context(viewport={"width": 390, "height": 844}, has_touch=True, is_mobile=True).new_page()
    page.goto(origin + "/you/result/?" + REFUSED)
    card = page.locator(".loss--ban").first
    expect(card).to_contain_text("Your plane ticket was refused")
    box = card.bounding_box()
    assert box is not None and box["y"] < 844, box  # the ban card starts on the first screen
    assert horizontal_overflow(page) == 0
    screens = page.evaluate("document.documentElement.scrollHeight") / 844
    assert screens <= 8, screens  # 21.5 screens before the result was reordered


def test_keyboard_reaches_the_comparison_and_opens_another_place(page: Page, origin: str):
    page.goto(origin + "/you/result/?" + REFUSED)
    # the jump link near the top, then Tab onwards to the first place
    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.getAttribute('href')") == "#elsewhere":
            break
    page.keyboard.press("Enter")
    assert page.url.endswith("#elsewhere")
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.closest('.place') !== null"):
            break
    assert page.evaluate("document.activeElement.textContent") == "Shanghai"
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("How the systems score you")
    assert page.url == origin + "/you/result/?" + REFUSED.replace("home=rongcheng", "home=shanghai")


def test_a_refused_result_and_a_leeds_result_pass_axe_with_every_details_open(page: Page, origin: str):
    for query in (REFUSED, REFUSED.replace("home=rongcheng", "home=leeds")):
        page.goto(origin + "/you/result/?" + query)
        assert_no_violations(page, "a refused result")
        assert open_all_details(page) > 6
        assert_no_violations(page, "a refused result with all <details> open")
