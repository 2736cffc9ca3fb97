"""Helpers the persona tests share: a walk's beats, what it met, what fired, per step."""

from scenarios.replay import Walk, replay
from scenarios.storyline import Beat, Persona


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


def values(slug: str, answers: tuple[str, ...], system_id: str) -> list[int]:
    """One system's value after each step."""
    return [
        next(r.after.value for r in frame.results if r.system_id == system_id)
        for frame in complete(slug, answers).frames
    ]
