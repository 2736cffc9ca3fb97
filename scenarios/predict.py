"""Predict, then reveal: a visitor's guess set beside the answer.

Two kinds of guess. Which systems will see an event (a set of system ids, compared
with the set that really sees it), and what the record says about a claim (one of
four plain answers, compared with the claim's verdict). Nothing here is stored: a
guess lives in the URL, and parsing it never fails (unknown values are dropped).

    guessed = parse_guess(request_values, every)
    result = reveal(guessed, seeing, every)
    result.right, result.missed, result.false_alarms, result.dark_count
"""

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from scenarios.claims import Verdict
from scenarios.i18n import _

# A guess has at most one value per system; more than this many is not a form's doing.
MAX_VALUES = 100


class Mark(StrEnum):
    """One system's answer beside the visitor's guess."""

    RIGHT = "right"  # it sees the event, and the visitor said so
    MISSED = "missed"  # it sees the event; the visitor did not guess it
    FALSE_ALARM = "false_alarm"  # the visitor guessed it; it stays dark
    DARK = "dark"  # it stays dark, and the visitor left it out

    @property
    def seen(self) -> bool:
        return self in (Mark.RIGHT, Mark.MISSED)

    @property
    def guessed(self) -> bool:
        return self in (Mark.RIGHT, Mark.FALSE_ALARM)

    @property
    def label(self) -> str:
        return MARK_LABELS[self]


MARK_LABELS = {
    Mark.RIGHT: _("You guessed it"),
    Mark.MISSED: _("You did not guess it"),
    Mark.FALSE_ALARM: _("You guessed it, but it stays dark"),
    Mark.DARK: _("You left it out, rightly"),
}


@dataclass(frozen=True, slots=True, kw_only=True)
class Reveal:
    """The answer beside a guess. Every tuple keeps the order of `every`."""

    every: tuple[str, ...]  # every system asked, in display order
    guessed: frozenset[str]  # the visitor's guess (only ids in `every`)
    seeing: frozenset[str]  # the systems that really see it

    @property
    def right(self) -> tuple[str, ...]:
        return self._where(Mark.RIGHT)

    @property
    def missed(self) -> tuple[str, ...]:
        return self._where(Mark.MISSED)

    @property
    def false_alarms(self) -> tuple[str, ...]:
        return self._where(Mark.FALSE_ALARM)

    @property
    def dark(self) -> tuple[str, ...]:
        """Every system that does not see it, guessed or not."""
        return tuple(sid for sid in self.every if sid not in self.seeing)

    @property
    def dark_count(self) -> int:
        return len(self.dark)

    @property
    def seen_count(self) -> int:
        return len(self.every) - self.dark_count

    def mark(self, system_id: str) -> Mark:
        seen, guessed = system_id in self.seeing, system_id in self.guessed
        if seen:
            return Mark.RIGHT if guessed else Mark.MISSED
        return Mark.FALSE_ALARM if guessed else Mark.DARK

    def _where(self, mark: Mark) -> tuple[str, ...]:
        return tuple(sid for sid in self.every if self.mark(sid) is mark)


def reveal(guessed: frozenset[str], seeing: frozenset[str], every: tuple[str, ...]) -> Reveal:
    """Set the guess beside the answer. Ids outside `every` are left out of both."""
    known = frozenset(every)
    return Reveal(every=every, guessed=guessed & known, seeing=seeing & known)


def parse_guess(values: Iterable[str], every: Iterable[str]) -> frozenset[str]:
    """The known ids among query values (`?guess=a&guess=b`): repeats and unknown ids dropped."""
    known = frozenset(every)
    chosen: set[str] = set()
    for count, value in enumerate(values):
        if count >= MAX_VALUES:
            break
        if value in known:
            chosen.add(value)
    return frozenset(chosen)


class ClaimGuess(StrEnum):
    """What a visitor thinks of a claim, before seeing the record."""

    RIGHT = "right"
    PARTLY = "partly"
    WRONG = "wrong"
    NOT_SURE = "not_sure"

    @property
    def label(self) -> str:
        return CLAIM_GUESS_LABELS[self]


CLAIM_GUESS_LABELS = {
    ClaimGuess.RIGHT: _("Right"),
    ClaimGuess.PARTLY: _("Partly right"),
    ClaimGuess.WRONG: _("Wrong"),
    ClaimGuess.NOT_SURE: _("Not sure"),
}

# Which verdicts each guess agrees with. A plan that never happened is a wrong claim;
# "not sure" agrees with a claim that no source confirms either way.
AGREES = {
    ClaimGuess.RIGHT: frozenset({Verdict.RIGHT}),
    ClaimGuess.PARTLY: frozenset({Verdict.PARTLY}),
    ClaimGuess.WRONG: frozenset({Verdict.WRONG, Verdict.DID_NOT_HAPPEN}),
    ClaimGuess.NOT_SURE: frozenset({Verdict.UNVERIFIED}),
}


def parse_claim_guess(value: str) -> ClaimGuess | None:
    """A guess from a query value; None for anything that is not one of the four."""
    try:
        return ClaimGuess(value)
    except ValueError:
        return None


def agrees(guess: ClaimGuess, verdict: Verdict) -> bool:
    """Whether the visitor's guess matches what the record shows."""
    return verdict in AGREES[guess]
