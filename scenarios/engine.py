"""The model every pilot system shares: events, standings, rules and consequences.

An `Event` says what happened and through which data channels it passed; it says
nothing about scores. Each pilot system decides whether it sees the event and how
its own standing changes, and returns an `Outcome` that traces which rules fired.
"""

import re
from abc import ABC, abstractmethod
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from scenarios.i18n import _
from scenarios.provenance import Figure, Provenance

MONTH = re.compile(r"(\d{4})-(\d{2})")


@dataclass(frozen=True, slots=True, order=True)
class Month:
    """A calendar month: when an event happens, and when a listing or record lapses.

    Listings and records in the sources run for whole months or years, so the
    storyline keeps months, never days. `str(Month(2018, 3))` is "2018-03".
    """

    year: int
    month: int

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12:
            raise ValueError(f"no month {self.month}")

    @classmethod
    def parse(cls, text: str) -> "Month":
        """ "2018-03" (or the month of "2018-03-15")."""
        found = MONTH.match(text)
        if found is None:
            raise ValueError(f"not a month: {text!r}")
        return cls(int(found[1]), int(found[2]))

    def plus(self, months: int) -> "Month":
        """This month and `months` more: Month(2018, 6).plus(12) is Month(2019, 6)."""
        index = self.year * 12 + self.month - 1 + months
        return Month(index // 12, index % 12 + 1)

    def months_since(self, earlier: "Month") -> int:
        return (self.year - earlier.year) * 12 + self.month - earlier.month

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"


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
    JAYWALKS_AT_CAMERA = "jaywalks_at_camera"
    DONATES_TO_CHARITY = "donates_to_charity"
    CAUSES_TROUBLE_ON_FLIGHT = "causes_trouble_on_flight"
    DAMAGES_RELIC_ON_TOUR = "damages_relic_on_tour"
    DODGES_TRAIN_FARE = "dodges_train_fare"
    LEAVES_GARBAGE_UNSORTED = "leaves_garbage_unsorted"
    SORTS_GARBAGE = "sorts_garbage"
    PAYS_TAXES_ON_TIME = "pays_taxes_on_time"
    MISSES_LOAN_REPAYMENT = "misses_loan_repayment"
    APPLIES_FOR_LOAN = "applies_for_loan"
    POSTS_PRAISE_OF_ECONOMY = "posts_praise_of_economy"
    SKIPS_VISITING_PARENTS = "skips_visiting_parents"
    REGISTERS_BUSINESS = "registers_business"
    FINED_BY_REGULATOR = "fined_by_regulator"
    SELLS_ONLINE = "sells_online"
    RIDES_HAILED_CAR = "rides_hailed_car"
    AIRLINE_LISTS_TAIWAN_AS_COUNTRY = "airline_lists_taiwan_as_country"


class Channel(StrEnum):
    """Where a record of the event ends up: what a system could draw on."""

    ALIPAY = "alipay"  # payments and shopping through Alipay, Taobao and partners
    TRAFFIC_POLICE = "traffic_police"
    COURT = "court"
    CITY_VOLUNTEER_REGISTER = "city_volunteer_register"
    AIRLINE_BOOKING = "airline_booking"
    RAIL_BOOKING = "rail_booking"
    WECHAT_PAY = "wechat_pay"  # Tencent's QQ and WeChat payments
    FACE_CAMERA = "face_camera"  # street cameras with face recognition
    CABIN_CREW_REPORT = "cabin_crew_report"  # an airline reports a passenger
    RAIL_STAFF_REPORT = "rail_staff_report"
    TOURISM_AUTHORITY = "tourism_authority"
    SANITATION_INSPECTOR = "sanitation_inspector"
    TAX_AUTHORITY = "tax_authority"
    BANK = "bank"  # loans and repayments reported to the central bank
    MARKET_REGULATOR = "market_regulator"  # business registration and penalties
    SOCIAL_MEDIA = "social_media"
    ONLINE_MARKETPLACE = "online_marketplace"  # eBay and the like
    RIDE_HAILING_APP = "ride_hailing_app"  # Uber and the like
    AVIATION_AUTHORITY = "aviation_authority"
    NONE = "none"  # nobody keeps a record


class BusinessKind(StrEnum):
    SHOP = "shop"
    RESTAURANT = "restaurant"
    FOREIGN_AIRLINE = "foreign_airline"


@dataclass(frozen=True, slots=True, kw_only=True)
class Business:
    """A business the person runs: companies, not people, get a unified credit code."""

    name: str
    kind: BusinessKind


@dataclass(frozen=True, slots=True, kw_only=True)
class Profile:
    """The facts about a person that decide which systems can see them.

    `opted_in` holds the ids of the opt-in systems the person signed up to.
    """

    home_city: str
    years_resident: int
    age: int
    opted_in: frozenset[str] = frozenset()
    country: str = "China"
    business: Business | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Event:
    """Something that happens to a person, where and when, and who records it."""

    kind: EventKind
    city: str
    when: Month  # the storyline is set in 2018, when the sources were written
    channels: frozenset[Channel]
    amount_yuan: int = 0  # illustrative: every sum in a persona's life is invented


@dataclass(frozen=True, slots=True, kw_only=True)
class Standing[S]:
    """One system's state for one person, in the system's own type `S`.

    A ledger's `state` is its points, a list's is a listing with its end month, a
    credit report's is its entries. `tracked` is False where the system does not
    cover the person at all. `provenance` is the weakest provenance of anything that
    went into the state: a documented start plus an illustrative change is
    illustrative.
    """

    tracked: bool
    state: S
    provenance: Provenance


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
class Outcome[S]:
    """A system's answer to one event: its new standing and the trace of why."""

    standing: Standing[S]
    fired: tuple[Rule, ...] = ()
    met: tuple[Consequence, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Reading:
    """A standing as the screen shows it: the number or status, and its band.

    The exhibit reads a standing only through this. `level` places the standing on
    an ordinal scale for the charts: the number itself for a ledger or a score, and
    for the others 0 for the mildest state and one more for each step up (listed,
    a lower grade, one more entry). `tracked` is False where the system does not
    cover the person.
    """

    value: Figure | None
    status: str
    level: int = 0
    tracked: bool = True
    band: str = ""
    band_provenance: Provenance | None = None
    band_reference_ids: tuple[str, ...] = ()
    owed: Figure | None = None
    out_of: Figure | None = None
    until: Month | None = None  # when a listing or record lapses


class Shape(StrEnum):
    """The shape of a system's state. Only ledgers and scores have a number."""

    POINTS_LEDGER = "points_ledger"
    FACTOR_SCORE = "factor_score"
    LIST = "list"
    RATING = "rating"  # a few named grades, no number
    RECORD = "record"  # entries on a file, counted
    PUBLIC_DISPLAY = "public_display"
    IDENTIFIER = "identifier"
    NONE = "none"  # a claim or a context: no state of its own

    @property
    def label(self) -> str:
        return SHAPE_LABELS[self]

    @property
    def has_number(self) -> bool:
        return self in (Shape.POINTS_LEDGER, Shape.FACTOR_SCORE)


SHAPE_LABELS = {
    Shape.POINTS_LEDGER: _("A points ledger"),
    Shape.FACTOR_SCORE: _("A company's score"),
    Shape.LIST: _("A list: on it or not"),
    Shape.RATING: _("A rating in words"),
    Shape.RECORD: _("A record of entries"),
    Shape.PUBLIC_DISPLAY: _("Public display"),
    Shape.IDENTIFIER: _("An identity code"),
    Shape.NONE: _("No state of its own"),
}


class Role(StrEnum):
    """What part a system plays in the exhibit, whatever the shape of its state."""

    IN_FORCE = "in_force"  # documented as running
    CLAIM = "claim"  # reported as a plan; no source shows it in force
    CONTEXT = "context"  # around the systems, never an input to them
    COMPARISON = "comparison"  # outside China, or fiction

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]


ROLE_LABELS = {
    Role.IN_FORCE: _("In force"),
    Role.CLAIM: _("A claim, not a rule"),
    Role.CONTEXT: _("Context, not an input"),
    Role.COMPARISON: _("For comparison"),
}


class SystemGroup(StrEnum):
    """How the systems index groups them."""

    CITY = "city"  # a city's or county's own scheme
    NATIONAL = "national"  # courts, ministries and agencies
    PRIVATE = "private"  # companies' scores
    BUSINESS = "business"  # aimed at companies
    CLAIMS = "claims"  # claims and context
    COMPARISON = "comparison"

    @property
    def label(self) -> str:
        return SYSTEM_GROUP_LABELS[self]


SYSTEM_GROUP_LABELS = {
    SystemGroup.CITY: _("City and county schemes"),
    SystemGroup.NATIONAL: _("National lists and records"),
    SystemGroup.PRIVATE: _("Private scores run by companies"),
    SystemGroup.BUSINESS: _("Systems aimed at businesses"),
    SystemGroup.CLAIMS: _("Claims and context"),
    SystemGroup.COMPARISON: _("For comparison: outside China, and fiction"),
}


@dataclass(frozen=True, slots=True, kw_only=True)
class Milestone:
    """A dated event in a system's history, from the research file's timeline."""

    when: str  # "2018-06" or "2018-06-01"
    text: str
    provenance: Provenance
    quote_ids: tuple[str, ...] = ()
    reference_ids: tuple[str, ...] = ()


class PilotSystem[S](ABC):
    """The shape every pilot system module has. Listed in `scenarios.systems.SYSTEMS`.

    `S` is the type of the system's state: an int of points, a listing, a court
    case, a tuple of credit entries, a named grade.
    """

    id: str
    name: str
    operator: str
    shape: Shape
    role: Role = Role.IN_FORCE
    group: SystemGroup
    summary: str
    covers: str  # who it covers
    data_sources: str
    entry: str  # how a person gets in
    exit: str  # how a person gets out
    scale: str
    scale_provenance: Provenance | None = None  # needed when `scale` has a number in it
    quote_ids: tuple[str, ...]
    rules: tuple[Rule, ...]
    consequences: tuple[Consequence, ...]
    history: tuple[Milestone, ...]  # dated "what happened next"
    example_profile: Profile  # someone it covers, for the side-by-side comparison
    example_when: Month = Month(2018, 9)  # a month when it was running, for the comparison

    @property
    def kind_label(self) -> str:
        """What the screen calls it: its role, or the shape of its state when in force."""
        return self.shape.label if self.role is Role.IN_FORCE else self.role.label

    @abstractmethod
    def start(self, profile: Profile) -> Standing[S]:
        """The standing before the first step."""

    @abstractmethod
    def sees(self, event: Event, profile: Profile) -> Visibility:
        """Whether this system would see the event at all, and why."""

    @abstractmethod
    def apply(self, standing: Standing[S], event: Event, profile: Profile) -> Outcome[S]:
        """The new standing after a seen event, with the rules that fired."""

    def lapse(self, standing: Standing[S], when: Month) -> tuple[Standing[S], tuple[Rule, ...]]:
        """Let time pass to `when`: records and listings that expire drop off.

        Called before every event, seen or not. Systems without expiry keep this.
        """
        return standing, ()

    @abstractmethod
    def holds(self, standing: Standing[S]) -> tuple[Consequence, ...]:
        """Consequences that follow from the standing alone (perks, bans)."""

    @abstractmethod
    def read(self, standing: Standing[S]) -> Reading:
        """How the standing is shown: number, status and band."""

    def rule(self, rule_id: str) -> Rule:
        return next(rule for rule in self.rules if rule.id == rule_id)

    def consequence(self, consequence_id: str) -> Consequence:
        return next(c for c in self.consequences if c.id == consequence_id)

    def step(self, standing: Standing[S], event: Event, profile: Profile) -> "SystemStep":
        """See, apply and compare: everything one system does with one event."""
        lapsed, expired = self.lapse(standing, event.when)
        visibility = self.sees(event, profile)
        outcome = self.apply(lapsed, event, profile) if visibility.seen else Outcome(standing=lapsed)
        before = self.holds(standing)
        after = before if outcome.standing is standing else self.holds(outcome.standing)
        return SystemStep(
            system_id=self.id,
            visibility=visibility,
            before=standing,
            after=outcome.standing,
            fired=(*expired, *outcome.fired),
            met=outcome.met,
            gained=tuple(c for c in after if c not in before),
            lost=tuple(c for c in before if c not in after),
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class SystemStep:
    """One system's trace for one event: seen or not, before and after, and why."""

    system_id: str
    visibility: Visibility
    before: Standing[Any]
    after: Standing[Any]
    fired: tuple[Rule, ...]
    met: tuple[Consequence, ...]
    gained: tuple[Consequence, ...]
    lost: tuple[Consequence, ...]

    @property
    def changed(self) -> bool:
        return self.before != self.after


type AnySystem = PilotSystem[Any]
