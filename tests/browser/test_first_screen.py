"""The first screen of every step: the way forward in reach, the story near the top.

Issue 8's targets, at 390x844 (a phone, touch) and 1920x1080, on every step of every
persona's longest path, each page loaded with nothing opened and not scrolled:

- an element marked `[data-way-forward]` holds every choice link (or the Next / See the
  ending link) and lies entirely inside the viewport, and so does each of its links;
- on a phone the step's h1 starts within 160 px of the top (the ending's too);
- nothing is wider than the screen (the ending included).

And for Gao Ming's refusal path on a phone (every step and the ending, nothing opened):
at most 15 screens in all, and at most 80 visible provenance labels.

`scripts/measure_experience.py` prints the same numbers for every persona.
"""

from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import Browser, Page

from tests.forward import GAO_MING_REFUSAL, PERSONA_SLUGS, Step, ending_url, longest_path, steps

PHONE: dict[str, Any] = {"viewport": {"width": 390, "height": 844}, "has_touch": True, "is_mobile": True}
DESKTOP: dict[str, Any] = {"viewport": {"width": 1920, "height": 1080}}
VIEWPORTS = {"phone": PHONE, "desktop": DESKTOP}
HEADING_WITHIN = 160  # px from the top of a phone screen
MOST_SCREENS = 15
MOST_LABELS = 80

# The page as it stands after loading: the way forward, the heading, the width.
FIRST_SCREEN_JS = """forward => {
    const width = window.innerWidth, height = window.innerHeight;
    const shown = el => el.checkVisibility({checkVisibilityCSS: true}) && el.getClientRects().length > 0;
    const inside = el => {
        const box = el.getBoundingClientRect();
        return shown(el) && box.height > 0 && box.top >= 0 && box.left >= 0
            && box.bottom <= height && box.right <= width;
    };
    const target = a => new URL(a.href).pathname + new URL(a.href).search;
    const ways = [...document.querySelectorAll("[data-way-forward]")].map(el => {
        const links = [...el.querySelectorAll("a[href]")].filter(a => forward.includes(target(a)));
        const box = el.getBoundingClientRect();
        return {
            tag: el.tagName.toLowerCase(),
            top: Math.round(box.top), bottom: Math.round(box.bottom),
            inside: inside(el),
            missing: forward.filter(url => !links.some(a => target(a) === url)),
            outside: links.filter(a => !inside(a)).map(a => a.textContent.trim()),
        };
    });
    const h1 = document.querySelector("#step h1");
    return {
        ways: ways,
        h1_top: h1 ? h1.getBoundingClientRect().top : null,
        overflow: document.documentElement.scrollWidth - width,
        height: height,
    };
}"""

WALK_JS = """() => ({
    screens: document.documentElement.scrollHeight / window.innerHeight,
    labels: [...document.querySelectorAll(".prov")]
        .filter(el => el.checkVisibility({checkVisibilityCSS: true}) && el.getClientRects().length > 0)
        .length,
})"""


@pytest.fixture(scope="module", params=list(VIEWPORTS))
def screen(request: pytest.FixtureRequest, browser: Browser, live_server: Any) -> Iterator[tuple[str, Page]]:
    """One context and one page per viewport, reused by every persona's test."""
    context = browser.new_context(**VIEWPORTS[request.param], base_url=str(live_server.url))
    page = context.new_page()
    yield request.param, page
    context.close()


def load(page: Page, url: str) -> None:
    response = page.goto(url)
    assert response is not None and response.status == 200, f"{url}: {response and response.status}"
    page.evaluate("document.fonts.ready.then(() => true)")


def first_screen_faults(page: Page, viewport: str, step: Step) -> list[str]:
    state = page.evaluate(FIRST_SCREEN_JS, list(step.forward))
    faults = []
    ways = state["ways"]
    if not ways:
        faults.append("no [data-way-forward] element")
    elif not any(way["inside"] and not way["missing"] and not way["outside"] for way in ways):
        faults.append(
            f"no [data-way-forward] holds every way on and fits in the {state['height']} px screen: {ways}"
        )
    if viewport == "phone" and (state["h1_top"] is None or state["h1_top"] > HEADING_WITHIN):
        faults.append(f"the h1 starts at {state['h1_top']} px")
    if state["overflow"] > 0:
        faults.append(f"{state['overflow']} px wider than the screen")
    return [f"{step.url} ({step.title}): {fault}" for fault in faults]


@pytest.mark.parametrize("slug", PERSONA_SLUGS)
def test_the_way_forward_is_on_the_first_screen_of_every_step(screen: tuple[str, Page], slug: str):
    viewport, page = screen
    faults = []
    for step in steps(slug, longest_path(slug)):
        load(page, step.url)
        faults += first_screen_faults(page, viewport, step)
    # The ending is a story page too: its heading near the top, nothing too wide.
    ending = ending_url(slug, longest_path(slug))
    load(page, ending)
    state = page.evaluate(FIRST_SCREEN_JS, [])
    if viewport == "phone" and (state["h1_top"] is None or state["h1_top"] > HEADING_WITHIN):
        faults.append(f"{ending}: the h1 starts at {state['h1_top']} px")
    if state["overflow"] > 0:
        faults.append(f"{ending}: {state['overflow']} px wider than the screen")
    assert not faults, f"{slug} at {viewport}:\n" + "\n".join(faults)


def test_without_javascript_the_way_forward_is_on_a_phones_first_screen(browser: Browser, live_server: Any):
    context = browser.new_context(**PHONE, java_script_enabled=False, base_url=str(live_server.url))
    page = context.new_page()
    faults = []
    for step in steps("gao-ming", GAO_MING_REFUSAL):
        response = page.goto(step.url)
        assert response is not None and response.status == 200
        faults += first_screen_faults(page, "phone", step)
    context.close()
    assert not faults, "without JavaScript:\n" + "\n".join(faults)


def _refusal_walk(browser: Browser, live_server: Any) -> tuple[float, int, str]:
    context = browser.new_context(**PHONE, base_url=str(live_server.url))
    page = context.new_page()
    urls = [step.url for step in steps("gao-ming", GAO_MING_REFUSAL)]
    urls.append(ending_url("gao-ming", GAO_MING_REFUSAL))
    per_page = {}
    for url in urls:
        load(page, url)
        per_page[url] = page.evaluate(WALK_JS)
    context.close()
    screens = sum(m["screens"] for m in per_page.values())
    labels = sum(m["labels"] for m in per_page.values())
    detail = "\n".join(
        f"{url}: {m['screens']:.1f} screens, {m['labels']} labels" for url, m in per_page.items()
    )
    return screens, labels, detail


def test_gao_mings_refusal_walk_is_quiet_on_a_phone(browser: Browser, live_server: Any):
    _screens, labels, detail = _refusal_walk(browser, live_server)
    assert labels <= MOST_LABELS, f"{labels} visible provenance labels:\n{detail}"


def test_gao_mings_refusal_walk_is_short_on_a_phone(browser: Browser, live_server: Any):
    screens, _labels, detail = _refusal_walk(browser, live_server)
    assert screens <= MOST_SCREENS, f"{screens:.2f} phone screens with nothing opened:\n{detail}"
