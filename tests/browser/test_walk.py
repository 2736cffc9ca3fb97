"""A visitor clicks through the whole year with a mouse, down every path."""

import re

import pytest
from playwright.sync_api import Page, expect

from tests.browser.walking import (
    ENDING_HEADING,
    PATHS,
    PERSONA_NAME,
    assert_same_document,
    expect_arrived,
    link_in_step,
    mark_document,
    moves,
)


def test_the_paths_under_test_are_the_storyline():
    assert PATHS == [
        "pay.games",
        "pay.course",
        "appeal.games",
        "appeal.course",
        "ignore.games.pay",
        "ignore.games.refuse",
        "ignore.course.pay",
        "ignore.course.refuse",
    ]


@pytest.mark.parametrize("path", PATHS)
def test_click_through_every_path(page: Page, origin: str, path: str):
    court, evenings = path.split(".")[:2]
    page.goto(origin + "/")
    expect(page.get_by_role("heading", level=1)).to_have_text("There is no single score")
    page.get_by_role("link", name=re.compile(f"^{PERSONA_NAME}")).click()
    expect(page).to_have_url(origin + "/walk/gao-ming/")
    expect(page.get_by_role("heading", level=1)).to_contain_text(PERSONA_NAME)
    mark_document(page)

    seen: dict[str, str] = {}
    for move in moves(path):
        before = page.title()
        link_in_step(page, move.link).click()
        expect_arrived(page, origin, move)
        assert page.title() != before
        assert_same_document(page)
        seen[move.heading] = (
            page.locator("#step").text_content() or ""
        )  # a scene card keeps its rule one tap away

    # The ending, swapped in like every step.
    assert page.locator("#step h1").inner_text() == ENDING_HEADING
    # A chart for each score he holds, and for each list or record his standing on changed,
    # one tap away.
    page.locator("#step details.ending__more > summary").click()
    charts = page.locator("#step figure.chart svg")
    expect(charts.first).to_be_visible()
    expect(page.locator("#step details.chart__table table")).to_have_count(charts.count())
    expect(page.locator("#chart-rongcheng-title")).to_be_visible()
    expect(page.locator("#chart-court_list-title")).to_have_count(1 if path.startswith("ignore") else 0)
    expect(page.get_by_role("heading", name="What the year brought")).to_be_visible()
    expect(page.get_by_role("heading", name="Other choices, other endings")).to_be_visible()
    expect(page.locator("header.site")).to_have_count(1)
    expect(page.locator("#announcer")).to_have_count(1)  # the layout around the step, not a fragment

    # The paths really differ, in what the visitor sees at the same moments.
    wedding = seen["Not qualified" if court == "ignore" else "A wedding in Chengdu"]
    if court == "ignore":
        assert "Plane ticket refused" in wedding
        assert "Home for the New Year" in seen
        assert "High-speed train ticket refused" in seen["Home for the New Year"]
    else:
        assert "Plane ticket refused" not in wedding
        assert "Home for the New Year" not in seen
    assert ("An appeal" in seen) == (court == "appeal")
    assert ("The appeal is decided" in seen) == (court == "appeal")

    # Once the court lists him, Sesame cuts his score: the course no longer saves the deposit.
    saves_deposit = evenings == "course" and court != "ignore"
    flat = seen["A bigger flat, no deposit" if saves_deposit else "A bigger flat"]
    if saves_deposit:
        assert "No deposit asked" in flat
        assert "a deposit must be paid" not in flat
    else:
        assert "a deposit must be paid" in flat
        assert "No deposit asked" not in flat
    assert ("Evenings of games" if evenings == "games" else "Evenings at the college") in seen

    if path.endswith(".refuse"):
        assert "Still on the list" in seen
    elif court == "ignore":
        assert "Off the list" in seen
