"""A Chinese-reading visitor: Gao Ming's year in Chinese by touch and by keyboard, the switch, axe."""

from dataclasses import replace

from django.utils import translation
from django.utils.translation import gettext
from playwright.sync_api import Page, expect

from tests.browser.test_accessibility import assert_no_violations
from tests.browser.test_keyboard import tab_to
from tests.browser.walking import (
    ENDING_HEADING,
    PERSONA_NAME,
    Move,
    assert_same_document,
    link_in_step,
    mark_document,
    moves,
)

PHONE = {"has_touch": True, "is_mobile": True, "viewport": {"width": 390, "height": 844}}
PATH = "ignore.games.refuse"


def chinese(move: Move) -> Move:
    """The same move as a Chinese reader makes it: the Chinese link, address and heading."""
    with translation.override("zh-hans"):
        heading = gettext(move.heading)
        if move.heading == ENDING_HEADING:
            heading = gettext("How the year ended for %(name)s") % {"name": gettext(PERSONA_NAME)}
        return replace(move, link=gettext(move.link), path="/zh-hans" + move.path, heading=heading)


def arrive(page: Page, origin: str, move: Move) -> None:
    expect(page).to_have_url(origin + move.path)
    expect(page.locator("#step h1")).to_have_text(move.heading)


def test_gao_mings_year_in_chinese_by_touch(new_context, origin: str) -> None:
    page = new_context(**PHONE).new_page()
    page.goto(origin + "/zh-hans/")
    expect(page.locator("html")).to_have_attribute("lang", "zh-Hans")
    page.get_by_role("link", name="高明", exact=True).tap()
    expect(page).to_have_url(origin + "/zh-hans/walk/gao-ming/")
    mark_document(page)
    for move in map(chinese, moves(PATH)):
        link_in_step(page, move.link).tap()
        arrive(page, origin, move)
    assert_same_document(page)
    assert_no_violations(page, "a Chinese ending")


def test_gao_mings_year_in_chinese_by_keyboard(page: Page, origin: str) -> None:
    page.goto(origin + "/zh-hans/walk/gao-ming/")
    for move in map(chinese, moves(PATH)):
        tab_to(page, move.link, href=move.path, limit=60)
        page.keyboard.press("Enter")
        arrive(page, origin, move)


def test_the_switch_keeps_the_persona_the_step_and_the_path_after_htmx_moves(page: Page, origin: str) -> None:
    page.goto(origin + "/walk/gao-ming/")
    for move in moves(PATH)[:4]:
        link_in_step(page, move.link).click()
        expect(page).to_have_url(origin + move.path)
    here = moves(PATH)[3]
    switch = page.locator("[data-language-switch]").first
    expect(switch).to_have_attribute("href", "/zh-hans" + here.path)
    switch.click()
    expect(page).to_have_url(origin + "/zh-hans" + here.path)
    expect(page.locator("#step h1")).to_have_text(chinese(here).heading)
    assert_no_violations(page, "a Chinese step")
    page.locator("[data-language-switch]").first.click()
    expect(page).to_have_url(origin + here.path)
    expect(page.locator("#step h1")).to_have_text(here.heading)
