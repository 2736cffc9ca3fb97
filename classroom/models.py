"""A lesson and what it keeps: the project's only stored data (issue 12).

Per student: a random token (kept only as its hash), a two-word nickname, the path walked
and which polls they answered. Poll answers are stored apart, with no link to anyone. No
name, email, IP address or user agent is stored anywhere. A lesson and all of it is
deleted `SCORED_CLASS_KEEP_DAYS` after it ends (`manage.py purge_classes`).
"""

from datetime import datetime, timedelta
from typing import ClassVar

from django.conf import settings
from django.db import models
from django.utils import timezone


class Mode(models.TextChoices):
    PERSONA = "persona", "One persona for the whole class"
    CHOICE = "choice", "Each student picks a persona"
    YOU = "you", "You are scored: each student's own imagined year"


class Pace(models.TextChoices):
    OWN = "own", "Students go at their own pace"
    TEACHER = "teacher", "The class moves when the teacher says"


class Lesson(models.Model):
    code = models.CharField(max_length=6, unique=True)
    teacher_key_hash = models.CharField(max_length=64, unique=True)  # SHA-256 of the dashboard's secret
    mode = models.CharField(max_length=10, choices=Mode.choices, default=Mode.PERSONA)
    persona = models.CharField(max_length=40, blank=True)  # the class's persona in PERSONA mode
    pace = models.CharField(max_length=10, choices=Pace.choices, default=Pace.OWN)
    step = models.PositiveSmallIntegerField(default=1)  # the teacher's step, in teacher-paced mode
    show_nicknames = models.BooleanField(default=False)
    allow_names = models.BooleanField(default=False)  # students may type a name of their own
    locked = models.BooleanField(default=False)
    two_step = models.BooleanField(default=False)  # joining also asks for the projector's pattern
    poll_open = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    active_at = models.DateTimeField(default=timezone.now)
    ended_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes: ClassVar = [models.Index(fields=["ended_at"]), models.Index(fields=["active_at"])]

    def __str__(self) -> str:
        return f"Lesson {self.code}"

    @property
    def ended(self) -> bool:
        return self.ended_at is not None

    @property
    def joinable(self) -> bool:
        return not (self.locked or self.ended)

    @property
    def deleted_after(self) -> datetime | None:
        """When the lesson and everything in it is deleted (None while it runs)."""
        if self.ended_at is None:
            return None
        return self.ended_at + timedelta(days=settings.SCORED_CLASS_KEEP_DAYS)


class Participant(models.Model):
    lesson = models.ForeignKey(Lesson, on_delete=models.CASCADE, related_name="participants")
    token_hash = models.CharField(max_length=64, unique=True)  # SHA-256 of the cookie's token
    nickname = models.CharField(max_length=40)
    rerolls = models.PositiveSmallIntegerField(default=0)
    nickname_typed = models.BooleanField(default=False)  # the nickname was typed, not drawn
    persona = models.CharField(max_length=40, blank=True)
    path = models.CharField(max_length=320, blank=True)  # "ignore.games.refuse"
    finished = models.BooleanField(default=False)
    answered_polls = models.CharField(max_length=40, blank=True)  # question numbers answered: "1.3"
    guessed_steps = models.CharField(max_length=80, blank=True)  # steps guessed at: "3.5.9"
    joined_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints: ClassVar = [
            models.UniqueConstraint(fields=["lesson", "nickname"], name="one_nickname_per_lesson")
        ]

    def __str__(self) -> str:
        return self.nickname

    @property
    def answers(self) -> tuple[str, ...]:
        return tuple(self.path.split(".")) if self.path else ()


class Prediction(models.Model):
    """One student's guess of which systems see a step, pooled: no link to who guessed."""

    lesson = models.ForeignKey(Lesson, on_delete=models.CASCADE, related_name="predictions")
    persona = models.CharField(max_length=40)
    step = models.PositiveSmallIntegerField()
    path = models.CharField(max_length=320, blank=True)  # the answers before that step
    guessed = models.CharField(max_length=400, blank=True)  # system ids, comma-separated

    def __str__(self) -> str:
        return f"a guess at step {self.step}"


class PollAnswer(models.Model):
    """One anonymous answer to one of the ending's questions: no link to who gave it."""

    class Answer(models.TextChoices):
        AGREE = "agree", "Agree"
        DISAGREE = "disagree", "Disagree"
        UNSURE = "unsure", "Unsure"
        SKIP = "skip", "Skip"

    lesson = models.ForeignKey(Lesson, on_delete=models.CASCADE, related_name="poll_answers")
    question = models.PositiveSmallIntegerField()  # 1-based, in the persona's questions
    persona = models.CharField(max_length=40)
    answer = models.CharField(max_length=10, choices=Answer.choices)

    def __str__(self) -> str:
        return f"{self.answer} to question {self.question}"
