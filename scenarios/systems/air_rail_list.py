"""The air and rail passenger blacklists, from 1 June 2018: one mechanism, two bans.

Passengers punished for listed offences on planes, at airports, on trains or in stations
are barred from buying tickets: from flying for a year, from trains for 180 days. Before
June 2018 the lists did not exist.

Reported: the start date, both durations and the counts by January 2019 (Global Times,
TravelMole); the nine air offences, including disobeying cabin orders and smoking (Inbound
Report, citing Jing Travel and the aviation authority); riding a train without a valid
ticket and smoking on trains as rail offences (Radio Free Asia, TravelMole). No seed
describes these lists; seed 001 says only that you may lose the right to book a train
ticket or flight. Illustrative: what happens after a second offence during a ban.

How the two bans share one standing. A person can be barred from flying and from
trains at once, with different end months, so the state is the bans in force, each a
`Ban` with its own end month. `lapse` lifts each ban in its own month. `read` shows a
status in words and the month the first ban ends. The exhibit counts whole months, so
the 180-day train ban is lifted six months after it starts.

The same 2018 notices also barred court-listed debtors and some others from flying and
from fast trains; those bans belong to the court's list and to joint punishment, and are
not modelled here.
"""

from dataclasses import dataclass, replace
from enum import StrEnum

