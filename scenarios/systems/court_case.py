"""A court case as the three court-fed systems keep it: ordered, appealed, ignored, paid.

The court's list, the courts' phone messages and the joint-punishment record all see
the same court events, and each keeps its own copy of the case. This module holds the
case and how one court event moves it; each system decides what the move means for it
(a listing, a message switched on, an entry on a shared blacklist).
"""

from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Protocol, Self

from scenarios.engine import Event, EventKind, Outcome, Rule, Standing
from scenarios.i18n import _
from scenarios.provenance import Figure, Provenance

INVENTED = _("The debt and every sum in the story are invented.")


@dataclass(frozen=True, slots=True, kw_only=True)
class CourtCase:
    """The sum a court ordered paid, and whether the judgment is under appeal.

    A case is open while a sum is owed: an order for nothing opens no case.
    """

    owed_yuan: int = 0
    appealed: bool = False

    @property
    def open(self) -> bool:
        return self.owed_yuan > 0

    def owed(self) -> Figure | None:
        """The sum still owed, as the screen shows it; None once the case is closed."""
        if not self.open:
            return None
        return Figure(value=self.owed_yuan, provenance=Provenance.ASSUMPTION, note=INVENTED)


NO_CASE = CourtCase()
COURT_EVENTS = frozenset(
    {
        EventKind.COURT_ORDERS_PAYMENT,
        EventKind.APPEALS_JUDGMENT,
        EventKind.IGNORES_COURT_ORDER,
        EventKind.PAYS_COURT_ORDER,
    }
)


class Turn(StrEnum):
    """What a court event does to the case."""

    ORDERED = "ordered"
    APPEALED = "appealed"
    IGNORED = "ignored"
    PAID = "paid"


def follow(case: CourtCase, event: Event) -> tuple[Turn, CourtCase] | None:
    """The turn a court event gives the case and the case after it; None if it gives none.

    An order opens the case (or sets a new sum); an appeal, a refusal or a payment acts
    only on an open case. Paying closes it, appeal and all.
    """
    if event.kind is EventKind.COURT_ORDERS_PAYMENT:
        return Turn.ORDERED, replace(case, owed_yuan=event.amount_yuan)
    if not case.open:
        return None
    if event.kind is EventKind.APPEALS_JUDGMENT:
        return Turn.APPEALED, replace(case, appealed=True)
    if event.kind is EventKind.IGNORES_COURT_ORDER:
        return Turn.IGNORED, case
    if event.kind is EventKind.PAYS_COURT_ORDER:
        return Turn.PAID, NO_CASE
    return None


def sum_paid(event: Event) -> Figure:
    """The sum paid to close a case, as the exhibit invents it."""
    return Figure(value=event.amount_yuan, provenance=Provenance.ASSUMPTION, note=INVENTED, unit=_("yuan"))


class ShowsCase(Protocol):
    """A state that keeps a copy of the case and shows whether the person is named for it."""

    @property
    def case(self) -> CourtCase: ...

    @property
    def shown(self) -> bool:
        """Named for the unpaid debt: a message switched on, a name on a shared blacklist."""
        ...

    def moved(self, case: CourtCase, shown: bool) -> Self: ...


@dataclass(frozen=True, slots=True, kw_only=True)
class CaseRules:
    """The rules a system fires as a case is ordered, refused and paid off."""

    ordered: Rule
    shown: Rule
    removed: Rule


def follow_without_appeals[S: ShowsCase](standing: Standing[S], event: Event, rules: CaseRules) -> Outcome[S]:
    """Order, refusal and payment in full; an appeal changes nothing.

    For the systems whose sources describe no appeals: a refusal names the person once,
    and paying takes them off (with the removal rule, if they were named).
    """
    state, moved = standing.state, follow(standing.state.case, event)
    if moved is None or moved[0] is Turn.APPEALED:
        return Outcome(standing=standing)
    turn, case = moved
    if turn is Turn.IGNORED and state.shown:
        return Outcome(standing=standing)
    shown = turn is Turn.IGNORED or (turn is Turn.ORDERED and state.shown)
    after = replace(standing, state=state.moved(case, shown))
    if turn is Turn.PAID:
        return Outcome(standing=after, fired=(rules.removed,) if state.shown else ())
    return Outcome(standing=after, fired=(rules.ordered if turn is Turn.ORDERED else rules.shown,))


LIST_EVENTS = frozenset({EventKind.IGNORES_COURT_ORDER, EventKind.PAYS_COURT_ORDER})


def on_list_after(listed: bool, event: Event) -> bool | None:
    """For a system that reads only the court's list: listed after this event, or None if unchanged.

    A refusal to pay puts the person on the list; paying in full takes them off. A judgment
    or an appeal alone lists nobody, so such a system never sees one.
    """
    if event.kind is EventKind.IGNORES_COURT_ORDER and not listed:
        return True
    if event.kind is EventKind.PAYS_COURT_ORDER and listed:
        return False
    return None
