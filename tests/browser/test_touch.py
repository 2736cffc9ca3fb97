"""On a phone: tapping works, and nothing is wider than the screen."""

from playwright.sync_api import expect

from tests.browser.walking import (
    ENDING_HEADING,
    assert_same_document,
    expect_arrived,
    horizontal_overflow,
    link_in_step,
    mark_document,
    moves,
    open_all_details,
)

PHONE = {"has_touch": True, "is_mobile": True, "viewport": {"width": 390, "height": 844}}


def test_tap_through_on_a_phone(new_context, origin: str):
    page = new_context(**PHONE).new_page()
    page.goto(origin + "/")
    assert page.evaluate("() => matchMedia('(pointer: coarse)').matches"), "not a touch screen"
    assert horizontal_overflow(page) == 0
    page.get_by_role("link", name="Gao Ming 高明").tap()
    expect(page).to_have_url(origin + "/walk/gao-ming/")
    assert horizontal_overflow(page) == 0
    mark_document(page)

    path = "ignore.games.refuse"
    for move in moves(path):
        link_in_step(page, move.link).tap()
        expect_arrived(page, origin, move)
        if move.heading in {"The deadline passes", "A wedding in Chengdu", "Home for the New Year"}:
            assert horizontal_overflow(page) == 0, f"{move.heading!r} is wider than the phone"
            open_all_details(page)
            assert horizontal_overflow(page) == 0, f"{move.heading!r}, details open, is wider than the phone"
    assert_same_document(page)

    assert page.locator("#step h1").inner_text() == ENDING_HEADING
    assert horizontal_overflow(page) == 0, "the ending is wider than the phone"
    # Charts scale down to the screen, and their tables fit once opened.
    for svg in page.locator("#step figure.chart svg").all():
        box = svg.bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 390
    assert open_all_details(page) > 0
    assert horizontal_overflow(page) == 0, "the ending, details open, is wider than the phone"
    for table in page.locator("#step details.chart__table table").all():
        expect(table).to_be_visible()


def test_a_tap_opens_the_sources(new_context, origin: str):
    page = new_context(**PHONE).new_page()
    page.goto(origin + "/walk/gao-ming/4/?path=ignore")
    details = page.locator("#step details.why").first
    expect(details).not_to_have_attribute("open", "")
    details.locator("summary").tap()
    expect(details).to_have_attribute("open", "")
    expect(details.locator("summary ~ *").first).to_be_visible()
    assert horizontal_overflow(page) == 0
