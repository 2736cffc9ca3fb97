"""A mistyped link shows an error page of the exhibit's own, with a way back."""

import pytest
from playwright.sync_api import Page, expect

CASES = {
    "unknown persona": ("/walk/nobody/", 404, "There is no such page"),
    "step beyond the story": ("/walk/gao-ming/99/?path=ignore.games.pay", 404, "There is no such page"),
    "path that skips a choice": ("/walk/gao-ming/2/?path=ignore", 400, "That path is not in the story"),
    "unfinished ending": ("/walk/gao-ming/end/?path=ignore", 400, "That path is not in the story"),
}


@pytest.mark.parametrize(("url", "status", "heading"), CASES.values(), ids=CASES.keys())
def test_error_page_leads_back_to_the_start(page: Page, origin: str, url: str, status: int, heading: str):
    response = page.goto(origin + url)
    assert response is not None and response.status == status
    expect(page.locator("h1")).to_have_text(heading)
    expect(page).to_have_title(f"{heading} · Scored")
    expect(page.locator("#step")).to_contain_text(f"Error {status}")
    expect(page.locator("header.site")).to_have_count(1)
    expect(page.locator("footer.site-footer")).to_have_count(1)
    page.get_by_role("link", name="Start over").click()
    expect(page).to_have_url(origin + "/")
    expect(page.locator("h1")).to_have_text("There is no single score")


def test_a_stale_htmx_request_swaps_in_the_error_with_a_way_back(page: Page, origin: str):
    """htmx swaps 4xx answers too, so a stale link never fails silently."""
    page.goto(origin + "/walk/gao-ming/1/")
    page.evaluate(
        """() => htmx.ajax("GET", "/walk/gao-ming/2/?path=ignore", {target: "#step", swap: "outerHTML"})"""
    )
    expect(page.locator("#step h1")).to_have_text("That path is not in the story")
    expect(page.locator("#step h1")).to_be_focused()
    expect(page.locator("#announcer")).to_have_text("That path is not in the story")
    expect(page.locator("header.site")).to_have_count(1)
    page.locator("#step").get_by_role("link", name="Start over").click()
    expect(page).to_have_url(origin + "/")
