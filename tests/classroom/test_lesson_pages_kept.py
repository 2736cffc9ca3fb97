"""A lesson's page is rendered once per address and shows each student their own nickname."""

import pytest
from django.test import Client

from classroom import lessons
from classroom.models import Participant
from classroom.views import NICKNAME_MARK
from exhibit.page_cache import STORE
from tests.classroom.conftest import Started, join

pytestmark = pytest.mark.django_db
STEP = "walk/gao-ming/4/?path=ignore"


def test_two_students_get_the_same_page_each_with_their_own_nickname_and_both_paths_kept(
    started: Started,
) -> None:
    code = started.lesson.code
    first, second = join(Client(), code), join(Client(), code)
    page_one = first.get(f"/class/{code}/{STEP}").content.decode()
    kept = len(STORE)
    page_two = second.get(f"/class/{code}/{STEP}").content.decode()
    assert len(STORE) == kept  # the second came from the lesson's kept page
    one, two = Participant.objects.order_by("pk")
    assert one.nickname in page_one and two.nickname not in page_one
    assert two.nickname in page_two and one.nickname not in page_two
    assert NICKNAME_MARK not in page_one + page_two
    assert page_one.replace(one.nickname, "") == page_two.replace(two.nickname, "")
    assert one.path == two.path == "ignore"  # each visit still records the student's path


def test_another_lesson_never_gets_this_lessons_page(started: Started) -> None:
    other, _secret = lessons.start(mode="persona", persona="gao-ming", pace="own")
    mine = join(Client(), started.lesson.code).get(f"/class/{started.lesson.code}/{STEP}").content.decode()
    theirs = join(Client(), other.code).get(f"/class/{other.code}/{STEP}").content.decode()
    assert f"/class/{other.code}/" in theirs and f"/class/{started.lesson.code}/" not in theirs
    assert f"/class/{started.lesson.code}/" in mine


def test_a_lesson_page_is_never_public_or_stored_by_a_proxy(started: Started) -> None:
    student = join(Client(), started.lesson.code)
    student.get(f"/class/{started.lesson.code}/{STEP}")
    response = student.get(f"/class/{started.lesson.code}/{STEP}")
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert "ETag" not in response


def test_a_student_who_switches_to_chinese_keeps_their_place_in_the_lesson(started: Started) -> None:
    code = started.lesson.code
    student = join(Client(), code)
    student.get(f"/class/{code}/{STEP}")
    chinese = student.get(f"/zh-hans/class/{code}/{STEP}")
    assert chinese.status_code == 200
    html = chinese.content.decode()
    assert '<html lang="zh-Hans">' in html and f'href="/zh-hans/class/{code}/' in html
    assert Participant.objects.get().nickname in html
    assert f'class="language-switch" href="/class/{code}/{STEP}"'.replace("&", "&amp;") in html
