"""Where a walk asks the visitor to guess before it tells: which systems saw this step?

The guess teaches most where several systems see one event, or where the event
costs the persona something. A walk asks at most three times, never at two steps
in a row, and never twice about the same kind of event. The guess depends only on
the steps before, so an open walk and a complete one ask at the same steps. The guess
itself is `scenarios.predict`.
"""

from scenarios.predict import Reveal, reveal
from scenarios.replay import Frame, Walk


def seeing(frame: Frame) -> frozenset[str]:
    """The systems that saw this step's event."""
    return frozenset(r.system_id for r in frame.results if r.visibility.seen)


MOST_GUESSES = 3  # a walk that asks at every step stops being a story


def _teaches(frame: Frame) -> bool:
    return len(seeing(frame)) >= 2 or any(r.met for r in frame.results)


def guess_steps(walk: Walk) -> tuple[int, ...]:
    """The step numbers that ask for a guess: at most three, never two in a row,
    never twice for the same kind of event."""
    chosen: list[int] = []
    kinds: set[str] = set()
    for frame in walk.frames:
        kind = frame.beat.event.kind
        fresh = kind not in kinds and (not chosen or chosen[-1] < frame.number - 1)
        if _teaches(frame) and fresh and len(chosen) < MOST_GUESSES:
            chosen.append(frame.number)
        if _teaches(frame):
            kinds.add(kind)
    return tuple(chosen)


def asks_for_a_guess(walk: Walk, frame: Frame) -> bool:
    """Whether this step asks "which systems saw this?" before it shows them."""
    return frame.number in guess_steps(walk)


def step_reveal(frame: Frame, guessed: frozenset[str]) -> Reveal:
    """The visitor's guess beside the systems that really saw this step."""
    every = tuple(r.system_id for r in frame.results)
    return reveal(guessed, seeing(frame), every)
