"""After every htmx swap: focus on the new heading, a new title, and an announcement."""

from playwright.sync_api import Page

from tests.browser.walking import (
    ENDING_HEADING,
    assert_same_document,
    expect_arrived,
    link_in_step,
    mark_document,
    moves,
)

ANNOUNCER = "document.getElementById('announcer')"


def announcement_after(page: Page, heading: str) -> str:
    """Wait for the live region to speak about the step titled `heading`, and return it."""
    expected_start = "The ending." if heading == ENDING_HEADING else f"{heading}."
    page.wait_for_function(
        f"start => ({ANNOUNCER}.textContent || '').startsWith(start)", arg=expected_start, timeout=5000
    )
    return str(page.evaluate(f"{ANNOUNCER}.textContent"))


def test_each_swap_moves_focus_retitles_and_announces(page: Page, origin: str):
    page.goto(origin + "/walk/gao-ming/")
    mark_document(page)
    # The live region must outlive every swap, or screen readers miss what it says.
    page.evaluate(f"{ANNOUNCER}.dataset.original = 'yes'")
    assert page.get_attribute("#announcer", "aria-live") == "polite"
    assert page.locator("#step #announcer").count() == 0

    titles = [page.title()]
    for move in moves("ignore.games.refuse"):
        link = link_in_step(page, move.link)
        link.scroll_into_view_if_needed()
        link.click()
        expect_arrived(page, origin, move)
        assert_same_document(page)

        # Focus is on the new step's heading, which is in the document: not on
        # the link that was clicked (gone with the old step), nor on <body>.
        focus = page.evaluate(
            """() => {
                const e = document.activeElement;
                return {tag: e.tagName, inStep: e.closest("#step") !== null, connected: e.isConnected,
                        text: e.textContent.trim()};
            }"""
        )
        assert focus == {"tag": "H1", "inStep": True, "connected": True, "text": move.heading}

        # A new title for each step, the same the full page would have.
        assert page.title() == move.title
        assert page.title() not in titles, f"title {page.title()!r} repeats an earlier one"
        titles.append(page.title())

        # The page is back at the top, where the focused heading is.
        assert page.evaluate("window.scrollY") == 0

        said = announcement_after(page, move.heading)
        assert page.evaluate(f"{ANNOUNCER}.dataset.original") == "yes", "the live region was replaced"
        if move.heading != ENDING_HEADING:
            # Each system whose panel is shown (it sees the step) is announced; the rest in one line.
            for name in page.locator("#step article.system h3").all_inner_texts():
                assert name in said, f"{name!r} not announced at {move.heading!r}: {said!r}"
            assert "The other systems do not see this." in said
        # Still on the heading once the announcement has been made.
        assert page.evaluate("document.activeElement === document.querySelector('#step h1')")
