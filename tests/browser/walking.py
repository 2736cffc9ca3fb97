"""What a visitor should see on each path, and helpers to drive the page.

Worked out from the storyline in `scenarios` (titles, option labels) and written as the
URLs a visitor's address bar should show, so the tests do not reuse the exhibit's own
URL building.
"""

from dataclasses import dataclass

import pytest
from playwright.sync_api import Locator, Page, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from scenarios.replay import all_paths, replay

PERSONA = "gao-ming"
PERSONA_NAME = "Gao Ming"
ENDING_HEADING = f"How the year ended for {PERSONA_NAME}"
ENDING_TITLE = f"The ending · {PERSONA_NAME} · Scored"
PATHS = [".".join(answers) for answers in all_paths(PERSONA)]


# --- What a visitor should see -------------------------------------------------


def step_path(number: int, answers: tuple[str, ...] = ()) -> str:
    query = f"?path={'.'.join(answers)}" if answers else ""
    return f"/walk/{PERSONA}/{number}/{query}"


def ending_path(answers: tuple[str, ...]) -> str:
    return f"/walk/{PERSONA}/end/?path={'.'.join(answers)}"


@dataclass(frozen=True)
class Move:
    """One click on a walk: the link's visible text, then where it should lead."""

    link: str
    path: str
    heading: str
    title: str


def moves(path: str) -> list[Move]:
    """Every click from the persona page ("Begin the year") to the ending, on a path."""
    answers = tuple(path.split("."))
    walk = replay(PERSONA, answers)
    assert walk.complete, f"{path} is not a complete path"
    frames = walk.frames
    result = []
    link = "Begin the year"
    given = 0
    for index, frame in enumerate(frames):
        heading = str(frame.title)
        result.append(
            Move(
                link=link,
                path=step_path(frame.number, frame.answers_before),
                heading=heading,
                title=f"{heading} · {PERSONA_NAME} · Scored",
            )
        )
        choice = frame.step.choice
        if choice is not None:
            option = choice.option(answers[given])
            assert option is not None
            link = str(option.label)
            given += 1
        else:
            link = "See the ending" if index == len(frames) - 1 else "Next step"
    result.append(Move(link=link, path=ending_path(answers), heading=ENDING_HEADING, title=ENDING_TITLE))
    return result


# --- Driving the page ----------------------------------------------------------


def step_heading(page: Page) -> Locator:
    return page.locator("#step h1")


def link_in_step(page: Page, text: str) -> Locator:
    return page.locator("#step").get_by_role("link", name=text, exact=True)


def mark_document(page: Page) -> None:
    """Tag the current document; `assert_same_document` fails after a full page load."""
    page.evaluate("window.__scoredDocument = 'kept'")


def assert_same_document(page: Page) -> None:
    kept = page.evaluate("window.__scoredDocument || null")
    assert kept == "kept", f"{page.url} was a full page load, not an htmx swap"


def expect_arrived(page: Page, origin: str, move: Move, *, timeout: float = 10_000) -> None:
    """The address bar, heading, focus and title after following `move`'s link."""
    # One wait, polled every animation frame, for the swap to settle with focus
    # on the new heading; then plain assertions with clear messages.
    try:
        page.wait_for_function(
            """heading => {
                const h1 = document.querySelector("#step h1");
                return h1 !== null && h1.textContent.trim() === heading && document.activeElement === h1;
            }""",
            arg=move.heading,
            timeout=timeout,
        )
    except PlaywrightTimeoutError:
        state: dict[str, str | None] = page.evaluate(
            """() => {
                const focused = document.activeElement;
                return {
                    heading: document.querySelector("#step h1")?.textContent.trim() ?? null,
                    focus: `${focused.tagName} ${focused.textContent.trim().slice(0, 60)}`,
                };
            }"""
        )
        pytest.fail(
            f"after {move.link!r}: wanted heading {move.heading!r} focused at {move.path}; "
            f"found heading {state['heading']!r}, focus on {state['focus']!r}, at {page.url}"
        )
    assert page.url == origin + move.path, f"after {move.link!r}"
    assert page.title() == move.title
    expect(page.locator("#step")).to_have_count(1)


def open_all_details(page: Page) -> int:
    return int(page.evaluate("[...document.querySelectorAll('details')].map(d => (d.open = true)).length"))


def horizontal_overflow(page: Page) -> int:
    """How many CSS pixels the page is wider than the viewport (0 when it fits)."""
    return int(page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth"))