from scenarios.engine import (
    Channel,
    Consequence,
    ConsequenceKind,
    Event,
    EventKind,
    Milestone,
    Month,
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
from scenarios.provenance import Figure, Provenance, weakest
from scenarios.systems.common import outcome

ID = "air_rail_list"
STARTED = Month(2018, 6)  # the first lists were published on 1 June 2018
COUNTS = ("globaltimes-2019-travel-bans",)
AIR_MONTHS, RAIL_MONTHS = 12, 6

AIR_BAN = Figure(
    value=1,
    provenance=Provenance.REPORT,
    reference_ids=("globaltimes-2019-travel-bans", "travelmole-2018-passenger-blacklists"),
    unit=_("years"),
)
RAIL_BAN = Figure(
    value=180,
    provenance=Provenance.REPORT,
    reference_ids=("globaltimes-2019-travel-bans",),
    unit=_("days"),
    note=_(
        "TravelMole reported six months. The exhibit counts whole months, so it lifts the "
        "train ban six months after it starts."
    ),
)

AIR_OFFENCE = Rule(
    id="air_rail_list.air_offence",
    system_id=ID,
    label=_(
        "Disobeying the cabin crew, picking a quarrel on board, smoking on the plane or another "
        "of the listed offences puts a passenger on the no-fly list."
    ),
    provenance=Provenance.REPORT,
    quote_ids=("court.lose_rights",),
    reference_ids=("inboundreport-2018-travel-blacklist", "travelmole-2018-passenger-blacklists"),
    change=AIR_BAN,
    note=_(
        "TravelMole reports that everyone on the first list had already been punished for the "
        "act, for example fined or detained. The exhibit assumes the crew's report led to such a "
        "penalty."
    ),
)
RAIL_OFFENCE = Rule(
    id="air_rail_list.rail_offence",
    system_id=ID,
    label=_(
        "Refusing to pay for a ride without a valid ticket, smoking on a train or another of "
        "the listed offences puts a passenger on the train list, after the name is published "
        "with time to object."
    ),
    provenance=Provenance.REPORT,
    quote_ids=("air_rail_list.misbehaving_on_train",),
    reference_ids=("rfa-2018-flight-train-bans", "travelmole-2018-passenger-blacklists"),
    change=RAIL_BAN,
    note=_("The exhibit assumes the conductor's report led to a penalty, as for the no-fly list."),
)
REPEAT = Rule(
    id="air_rail_list.repeat",
    system_id=ID,
    label=_("A new offence during a ban starts that ban again from the new offence."),
    provenance=Provenance.ASSUMPTION,
    note=_(
        "The sources read say nothing about a second offence during a ban; this is the exhibit's assumption."
    ),
)
AIR_BAN_ENDS = Rule(
    id="air_rail_list.air_ban_ends",
    system_id=ID,
    label=_("The flying ban ends when its time is up."),
    provenance=Provenance.REPORT,
    reference_ids=COUNTS,
)
RAIL_BAN_ENDS = Rule(
    id="air_rail_list.rail_ban_ends",
    system_id=ID,
    label=_("The train ban ends when its time is up."),
    provenance=Provenance.REPORT,
    reference_ids=COUNTS,
)
RULES = (AIR_OFFENCE, RAIL_OFFENCE, REPEAT, AIR_BAN_ENDS, RAIL_BAN_ENDS)

NO_FLIGHTS = Consequence(
    id="air_rail_list.no_flights",
    system_id=ID,
    kind=ConsequenceKind.BAN,
    label=_("May not buy plane tickets while the flying ban lasts."),
    provenance=Provenance.REPORT,
    quote_ids=("court.lose_rights",),
    reference_ids=("globaltimes-2019-travel-bans", "inboundreport-2018-travel-blacklist"),
)
NO_TRAINS = Consequence(
    id="air_rail_list.no_trains",
    system_id=ID,
    kind=ConsequenceKind.BAN,
    label=_("May not buy train tickets while the train ban lasts."),
    provenance=Provenance.REPORT,
    quote_ids=("court.lose_rights",),
    reference_ids=("globaltimes-2019-travel-bans", "travelmole-2018-passenger-blacklists"),
)
FLIGHT_REFUSED = Consequence(
    id="air_rail_list.flight_refused",
    system_id=ID,
    kind=ConsequenceKind.BAN,
    label=_("Plane ticket refused: the passenger is on the no-fly list."),
    provenance=Provenance.REPORT,
    reference_ids=("globaltimes-2019-travel-bans",),
)
TRAIN_REFUSED = Consequence(
    id="air_rail_list.train_refused",
    system_id=ID,
    kind=ConsequenceKind.BAN,
    label=_("Train ticket refused: the passenger is on the train list."),
    provenance=Provenance.REPORT,
    reference_ids=("globaltimes-2019-travel-bans", "travelmole-2018-passenger-blacklists"),
    note=_("The reports describe a ban from trains, not only from fast trains."),
)
CONSEQUENCES = (NO_FLIGHTS, NO_TRAINS, FLIGHT_REFUSED, TRAIN_REFUSED)


class Transport(StrEnum):
    """What a ban bars a passenger from: planes or trains."""

    AIR = "air"
    RAIL = "rail"


@dataclass(frozen=True, slots=True, kw_only=True)
class Ban:
    """One ban in force, and the month it ends."""

    transport: Transport
    until: Month


@dataclass(frozen=True, slots=True)
class Bans:
    """The bans in force: at most one per transport, flying before trains."""

    held: tuple[Ban, ...] = ()

    def of(self, transport: Transport) -> Ban | None:
        return next((ban for ban in self.held if ban.transport is transport), None)

    def imposing(self, ban: Ban) -> "Bans":
        """These bans with `ban` in place of any ban of the same transport."""
        others = {held.transport: held for held in self.held if held.transport is not ban.transport}
        others[ban.transport] = ban
        return Bans(tuple(others[transport] for transport in Transport if transport in others))

    def ended_by(self, when: Month) -> tuple[Ban, ...]:
        """The bans whose time is up by `when`."""
        return tuple(ban for ban in self.held if when >= ban.until)

    def without(self, ended: tuple[Ban, ...]) -> "Bans":
        return Bans(tuple(ban for ban in self.held if ban not in ended))

    @property
    def first(self) -> Ban | None:
        """The ban that ends first; the flying ban when both end in the same month."""
        return min(self.held, key=lambda ban: ban.until, default=None)


NO_BANS = Bans()


@dataclass(frozen=True, slots=True, kw_only=True)
class Mode:
    """How one list treats its transport: the offence, the ban, and its rules."""

    offence: EventKind
    reported_by: Channel
    rule: Rule
    ends: Rule
    months: int
    held: Consequence
    refused: Consequence


MODES = {
    Transport.AIR: Mode(
        offence=EventKind.CAUSES_TROUBLE_ON_FLIGHT,
        reported_by=Channel.CABIN_CREW_REPORT,
        rule=AIR_OFFENCE,
        ends=AIR_BAN_ENDS,
        months=AIR_MONTHS,
        held=NO_FLIGHTS,
        refused=FLIGHT_REFUSED,
    ),
    Transport.RAIL: Mode(
        offence=EventKind.DODGES_TRAIN_FARE,
        reported_by=Channel.RAIL_STAFF_REPORT,
        rule=RAIL_OFFENCE,
        ends=RAIL_BAN_ENDS,
        months=RAIL_MONTHS,
        held=NO_TRAINS,
        refused=TRAIN_REFUSED,
    ),
}
_OFFENCES = {mode.offence: transport for transport, mode in MODES.items()}
_BOOKINGS = {
    EventKind.BOOKS_FLIGHT: (Channel.AIRLINE_BOOKING, Transport.AIR),
    EventKind.BOOKS_FAST_TRAIN: (Channel.RAIL_BOOKING, Transport.RAIL),
    EventKind.BOOKS_ORDINARY_TRAIN: (Channel.RAIL_BOOKING, Transport.RAIL),
}


class AirRailList(PilotSystem[Bans]):
    id = ID
    name = _("The air and rail passenger blacklists")
    operator = _("The Civil Aviation Administration of China and the national railway operator")
    shape = Shape.LIST
    group = SystemGroup.NATIONAL
    summary = _(
        "Two lists of passengers punished for breaking travel rules. The no-fly list bars a "
        "person from buying plane tickets for a year; the train list bars them from trains for "
        "a shorter time. There is no score: the ban ends when its time is up."
    )
    covers = _("Anyone who flies or takes a train in China.")
    data_sources = _("Airline and railway staff's reports of offences, after a penalty from the police.")
    entry = _(
        "Break one of the listed rules on a plane, at an airport, on a train or in a station, "
        "and be punished for it."
    )
    exit = _("Wait: the flying ban lasts a year, the train ban less. Each ends on its own.")
    scale = _("Not listed, barred from flying, barred from trains, or both, each until a set month.")
    quote_ids = ("court.lose_rights", "air_rail_list.misbehaving_on_train")
    rules = RULES
    consequences = CONSEQUENCES
    history = (
        Milestone(
            when="2018-06-01",
            text=_(
                "The first air and rail passenger lists are published. A flying ban lasts a "
                "year, a train ban 180 days."
            ),
            provenance=Provenance.REPORT,
            reference_ids=(
                "globaltimes-2019-travel-bans",
                "travelmole-2018-passenger-blacklists",
                "inboundreport-2018-travel-blacklist",
            ),
        ),
        Milestone(
            when="2019-01-13",
            text=_("Since the lists began, 5,028 people have been barred from flying and 1,747 from trains."),
            provenance=Provenance.REPORT,
            reference_ids=COUNTS,
        ),
        Milestone(
            when="2020-12",
            text=_(
                "New State Council guidance says punishments for untrustworthy conduct must be "
                "lawful and in proportion, and lets people repair their credit."
            ),
            provenance=Provenance.OFFICIAL,
            reference_ids=("clt-2020-guidance",),
        ),
    )
    example_profile = Profile(home_city="Shanghai", years_resident=8, age=29)

    def start(self, profile: Profile) -> Standing[Bans]:
        return Standing(tracked=True, state=NO_BANS, provenance=Provenance.REPORT)

    def sees(self, event: Event, profile: Profile) -> Visibility:
        if event.when < STARTED:
            return Visibility(seen=False, reason=_("The air and rail passenger lists did not exist yet."))
        if event.kind in _OFFENCES:
            transport = _OFFENCES[event.kind]
            if MODES[transport].reported_by not in event.channels:
                return Visibility(
                    seen=False, reason=_("No airline or railway staff reported it, so no list records it.")
                )
            if transport is Transport.AIR:
                return Visibility(
                    seen=True, reason=_("The crew reported it; such offences lead to the no-fly list.")
                )
            return Visibility(
                seen=True, reason=_("Rail staff reported it; such offences lead to the train list.")
            )
        if event.kind in _BOOKINGS and _BOOKINGS[event.kind][0] in event.channels:
            return Visibility(
                seen=True, reason=_("Ticket sellers check the passenger lists before they sell.")
            )
        return Visibility(
            seen=False,
            reason=_("The lists record only offences on planes and trains and at airports and stations."),
        )

    def apply(self, standing: Standing[Bans], event: Event, profile: Profile) -> Outcome[Bans]:
        bans = standing.state
        if event.kind in _BOOKINGS:
            booked = _BOOKINGS[event.kind][1]
            refused = (MODES[booked].refused,) if bans.of(booked) is not None else ()
            return outcome(standing, met=refused)
        if event.kind not in _OFFENCES:
            return outcome(standing)
        transport = _OFFENCES[event.kind]
        mode = MODES[transport]
        fired: tuple[Rule, ...] = (mode.rule,)
        provenance = weakest(standing.provenance, Provenance.REPORT)
        if bans.of(transport) is not None:
            fired = (*fired, REPEAT)
            provenance = weakest(provenance, REPEAT.provenance)
        ban = Ban(transport=transport, until=event.when.plus(mode.months))
        after = replace(standing, state=bans.imposing(ban), provenance=provenance)
        return outcome(after, *fired)

    def lapse(self, standing: Standing[Bans], when: Month) -> tuple[Standing[Bans], tuple[Rule, ...]]:
        ended = standing.state.ended_by(when)
        if not ended:
            return standing, ()
        after = replace(standing, state=standing.state.without(ended))
        return after, tuple(MODES[ban.transport].ends for ban in ended)

    def holds(self, standing: Standing[Bans]) -> tuple[Consequence, ...]:
        return tuple(MODES[ban.transport].held for ban in standing.state.held)

    def read(self, standing: Standing[Bans]) -> Reading:
        bans = standing.state
        first = bans.first
        if first is None:
            return Reading(value=None, status=_("Not listed"))
        if len(bans.held) == 2:
            status = (
                _("Barred from flying and from trains; the train ban ends first")
                if first.transport is Transport.RAIL
                else _("Barred from flying and from trains; the flying ban ends first")
            )
        elif first.transport is Transport.AIR:
            status = _("Barred from flying")
        else:
            status = _("Barred from trains")
        return Reading(value=None, status=status, level=1, until=first.until)


SYSTEM = AirRailList()
