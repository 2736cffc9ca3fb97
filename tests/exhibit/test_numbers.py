"""Every number a visitor reads carries a provenance label, on every reachable page.

A digit may appear only inside a labelled figure (`span.figure`, which must hold an
official text / named report / source article / our assumption label), inside an
element marked `data-provenance` that holds one such label for all of its text (a
`figure--plain` number counts only there), in quotes and their
citations, in dates (`<time>`), in counters (`data-counter`: "Step 4"), and in the
SVG drawing whose table alternative shows the labelled figures.
"""

import re
from html.parser import HTMLParser

import pytest
from django.test import Client

from exhibit.templatetags.exhibit import CHINESE_MONTH_DAY
from scenarios.you import QUESTIONS
from tests.exhibit.crawl import reachable

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
EXEMPT_TAGS = {"blockquote", "figcaption", "cite", "time", "svg", "script", "style", "title"}
EXEMPT_CLASSES = {
    "references",
    "url",
    "quote",
    "note",
    "date",
}  # "date": an undated text's "after 2017"  # a note explains its figure
EXEMPT_ATTRIBUTES = {"data-provenance", "data-counter", "data-announce"}


class Digits(HTMLParser):
    """Collects text with digits that no exempt element encloses."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[bool] = []  # for each open element: does it exempt its text?
        self.bare: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in VOID:
            return
        names = dict(attrs)
        classes = set((names.get("class") or "").split())
        labelled_figure = "figure" in classes and "figure--plain" not in classes
        exempt = (
            tag in EXEMPT_TAGS
            or labelled_figure
            or bool(classes & EXEMPT_CLASSES)
            or bool(EXEMPT_ATTRIBUTES & names.keys())
        )
        self.stack.append(exempt)

    def handle_endtag(self, tag: str) -> None:
        if tag not in VOID and self.stack:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        data = CHINESE_MONTH_DAY.sub("", data)  # a date, as "April" is
        if re.search(r"\d", data) and not any(self.stack):
            self.bare.append(data.strip())


def bare_digits(html: str) -> list[str]:
    parser = Digits()
    parser.feed(html)
    return parser.bare


class Blocks(HTMLParser):
    """Finds labelled figures and data-provenance blocks that hold no provenance label."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[list[object]] = []  # [tag, needs a label, has one, text]
        self.missing: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        names = dict(attrs)
        classes = set((names.get("class") or "").split())
        if {"prov"} <= classes:
            for entry in self.stack:
                entry[2] = True
        if tag in VOID:
            return
        labelled_figure = "figure" in classes and "figure--plain" not in classes
        self.stack.append([tag, labelled_figure or "data-provenance" in names, False, ""])

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID or not self.stack:
            return
        entry = self.stack.pop()
        if entry[1] and not entry[2]:
            self.missing.append(str(entry[3]).strip())

    def handle_data(self, data: str) -> None:
        for entry in self.stack:
            entry[3] = str(entry[3]) + data


def unlabelled_blocks(html: str) -> list[str]:
    """Figures and data-provenance blocks that hold no provenance label."""
    parser = Blocks()
    parser.feed(html)
    return parser.missing


def test_the_crawl_reaches_every_kind_of_page() -> None:
    urls = reachable()
    for prefix in ("/walk/", "/systems/", "/compare/", "/claims/"):
        assert any(url.startswith(prefix) for url in urls), prefix
    assert any(url.startswith("/walk/") and "/end/" in url for url in urls)


def you_results() -> list[str]:
    """Result pages sit behind a form, not a link: one per answer to each question."""
    defaults = {q.id: q.options[0].id for q in QUESTIONS}
    urls = []
    for question in QUESTIONS:
        for option in question.options:
            answers = {**defaults, question.id: option.id}
            urls.append("/you/result/?" + "&".join(f"{k}={v}" for k, v in answers.items()))
    return sorted(set(urls))


@pytest.mark.parametrize(
    "url",
    [*reachable(), *you_results(), *reachable("/zh-hans/"), *("/zh-hans" + url for url in you_results())],
)
def test_every_number_on_the_page_carries_a_provenance_label(client: Client, url: str) -> None:
    html = client.get(url).content.decode()
    assert bare_digits(html) == []
    assert unlabelled_blocks(html) == []


def test_the_check_catches_a_bare_number() -> None:
    assert bare_digits("<p>It costs 5 points.</p>") == ["It costs 5 points."]
    assert bare_digits('<p><span class="figure"><data value="5">5</data></span> points</p>') == []
    assert unlabelled_blocks('<span class="figure"><data value="5">5</data> </span>') != []
    labelled = (
        '<p data-provenance><span class="figure figure--plain">5</span> <button class="prov">R</button></p>'
    )
    assert unlabelled_blocks(labelled) == []
    plain = '<span class="figure figure--plain"><data value="5">5</data></span>'
    assert bare_digits(f"<p>{plain} points</p>") == ["5"]
    assert (
        bare_digits(f'<p data-provenance>{plain} points <button class="prov prov--report">R</button></p>')
        == []
    )
