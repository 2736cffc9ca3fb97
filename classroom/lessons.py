"""What a lesson does with its rows: start, join, record a path, answer a poll, end.

The views call these; the aggregation of what the class chose lives in
`scenarios.classroom` and reads only the paths.
"""

from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from classroom import keys
from classroom.models import Lesson, Mode, Pace, Participant, PollAnswer, Prediction
from scenarios.classroom import YOU, ClassGuess, ClassPath, ClassResults, StepGuesses, aggregate, pool_guesses
from scenarios.personas import PERSONAS
from scenarios.you import YOU_QUESTIONS

MAX_PARTICIPANTS = 200  # several classes on one projector at most; a flood of joins stops here
MAX_REROLLS = 3
ACTIVE_EVERY = timedelta(minutes=1)  # how often activity is written back (not on every request)


class LessonFull(Exception):
    """The lesson has as many students as it can take."""


def start(*, mode: str, persona: str, pace: str) -> tuple[Lesson, str]:
    """A new lesson and the secret of its dashboard (only its hash is stored)."""
    secret = keys.new_secret()
    for _ in range(20):
        try:
            with transaction.atomic():
                lesson = Lesson.objects.create(
                    code=keys.new_code(),
                    teacher_key_hash=keys.digest(secret),
                    mode=Mode(mode),
                    persona=persona if mode == Mode.PERSONA else "",
                    pace=Pace(pace),
                )
            return lesson, secret
        except IntegrityError:  # the code is taken by another lesson: draw again
            continue
    raise RuntimeError("no free join code after 20 draws")


def for_teacher(secret: str) -> Lesson | None:
    return Lesson.objects.filter(teacher_key_hash=keys.digest(secret)).first()


def by_code(code: str) -> Lesson | None:
    """The lesson with this code; one idle too long is ended first, so its code stops working."""
    lesson = Lesson.objects.filter(code=code).first() if keys.looks_like_code(code) else None
    if lesson is not None and lesson.ended_at is None and idle(lesson):
        end(lesson)
    return lesson


def idle(lesson: Lesson) -> bool:
    return timezone.now() - lesson.active_at > timedelta(hours=settings.SCORED_CLASS_IDLE_HOURS)


def join(lesson: Lesson) -> tuple[Participant, str]:
    """A new participant with a random nickname, and the token for their cookie."""
    if lesson.participants.count() >= MAX_PARTICIPANTS:
        raise LessonFull(lesson.code)
    token = keys.new_token()
    for _ in range(50):
        try:
            with transaction.atomic():
                participant = Participant.objects.create(
                    lesson=lesson,
                    token_hash=keys.digest(token),
                    nickname=keys.new_nickname(),
                    persona=lesson.persona,
                )
            touch(lesson)
            return participant, token
        except IntegrityError:  # the nickname is taken in this lesson
            continue
    raise LessonFull(lesson.code)


NAME_LENGTH = 24
# Typed names are refused if they contain one of these (a short filter; the teacher can
# also remove any typed name with one tap).
BLOCKED_WORDS = frozenset(
    {"ass", "bitch", "cunt", "dick", "fuck", "nazi", "penis", "sex", "shit", "slut", "whore"}
)


def clean_name(typed: str) -> str:
    """A typed name: letters, digits and spaces only, at most NAME_LENGTH characters."""
    kept = "".join(ch for ch in typed if ch.isalnum() or ch == " ")
    return " ".join(kept.split())[:NAME_LENGTH]


def rename(participant: Participant, typed: str) -> bool:
    """A name the student typed, when the teacher allows it; False if empty or taken."""
    name = clean_name(typed)
    words = {word.lower() for word in name.split()}
    if not participant.lesson.allow_names or not name or words & BLOCKED_WORDS:
        return False
    try:
        with transaction.atomic():
            participant.nickname, participant.nickname_typed = name, True
            participant.save(update_fields=["nickname", "nickname_typed", "updated_at"])
    except IntegrityError:
        participant.refresh_from_db()
        return False
    return True


def remove_name(lesson: Lesson, participant_id: int) -> None:
    """The teacher takes a typed name away: the student gets a drawn nickname again."""
    found = lesson.participants.filter(pk=participant_id, nickname_typed=True).first()
    if found is None:
        return
    for _ in range(50):
        try:
            with transaction.atomic():
                found.nickname, found.nickname_typed = keys.new_nickname(), False
                found.save(update_fields=["nickname", "nickname_typed", "updated_at"])
            return
        except IntegrityError:
            continue


