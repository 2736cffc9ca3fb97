"""The lesson package: the teacher's guide, the privacy page and the printable summary."""

import re

import pytest
from django.test import Client

from tests.classroom.conftest import Started, join


def section(html: str, heading: str) -> str:
    start = html.index(f"<h2>{heading}</h2>")
    end = html.find("<h2>", start + 1)
    return html[start : end if end > 0 else None]


def test_the_guide_has_what_a_teacher_needs_for_forty_minutes() -> None:
    html = Client().get("/class/guide/").content.decode()
    assert 3 <= section(html, "Learning objectives").count("<li>") <= 5
    assert "A 20-minute plan" in html and "A 45-minute plan" in html and "Prior knowledge" in html
    vocabulary = section(html, "Vocabulary")
    for chinese in ("社会信用体系", "失信被执行人名单", "联合惩戒", "信用修复", "芝麻信用"):
        assert f'<span lang="zh-Hans">{chinese}</span>' in vocabulary
    questions = section(html, "Questions to discuss, and answers students often give")
    assert 5 <= questions.count("<li>") <= 8
    links = section(html, "Curriculum links")
    assert "evaluating sources and using evidence" in links
    assert "developing claims and using evidence" in links
    assert "citizenship" in links
    assert "Extension activities" in html and "What you do, step by step" in html


def test_the_45_minute_plan_adds_up_to_45_minutes() -> None:
    plan = section(Client().get("/class/guide/").content.decode(), "A 45-minute plan")
    assert sum(int(m) for m in re.findall(r"<li>(\d+) minutes", plan)) == 45
    plan = section(Client().get("/class/guide/").content.decode(), "A 20-minute plan")
    assert sum(int(m) for m in re.findall(r"<li>(\d+) minutes", plan)) == 20


@pytest.mark.django_db
def test_the_summary_prints_counts_and_no_nicknames(started: Started) -> None:
    code = started.lesson.code
    join(Client(), code).get(f"/class/{code}/walk/gao-ming/end/?path=ignore.games.refuse")
    html = Client().get(started.dashboard + "summary/").content.decode()
    assert "<strong data-joined-count>1</strong>" in html
    assert started.lesson.participants.get().nickname not in html
