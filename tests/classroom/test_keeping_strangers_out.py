"""Keeping strangers out: the projector's changing shapes, and removing a student (C-02, C-03)."""

import re

import pytest
from django.test import Client

from classroom import pattern
from classroom.models import Participant, PollAnswer
from tests.classroom.conftest import Started, join

pytestmark = pytest.mark.django_db


def _two_step(started: Started) -> None:
    Client().post(started.dashboard + "do/", {"action": "two-step"})
    started.lesson.refresh_from_db()
    assert started.lesson.two_step


def _shapes(shapes: tuple[str, ...]) -> dict[str, str]:
    return {f"shape{place}": shape for place, shape in enumerate(shapes, start=1)}


def test_the_pattern_is_four_shapes_that_change_with_the_window_and_differ_by_lesson() -> None:
    now = 1_800_000_000.0
    shapes = pattern.pattern("ABC234", now)
    assert len(shapes) == 4 and set(shapes) <= set(pattern.SHAPES)
    windows = {pattern.pattern("ABC234", now + 20 * k) for k in range(30)}
    assert len(windows) > 20  # it changes every 20 seconds
    assert any(
        pattern.pattern("ABC234", now + 20 * k) != pattern.pattern("XYZ789", now + 20 * k) for k in range(5)
    )


def test_the_pattern_just_before_it_changed_is_still_taken_and_an_older_one_is_not() -> None:
    now = 1_800_000_000.0
    assert pattern.matches("ABC234", pattern.pattern("ABC234", now), now)
    assert pattern.matches("ABC234", pattern.pattern("ABC234", now - 20), now)
    old = pattern.pattern("ABC234", now - 40)
    if old not in (pattern.pattern("ABC234", now), pattern.pattern("ABC234", now - 20)):
        assert not pattern.matches("ABC234", old, now)
    assert not pattern.matches("ABC234", ("", "", "", ""), now)


def test_a_two_step_lesson_asks_for_the_shapes_after_the_code(started: Started) -> None:
    _two_step(started)
    student = Client()
    response = student.post("/join/", {"code": started.lesson.code})
    assert response.status_code == 200
    page = response.content.decode()
    assert "data-join-pattern" in page and page.count('type="radio"') == 16
    assert Participant.objects.count() == 0 and "scored_class" not in response.cookies


def test_the_right_shapes_join_and_wrong_ones_are_refused_and_counted_as_guesses(started: Started) -> None:
    _two_step(started)
    code = started.lesson.code
    right = pattern.pattern(code)
    wrong = tuple(pattern.SHAPES[(pattern.SHAPES.index(s) + 1) % 4] for s in right)
    refused = Client().post("/join/", {"code": code, **_shapes(wrong)})
    assert refused.status_code == 403
    assert "not the shapes on the big screen" in refused.content.decode()
    assert Participant.objects.count() == 0
    joined = Client().post("/join/", {"code": code, **_shapes(right)})
    assert joined.status_code == 302 and Participant.objects.count() == 1


def test_only_the_projector_shows_the_shapes_and_the_dashboard_says_joining_takes_two_steps(
    started: Started,
) -> None:
    teacher = Client()
    assert "data-pattern" not in teacher.get(started.dashboard + "projector/").content.decode()
    _two_step(started)
    projector = teacher.get(started.dashboard + "projector/").content.decode()
    shown = re.search(r'data-pattern="([a-z.]+)"', projector)
    assert shown is not None and pattern.matches(started.lesson.code, tuple(shown[1].split(".")))
    fragment = teacher.get(started.dashboard + "pattern/")
    assert fragment.status_code == 200 and 'data-hx-trigger="every 2s"' in fragment.content.decode()
    dashboard = teacher.get(started.dashboard).content.decode()
    assert "data-pattern" not in dashboard and "in two steps" in dashboard
    Client().post(started.dashboard + "do/", {"action": "one-step"})
    assert join(Client(), started.lesson.code)


def test_a_removed_student_is_told_so_and_leaves_the_counts_but_anonymous_answers_stay(
    started: Started,
) -> None:
    code = started.lesson.code
    student = join(Client(), code)
    stays = join(Client(), code)
    student.get(f"/class/{code}/walk/gao-ming/4/?path=ignore")
    PollAnswer.objects.create(lesson=started.lesson, question=1, persona="gao-ming", answer="agree")
    removed = Participant.objects.order_by("pk")[0]
    teacher = Client()
    teacher.post(started.dashboard + "do/", {"action": "show-nicknames"})
    assert "data-remove" in teacher.get(started.dashboard).content.decode()
    assert "data-remove" not in teacher.get(started.dashboard + "projector/").content.decode()
    teacher.post(started.dashboard + "do/", {"action": "remove", "participant": removed.pk})
    assert not Participant.objects.filter(pk=removed.pk).exists()
    assert Participant.objects.count() == 1 and PollAnswer.objects.count() == 1
    response = student.get(f"/class/{code}/")
    assert response.status_code == 403
    page = response.content.decode()
    assert "data-removed" in page and "You were removed from the lesson" in page
    assert response.cookies["scored_class"].value == ""  # the cookie is taken back
    assert stays.get(f"/class/{code}/").status_code == 200


def test_removing_someone_of_another_lesson_or_nobody_changes_nothing(started: Started) -> None:
    join(Client(), started.lesson.code)
    for participant in ("999999", "x", ""):
        response = Client().post(started.dashboard + "do/", {"action": "remove", "participant": participant})
        assert response.status_code == 302
    assert Participant.objects.count() == 1