def remove(lesson: Lesson, participant_id: int) -> None:
    """The teacher removes a student: their row goes, and their path leaves the class's counts.

    Their anonymous poll answers and guesses stay, as nothing links them to anyone.
    """
    lesson.participants.filter(pk=participant_id).delete()


def participant(lesson: Lesson, token: str | None) -> Participant | None:
    if not token:
        return None
    return lesson.participants.filter(token_hash=keys.digest(token)).first()


def reroll(participant: Participant) -> bool:
    """A new nickname, up to MAX_REROLLS times; False once they are used up."""
    if participant.rerolls >= MAX_REROLLS:
        return False
    for _ in range(50):
        try:
            with transaction.atomic():
                participant.nickname = keys.new_nickname()
                participant.rerolls += 1
                participant.save(update_fields=["nickname", "rerolls", "updated_at"])
            return True
        except IntegrityError:
            participant.rerolls -= 1
    return False


def record(participant: Participant, persona: str, answers: tuple[str, ...], finished: bool) -> None:
    """Keep the furthest path: going back to an earlier step does not lose the place."""
    path = ".".join(answers)
    if participant.persona == persona and _keeps_place(participant, path, finished):
        return
    participant.persona, participant.path, participant.finished = persona, path, finished
    participant.save(update_fields=["persona", "path", "finished", "updated_at"])
    touch(participant.lesson)


def _keeps_place(participant: Participant, path: str, finished: bool) -> bool:
    """Whether this page is on the way to where the student already got (or is that place)."""
    if path == participant.path:
        return finished <= participant.finished
    earlier = path == "" or participant.path.startswith(path + ".")
    return earlier and not finished


def answer_poll(participant: Participant, question: int, answer: str) -> bool:
    """One anonymous answer per question per student; False if already answered."""
    answered = set(participant.answered_polls.split(".")) - {""}
    if str(question) in answered:
        return False
    with transaction.atomic():
        PollAnswer.objects.create(
            lesson=participant.lesson, question=question, persona=participant.persona, answer=answer
        )
        participant.answered_polls = ".".join(sorted(answered | {str(question)}, key=int))
        participant.save(update_fields=["answered_polls"])
    return True


def touch(lesson: Lesson) -> None:
    """Mark the lesson active (for the 24-hour idle end), at most once a minute."""
    now = timezone.now()
    if now - lesson.active_at >= ACTIVE_EVERY:
        Lesson.objects.filter(pk=lesson.pk).update(active_at=now)
        lesson.active_at = now


def end(lesson: Lesson) -> None:
    if lesson.ended_at is None:
        lesson.ended_at = timezone.now()
        lesson.save(update_fields=["ended_at"])


def results(lesson: Lesson) -> ClassResults:
    paths = [
        ClassPath(persona=p.persona, answers=p.answers)
        for p in lesson.participants.all().only("persona", "path")
    ]
    return aggregate(paths)


def questions_for(persona: str) -> tuple[str, ...]:
    """The questions to discuss at a story's ending: a persona's, or "You are scored"'s."""
    if persona == YOU:
        return YOU_QUESTIONS
    found = PERSONAS.get(persona)
    return found.questions if found else ()


def poll_counts(lesson: Lesson) -> dict[tuple[str, int], dict[str, int]]:
    """Answers counted by (story, question number): agree, disagree, unsure, skip."""
    counts: dict[tuple[str, int], dict[str, int]] = {}
    for row in lesson.poll_answers.values("persona", "question", "answer"):
        key = (row["persona"], row["question"])
        by_answer = counts.setdefault(key, dict.fromkeys(PollAnswer.Answer.values, 0))
        by_answer[row["answer"]] += 1
    return counts


def guess(
    participant: Participant, persona: str, step: int, answers: tuple[str, ...], guessed: frozenset[str]
) -> bool:
    """Pool one guess per student per step, with no link to who made it."""
    steps = set(participant.guessed_steps.split(".")) - {""}
    if str(step) in steps or len(steps) >= 20:
        return False
    with transaction.atomic():
        Prediction.objects.create(
            lesson=participant.lesson,
            persona=persona,
            step=step,
            path=".".join(answers),
            guessed=",".join(sorted(guessed)),
        )
        participant.guessed_steps = ".".join(sorted(steps | {str(step)}, key=int))
        participant.save(update_fields=["guessed_steps"])
    return True


def guesses(lesson: Lesson) -> tuple[StepGuesses, ...]:
    rows = lesson.predictions.values_list("persona", "step", "path", "guessed")
    return pool_guesses(
        [
            ClassGuess(
                persona,
                step,
                tuple(path.split(".")) if path else (),
                frozenset(filter(None, ticked.split(","))),
            )
            for persona, step, path, ticked in rows
        ]
    )
