"""Kiosk screens (issue 9, items 5 and 6; K-09, K-10, K-11, K-18), in real Chromium.

With kiosk mode on, at 1920x1080 landscape and 1080x1920 portrait, on every kind of page:
no visible text under 18 px and body paragraphs at 24 px or more; every control (link,
button, summary, input, a checkbox's label) at least 44x44 px and at least 8 px from the
next; the controls marked `data-primary-control` in the lower half and inside the screen;
no selection or callout on a long press; no hover rule that reveals anything. Every page of
Gao Ming's refusal path, and its ending, fits one screen. axe finds nothing on kiosk pages.
"""

from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal

import pytest
from django.test import override_settings
from playwright.sync_api import Browser, Page

from exhibit.kiosk import ENTRY_POINTS
from tests.browser.test_accessibility import assert_no_violations
from tests.forward import GAO_MING_REFUSAL, ending_url, steps

ORIENTATIONS = {"landscape": (1920, 1080), "portrait": (1080, 1920)}
REFUSAL = [step.url for step in steps("gao-ming", GAO_MING_REFUSAL)]
ENDING = ending_url("gao-ming", GAO_MING_REFUSAL)
# The steps that ask for a guess, once the visitor has asked to see the systems.
REVEALED = [url + ("&" if "?" in url else "?") + "revealed=1" for url in (REFUSAL[2], REFUSAL[4], REFUSAL[8])]

# Every kind of page a kiosk visitor can meet.
KINDS = {
    "start": "/",
    "persona": "/walk/gao-ming/",
    "step with a choice": REFUSAL[2],
    "step with a scene": REFUSAL[4],
    "ending": ENDING,
    "systems": "/systems/",
    "system": "/systems/court_list/",
    "compare": "/compare/miss-court-payment/",
    "claims": "/claims/",
    "sources": "/sources/",
    "you": "/you/",
    "error": "/walk/nobody/",
}

# Paragraphs that are labels, counters or notes beside the body text (18 px or more).
SECONDARY = (
    ".note, .progress, .fictional, .scene__where, .predict__lesson, .predict__dark, "
    ".standings-strip__none, .asked-as, .story-note, .claim__skip, .predict__skip, .status"
)

MEASURE_JS = """secondary => {
    const shown = el => el.checkVisibility({checkVisibilityCSS: true}) && el.getClientRects().length > 0
        && !el.closest(".visually-hidden, .skip");
    const name = el =>
        `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent.trim().slice(0, 40)}`;
    const small = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement;
        if (!node.textContent.trim() || !shown(el)) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        if (range.getClientRects().length === 0) continue;
        const size = parseFloat(getComputedStyle(el).fontSize);
        if (size < 18) small.push(`${size}px ${name(el)}`);
    }
    const body = [...document.querySelectorAll("main p")]
        .filter(p => shown(p) && p.textContent.trim() && !p.matches(secondary))
        .filter(p => !p.closest("figcaption, .toggletip"))
        .filter(p => parseFloat(getComputedStyle(p).fontSize) < 24)
        .map(p => `${getComputedStyle(p).fontSize} ${name(p)}`);
    const fixed = el => {
        for (let e = el; e; e = e.parentElement) if (getComputedStyle(e).position === "fixed") return true;
        return false;
    };
    const controls = [...document.querySelectorAll(
        "a[href], button, summary, input:not([type=hidden]), "
        + "label:has(> input[type=checkbox]), label:has(> input[type=radio])"
    )].filter(el => shown(el) && !(el.matches("input") && el.closest("label")));
    const boxes = controls.map(el => ({el, box: el.getBoundingClientRect(), fixed: fixed(el)}));
    const tiny = boxes.filter(({box}) => box.width < 43.5 || box.height < 43.5)
        .map(({el, box}) => `${Math.round(box.width)}x${Math.round(box.height)} ${name(el)}`);
    const close = [];
    for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
            const a = boxes[i], b = boxes[j];
            // A control inside another is one target; the fixed Start over bar floats over the
            // page by design (a step keeps its corner free: see the way-forward bar's padding).
            if (a.el.contains(b.el) || b.el.contains(a.el) || a.fixed !== b.fixed) continue;
            const dx = Math.max(a.box.left - b.box.right, b.box.left - a.box.right);
            const dy = Math.max(a.box.top - b.box.bottom, b.box.top - a.box.bottom);
            const gap = Math.max(dx, dy);
            if (gap < 7.5) close.push(`${Math.round(gap)}px ${name(a.el)} | ${name(b.el)}`);
        }
    }
    const H = window.innerHeight, W = window.innerWidth;
    const primary = [...document.querySelectorAll("[data-primary-control]")].map(el => {
        const box = el.getBoundingClientRect();
        return {name: name(el), lower: box.top + box.height / 2 > H / 2,
                inside: shown(el) && box.top >= 0 && box.bottom <= H && box.left >= 0 && box.right <= W};
    });
    const style = getComputedStyle(document.body);
    return {
        height: document.documentElement.scrollHeight, viewport: H, small, body, tiny, close, primary,
        select: style.userSelect,
        overflow: document.documentElement.scrollWidth - W,
    };
}"""

