"""The Honest Shanghai app: a voluntary rating in words from government records.

Reported (NPR, 3 January 2017): announced in November 2016; you sign up with your ID
number, face recognition finds your government records, and a day later you are rated
"very good", "good" or "bad"; it draws on 2,000 to 3,000 items from nearly 100
government bodies; good ratings can bring rewards such as cheaper air tickets, and a
bad one, NPR said, could bring trouble getting loans and seats on planes and trains.
Documented but unconfirmed: seed 002's list of things Shanghai "could" record.
Illustrative: every persona's rating, and every change to it.

Seed 002's list is not confirmed as one Shanghai rule. Fare dodging is on the national
rail list and Zhejiang ties garbage sorting to credit files, but nothing confirms
either for this app, and no source confirms that visits to elderly parents were ever
scored: the exhibit never scores them. "Credit expert Hu" could not be identified; the
expiry rule says what the record shows about how long records count.
"""

from dataclasses import replace
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
    Role,
    Rule,
    Shape,
    Standing,
    SystemGroup,
    Visibility,
)
from scenarios.i18n import _
from scenarios.provenance import Figure, Provenance

ID = "honest_shanghai"
CITY = "Shanghai"
LAUNCHED = Month(2016, 11)


class Grade(StrEnum):
    """The app's three ratings in words, best first."""

    VERY_GOOD = "very_good"
    GOOD = "good"
    BAD = "bad"

    @property
    def level(self) -> int:
        """0 for very good, one more for each grade down."""
        return GRADES.index(self)

    @property
    def label(self) -> str:
        return GRADE_LABELS[self]

    def lower(self) -> "Grade":
        """One grade down; bad stays bad."""
        return GRADES[min(self.level + 1, len(GRADES) - 1)]


GRADES = (Grade.VERY_GOOD, Grade.GOOD, Grade.BAD)
GRADE_LABELS = {Grade.VERY_GOOD: _("Very good"), Grade.GOOD: _("Good"), Grade.BAD: _("Bad")}
NPR = ("npr-2017-honest-shanghai",)
SEED_LIST = ("honest_shanghai.recorded_infractions",)
ONE_STEP_DOWN = Figure(
    value=-1,
    provenance=Provenance.ASSUMPTION,
    unit=_("rating step"),
    note=_(
        "Our assumption: no source says which records lower an Honest Shanghai rating, or by how much. "
        "The exhibit moves the rating down one step."
    ),
)

SIGN_UP = Rule(
    id="honest_shanghai.sign_up",
    system_id=ID,
    label=_(
        "Sign up with your ID number and a face scan. The app finds your government records and, "
        "a day later, rates you very good, good or bad."
    ),
    provenance=Provenance.REPORT,
    reference_ids=NPR,
    note=_(
        "The exhibit starts everyone who signs up at very good. Nobody published how ratings "
        "were set; every persona's rating is illustrative."
    ),
)

TRAFFIC = Rule(
    id="honest_shanghai.traffic",
    system_id=ID,
    label=_("A traffic offence or jaywalking is a police record, and the rating drops a step."),
    provenance=Provenance.ASSUMPTION,
    quote_ids=SEED_LIST,
    reference_ids=NPR,
    change=ONE_STEP_DOWN,
    note=_(
        "Seed 002 lists these as things Shanghai could record. NPR reports that the app matches "
        "records from nearly a hundred government bodies, but no source says which of them lower "
        "the rating."
    ),
)

GARBAGE = Rule(
    id="honest_shanghai.garbage",
    system_id=ID,
    label=_("Garbage left unsorted is noted by an inspector, and the rating drops a step."),
    provenance=Provenance.ASSUMPTION,
    quote_ids=SEED_LIST,
    change=ONE_STEP_DOWN,
    note=_(
        "Seed 002 lists unsorted garbage. Elsewhere, Zhejiang province tied garbage sorting to "
        "credit files from 2018; no source confirms a Shanghai rule or that this app counted it."
    ),
)

FARE_DODGING = Rule(
    id="honest_shanghai.fare_dodging",
    system_id=ID,
    label=_("Riding a train without a ticket is reported, and the rating drops a step."),
    provenance=Provenance.ASSUMPTION,
    quote_ids=SEED_LIST,
    change=ONE_STEP_DOWN,
    note=_(
        "Seed 002 lists fare dodging. From June 2018 fare dodgers could be barred from trains "
        "under the national rail list, a separate system; no source confirms that this app "
        "counted it."
    ),
)

