"""Shapes several systems share, so each module holds only its own rules.

- `NotAnInput`: claims, context and fiction. They take no event as an input; the
  panel says why, and the system page shows what the record says instead.
- `listing` helpers: a list you are on or off, sometimes until a month, with the
  rule that took you off when the time ran out.
"""

from dataclasses import replace

from scenarios.engine import (
    Consequence,
    Event,
    Outcome,
    PilotSystem,
    Profile,
    Reading,
    Rule,
    Standing,
    Visibility,
    add_months,
    lapsed,
)
from scenarios.i18n import _
from scenarios.provenance import Figure, Provenance

LISTED, NOT_LISTED = 1, 0


class NotAnInput(PilotSystem):
    """A claim, a context or a fiction: it never sees an event and holds no standing.

    `status` is what a panel shows in place of a standing; `not_seen` says why no
    event is an input to it.
    """

    status: str
    not_seen: str

    def start(self, profile: Profile) -> Standing:
        return Standing(tracked=False, value=0, provenance=Provenance.SOURCE_TEXT)

    def sees(self, event: Event, profile: Profile) -> Visibility:
        return Visibility(seen=False, reason=self.not_seen)

    def apply(self, standing: Standing, event: Event, profile: Profile) -> Outcome:
        return Outcome(standing=standing)

    def holds(self, standing: Standing) -> tuple[Consequence, ...]:
        return ()

    def read(self, standing: Standing) -> Reading:
        return Reading(value=None, status=self.status)


def list_person(standing: Standing, when: str, duration: Figure | None = None) -> Standing:
    """On the list from `when`, until `when` plus `duration` months if it lapses."""
    until = add_months(when, duration.value) if duration is not None else ""
    return replace(standing, value=LISTED, until=until)


def lapse_listing(standing: Standing, when: str, rule: Rule) -> tuple[Standing, tuple[Rule, ...]]:
    """Take the person off when the listing's time has run out, with the rule that did it."""
    if standing.value == LISTED and lapsed(standing, when):
        return replace(standing, value=NOT_LISTED, until=""), (rule,)
    return standing, ()


def list_reading(standing: Standing) -> Reading:
    """Listed (until a month, if the listing lapses) or not listed."""
    if not standing.tracked:
        return Reading(value=None, status=_("Not covered"))
    if standing.value == LISTED:
        return Reading(value=None, status=_("Listed"), until=standing.until)
    return Reading(value=None, status=_("Not listed"))


def outcome(standing: Standing, *fired: Rule, met: tuple[Consequence, ...] = ()) -> Outcome:
    """An outcome whose rules fired: a short way to write the common case."""
    return Outcome(standing=standing, fired=fired, met=met)
