"""The lesson package: the teacher's guide, the privacy page and the printable summary."""

import re

import pytest
from django.test import Client

from tests.classroom.conftest import Started, join


def section(html: str, heading: str) -> str:
    start = re.search(rf"<h2[^>]*>{re.escape(heading)}</h2>", html).start()  # type: ignore[union-attr]
    end = html.find("<h2", start + 1)
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


@pytest.mark.parametrize("url", ["/class/guide/worksheet/", "/class/guide/answers/"])
def test_the_worksheet_and_its_answer_key_have_the_same_ten_questions(url: str) -> None:
    html = Client().get(url).content.decode()
    article = html[html.index("<article") : html.index("</article>")]
    assert article.count("<li>") == 10
    assert 'href="/class/guide/worksheet/"' in Client().get("/class/guide/").content.decode()


def test_the_answer_key_matches_what_the_exhibit_shows_at_the_deadline() -> None:
    from exhibit.panels import panels
    from scenarios.replay import replay

    frame = replay("gao-ming", ("ignore", "games", "refuse")).frames[3]
    changed = {p.system.id: (p.before, p.after) for p in panels(frame) if p.changed}
    assert len(changed) == 5
    rongcheng, sesame = changed["rongcheng"], changed["sesame"]
    key = Client().get("/class/guide/answers/").content.decode()
    for before, after in (rongcheng, sesame):
        assert before.value and after.value
        assert f"from {before.value.value}" in key and f"to {after.value.value}" in key


def test_the_guide_has_the_sections_a_lesson_package_names() -> None:
    html = Client().get("/class/guide/").content.decode()
    for anchor in (
        "objectives",
        "time",
        "prior-knowledge",
        "vocabulary",
        "discussion",
        "worksheet",
        "answer-key",
    ):
        assert f'id="{anchor}"' in html, anchor
    assert 'id="standards"' in html