ELDERLY_PARENTS = Rule(
    id="honest_shanghai.elderly_parents",
    system_id=ID,
    label=_(
        "Not visiting elderly parents is never scored here: no source confirms that Shanghai recorded it."
    ),
    provenance=Provenance.ASSUMPTION,
    quote_ids=SEED_LIST,
    note=_(
        "Seed 002 lists refusing to visit elderly parents. The research found only one "
        "low-quality blog repeating the claim, so the exhibit treats it as unconfirmed."
    ),
)

EXPIRY = Rule(
    id="honest_shanghai.expiry",
    system_id=ID,
    label=_(
        "No Shanghai rule on when a record stops counting was found. Under the national "
        "credit-repair measures, a breach is published for a limited time: for a serious one, at "
        "most the years shown."
    ),
    provenance=Provenance.OFFICIAL,
    quote_ids=("honest_shanghai.hu_scrub",),
    reference_ids=(
        "cailianshe-2025-credit-repair",
        "chinadaily-2013-credit-regulation",
        "clt-2020-guidance",
    ),
    change=Figure(
        value=3,
        provenance=Provenance.REPORT,
        reference_ids=("cailianshe-2025-credit-repair",),
        unit=_("years"),
        note=_(
            "From 1 April 2026, national rules publish a serious breach for one to three years, a "
            "general one for three months to a year, and a minor one for at most three months, "
            "mostly not at all (Cailianshe, November 2025, read from a garbled mirror). The "
            "central bank deletes negative financial records after five years (2013). Since "
            "December 2020, people may apply for credit repair once they have put things right. "
            "Whether Honest Shanghai follows these limits was not reported."
        ),
    ),
)
RULES = (SIGN_UP, TRAFFIC, GARBAGE, FARE_DODGING, ELDERLY_PARENTS, EXPIRY)
_RULE_FOR_EVENT = {
    EventKind.RED_LIGHT_AT_CAMERA: TRAFFIC,
    EventKind.JAYWALKS_AT_CAMERA: TRAFFIC,
    EventKind.LEAVES_GARBAGE_UNSORTED: GARBAGE,
    EventKind.DODGES_TRAIN_FARE: FARE_DODGING,
}
_SEEN_CHANNELS = frozenset({Channel.TRAFFIC_POLICE, Channel.SANITATION_INSPECTOR, Channel.RAIL_STAFF_REPORT})

REWARDS = Consequence(
    id="honest_shanghai.rewards",
    system_id=ID,
    kind=ConsequenceKind.PERK,
    label=_("A good rating can bring rewards, such as cheaper air tickets."),
    provenance=Provenance.REPORT,
    reference_ids=NPR,
    note=_(
        "NPR reports rewards for a good rating but not which rating was needed. "
        "The exhibit assumes the top one."
    ),
)
BAD_RATING = Consequence(
    id="honest_shanghai.bad_rating",
    system_id=ID,
    kind=ConsequenceKind.WARNING,
    label=_("A bad rating could bring trouble getting loans, and seats on planes and trains."),
    provenance=Provenance.REPORT,
    reference_ids=NPR,
    note=_(
        "NPR reported this when the app was launched. No source reports what a bad rating led to in practice."
    ),
)
CONSEQUENCES = (REWARDS, BAD_RATING)


