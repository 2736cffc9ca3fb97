"""The Supreme People's Court's list of dishonest persons subject to enforcement.

A list, not a score: a person who is able to pay a court-ordered debt and refuses is
listed, and while listed may not buy plane tickets, ride high-speed trains, buy
property, take loans, or send children to costly private schools. Paying removes the
entry. Documented by seeds 000 and 001; the rules are the court's own (2015, 2017).
"""

from dataclasses import dataclass, replace

from scenarios.engine import (
    Channel,
    Consequence,
    ConsequenceKind,
    Event,
    EventKind,
    Milestone,
    Outcome,
    PilotSystem,
    Profile,
    Reading,
    Rule,
    Shape,
    Standing,
    SystemGroup,
    Visibility,
)
from scenarios.i18n import _
from scenarios.provenance import Provenance
from scenarios.systems import court_case
from scenarios.systems.court_case import NO_CASE, CourtCase, Turn, follow

ID = "court_list"
SPENDING_RULES = ("clt-2015-spending",)

ORDER = Rule(
    id="court_list.order",
    system_id=ID,
    label=_("A court orders a payment. Nobody is listed for a judgment alone."),
    provenance=Provenance.OFFICIAL,
    quote_ids=("court.lose_rights",),
    reference_ids=("clt-2017-list",),
)
APPEAL = Rule(
    id="court_list.appeal",
    system_id=ID,
    label=_("An appeal is lodged; the debt is not enforced while it is heard."),
    provenance=Provenance.ASSUMPTION,
    quote_ids=("court.pay_or_appeal",),
    note=_(
        "The sources name appeal as a way out but give no timetable. This "
        "storyline assumes the appeal is decided before any listing."
    ),
)
PAID_OFF = Rule(
    id="court_list.paid",
    system_id=ID,
    label=_("The court-ordered sum is paid; the case is closed."),
    provenance=Provenance.OFFICIAL,
    quote_ids=("court.pay_or_appeal",),
    reference_ids=("clt-2017-list",),
)
LISTING = Rule(
    id="court_list.listing",
    system_id=ID,
    label=_(
        "Able to pay but refuses: after an enforcement notice that warns of the list, the court "
        "writes a listing decision, serves it on the person and puts them on the list."
    ),
    provenance=Provenance.OFFICIAL,
    quote_ids=("court.blacklist_not_score", "court.lose_rights"),
    reference_ids=("clt-2017-list", "globe-2018-liu-hu"),
    note=_(
        "The court's 2017 provisions require the enforcement notice to warn of the list, and the "
        "written decision to be served as other court documents are. Serving can fail: the "
        "journalist Liu Hu said he learned he was listed only when an airline's booking system "
        "turned him down (The Globe and Mail, 2018)."
    ),
)
REMOVAL = Rule(
    id="court_list.removal",
    system_id=ID,
    label=_("Paying in full takes the person off the list."),
    provenance=Provenance.OFFICIAL,
    quote_ids=("court.bring_your_money", "court.pay_or_appeal"),
    reference_ids=("clt-2017-list", "chinadaily-2022-luxury-ban"),
)
RULES = (ORDER, APPEAL, PAID_OFF, LISTING, REMOVAL)

