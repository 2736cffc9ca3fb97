"""`manage.py purge_classes`: idle lessons end; ended lessons go after the keeping time."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from classroom import lessons
from classroom.models import Lesson, Participant, PollAnswer

pytestmark = pytest.mark.django_db


def lesson_ended(days_ago: float) -> Lesson:
    lesson, _ = lessons.start(mode="persona", persona="gao-ming", pace="own")
    participant, _ = lessons.join(lesson)
    PollAnswer.objects.create(lesson=lesson, question=1, persona="gao-ming", answer="agree")
    assert participant.pk
    lesson.ended_at = timezone.now() - timedelta(days=days_ago)
    lesson.save()
    return lesson


def test_a_lesson_ended_eight_days_ago_is_deleted_with_everything_and_six_days_ago_kept() -> None:
    old, recent = lesson_ended(8), lesson_ended(6)
    out = StringIO()
    call_command("purge_classes", stdout=out)
    assert list(Lesson.objects.values_list("pk", flat=True)) == [recent.pk]
    assert Participant.objects.filter(lesson_id=old.pk).count() == 0
    assert PollAnswer.objects.filter(lesson_id=old.pk).count() == 0
    assert Participant.objects.filter(lesson=recent).count() == 1
    assert "deleted" in out.getvalue()


def test_a_lesson_idle_for_a_day_ends_by_itself_and_shows_when_it_goes() -> None:
    idle, _ = lessons.start(mode="persona", persona="gao-ming", pace="own")
    busy, _ = lessons.start(mode="persona", persona="gao-ming", pace="own")
    Lesson.objects.filter(pk=idle.pk).update(active_at=timezone.now() - timedelta(hours=25))
    call_command("purge_classes", stdout=StringIO())
    idle.refresh_from_db()
    busy.refresh_from_db()
    assert idle.ended and not busy.ended
    assert idle.deleted_after is not None
    assert idle.ended_at is not None and idle.deleted_after - idle.ended_at == timedelta(days=7)
