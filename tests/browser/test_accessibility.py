"""axe-core finds no violations: on every kind of page, with every disclosure open, after a swap."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page

from tests.browser.walking import expect_arrived, link_in_step, moves, open_all_details

axe = Axe()

# name: (URL, whether it has <details> to open)
PAGES = {
    "start": ("/", False),
    "persona": ("/walk/gao-ming/", True),
    "choice step": ("/walk/gao-ming/3/", True),
    "step with many consequences": ("/walk/gao-ming/4/?path=ignore", True),
    "ending": ("/walk/gao-ming/end/?path=ignore.games.refuse", True),
    "not found": ("/walk/nobody/", False),
    "impossible path": ("/walk/gao-ming/2/?path=ignore", False),
    "systems index": ("/systems/", False),
    "system page": ("/systems/court_list/", True),
    "system page for a claim": ("/systems/peer_rating/", True),
    "comparison index": ("/compare/", False),
    "comparison": ("/compare/miss-court-payment/", True),
    "comparison for a business": ("/compare/taxes/", True),
    "claims": ("/claims/", False),
    "unknown system": ("/systems/nobody/", False),
    "sources": ("/sources/", True),
    "questions": ("/you/", False),
    "another persona's step": ("/walk/shen-lan/3/?path=online.mix", True),
    "another persona's ending": ("/walk/claire-dawson/end/?path=keep.miss", True),
}


def assert_no_violations(page: Page, where: str) -> None:
    results = axe.run(page)
    # axe really ran its rules here (a blocked or empty run would pass nothing).
    assert results.response["passes"], f"axe checked nothing on {where}"
    assert results.violations_count == 0, f"axe on {where} ({page.url}):\n{results.generate_report()}"


@pytest.mark.parametrize(("url", "has_details"), PAGES.values(), ids=PAGES.keys())
def test_page_has_no_axe_violations(page: Page, origin: str, url: str, has_details: bool):
    page.goto(origin + url)
    assert_no_violations(page, url)
    if has_details:
        assert open_all_details(page) > 0
        assert_no_violations(page, f"{url} with all <details> open")


def test_no_axe_violations_after_htmx_swaps(page: Page, origin: str):
    page.goto(origin + "/walk/gao-ming/")
    for move in moves("ignore.games.refuse")[:5]:
        link_in_step(page, move.link).click()
        expect_arrived(page, origin, move)
    assert page.url.endswith("/walk/gao-ming/5/?path=ignore")
    assert_no_violations(page, "step 5 after four swaps")
    open_all_details(page)
    assert_no_violations(page, "step 5 after four swaps, all <details> open")
