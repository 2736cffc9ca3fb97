"""The model every pilot system shares: events, standings, rules and consequences.

An `Event` says what happened and through which data channels it passed; it says
nothing about scores. Each pilot system decides whether it sees the event and how
its own standing changes, and returns an `Outcome` that traces which rules fired.
"""

from abc import ABC, abstractmethod
from dataclasses import dataclass
from enum import StrEnum

from scenarios.i18n import _
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
    until: str = ""  # "2019-06": the month a listing or record lapses, if it does


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
    until: str = ""  # "2019-06": when a listing or record lapses


class SystemKind(StrEnum):
    """What sort of thing a system is. Only ledgers and scores have a number."""

    POINTS_LEDGER = "points_ledger"
    FACTOR_SCORE = "factor_score"
    LIST = "list"
    RATING = "rating"  # a few named grades, no number
    RECORD = "record"  # entries on a file, counted
    PUBLIC_DISPLAY = "public_display"
    IDENTIFIER = "identifier"
    CLAIM = "claim"  # reported as a plan; no source shows it in force
    CONTEXT = "context"  # around the systems, never an input to them
    COMPARISON = "comparison"  # outside China, or fiction

    @property
    def label(self) -> str:
        return SYSTEM_KIND_LABELS[self]

    @property
    def has_number(self) -> bool:
        return self in (SystemKind.POINTS_LEDGER, SystemKind.FACTOR_SCORE)


SYSTEM_KIND_LABELS = {
    SystemKind.POINTS_LEDGER: _("A points ledger"),
    SystemKind.FACTOR_SCORE: _("A company's score"),
    SystemKind.LIST: _("A list: on it or not"),
    SystemKind.RATING: _("A rating in words"),
    SystemKind.RECORD: _("A record of entries"),
    SystemKind.PUBLIC_DISPLAY: _("Public display"),
    SystemKind.IDENTIFIER: _("An identity code"),
    SystemKind.CLAIM: _("A claim, not a rule"),
    SystemKind.CONTEXT: _("Context, not an input"),
    SystemKind.COMPARISON: _("For comparison"),
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


class PilotSystem(ABC):
    """The shape every pilot system module has. Listed in `scenarios.systems.SYSTEMS`."""

    id: str
    name: str
    operator: str
    kind: SystemKind
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
    example_when: str = "2018-09"  # a month when it was running, for the comparison

    @abstractmethod
    def start(self, profile: Profile) -> Standing:
        """The standing before the first step."""

    @abstractmethod
    def sees(self, event: Event, profile: Profile) -> Visibility:
        """Whether this system would see the event at all, and why."""

    @abstractmethod
    def apply(self, standing: Standing, event: Event, profile: Profile) -> Outcome:
        """The new standing after a seen event, with the rules that fired."""

    def lapse(self, standing: Standing, when: str) -> tuple[Standing, tuple[Rule, ...]]:
        """Let time pass to `when`: records and listings that expire drop off.

        Called before every event, seen or not. Systems without expiry keep this.
        """
        return standing, ()

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
        lapsed, expired = self.lapse(standing, event.when)
        visibility = self.sees(event, profile)
        outcome = self.apply(lapsed, event, profile) if visibility.seen else Outcome(standing=lapsed)
        before, after = self.holds(standing), self.holds(outcome.standing)
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
    before: Standing
    after: Standing
    fired: tuple[Rule, ...]
    met: tuple[Consequence, ...]
    gained: tuple[Consequence, ...]
    lost: tuple[Consequence, ...]

    @property
    def delta(self) -> int:
        return self.after.value - self.before.value


def add_months(when: str, months: int) -> str:
    """ "2018-06" plus 12 months is "2019-06": listings and records lapse by month."""
    year, month = (int(part) for part in when[:7].split("-"))
    index = year * 12 + month - 1 + months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def lapsed(standing: Standing, when: str) -> bool:
    """Whether a listing or record with an end date has run out by `when`."""
    return bool(standing.until) and when[:7] >= standing.until
