"""The end of a walk: each system over time, what was met, and what other answers change.

The alternatives are computed, never written by hand: each answer the visitor gave
is swapped for each other option, the rest of the path is kept where it still fits,
and the two endings are compared.
"""

from dataclasses import dataclass

from scenarios.engine import Consequence, Standing
from scenarios.replay import Walk, replay
from scenarios.storyline import Choice, Option
from scenarios.systems import SYSTEMS


@dataclass(frozen=True, slots=True, kw_only=True)
class Series:
    """One system's standing before the first step and after each step."""

    system_id: str
    points: tuple[Standing, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Alternative:
    """What a different answer to one choice would have changed by the end."""

    choice: Choice
    made: Option
    instead: Option
    answers: tuple[str, ...]
    final: dict[str, Standing]
    changed_systems: tuple[str, ...]
    met_instead: tuple[Consequence, ...]  # met on the other path, not on this one
    avoided: tuple[Consequence, ...]  # met on this path, not on the other one


def series(walk: Walk) -> tuple[Series, ...]:
    return tuple(
        Series(
            system_id=sid,
            points=(walk.start[sid], *(frame.results[i].after for frame in walk.frames)),
        )
        for i, sid in enumerate(SYSTEMS)
    )


def met(walk: Walk) -> tuple[Consequence, ...]:
    """Every consequence met on the walk, once each, in the order first met."""
    seen: dict[tuple[str, int], Consequence] = {}
    for frame in walk.frames:
        for consequence in frame.met:
            amount = consequence.amount.value if consequence.amount else 0
            seen.setdefault((consequence.id, amount), consequence)
    return tuple(seen.values())


def lost(walk: Walk) -> tuple[Consequence, ...]:
    """Standing perks held at some point and lost later."""
    return tuple(c for frame in walk.frames for r in frame.results for c in r.lost)


def alternatives(walk: Walk) -> tuple[Alternative, ...]:
    """For each choice on the walk, each other option, played to the end."""
    found = []
    choice_frames = [frame for frame in walk.frames if frame.step.choice is not None]
    for position, frame in enumerate(choice_frames):
        choice = frame.step.choice
        assert choice is not None
        made = choice.option(walk.answers[position])
        assert made is not None
        for option in choice.options:
            if option.id != made.id:
                found.append(_compare(walk, choice, made, option, position))
    return tuple(found)


def _compare(walk: Walk, choice: Choice, made: Option, instead: Option, position: int) -> Alternative:
    answers = _complete(walk, (*walk.answers[:position], instead.id))
    other = replay(walk.persona.slug, answers)
    here, there = met(walk), met(other)
    return Alternative(
        choice=choice,
        made=made,
        instead=instead,
        answers=answers,
        final=other.final,
        changed_systems=tuple(sid for sid in SYSTEMS if other.final[sid] != walk.final[sid]),
        met_instead=tuple(c for c in there if c not in here),
        avoided=tuple(c for c in here if c not in there),
    )


def _complete(walk: Walk, answers: tuple[str, ...]) -> tuple[str, ...]:
    """Finish a path: keep the visitor's later answers where they fit, else option one."""
    given = _answers_by_choice(walk)
    while not (other := replay(walk.persona.slug, answers)).complete:
        choice = other.frames[-1].step.choice
        assert choice is not None
        kept = given.get(choice.id)
        answers = (*answers, kept if kept and choice.option(kept) else choice.options[0].id)
    return answers


def _answers_by_choice(walk: Walk) -> dict[str, str]:
    choices = [frame.step.choice for frame in walk.frames if frame.step.choice is not None]
    return {choice.id: answer for choice, answer in zip(choices, walk.answers, strict=True)}
