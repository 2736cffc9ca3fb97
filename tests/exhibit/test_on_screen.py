"""What a visitor reads: numbers wear provenance labels, text is translatable."""

import html as html_module
import re
from pathlib import Path

import pytest
from django.test import Client

from tests.exhibit.html import Page
from tests.exhibit.test_views import step_urls

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
FIGURE = re.compile(r'<span class="figure">(.*?)</span>\s*</span>', re.S)


class Numbers(Page):
    """Finds figures (<data>) and checks each sits in a `.figure` with a provenance label."""

    def __init__(self, html: str) -> None:
        self.unlabelled: list[str] = []
        super().__init__(html)
        for match in FIGURE.finditer(html):
            if 'class="prov prov--' not in match.group(1):
                self.unlabelled.append(match.group(0))


@pytest.mark.parametrize(
    "url", [*step_urls(), "/walk/gao-ming/", "/walk/gao-ming/end/?path=ignore.course.refuse"]
)
def test_every_figure_on_screen_carries_a_provenance_label(client: Client, url: str) -> None:
    html = client.get(url).content.decode()
    page = Numbers(html)
    data = page.all("data")
    assert data, "every page of the walk shows at least one number"
    assert html.count('<span class="figure">') == len(data)
    assert not page.unlabelled


@pytest.mark.parametrize("url", step_urls())
def test_no_bare_number_in_a_system_panel(client: Client, url: str) -> None:
    """Digits in a panel appear only inside figures, quotes, sources or dates."""
    html = client.get(url).content.decode()
    for panel in re.findall(r'<article class="system.*?</article>', html, re.S):
        stripped = FIGURE.sub("", panel)
        stripped = re.sub(r"<details.*?</details>", "", stripped, flags=re.S)
        stripped = re.sub(r'<span class="threshold">.*?</span>', "", stripped, flags=re.S)
        text = html_module.unescape(re.sub(r"<[^>]+>", " ", stripped))
        assert not re.search(r"\d", text), text


def template_text_outside_translation(source: str) -> list[str]:
    source = re.sub(r"\{#.*?#\}", "", source, flags=re.S)
    source = re.sub(r"\{%\s*blocktranslate.*?endblocktranslate\s*%\}", "", source, flags=re.S)
    source = re.sub(r"\{%.*?%\}|\{\{.*?\}\}", "", source, flags=re.S)
    source = re.sub(r"<(script|style)\b.*?</\1>", "", source, flags=re.S)
    source = re.sub(r"<[^>]*>", " ", source, flags=re.S)
    words = re.findall(r"[A-Za-z][A-Za-z']+", source)
    allowed = {"Scored"}  # the project's name is not translated
    return [w for w in words if w not in allowed]


@pytest.mark.parametrize("template", sorted(TEMPLATES.rglob("*.html")), ids=lambda p: p.name)
def test_templates_have_no_text_outside_translation_tags(template: Path) -> None:
    assert template_text_outside_translation(template.read_text(encoding="utf-8")) == []
