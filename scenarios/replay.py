"""Replaying a path: a persona plus the answers given, turned into what each system did.

The whole state of a walkthrough is `replay(slug, answers)`: pure, deterministic and
cached, so a URL that carries the persona and the answers is all a page needs.
"""

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from scenarios.engine import Consequence, Event, Profile, Standing, SystemStep
from scenarios.personas import PERSONAS
from scenarios.storyline import Beat, Choice, Persona, Step
from scenarios.systems import SYSTEMS


class UnknownPersona(LookupError):
    """No persona has this slug."""


class InvalidPath(ValueError):
    """Answers that the storyline does not allow: wrong option, too many, too few."""


class UnknownStep(LookupError):
    """A step number the path does not reach."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Frame:
    """One step as lived on one path: the beat shown and every system's trace."""

    number: int
    step: Step
    beat: Beat
    answers_before: tuple[str, ...]
    results: tuple[SystemStep, ...]

    @property
    def title(self) -> str:
        return self.beat.title or self.step.title

    @property
    def met(self) -> tuple[Consequence, ...]:
        """Everything this step cost or brought: events met and standings gained."""
        return tuple(c for r in self.results for c in (*r.met, *r.gained))


@dataclass(frozen=True, slots=True, kw_only=True)
class Walk:
    persona: Persona
    answers: tuple[str, ...]
    start: dict[str, Standing[Any]]
    frames: tuple[Frame, ...]
    complete: bool

    @property
    def final(self) -> dict[str, Standing[Any]]:
        if not self.frames:
            return self.start
        return {result.system_id: result.after for result in self.frames[-1].results}

    @property
    def chosen(self) -> dict[str, str]:
        """The answers by choice id: {"court": "ignore", ...}."""
        choices = [frame.step.choice for frame in self.frames if frame.step.choice is not None]
        return {choice.id: answer for choice, answer in zip(choices, self.answers, strict=False)}

    @property
    def epilogue(self) -> str:
        return self.persona.epilogue_for(self.chosen) if self.complete else ""

    def frame(self, number: int) -> Frame:
        if not 1 <= number <= len(self.frames):
            raise UnknownStep(number)
        return self.frames[number - 1]


def every_system(
    standings: dict[str, Standing[Any]], event: Event, profile: Profile
) -> tuple[SystemStep, ...]:
    """One event through every system, each from its own standing."""
    return tuple(system.step(standings[sid], event, profile) for sid, system in SYSTEMS.items())


def persona(slug: str) -> Persona:
    try:
        return PERSONAS[slug]
    except KeyError:
        raise UnknownPersona(slug) from None


def play(storyline: Persona, answers: tuple[str, ...]) -> Walk:
    """Play any storyline (a persona's, or the visitor's year) with these answers.

    Pure: the same storyline and answers give the same walk. The walk stops at the
    first choice the answers do not cover (an open walk) or at the end of the
    storyline (a complete walk). Answers that name an option the choice does not
    offer, or that are left over at the end, raise InvalidPath.
    """
    chosen: dict[str, str] = {}
    remaining = list(answers)
    standings = {sid: system.start(storyline.profile) for sid, system in SYSTEMS.items()}
    start, frames = dict(standings), list[Frame]()
    for step in storyline.path(answers):
        beat = step.beat_for(chosen)
        results = every_system(standings, beat.event, storyline.profile)
        standings = {result.system_id: result.after for result in results}
        frames.append(
            Frame(
                number=len(frames) + 1,
                step=step,
                beat=beat,
                answers_before=tuple(chosen.values()),
                results=results,
            )
        )
        if step.choice is None:
            continue
        if not remaining:
            return Walk(persona=storyline, answers=answers, start=start, frames=tuple(frames), complete=False)
        chosen[step.choice.id] = _answer(step.choice, remaining.pop(0))
    if remaining:
        raise InvalidPath(f"{len(remaining)} answers more than the storyline has choices")
    return Walk(persona=storyline, answers=answers, start=start, frames=tuple(frames), complete=True)


def _answer(choice: Choice, answer: str) -> str:
    if choice.option(answer) is None:
        raise InvalidPath(f"{choice.id} has no option {answer!r}")
    return answer


@lru_cache(maxsize=512)
def replay(slug: str, answers: tuple[str, ...]) -> Walk:
    """Walk the persona's storyline with these answers, as far as they reach (see `play`)."""
    return play(persona(slug), answers)


def walk_to(slug: str, number: int, answers: tuple[str, ...]) -> tuple[Walk, Frame]:
    """The walk and frame for step `number`, reached with exactly these answers.

    The answers must be those of the choices before the step, no more and no fewer:
    a URL for step 2 that already answers the choice at step 3 is tampered with.
    """
    walk = replay(slug, answers)
    if number > len(walk.frames) and not walk.complete:
        raise InvalidPath("the path stops at an unanswered choice before this step")
    frame = walk.frame(number)
    if frame.answers_before != answers:
        raise InvalidPath("the answers do not lead to this step")
    return walk, frame


def complete_walk(slug: str, answers: tuple[str, ...]) -> Walk:
    """A walk that reached the end of the storyline; anything less is InvalidPath."""
    walk = replay(slug, answers)
    if not walk.complete:
        raise InvalidPath("the path stops at an unanswered choice")
    return walk


def all_paths(slug: str) -> list[tuple[str, ...]]:
    """Every complete path through the persona's storyline, in option order."""
    paths: list[tuple[str, ...]] = []
    pending: list[tuple[str, ...]] = [()]
    while pending:
        answers = pending.pop()
        walk = replay(slug, answers)
        if walk.complete:
            paths.append(answers)
            continue
        choice = walk.frames[-1].step.choice
        assert choice is not None
        pending.extend((*answers, option.id) for option in reversed(choice.options))
    return sorted(paths, key=lambda p: [_option_index(slug, p, i) for i in range(len(p))])


def _option_index(slug: str, answers: tuple[str, ...], position: int) -> int:
    walk = replay(slug, answers[:position])
    choice = walk.frames[-1].step.choice
    assert choice is not None
    return [option.id for option in choice.options].index(answers[position])
