"""The model every pilot system shares: events, standings, rules and consequences.

An `Event` says what happened and through which data channels it passed; it says
nothing about scores. Each pilot system decides whether it sees the event and how
its own standing changes, and returns an `Outcome` that traces which rules fired.
"""

from abc import ABC, abstractmethod
from dataclasses import dataclass
from enum import StrEnum

from scenarios.provenance import Figure, Provenance


class EventKind(StrEnum):
    """Things that happen to a person. Closed set: a system matches on these."""

    BUYS_NAPPIES = "buys_nappies"
    RED_LIGHT_AT_CAMERA = "red_light_at_camera"
    COURT_ORDERS_PAYMENT = "court_orders_payment"
    PAYS_COURT_ORDER = "pays_court_order"
    APPEALS_JUDGMENT = "appeals_judgment"
    IGNORES_COURT_ORDER = "ignores_court_order"
    BOOKS_FLIGHT = "books_flight"
    BOOKS_FAST_TRAIN = "books_fast_train"
    BOOKS_ORDINARY_TRAIN = "books_ordinary_train"
    VOLUNTEERS = "volunteers"
    GAMES_TEN_HOURS_A_DAY = "games_ten_hours_a_day"
    TAKES_EVENING_CLASS = "takes_evening_class"
    RENTS_FLAT = "rents_flat"
    PAYS_BILLS_ON_TIME = "pays_bills_on_time"


class Channel(StrEnum):
    """Where a record of the event ends up: what a system could draw on."""

    ALIPAY = "alipay"  # payments and shopping through Alipay, Taobao and partners
    TRAFFIC_POLICE = "traffic_police"
    COURT = "court"
    CITY_VOLUNTEER_REGISTER = "city_volunteer_register"
    AIRLINE_BOOKING = "airline_booking"
    RAIL_BOOKING = "rail_booking"
    NONE = "none"  # nobody keeps a record


@dataclass(frozen=True, slots=True, kw_only=True)
class Profile:
    """The facts about a person that decide which systems can see them."""

    home_city: str
    years_resident: int
    age: int
    sesame_opted_in: bool


@dataclass(frozen=True, slots=True, kw_only=True)
class Event:
    """Something that happens to a person, where and when, and who records it."""

    kind: EventKind
    city: str
    when: str  # "2018-03": the storyline is set in 2018, when the sources were written
    channels: frozenset[Channel]
    amount_yuan: int = 0  # illustrative: every sum in a persona's life is invented


@dataclass(frozen=True, slots=True, kw_only=True)
class Standing:
    """One system's state for one person.

    `value` is points for a ledger, the score for a factor score, and 1 (listed) or
    0 (not listed) for a list. `provenance` is the weakest provenance of anything
    that went into `value`: a documented start plus an illustrative change is
    illustrative. `owed_yuan` is a court debt not yet paid.
    """

    tracked: bool
    value: int
    provenance: Provenance
    owed_yuan: int = 0
    appeal_pending: bool = False


class ConsequenceKind(StrEnum):
    PERK = "perk"
    BAN = "ban"
    COST = "cost"
    WARNING = "warning"


@dataclass(frozen=True, slots=True, kw_only=True)
class Consequence:
    """What a standing or an event costs or brings the person."""

    id: str
    system_id: str
    kind: ConsequenceKind
    label: str
    provenance: Provenance
    quote_ids: tuple[str, ...] = ()
    reference_ids: tuple[str, ...] = ()
    threshold: Figure | None = None
    amount: Figure | None = None
    note: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Rule:
    """A named rule of one system, traceable to the record.

    `provenance` says how well the rule itself is supported; `change` (when the rule
    moves a number) carries the provenance of the number, which is often weaker.
    """

    id: str
    system_id: str
    label: str
    provenance: Provenance
    quote_ids: tuple[str, ...] = ()
    reference_ids: tuple[str, ...] = ()
    change: Figure | None = None
    note: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Visibility:
    """Whether a system sees an event, and why in one sentence."""

    seen: bool
    reason: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Outcome:
    """A system's answer to one event: its new standing and the trace of why."""

    standing: Standing
    fired: tuple[Rule, ...] = ()
    met: tuple[Consequence, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Reading:
    """A standing as the screen shows it: the number or status, and its band."""

    value: Figure | None
    status: str
    band: str = ""
    band_provenance: Provenance | None = None
    band_reference_ids: tuple[str, ...] = ()
    owed: Figure | None = None
    out_of: Figure | None = None


class SystemKind(StrEnum):
    POINTS_LEDGER = "points_ledger"
    FACTOR_SCORE = "factor_score"
    LIST = "list"


class PilotSystem(ABC):
    """The shape every pilot system module has. Listed in `scenarios.systems.SYSTEMS`."""

    id: str
    name: str
    operator: str
    kind: SystemKind
    summary: str
    data_sources: str
    scale: str
    quote_ids: tuple[str, ...]
    rules: tuple[Rule, ...]
    consequences: tuple[Consequence, ...]

    @abstractmethod
    def start(self, profile: Profile) -> Standing:
        """The standing before the first step."""

    @abstractmethod
    def sees(self, event: Event, profile: Profile) -> Visibility:
        """Whether this system would see the event at all, and why."""

    @abstractmethod
    def apply(self, standing: Standing, event: Event, profile: Profile) -> Outcome:
        """The new standing after a seen event, with the rules that fired."""

    @abstractmethod
    def holds(self, standing: Standing) -> tuple[Consequence, ...]:
        """Consequences that follow from the standing alone (perks, bans)."""

    @abstractmethod
    def read(self, standing: Standing) -> Reading:
        """How the standing is shown: number, status and band."""

    def rule(self, rule_id: str) -> Rule:
        return next(rule for rule in self.rules if rule.id == rule_id)

    def consequence(self, consequence_id: str) -> Consequence:
        return next(c for c in self.consequences if c.id == consequence_id)

    def step(self, standing: Standing, event: Event, profile: Profile) -> "SystemStep":
        """See, apply and compare: everything one system does with one event."""
        visibility = self.sees(event, profile)
        outcome = self.apply(standing, event, profile) if visibility.seen else Outcome(standing=standing)
        before, after = self.holds(standing), self.holds(outcome.standing)
        return SystemStep(
            system_id=self.id,
            visibility=visibility,
            before=standing,
            after=outcome.standing,
            fired=outcome.fired,
            met=outcome.met,
            gained=tuple(c for c in after if c not in before),
            lost=tuple(c for c in before if c not in after),
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class SystemStep:
    """One system's trace for one event: seen or not, before and after, and why."""

    system_id: str
    visibility: Visibility
    before: Standing
    after: Standing
    fired: tuple[Rule, ...]
    met: tuple[Consequence, ...]
    gained: tuple[Consequence, ...]
    lost: tuple[Consequence, ...]

    @property
    def delta(self) -> int:
        return self.after.value - self.before.value
