"""Back, forward and reload after htmx swaps show the right step, as a whole page."""

from playwright.sync_api import Page, expect

from tests.browser.walking import (
    PERSONA_NAME,
    Move,
    assert_same_document,
    expect_arrived,
    link_in_step,
    mark_document,
    moves,
)


def expect_whole_step(page: Page, origin: str, path: str, heading: str) -> None:
    expect(page).to_have_url(origin + path)
    expect(page.locator("#step h1")).to_have_text(heading)
    expect(page).to_have_title(f"{heading} · Gao Ming · Scored")
    # The whole page, not the htmx partial that shares its URL.
    expect(page.locator("header.site")).to_have_count(1)
    expect(page.locator("#announcer")).to_have_count(1)  # the layout around the step, not a fragment
    expect(page.locator("#step")).to_have_count(1)
    page.wait_for_load_state("load")


def test_back_forward_and_reload(page: Page, origin: str):
    page.goto(origin + "/walk/gao-ming/")
    mark_document(page)
    begin, first, second = moves("pay.games")[:3]
    for move in (begin, first, second):
        link_in_step(page, move.link).click()
        expect_arrived(page, origin, move)
    assert_same_document(page)
    assert second.heading == "A court orders him to pay"

    page.go_back()
    expect_whole_step(page, origin, first.path, first.heading)
    page.go_back()
    expect_whole_step(page, origin, begin.path, begin.heading)
    page.go_forward()
    expect_whole_step(page, origin, first.path, first.heading)
    page.reload()
    expect_whole_step(page, origin, first.path, first.heading)

    # After all that, the links still swap steps in with htmx.
    mark_document(page)
    link_in_step(page, second.link).click()
    expect_arrived(page, origin, second)
    assert_same_document(page)
    expect(page.locator("#step section.choice a.button--option")).to_have_count(3)

    # And back to the persona page, which is a full page of its own.
    page.go_back()
    expect_whole_step(page, origin, first.path, first.heading)
    page.go_back()
    expect_whole_step(page, origin, begin.path, begin.heading)
    page.go_back()
    expect(page).to_have_url(origin + "/walk/gao-ming/")
    expect(page.get_by_role("link", name="Begin the year")).to_be_visible()
    expect(page.locator("header.site")).to_have_count(1)


def test_previous_step_links_swap_back(page: Page, origin: str):
    page.goto(origin + "/walk/gao-ming/")
    persona_heading = page.locator("#step h1").inner_text()
    assert persona_heading.startswith(f"{PERSONA_NAME}:")
    mark_document(page)
    begin, first, second, third = moves("appeal.course")[:4]
    for move in (begin, first, second, third):
        link_in_step(page, move.link).click()
        expect_arrived(page, origin, move)
    assert third.heading == "An appeal"

    for back_to in (second, first, begin):
        link_in_step(page, "Previous step").click()
        expect_arrived(
            page,
            origin,
            Move(link="Previous step", path=back_to.path, heading=back_to.heading, title=back_to.title),
        )
    link_in_step(page, "Back to the start of the story").click()
    expect_arrived(
        page,
        origin,
        Move(link="", path="/walk/gao-ming/", heading=persona_heading, title=f"{PERSONA_NAME} · Scored"),
    )
    assert_same_document(page)

    # The browser's Back button undoes the last swap, like any other link.
    page.go_back()
    expect_whole_step(page, origin, begin.path, begin.heading)
