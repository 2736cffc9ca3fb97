"""Where each step of a walk should lead, worked out from the storyline in `scenarios`.

Written as the URLs a visitor's address bar should show (not with the exhibit's own URL
building), for the tests of the way forward: the browser tests of the first screen and
the view test of the `[data-way-forward]` markup.
"""

from dataclasses import dataclass

from scenarios.personas import PERSONAS
from scenarios.replay import all_paths, replay

# Issue 8 measures Gao Ming on this path: refuse to pay, games, keep refusing.
GAO_MING_REFUSAL = ("ignore", "games", "refuse")


def query(answers: tuple[str, ...]) -> str:
    return f"?path={'.'.join(answers)}" if answers else ""


def step_url(slug: str, number: int, answers: tuple[str, ...]) -> str:
    return f"/walk/{slug}/{number}/{query(answers)}"


def ending_url(slug: str, answers: tuple[str, ...]) -> str:
    return f"/walk/{slug}/end/?path={'.'.join(answers)}"


def longest_path(slug: str) -> tuple[str, ...]:
    """The complete path with the most steps; the first of them in the storyline's order."""
    paths = all_paths(slug)
    most = max(len(replay(slug, answers).frames) for answers in paths)
    return next(answers for answers in paths if len(replay(slug, answers).frames) == most)


@dataclass(frozen=True)
class Step:
    """One step page of a walk, and the links that carry the visitor on from it."""

    url: str
    title: str
    forward: tuple[str, ...]  # every choice's URL, or the one Next / See the ending URL


def after(slug: str, number: int, answers: tuple[str, ...]) -> str:
    """Where the visitor goes from step `number` once `answers` are given."""
    walk = replay(slug, answers)
    if walk.complete and len(walk.frames) == number:
        return ending_url(slug, answers)
    return step_url(slug, number + 1, answers)


def steps(slug: str, answers: tuple[str, ...]) -> list[Step]:
    walk = replay(slug, answers)
    assert walk.complete, f"{slug}: {'.'.join(answers)} is not a complete path"
    result = []
    for frame in walk.frames:
        before = frame.answers_before
        choice = frame.step.choice
        if choice is None:
            forward: tuple[str, ...] = (after(slug, frame.number, before),)
        else:
            forward = tuple(after(slug, frame.number, (*before, option.id)) for option in choice.options)
        result.append(Step(url=step_url(slug, frame.number, before), title=str(frame.title), forward=forward))
    return result


PERSONA_SLUGS = list(PERSONAS)
