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

How the two bans share one standing. `Standing` has one `until`, but a person can be
barred from flying and from trains at once, with different end months. The low two bits
of `value` say which bans are in force (1 flying, 2 trains, 3 both), and `until` is the
month the first of them ends. When both are in force, bit 2 says whether the train ban is
the one that ends first and the bits above it hold the months from that end to the
other's. `lapse` lifts each ban in its own month. `read` never shows `value`: a list
shows a status in words. The exhibit counts whole months, so the 180-day train ban is
lifted six months after it starts.

The same 2018 notices also barred court-listed debtors and some others from flying and
from fast trains; those bans belong to the court's list and to joint punishment, and are
not modelled here.
"""

from dataclasses import replace

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
    Standing,
    SystemGroup,
    SystemKind,
    Visibility,
    add_months,
)
from scenarios.i18n import _
from scenarios.provenance import Figure, Provenance, weakest
from scenarios.systems.common import outcome

ID = "air_rail_list"
STARTED = "2018-06"  # the first lists were published on 1 June 2018
AIR, RAIL = 1, 2
BOTH = AIR | RAIL
_RAIL_ENDS_FIRST = 4
_GAP_SHIFT = 3
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

_OFFENCES = {
    EventKind.CAUSES_TROUBLE_ON_FLIGHT: (Channel.CABIN_CREW_REPORT, AIR),
    EventKind.DODGES_TRAIN_FARE: (Channel.RAIL_STAFF_REPORT, RAIL),
}
_BOOKINGS = {
    EventKind.BOOKS_FLIGHT: (Channel.AIRLINE_BOOKING, AIR),
    EventKind.BOOKS_FAST_TRAIN: (Channel.RAIL_BOOKING, RAIL),
    EventKind.BOOKS_ORDINARY_TRAIN: (Channel.RAIL_BOOKING, RAIL),
}
_OFFENCE_RULE = {AIR: AIR_OFFENCE, RAIL: RAIL_OFFENCE}
_ENDS_RULE = {AIR: AIR_BAN_ENDS, RAIL: RAIL_BAN_ENDS}
_MONTHS = {AIR: AIR_MONTHS, RAIL: RAIL_MONTHS}
_HELD = {AIR: NO_FLIGHTS, RAIL: NO_TRAINS}
_REFUSED = {AIR: FLIGHT_REFUSED, RAIL: TRAIN_REFUSED}


def bans(standing: Standing) -> dict[int, str]:
    """The bans in force (AIR, RAIL) and the month each one ends."""
    flags = standing.value & BOTH
    if flags != BOTH:
        return {flags: standing.until} if flags else {}
    first, second = (RAIL, AIR) if standing.value & _RAIL_ENDS_FIRST else (AIR, RAIL)
    return {first: standing.until, second: add_months(standing.until, standing.value >> _GAP_SHIFT)}


def with_bans(standing: Standing, ends: dict[int, str]) -> Standing:
    """The standing holding exactly these bans, each with its own end month."""
    if not ends:
        return replace(standing, value=0, until="")
    if len(ends) == 1:
        ((flag, until),) = ends.items()
        return replace(standing, value=flag, until=until)
    first = RAIL if ends[RAIL] < ends[AIR] else AIR
    second = AIR if first == RAIL else RAIL
    gap = _months_between(ends[first], ends[second])
    value = BOTH | (_RAIL_ENDS_FIRST if first == RAIL else 0) | (gap << _GAP_SHIFT)
    return replace(standing, value=value, until=ends[first])


def _months_between(earlier: str, later: str) -> int:
    def index(when: str) -> int:
        year, month = (int(part) for part in when[:7].split("-"))
        return year * 12 + month

    return index(later) - index(earlier)


class AirRailList(PilotSystem):
    id = ID
    name = _("The air and rail passenger blacklists")
    operator = _("The Civil Aviation Administration of China and the national railway operator")
    kind = SystemKind.LIST
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

    def start(self, profile: Profile) -> Standing:
        return Standing(tracked=True, value=0, provenance=Provenance.REPORT)

    def sees(self, event: Event, profile: Profile) -> Visibility:
        if event.when[:7] < STARTED:
            return Visibility(seen=False, reason=_("The air and rail passenger lists did not exist yet."))
        if event.kind in _OFFENCES:
            channel, flag = _OFFENCES[event.kind]
            if channel not in event.channels:
                return Visibility(
                    seen=False, reason=_("No airline or railway staff reported it, so no list records it.")
                )
            if flag == AIR:
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

    def apply(self, standing: Standing, event: Event, profile: Profile) -> Outcome:
        ends = bans(standing)
        if event.kind in _BOOKINGS:
            flag = _BOOKINGS[event.kind][1]
            return outcome(standing, met=(_REFUSED[flag],) if flag in ends else ())
        if event.kind not in _OFFENCES:
            return outcome(standing)
        flag = _OFFENCES[event.kind][1]
        fired: tuple[Rule, ...] = (_OFFENCE_RULE[flag],)
        provenance = weakest(standing.provenance, Provenance.REPORT)
        if flag in ends:
            fired = (*fired, REPEAT)
            provenance = weakest(provenance, REPEAT.provenance)
        ends[flag] = add_months(event.when, _MONTHS[flag])
        after = replace(with_bans(standing, ends), provenance=provenance)
        return outcome(after, *fired)

    def lapse(self, standing: Standing, when: str) -> tuple[Standing, tuple[Rule, ...]]:
        ends = bans(standing)
        expired = [flag for flag in (AIR, RAIL) if flag in ends and when[:7] >= ends[flag]]
        if not expired:
            return standing, ()
        remaining = {flag: end for flag, end in ends.items() if flag not in expired}
        return with_bans(standing, remaining), tuple(_ENDS_RULE[flag] for flag in expired)

    def holds(self, standing: Standing) -> tuple[Consequence, ...]:
        ends = bans(standing)
        return tuple(_HELD[flag] for flag in (AIR, RAIL) if flag in ends)

    def read(self, standing: Standing) -> Reading:
        ends = bans(standing)
        if not ends:
            return Reading(value=None, status=_("Not listed"))
        if len(ends) == 2:
            status = (
                _("Barred from flying and from trains; the train ban ends first")
                if standing.value & _RAIL_ENDS_FIRST
                else _("Barred from flying and from trains; the flying ban ends first")
            )
        elif AIR in ends:
            status = _("Barred from flying")
        else:
            status = _("Barred from trains")
        return Reading(value=None, status=status, until=standing.until)


SYSTEM = AirRailList()
