"""What a visitor reads: template text is translatable (numbers: see test_numbers.py)."""

import re
from pathlib import Path

import pytest

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
FIGURE = re.compile(r'<span class="figure">(.*?)</span>\s*</span>', re.S)


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
