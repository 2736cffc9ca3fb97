"""A visitor with only a keyboard: Tab, Shift+Tab and Enter, from the start page to an ending."""

from dataclasses import dataclass

import pytest
from playwright.sync_api import Page

from tests.browser.walking import ENDING_HEADING, assert_same_document, expect_arrived, moves

ACTIVE = r"""() => {
    const e = document.activeElement;
    return {
        tag: e.tagName,
        text: (e.innerText || e.textContent || "").replace(/\s+/g, " ").trim(),
        href: e.getAttribute("href"),
        in_step: e.closest("#step") !== null,
    };
}"""


@dataclass(frozen=True)
class Focus:
    tag: str
    text: str
    href: str | None
    in_step: bool


def active(page: Page) -> Focus:
    return Focus(**page.evaluate(ACTIVE))


def tab_to(page: Page, text: str, href: str | None = None, *, limit: int = 40) -> Focus:
    """Press Tab until the focused element is the link `text` (to `href`), at most `limit` times."""
    trail: list[str] = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        now = active(page)
        assert now.tag != "BODY", f"focus fell to <body> while tabbing to {text!r}, after {trail}"
        trail.append(f"{now.tag}:{now.text[:40]}")
        if now.tag == "A" and now.text == text:
            assert href is None or now.href == href, f"{text!r} links to {now.href}, not {href}"
            return now
    pytest.fail(f"no link {text!r} within {limit} presses of Tab on {page.url}; focus went: {trail}")


def test_keyboard_only_walk_to_an_ending(page: Page, origin: str):
    page.goto(origin + "/")

    # The first Tab stop is the skip link, shown when focused; it jumps past the header.
    page.keyboard.press("Tab")
    assert active(page).text == "Skip to the content"
    box = page.locator("a.skip").bounding_box()
    assert box is not None and box["x"] >= 0 and box["y"] >= 0, "the focused skip link is off screen"
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('main') !== null"), (
        "Tab after the skip link should land inside <main>"
    )
    tab_to(page, "Gao Ming 高明", limit=10)

    page.keyboard.press("Enter")
    page.wait_for_url(origin + "/walk/gao-ming/")
    assert page.locator("h1").inner_text().startswith("Gao Ming:")

    path = "ignore.games.pay"
    page.evaluate("window.__scoredDocument = 'kept'")
    for number, move in enumerate(moves(path)):
        tab_to(page, move.link, href=move.path)
        page.keyboard.press("Enter")
        expect_arrived(page, origin, move)
        assert_same_document(page)
        # Focus stays on the heading, also once the announcement has been made.
        page.wait_for_function("() => document.getElementById('announcer').textContent !== ''")
        now = active(page)
        assert (now.tag, now.in_step, now.text) == ("H1", True, move.heading)

        if number == 0:
            # Sequential navigation starts from the focused heading: Shift+Tab goes
            # back through the step's head (Start over, back, the persona's badge)
            # to the header's folded menu; Tab comes forward into the step.
            page.keyboard.press("Shift+Tab")
            assert active(page).text == "Start over"
            page.keyboard.press("Shift+Tab")
            assert active(page).text == "Back to the start of the story"
            page.keyboard.press("Shift+Tab")
            assert active(page).text == "Simulation · Fictional persona"
            page.keyboard.press("Shift+Tab")
            assert (active(page).tag, active(page).text) == ("SUMMARY", "Menu")
            page.keyboard.press("Tab")
            assert active(page).in_step, "Tab from the header should enter the step"

    assert page.locator("#step h1").inner_text() == ENDING_HEADING
    assert "Off the list" in (page.locator("#step ol.path").text_content() or "")
