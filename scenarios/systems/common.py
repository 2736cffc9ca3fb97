"""Shapes several systems share, so each module holds only its own rules.

- `NotAnInput`: claims, context and fiction. They take no event as an input; the
  panel says why, and the system page shows what the record says instead.
- `Listing` and its helpers: a list you are on or off, sometimes until a month, with
  the rule that took you off when the time ran out.
- `Letter` and `letter_for`: the A-D grades that two points ledgers derive from a total.
"""

from dataclasses import dataclass, replace
from enum import StrEnum

from scenarios.engine import (
    Consequence,
    Event,
    Month,
    Outcome,
    PilotSystem,
    Profile,
    Reading,
    Rule,
    Standing,
    Visibility,
)
from scenarios.i18n import _
from scenarios.provenance import Figure, Provenance


class NotAnInput(PilotSystem[None]):
    """A claim, a context or a fiction: it never sees an event and holds no standing.

    `status` is what a panel shows in place of a standing; `not_seen` says why no
    event is an input to it.
    """

    status: str
    not_seen: str

    def start(self, profile: Profile) -> Standing[None]:
        return Standing(tracked=False, state=None, provenance=Provenance.SOURCE_TEXT)

    def sees(self, event: Event, profile: Profile) -> Visibility:
        return Visibility(seen=False, reason=self.not_seen)

    def apply(self, standing: Standing[None], event: Event, profile: Profile) -> Outcome[None]:
        return Outcome(standing=standing)

    def holds(self, standing: Standing[None]) -> tuple[Consequence, ...]:
        return ()

    def read(self, standing: Standing[None]) -> Reading:
        return Reading(value=None, status=self.status, tracked=False)


class Letter(StrEnum):
    """A letter grade from a points total, best first."""

    A = "A"
    B = "B"
    C = "C"
    D = "D"

    @property
    def label(self) -> str:
        return LETTER_LABELS[self]


LETTER_LABELS = {
    Letter.A: _("Grade A"),
    Letter.B: _("Grade B"),
    Letter.C: _("Grade C"),
    Letter.D: _("Grade D"),
}


def letter_for(points: int, lowest_a: Figure, lowest_b: Figure, lowest_c: Figure) -> Letter:
    """The grade of a total, given the lowest total of each grade above D."""
    for letter, lowest in ((Letter.A, lowest_a), (Letter.B, lowest_b), (Letter.C, lowest_c)):
        if points >= lowest.value:
            return letter
    return Letter.D


@dataclass(frozen=True, slots=True, kw_only=True)
class Listing:
    """On a list or not; a listing that lapses knows its own end month."""

    listed: bool = False
    until: Month | None = None


NOT_LISTED = Listing()


def list_person[L: Listing](listing: L, when: Month, duration: Figure | None = None) -> L:
    """On the list from `when`, until `when` plus `duration` months if it lapses."""
    until = when.plus(duration.value) if duration is not None else None
    return replace(listing, listed=True, until=until)


def has_lapsed(listing: Listing, when: Month) -> bool:
    """Whether a listing with an end month has run out by `when`."""
    return listing.listed and listing.until is not None and when >= listing.until


def lapse_listing[L: Listing](
    standing: Standing[L], when: Month, rule: Rule
) -> tuple[Standing[L], tuple[Rule, ...]]:
    """Take the person off when the listing's time has run out, with the rule that did it."""
    if has_lapsed(standing.state, when):
        return replace(standing, state=replace(standing.state, listed=False, until=None)), (rule,)
    return standing, ()


def list_reading(standing: Standing[Listing]) -> Reading:
    """Listed (until a month, if the listing lapses) or not listed."""
    if not standing.tracked:
        return Reading(value=None, status=_("Not covered"), tracked=False)
    if standing.state.listed:
        return Reading(value=None, status=_("Listed"), level=1, until=standing.state.until)
    return Reading(value=None, status=_("Not listed"))


def outcome[S](standing: Standing[S], *fired: Rule, met: tuple[Consequence, ...] = ()) -> Outcome[S]:
    """An outcome whose rules fired: a short way to write the common case."""
    return Outcome(standing=standing, fired=fired, met=met)
