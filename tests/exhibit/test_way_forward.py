"""The way forward, in the markup: every step's links onward, grouped in `[data-way-forward]`.

The browser tests (tests/browser/test_first_screen.py) check that the group sits on the
first screen; these check, for every step of every path and in-process, that the
links are there at all: in the full page and in the htmx fragment that replaces the
step, since a way forward left outside the fragment would go stale after a swap.
"""

from html.parser import HTMLParser

import pytest
from django.test import Client

from scenarios.replay import all_paths
from tests.forward import PERSONA_SLUGS, Step, steps

HTMX = {"HX-Request": "true"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class WayForward(HTMLParser):
    """The hrefs of the links inside each `[data-way-forward]` element, and of all links."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.groups: list[list[str]] = []
        self.links: list[str] = []
        self.depth = 0  # elements open inside the current group; 0 outside any group
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        names = dict(attrs)
        if tag == "a" and names.get("href"):
            self.links.append(str(names["href"]))
            if self.depth:
                self.groups[-1].append(str(names["href"]))
        if tag in VOID:
            return
        if self.depth:
            self.depth += 1
        elif "data-way-forward" in names:
            self.groups.append([])
            self.depth = 1

    def handle_endtag(self, tag: str) -> None:
        if self.depth and tag not in VOID:
            self.depth -= 1


def unique_steps(slug: str) -> list[Step]:
    seen: dict[str, Step] = {}
    for answers in all_paths(slug):
        for step in steps(slug, answers):
            seen.setdefault(step.url, step)
    return list(seen.values())


@pytest.mark.parametrize("slug", PERSONA_SLUGS)
def test_every_step_links_where_the_storyline_leads(client: Client, slug: str) -> None:
    """The URLs the tests expect are the ones the page links to, and they answer."""
    for step in unique_steps(slug):
        links = WayForward(client.get(step.url).content.decode()).links
        for url in step.forward:
            assert url in links, f"{step.url} has no link to {url}"
            assert client.get(url).status_code == 200, url


@pytest.mark.parametrize("slug", PERSONA_SLUGS)
def test_every_step_groups_its_way_forward(client: Client, slug: str) -> None:
    faults = []
    for step in unique_steps(slug):
        for kind, headers in (("page", {}), ("fragment", HTMX)):
            groups = WayForward(client.get(step.url, headers=headers).content.decode()).groups
            if not any(set(step.forward) <= set(group) for group in groups):
                faults.append(
                    f"{step.url} ({kind}): no [data-way-forward] holds {list(step.forward)}: {groups}"
                )
    assert not faults, "\n".join(faults)