HOVER_JS = """() => {
    const found = [];
    for (const sheet of document.styleSheets) {
        for (const rule of sheet.cssRules) {
            if (!rule.selectorText || !rule.selectorText.includes(":hover")) continue;
            const s = rule.style;
            if (s.display || s.visibility || s.opacity) found.push(rule.cssText);
        }
    }
    return found;
}"""


@pytest.fixture(scope="module")
def kiosk_on() -> Iterator[None]:
    with override_settings(SCORED_KIOSK=True, SCORED_KIOSK_ENTRY_POINTS=list(ENTRY_POINTS)):
        yield


@pytest.fixture(scope="module", params=list(ORIENTATIONS))
def screen(
    request: pytest.FixtureRequest, kiosk_on: None, browser: Browser, live_server: Any
) -> Iterator[Page]:
    width, height = ORIENTATIONS[request.param]
    context = browser.new_context(
        viewport={"width": width, "height": height}, has_touch=True, base_url=str(live_server.url)
    )
    page = context.new_page()
    yield page
    context.close()


def measure(page: Page, url: str) -> dict[str, Any]:
    page.goto(url)
    assert page.locator("body.kiosk").count() == 1, url
    if page.locator("[data-attract]").count():  # the home page begins as the attract screen
        page.keyboard.press("Enter")
        page.locator("[data-attract]").wait_for(state="detached")
    found: dict[str, Any] = page.evaluate(MEASURE_JS, SECONDARY)
    return found


@pytest.mark.parametrize("url", KINDS.values(), ids=KINDS.keys())
def test_text_and_targets_are_sized_for_fingers_and_standing_readers(screen: Page, url: str) -> None:
    found = measure(screen, url)
    assert found["small"] == [], f"text under 18 px on {url}"
    assert found["body"] == [], f"body text under 24 px on {url}"
    assert found["tiny"] == [], f"controls under 44x44 px on {url}"
    assert found["close"] == [], f"controls closer than 8 px on {url}"
    assert found["overflow"] <= 0, url
    assert found["select"] == "none", url
    assert all(p["lower"] and p["inside"] for p in found["primary"]), (url, found["primary"])
    # Start over (the kiosk bar) is on every page, in reach.
    assert any("Start over" in p["name"] for p in found["primary"]), url


@pytest.mark.parametrize(
    "url",
    [*REFUSAL, *REVEALED, ENDING],
    ids=[f"step {n}" for n in range(1, len(REFUSAL) + 1)]
    + ["step 3 revealed", "step 5 revealed", "step 9 revealed", "ending"],
)
def test_every_page_of_the_refusal_path_fits_one_screen(screen: Page, url: str) -> None:
    found = measure(screen, url)
    assert found["height"] <= found["viewport"], f"{url} is {found['height']} px tall"
    moving_on = [p for p in found["primary"] if "Start over" not in p["name"]]
    assert moving_on, f"{url} marks no way forward as primary"
    assert all(p["lower"] and p["inside"] for p in found["primary"]), (url, found["primary"])


def test_a_long_press_shows_no_callout() -> None:
    # Desktop Chromium drops -webkit-touch-callout from the CSSOM; the kiosk's rule is in the file.
    css = (Path(__file__).resolve().parents[2] / "static/css/kiosk.css").read_text()
    body = css.split("body.kiosk {")[1].split("}")[0]
    assert "-webkit-touch-callout: none" in body and "user-select: none" in body


def test_no_hover_rule_reveals_anything(screen: Page) -> None:
    screen.goto(REFUSAL[2])
    assert screen.evaluate(HOVER_JS) == []


def test_the_standings_strip_marks_the_change_and_animates_only_with_motion(
    kiosk_on: None, browser: Browser, live_server: Any
) -> None:
    motions: tuple[tuple[Literal["no-preference", "reduce"], bool], ...] = (
        ("no-preference", True),
        ("reduce", False),
    )
    for motion, animated in motions:
        context = browser.new_context(
            viewport={"width": 1920, "height": 1080}, reduced_motion=motion, base_url=str(live_server.url)
        )
        page = context.new_page()
        page.goto(REFUSAL[0])
        changed = page.locator("#step .standings-strip__item--changed")
        assert changed.count() == 1
        running = changed.evaluate("el => el.getAnimations().length")
        assert (running > 0) is animated, motion
        context.close()


@pytest.mark.parametrize("url", KINDS.values(), ids=KINDS.keys())
def test_kiosk_pages_have_no_axe_violations(screen: Page, url: str) -> None:
    screen.goto(url)
    assert_no_violations(screen, f"kiosk {url}")