class HonestShanghai(PilotSystem[Grade]):
    id = ID
    name = _("Honest Shanghai app")
    operator = _("Shanghai city government, through its Commission of Economy and Informatization")
    shape = Shape.RATING
    role = Role.IN_FORCE
    group = SystemGroup.CITY
    summary = _(
        "A voluntary phone app from the Shanghai government. You sign up with your ID number and "
        "your face, and it rates you very good, good or bad from records held by government bodies. "
        "A good rating can bring rewards; how ratings were set was never published."
    )
    covers = _("Shanghai residents who sign up in the app. It is voluntary.")
    data_sources = _(
        "Records held by nearly a hundred Shanghai government bodies, matched to you by your ID "
        "number and face."
    )
    entry = _("Download the app and sign up with your ID number and a face scan.")
    exit = _(
        "Do not use the app: no rating is given. The government records behind it are kept "
        "whether or not you sign up."
    )
    scale = _("Three ratings in words: very good, good, bad.")
    quote_ids = (
        "honest_shanghai.dozens_of_cities",
        "honest_shanghai.recorded_infractions",
        "honest_shanghai.hu_scrub",
        "honest_shanghai.natkin_recourse",
    )
    rules = RULES
    consequences = CONSEQUENCES
    history = (
        Milestone(
            when="2016-11",
            text=_("Shanghai announces the Honest Shanghai app on state television, during an honesty week."),
            provenance=Provenance.REPORT,
            reference_ids=NPR,
        ),
        Milestone(
            when="2017-01-01",
            text=_(
                "The Yangtze River Delta, including Shanghai, is approved as China's first "
                "demonstration zone for the social credit system."
            ),
            provenance=Provenance.REPORT,
            reference_ids=("xinhua-2017-yangtze-delta",),
        ),
        Milestone(
            when="2017-01-03",
            text=_(
                "NPR describes the app: three ratings, drawn from 2,000 to 3,000 items held by nearly "
                "100 government bodies."
            ),
            provenance=Provenance.REPORT,
            reference_ids=NPR,
        ),
        Milestone(
            when="2020-12",
            text=_(
                "New State Council guidance says credit punishments must be lawful and in proportion, "
                "and lets people repair their credit."
            ),
            provenance=Provenance.OFFICIAL,
            reference_ids=("clt-2020-guidance",),
        ),
        Milestone(
            when="2025-11-19",
            text=_(
                "National credit-repair measures are adopted, to take effect the following April. They "
                "limit how long a breach is published: up to three months for minor ones, three months to "
                "a year for general ones, one to three years for serious ones."
            ),
            provenance=Provenance.REPORT,
            reference_ids=("cailianshe-2025-credit-repair",),
        ),
        Milestone(
            when="2026-04-01",
            text=_(
                "The national credit-repair measures adopted in November 2025 are due to take "
                "effect, as reported when they were adopted."
            ),
            provenance=Provenance.REPORT,
            reference_ids=("cailianshe-2025-credit-repair",),
        ),
    )
    example_profile = Profile(home_city=CITY, years_resident=8, age=35, opted_in=frozenset({ID}))
    example_when = Month(2017, 6)

    def start(self, profile: Profile) -> Standing[Grade]:
        tracked = _covered(profile)
        return Standing(
            tracked=tracked,
            state=Grade.VERY_GOOD if tracked else Grade.BAD,
            provenance=Provenance.ASSUMPTION,
        )

    def sees(self, event: Event, profile: Profile) -> Visibility:
        if ID not in profile.opted_in:
            return Visibility(seen=False, reason=_("Not signed up: the Honest Shanghai app is voluntary."))
        if profile.home_city != CITY:
            return Visibility(seen=False, reason=_("The app rates people who live in Shanghai."))
        if event.when < LAUNCHED:
            return Visibility(seen=False, reason=_("The app had not been launched yet."))
        if event.kind is EventKind.SKIPS_VISITING_PARENTS:
            return Visibility(
                seen=False,
                reason=_(
                    "Nobody records family visits, and no source confirms that Shanghai ever scored them."
                ),
            )
        if event.kind in _RULE_FOR_EVENT and event.channels & _SEEN_CHANNELS:
            if event.city != CITY:
                return Visibility(seen=False, reason=_("It happened outside Shanghai."))
            return Visibility(
                seen=True,
                reason=_(
                    "One of the source texts says Shanghai could record this, though no source "
                    "confirms that the app used it."
                ),
            )
        if event.kind is EventKind.SORTS_GARBAGE:
            return Visibility(
                seen=False,
                reason=_("The source text lists only breaches; no source says that good sorting counted."),
            )
        return Visibility(
            seen=False,
            reason=_("No source says the app drew on this kind of record; the exhibit leaves it out."),
        )

    def apply(self, standing: Standing[Grade], event: Event, profile: Profile) -> Outcome[Grade]:
        rule = _RULE_FOR_EVENT.get(event.kind)
        if rule is None or not standing.tracked:
            return Outcome(standing=standing)
        after = replace(standing, state=standing.state.lower(), provenance=Provenance.ASSUMPTION)
        return Outcome(standing=after, fired=(rule,))

    def holds(self, standing: Standing[Grade]) -> tuple[Consequence, ...]:
        if not standing.tracked:
            return ()
        if standing.state is Grade.VERY_GOOD:
            return (REWARDS,)
        if standing.state is Grade.BAD:
            return (BAD_RATING,)
        return ()

    def read(self, standing: Standing[Grade]) -> Reading:
        if not standing.tracked:
            return Reading(value=None, status=_("Not rated: not signed up"), tracked=False)
        return Reading(
            value=None,
            status=_("Rated"),
            level=standing.state.level,
            band=standing.state.label,
            band_provenance=standing.provenance,
        )


def _covered(profile: Profile) -> bool:
    return ID in profile.opted_in and profile.home_city == CITY


SYSTEM = HonestShanghai()
