"""The words of a step inside a lesson (research C-13) and the guide's vocabulary, from one glossary."""

import pytest
from django.test import Client

from scenarios.glossary import GLOSSARY, terms_in
from tests.classroom.conftest import Started, join

pytestmark = pytest.mark.django_db


def test_a_term_is_found_by_any_of_its_phrases_whatever_the_case() -> None:
    found = terms_in(["Gao Ming is put on the court's list of DISHONEST debtors.", "Sesame Credit drops."])
    assert [term.id for term in found] == ["dishonest-debtors", "sesame"]
    assert terms_in(["He buys a bicycle."]) == ()


def test_every_term_has_its_chinese_a_definition_and_a_phrase_to_find() -> None:
    assert len({term.id for term in GLOSSARY}) == len(GLOSSARY) >= 5
    for term in GLOSSARY:
        assert term.chinese and term.pinyin and term.definition.endswith(".")
        assert all(phrase == phrase.lower() for phrase in term.finds) and term.finds


def test_the_guide_lists_the_whole_glossary() -> None:
    page = Client().get("/class/guide/").content.decode()
    for term in GLOSSARY:
        assert term.chinese in page and term.definition.replace("'", "&#x27;") in page


def test_a_step_inside_a_lesson_offers_its_words_and_a_reading_and_outside_it_does_not(
    started: Started,
) -> None:
    code = started.lesson.code
    student = join(Client(), code)
    inside = student.get(f"/class/{code}/walk/gao-ming/5/?path=ignore").content.decode()
    assert "data-step-help" in inside and "data-read-aloud" in inside
    assert 'aria-controls="word-dishonest-debtors"' in inside and "失信被执行人名单" in inside
    outside = Client().get("/walk/gao-ming/5/?path=ignore").content.decode()
    assert "data-step-help" not in outside and "data-term" not in outside