BANS = (
    Consequence(
        id="court_list.no_flights",
        system_id=ID,
        kind=ConsequenceKind.BAN,
        label=_("May not buy plane tickets."),
        provenance=Provenance.OFFICIAL,
        quote_ids=("court.liu_hu_listed", "court.lose_rights"),
        reference_ids=SPENDING_RULES,
    ),
    Consequence(
        id="court_list.no_fast_trains",
        system_id=ID,
        kind=ConsequenceKind.BAN,
        label=_("May not ride high-speed trains or take soft sleepers."),
        provenance=Provenance.OFFICIAL,
        quote_ids=("court.liu_hu_listed",),
        reference_ids=SPENDING_RULES,
        note=_("Ordinary trains and buses are allowed."),
    ),
    Consequence(
        id="court_list.no_property",
        system_id=ID,
        kind=ConsequenceKind.BAN,
        label=_("May not buy, build or expensively renovate a home."),
        provenance=Provenance.OFFICIAL,
        quote_ids=("court.liu_hu_listed",),
        reference_ids=SPENDING_RULES,
        note=_(
            "This is the court's 2015 spending rules. They bar property, not loans: loans come from "
            "the 2016 opinions on joint punishment, which tell banks of the listing."
        ),
    ),
    Consequence(
        id="court_list.no_private_school",
        system_id=ID,
        kind=ConsequenceKind.BAN,
        label=_("Children may not attend high-fee private schools."),
        provenance=Provenance.OFFICIAL,
        quote_ids=("court.private_schools",),
        reference_ids=SPENDING_RULES,
    ),
)
FLIGHT_REFUSED = Consequence(
    id="court_list.flight_refused",
    system_id=ID,
    kind=ConsequenceKind.BAN,
    label=_('Plane ticket refused: the booking system says "not qualified".'),
    provenance=Provenance.REPORT,
    quote_ids=("court.liu_hu_listed", "court.liu_hu_unqualified"),
    reference_ids=("globe-2018-liu-hu",),
)
TRAIN_REFUSED = Consequence(
    id="court_list.train_refused",
    system_id=ID,
    kind=ConsequenceKind.BAN,
    label=_("High-speed train ticket refused."),
    provenance=Provenance.OFFICIAL,
    quote_ids=("court.liu_hu_listed", "court.lose_rights"),
    reference_ids=SPENDING_RULES,
)
PAID = Consequence(
    id="court_list.sum_paid",
    system_id=ID,
    kind=ConsequenceKind.COST,
    label=_("Pays the sum the court ordered."),
    provenance=Provenance.ASSUMPTION,
    note=court_case.INVENTED,
)
CONSEQUENCES = (*BANS, FLIGHT_REFUSED, TRAIN_REFUSED, PAID)


@dataclass(frozen=True, slots=True, kw_only=True)
class CourtListing:
    """The person's case, if any, and whether the court has listed them."""

    case: CourtCase = NO_CASE
    listed: bool = False


