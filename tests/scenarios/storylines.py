"""Helpers the persona tests share: a walk's beats, what it met, what fired, per step."""

from typing import Any

from scenarios.engine import Reading, Standing, SystemStep
from scenarios.replay import Walk, replay
from scenarios.storyline import Beat, Persona
from scenarios.systems import SYSTEMS


def complete(slug: str, answers: tuple[str, ...]) -> Walk:
    walk = replay(slug, answers)
    assert walk.complete, answers
    return walk


def every_beat(persona: Persona) -> list[Beat]:
    """Each step's default beat and every variant, whether or not a path reaches it."""
    return [b for step in persona.steps for b in (step.beat, *(v.beat for v in step.variants))]


def met_ids(slug: str, answers: tuple[str, ...]) -> set[str]:
    return {c.id for frame in complete(slug, answers).frames for c in frame.met}


def met_by_step(slug: str, answers: tuple[str, ...]) -> dict[str, list[str]]:
    """The consequences met or gained at each step, by step id."""
    return {frame.step.id: [c.id for c in frame.met] for frame in complete(slug, answers).frames}


def fired_by_step(slug: str, answers: tuple[str, ...]) -> dict[str, list[str]]:
    return {
        frame.step.id: [rule.id for result in frame.results for rule in result.fired]
        for frame in complete(slug, answers).frames
    }


def read(system_id: str, standing: Standing[Any]) -> Reading:
    """A standing as the screen reads it: the persona tests never look inside a state."""
    return SYSTEMS[system_id].read(standing)


def number(system_id: str, standing: Standing[Any]) -> int | None:
    """The points or score the screen shows, or None where the system shows no number."""
    figure = read(system_id, standing).value
    return None if figure is None else int(figure.value)


def change(step: SystemStep) -> int:
    """How far a ledger or a score moved in one step, as the screen shows it."""
    before, after = number(step.system_id, step.before), number(step.system_id, step.after)
    assert before is not None and after is not None, step.system_id
    return after - before


def values(slug: str, answers: tuple[str, ...], system_id: str) -> list[int]:
    """One system's level after each step: the number itself for a ledger or a score."""
    return [
        next(read(system_id, r.after).level for r in frame.results if r.system_id == system_id)
        for frame in complete(slug, answers).frames
    ]
