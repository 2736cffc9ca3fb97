"""Measure what a visitor meets on a walk: screens, visible labels, the way forward.

For every persona and one representative path (the longest complete path, the first
of them in the storyline's order when several are as long; for Gao Ming the refusal
path ignore.games.refuse that issue 8 measures), this loads every step page and the
ending in real Chromium, with nothing opened, at 390x844 (touch, mobile) and at
1920x1080, and prints per persona:

- screens: the sum over the pages of scrollHeight / viewport height;
- labels: provenance labels (class "prov") that are visible: not in a closed
  <details>, not in a closed popover, not display:none (Element.checkVisibility);
- forward: on how many steps the way forward (every choice link, or the Next /
  See the ending link) lies entirely inside the first screen without scrolling;
  it is the links inside `[data-way-forward]` when the page marks one (the new step
  page), otherwise `.choice a.button--option` and `.steps-nav a.button--primary`;
- h1 top: where the step's heading starts, in CSS px from the top of the page
  (the smallest and the largest over the steps);

then the first-visit transfer size of a step page: a fresh browser (empty cache) loads
it, and the encoded bytes of the HTML, CSS, JavaScript and fonts are summed (the
Resource Timing API's encodedBodySize, and transferSize with headers).

Measure against the production-style server, which compresses (Django's GZipMiddleware
for the HTML, WhiteNoise's precompressed files for static ones); the dev server does not:

    .venv/bin/python manage.py migrate --noinput -v0
    .venv/bin/python manage.py collectstatic --noinput -v0
    DJANGO_DEBUG=0 DJANGO_SECURE_SSL_REDIRECT=0 DJANGO_HSTS_SECONDS=0 \\
      DJANGO_ALLOWED_HOSTS=127.0.0.1,localhost \\
      .venv/bin/gunicorn exhibit.wsgi --workers 2 --bind 127.0.0.1:8105 &
    .venv/bin/python scripts/measure_experience.py [--base http://127.0.0.1:8105] [--json]

(Chromium treats 127.0.0.1 as a secure origin and accepts Brotli there, so WhiteNoise
serves its .br files; the HTML comes gzipped.) Stop the server afterwards by its id.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from playwright.sync_api import Browser, Page, sync_playwright  # noqa: E402

from scenarios.personas import PERSONAS  # noqa: E402
from scenarios.replay import all_paths, replay  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
VIEWPORTS: dict[str, dict[str, Any]] = {
    "phone": {"viewport": {"width": 390, "height": 844}, "has_touch": True, "is_mobile": True},
    "desktop": {"viewport": {"width": 1920, "height": 1080}},
}
# The path issue 8 measures for Gao Ming: refuse to pay, games, keep refusing.
COUNTED = (".css", ".js", ".woff2", ".woff", ".ttf", ".otf")
REPRESENTATIVE = {"gao-ming": ("ignore", "games", "refuse")}

# One page, measured where it stands after loading (nothing opened, not scrolled).
MEASURE_JS = """() => {
    const height = window.innerHeight;
    const shown = el => el.checkVisibility({checkVisibilityCSS: true})
        && el.getClientRects().length > 0;
    const labels = [...document.querySelectorAll(".prov")].filter(shown).length;
    const marked = [...document.querySelectorAll("[data-way-forward]")]
        .filter(el => el.querySelector("a[href]"));
    const links = marked.length
        ? marked.flatMap(el => [...el.querySelectorAll("a[href]")])
        : [...document.querySelectorAll(".choice a.button--option, .steps-nav a.button--primary")];
    const inside = el => {
        const box = el.getBoundingClientRect();
        return shown(el) && box.top >= 0 && box.bottom <= height && box.height > 0;
    };
    const h1 = document.querySelector("#step h1") || document.querySelector("h1");
    return {
        height: document.documentElement.scrollHeight,
        viewport: height,
        labels: labels,
        contract: marked.length ? "data-way-forward" : "legacy",
        forward_links: links.length,
        forward_inside: links.length > 0 && links.every(inside)
            && marked.every(el => inside(el)),
        h1_top: h1 ? Math.round(h1.getBoundingClientRect().top + window.scrollY) : null,
        overflow: document.documentElement.scrollWidth - window.innerWidth,
    };
}"""

RESOURCES_JS = """() => {
    const nav = performance.getEntriesByType("navigation")[0];
    const rows = [{name: location.pathname + location.search, type: "html",
                   encoded: nav.encodedBodySize, decoded: nav.decodedBodySize,
                   transfer: nav.transferSize}];
    for (const r of performance.getEntriesByType("resource")) {
        rows.push({name: new URL(r.name).pathname, type: r.initiatorType,
                   encoded: r.encodedBodySize, decoded: r.decodedBodySize,
                   transfer: r.transferSize});
    }
    return rows;
}"""


@dataclass
class PageRow:
    url: str
    kind: str  # "step" or "ending"
    screens: float
    labels: int
    contract: str
    forward_links: int
    forward_inside: bool
    h1_top: int | None
    overflow: int


@dataclass
class PersonaRow:
    slug: str
    path: str
    steps: int
    viewport: str
    screens: float = 0.0
    labels: int = 0
    forward_inside: int = 0
    h1_top_min: int | None = None
    h1_top_max: int | None = None
    overflowing_pages: int = 0
    pages: list[PageRow] = field(default_factory=list)


def representative_path(slug: str) -> tuple[str, ...]:
    if slug in REPRESENTATIVE:
        return REPRESENTATIVE[slug]
    paths = all_paths(slug)
    return max(paths, key=lambda answers: (len(replay(slug, answers).frames), -paths.index(answers)))


def walk_urls(slug: str, answers: tuple[str, ...]) -> list[tuple[str, str]]:
    """Every step page of the path, then the ending, as (kind, path and query)."""
    walk = replay(slug, answers)
    assert walk.complete, f"{slug}: {'.'.join(answers)} is not a complete path"
    urls = []
    for frame in walk.frames:
        query = f"?path={'.'.join(frame.answers_before)}" if frame.answers_before else ""
        urls.append(("step", f"/walk/{slug}/{frame.number}/{query}"))
    urls.append(("ending", f"/walk/{slug}/end/?path={'.'.join(answers)}"))
    return urls


def measure_page(page: Page, base: str, url: str) -> dict[str, Any]:
    response = page.goto(base + url, wait_until="load")
    assert response is not None and response.ok, f"{url}: {response and response.status}"
    page.evaluate("document.fonts.ready.then(() => true)")
    result: dict[str, Any] = page.evaluate(MEASURE_JS)
    return result


def measure_persona(page: Page, base: str, slug: str, viewport: str) -> PersonaRow:
    answers = representative_path(slug)
    urls = walk_urls(slug, answers)
    row = PersonaRow(slug=slug, path=".".join(answers), steps=len(urls) - 1, viewport=viewport)
    for kind, url in urls:
        m = measure_page(page, base, url)
        page_row = PageRow(
            url=url,
            kind=kind,
            screens=round(m["height"] / m["viewport"], 2),
            labels=m["labels"],
            contract=m["contract"],
            forward_links=m["forward_links"],
            forward_inside=bool(m["forward_inside"]) if kind == "step" else False,
            h1_top=m["h1_top"],
            overflow=m["overflow"],
        )
        row.pages.append(page_row)
        row.screens += m["height"] / m["viewport"]
        row.labels += page_row.labels
        row.overflowing_pages += page_row.overflow > 0
        if kind == "step":
            row.forward_inside += page_row.forward_inside
            if page_row.h1_top is not None:
                tops = [t for t in (row.h1_top_min, row.h1_top_max, page_row.h1_top) if t is not None]
                row.h1_top_min, row.h1_top_max = min(tops), max(tops)
    row.screens = round(row.screens, 1)
    return row


def first_visit(browser: Browser, base: str, url: str) -> dict[str, Any]:
    """A fresh context (empty cache) loads one page; the bytes it fetched, by resource."""
    context = browser.new_context(**VIEWPORTS["phone"])
    page = context.new_page()
    encodings: dict[str, str] = {}
    page.on(
        "response",
        lambda r: encodings.__setitem__(
            r.url.removeprefix(base).split("?")[0], r.headers.get("content-encoding", "identity")
        ),
    )
    page.goto(base + url, wait_until="load")
    page.evaluate("document.fonts.ready.then(() => true)")
    page.wait_for_timeout(200)
    rows: list[dict[str, Any]] = page.evaluate(RESOURCES_JS)
    context.close()
    for r in rows:
        r["encoding"] = encodings.get(r["name"].split("?")[0], "?")
    counted = [r for r in rows if r["type"] == "html" or r["name"].endswith(COUNTED)]
    return {
        "url": url,
        "resources": rows,
        # HTML, CSS, JavaScript and fonts: the first-visit budget of issue 8 (under 50 KB).
        "counted": sum(r["encoded"] for r in counted),
        "encoded": sum(r["encoded"] for r in rows),
        "decoded": sum(r["decoded"] for r in rows),
        "transfer": sum(r["transfer"] for r in rows),
    }


def markdown(rows: list[PersonaRow], visits: list[dict[str, Any]], base: str) -> str:
    out = [f"Measured against {base} by `scripts/measure_experience.py`, nothing opened.", ""]
    for viewport in VIEWPORTS:
        size = VIEWPORTS[viewport]["viewport"]
        out += [
            f"## {viewport.capitalize()}, {size['width']}x{size['height']}",
            "",
            "| persona | path | steps | screens | visible labels | way forward in first screen "
            "| h1 top (px) | pages wider than the screen |",
            "|---|---|--:|--:|--:|--:|--:|--:|",
        ]
        for r in (r for r in rows if r.viewport == viewport):
            tops = f"{r.h1_top_min}" if r.h1_top_min == r.h1_top_max else f"{r.h1_top_min}-{r.h1_top_max}"
            out.append(
                f"| {r.slug} | {r.path} | {r.steps} | {r.screens} | {r.labels} "
                f"| {r.forward_inside} of {r.steps} | {tops} | {r.overflowing_pages} |"
            )
        out.append("")
    out += ["## Per page (phone, then desktop)", ""]
    for viewport in VIEWPORTS:
        for r in (r for r in rows if r.viewport == viewport):
            out += [
                f"<details><summary>{r.slug}, {viewport}</summary>",
                "",
                "| page | screens | visible labels | way forward inside | h1 top |",
                "|---|--:|--:|---|--:|",
            ]
            for p in r.pages:
                inside = ("yes" if p.forward_inside else "no") if p.kind == "step" else "(ending)"
                out.append(f"| `{p.url}` | {p.screens} | {p.labels} | {inside} | {p.h1_top} |")
            out += ["", "</details>", ""]
    out += ["## First visit (empty cache, phone)", ""]
    for visit in visits:
        out += [
            f"`{visit['url']}`: HTML, CSS, JavaScript and fonts {visit['counted']:,} bytes encoded "
            f"({visit['counted'] / 1024:.1f} KB); everything fetched {visit['encoded']:,} bytes encoded, "
            f"{visit['transfer']:,} bytes with headers, {visit['decoded']:,} bytes decoded.",
            "",
            "| resource | type | encoding | encoded bytes | decoded bytes |",
            "|---|---|---|--:|--:|",
        ]
        for res in visit["resources"]:
            out.append(
                f"| `{res['name']}` | {res['type']} | {res['encoding']} "
                f"| {res['encoded']:,} | {res['decoded']:,} |"
            )
        out.append("")
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--base", default="http://127.0.0.1:8105", help="the server's origin")
    parser.add_argument("--json", action="store_true", help="print JSON instead of markdown")
    parser.add_argument("--persona", action="append", choices=list(PERSONAS), help="only these personas")
    parser.add_argument(
        "--first-visit",
        action="append",
        help="a page to load with an empty cache (default: Gao Ming's first step, and his heaviest)",
    )
    options = parser.parse_args()
    base = options.base.rstrip("/")
    slugs = options.persona or list(PERSONAS)
    rows: list[PersonaRow] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for viewport, settings in VIEWPORTS.items():
            context = browser.new_context(**settings)
            page = context.new_page()
            page.set_default_timeout(20_000)
            page.goto(base + "/")
            for slug in slugs:
                rows.append(measure_persona(page, base, slug, viewport))
            context.close()
        visit_urls = options.first_visit
        if not visit_urls:
            gao = walk_urls("gao-ming", REPRESENTATIVE["gao-ming"])
            visit_urls = [gao[0][1], _heaviest_step(browser, base, gao)]
        visits = [first_visit(browser, base, url) for url in dict.fromkeys(visit_urls)]
        browser.close()
    if options.json:
        print(
            json.dumps({"base": base, "personas": [asdict(r) for r in rows], "first_visit": visits}, indent=2)
        )
    else:
        print(markdown(rows, visits, base))


def _heaviest_step(browser: Browser, base: str, urls: list[tuple[str, str]]) -> str:
    """The step page of these whose HTML is the most bytes on the wire."""
    context = browser.new_context()
    page = context.new_page()
    sizes = {}
    for kind, url in urls:
        if kind == "step":
            page.goto(base + url)
            sizes[url] = page.evaluate("performance.getEntriesByType('navigation')[0].encodedBodySize")
    context.close()
    return max(sizes, key=lambda url: sizes[url])


if __name__ == "__main__":
    main()