class CourtList(PilotSystem[CourtListing]):
    id = ID
    name = _("The court's list of dishonest debtors")
    operator = _("The Supreme People's Court, nationwide")
    shape = Shape.LIST
    summary = _(
        "A national list of people who were ordered by a court to pay and did not, "
        "though able to. It has no score: you are on it or you are not. Airlines and "
        "railways check it when you buy a ticket. Paying takes you off."
    )
    group = SystemGroup.NATIONAL
    covers = _("Anyone in China, person or company, who loses a court case and must pay.")
    data_sources = _("Court enforcement records; ticket sellers check the list.")
    entry = _(
        "A court lists someone who is able to pay what a judgment orders and refuses, "
        "hides assets or obstructs enforcement. There is no score."
    )
    exit = _(
        "Pay in full, keep to a settlement with the creditor, or win on appeal: the court then "
        "deletes the entry. Someone listed in error, or with wrong details, can ask the court to "
        "correct it. A listing for obstructing or evading enforcement, rather than for refusing "
        "to pay, lasts a fixed period under the court's provisions: two years, or up to three "
        "more for violence or repeated breaches."
    )
    scale = _("Listed or not listed.")
    quote_ids = ("court.blacklist_not_score", "court.liu_hu_listed", "court.bring_your_money")
    rules = RULES
    consequences = CONSEQUENCES
    history = (
        Milestone(
            when="2013-10",
            text=_("The Supreme People's Court starts its list of judgment defaulters."),
            provenance=Provenance.OFFICIAL,
            reference_ids=("clt-2013-list",),
        ),
        Milestone(
            when="2015-07-20",
            text=_("The court's spending bans are widened to every high-speed train."),
            provenance=Provenance.OFFICIAL,
            reference_ids=("clt-2015-spending",),
        ),
        Milestone(
            when="2017-05-01",
            text=_(
                "Revised rules take effect. The court must warn of the list in its enforcement "
                "notice and serve a written listing decision; a person listed in error can ask for "
                "a correction; listings for obstructing enforcement last a fixed period."
            ),
            provenance=Provenance.OFFICIAL,
            reference_ids=("clt-2017-list",),
        ),
        Milestone(
            when="2019-07",
            text=_("More than 14.5 million people have been listed since 2013."),
            provenance=Provenance.REPORT,
            reference_ids=("shanghaidaily-2019-counts",),
        ),
        Milestone(
            when="2020-12",
            text=_(
                "New State Council guidance says punishments must be lawful and in "
                "proportion, and lets people repair their credit."
            ),
            provenance=Provenance.OFFICIAL,
            reference_ids=("clt-2020-guidance",),
        ),
        Milestone(
            when="2025-03-08",
            text=_(
                "For 2024 the courts report 2.46 million new listings, the first fall "
                "in ten years, and 2.82 million people taken off after repairing credit."
            ),
            provenance=Provenance.REPORT,
            reference_ids=("peoplesdaily-2025-decline",),
        ),
    )
    example_profile = Profile(home_city="Beijing", years_resident=10, age=45)

    def start(self, profile: Profile) -> Standing[CourtListing]:
        return Standing(tracked=True, state=CourtListing(), provenance=Provenance.SOURCE_TEXT)

    def sees(self, event: Event, profile: Profile) -> Visibility:
        if Channel.COURT in event.channels and profile.country != "China":
            return Visibility(seen=False, reason=_("Only courts in China put people on this list."))
        if Channel.COURT in event.channels:
            return Visibility(seen=True, reason=_("It is a court matter, anywhere in China."))
        if event.channels & {Channel.AIRLINE_BOOKING, Channel.RAIL_BOOKING}:
            return Visibility(
                seen=True, reason=_("Airlines and railways check the list when they sell tickets.")
            )
        return Visibility(seen=False, reason=_("Not a court debt: the list records only those."))

    def apply(
        self, standing: Standing[CourtListing], event: Event, profile: Profile
    ) -> Outcome[CourtListing]:
        listing = standing.state
        if event.kind is EventKind.BOOKS_FLIGHT:
            return Outcome(standing=standing, met=(FLIGHT_REFUSED,) if listing.listed else ())
        if event.kind is EventKind.BOOKS_FAST_TRAIN:
            return Outcome(standing=standing, met=(TRAIN_REFUSED,) if listing.listed else ())
        return self._follow_case(standing, event)

    def _follow_case(self, standing: Standing[CourtListing], event: Event) -> Outcome[CourtListing]:
        """A court event: order, appeal, refusal while able to pay, payment."""
        listing, moved = standing.state, follow(standing.state.case, event)
        if moved is None:
            return Outcome(standing=standing)
        turn, case = moved
        if turn is Turn.IGNORED and listing.listed:
            return Outcome(standing=standing)
        after = replace(standing, state=replace(listing, case=case, listed=_listed_after(turn, listing)))
        if turn is Turn.PAID:
            paid = replace(PAID, amount=court_case.sum_paid(event))
            return Outcome(standing=after, fired=(REMOVAL if listing.listed else PAID_OFF,), met=(paid,))
        return Outcome(standing=after, fired=(TURN_RULES[turn],))

    def holds(self, standing: Standing[CourtListing]) -> tuple[Consequence, ...]:
        return BANS if standing.state.listed else ()

    def read(self, standing: Standing[CourtListing]) -> Reading:
        listed = standing.state.listed
        status = _("Listed") if listed else _("Not listed")
        return Reading(value=None, status=status, level=int(listed), owed=standing.state.case.owed())


TURN_RULES = {Turn.ORDERED: ORDER, Turn.APPEALED: APPEAL, Turn.IGNORED: LISTING}


def _listed_after(turn: Turn, listing: CourtListing) -> bool:
    """Refusing to pay lists the person; paying takes them off; anything else leaves it."""
    if turn is Turn.IGNORED:
        return True
    return False if turn is Turn.PAID else listing.listed


SYSTEM = CourtList()
