"""Rongcheng's personal credit points: a city ledger that starts every adult at 1,000.

Documented: the 1,000-point start and that traffic violations are deducted (seed 001).
Reported: the grade bands (NPR, 2018), -5 for a traffic ticket (Foreign Policy, 2018),
that court punishments count against points (China Law Translate). Illustrative: every
other point value. Set in 2018, when reports describe the scheme as applying to all.
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
    Shape,
    Standing,
    SystemGroup,
    Visibility,
)
from scenarios.i18n import _
from scenarios.provenance import Figure, Provenance, weakest
from scenarios.systems.common import Letter, letter_for

ID = "rongcheng"
CITY = "Rongcheng"
START = Figure(
    value=1000,
    provenance=Provenance.REPORT,
    quote_ids=("rongcheng.start",),
    reference_ids=("fp-2018-rongcheng", "npr-2018-rongcheng"),
)
NPR = ("npr-2018-rongcheng",)
GRADE_A_FROM = Figure(value=960, provenance=Provenance.REPORT, reference_ids=NPR)
GRADE_B_FROM = Figure(value=850, provenance=Provenance.REPORT, reference_ids=NPR)
GRADE_C_FROM = Figure(value=600, provenance=Provenance.REPORT, reference_ids=NPR)

START_RULE = Rule(
    id="rongcheng.start",
    system_id=ID,
    label=_("Every adult resident starts with the same number of points."),
    provenance=Provenance.REPORT,
    quote_ids=("rongcheng.start",),
    reference_ids=("fp-2018-rongcheng", "npr-2018-rongcheng"),
    change=START,
)
TRAFFIC_VIOLATION = Rule(
    id="rongcheng.traffic_violation",
    system_id=ID,
    label=_("A traffic violation recorded by the police costs points."),
    provenance=Provenance.REPORT,
    quote_ids=("rongcheng.start", "rongcheng.caught_first"),
    reference_ids=("fp-2018-rongcheng",),
    change=Figure(
        value=-5,
        provenance=Provenance.REPORT,
        reference_ids=("fp-2018-rongcheng",),
        note=_("About 5 points for a traffic ticket, as Foreign Policy reported in 2018."),
    ),
)
JAYWALKING = Rule(
    id="rongcheng.jaywalking",
    system_id=ID,
    label=_("Crossing against the light, recorded by the police, costs points."),
    provenance=Provenance.REPORT,
    quote_ids=("rongcheng.start",),
    reference_ids=("fp-2018-rongcheng",),
    change=Figure(
        value=-5,
        provenance=Provenance.ASSUMPTION,
        note=_(
            "No published points value for jaywalking was found. The exhibit "
            "assumes the same as a traffic ticket."
        ),
    ),
)
GOOD_DEED = Rule(
    id="rongcheng.good_deed",
    system_id=ID,
    label=_("A good deed registered with the city adds points."),
    provenance=Provenance.REPORT,
    quote_ids=("rongcheng.charity_wrong",),
    reference_ids=("fp-2018-rongcheng",),
    change=Figure(
        value=5,
        provenance=Provenance.ASSUMPTION,
        note=_(
            "Rongcheng's full point catalogue is not reproduced here. Foreign "
            "Policy reported +30 for a heroic act; an afternoon of volunteering is "
            "assumed to be worth far less."
        ),
    ),
)
COURT_PENALTY = Rule(
    id="rongcheng.court_penalty",
    system_id=ID,
    label=_("A court's punishment is an input that costs points."),
    provenance=Provenance.REPORT,
    reference_ids=("clt-rongcheng-experience",),
    change=Figure(
        value=-50,
        provenance=Provenance.ASSUMPTION,
        note=_("The rule is reported; how many points it costs is not."),
    ),
)
RULES = (START_RULE, TRAFFIC_VIOLATION, JAYWALKING, GOOD_DEED, COURT_PENALTY)

GREEN_CHANNEL = Consequence(
    id="rongcheng.green_channel",
    system_id=ID,
    kind=ConsequenceKind.PERK,
    label=_("Grade A: simpler, faster paperwork at city offices."),
    provenance=Provenance.OFFICIAL,
    quote_ids=("rongcheng.perks_and_fees",),
    reference_ids=("clt-rongcheng-measures",),
    threshold=GRADE_A_FROM,
)
LOW_GRADE_WARNING = Consequence(
    id="rongcheng.low_grade_warning",
    system_id=ID,
    kind=ConsequenceKind.WARNING,
    label=_("Grade C or lower: a warning."),
    provenance=Provenance.REPORT,
    quote_ids=("rongcheng.perks_and_fees",),
    reference_ids=NPR,
    threshold=GRADE_B_FROM,
    note=_(
        "Below this number the grade is C, which NPR reported as a warning. A source article says "
        "that in “some pilots” a low rating means extra paperwork or fees; it does not say "
        "Rongcheng is one of them, so the exhibit does not apply it here."
    ),
)
CONSEQUENCES = (GREEN_CHANNEL, LOW_GRADE_WARNING)


def grade(points: int) -> Letter:
    """The letter grade for a points total, using the bands NPR reported in 2018."""
    return letter_for(points, GRADE_A_FROM, GRADE_B_FROM, GRADE_C_FROM)


class Rongcheng(PilotSystem[int]):
    """The state is the person's points: the number is the state."""

    id = ID
    name = _("Rongcheng personal credit points")
    operator = _("Rongcheng city government, Shandong province")
    shape = Shape.POINTS_LEDGER
    summary = _(
        "A points ledger for the adults who live in one small city. Everyone starts "
        "with the same number of points. Records from the police, the courts and city offices move "
        "the total up or down, and the total gives a letter grade."
    )
    group = SystemGroup.CITY
    covers = _(
        "Adults who have lived in Rongcheng for at least a year, including people "
        "from elsewhere. Reports from the time describe it as applying to all of them."
    )
    data_sources = _("Public records: traffic police, courts, city volunteer register.")
    entry = _("Live in Rongcheng for a year as an adult. In the reports of the time, nobody had to sign up.")
    exit = _(
        "Move away. Under the city's later rules a score needs the person's consent; "
        "without it, records are kept but no score is given."
    )
    scale = _(
        "Starts at 1,000 points, as NPR reported in 2018; grades A to D, as the city's own "
        "measures set them out."
    )
    scale_provenance = Provenance.REPORT
    quote_ids = ("rongcheng.start", "rongcheng.perks_and_fees")
    rules = RULES
    consequences = CONSEQUENCES
    history = (
        Milestone(
            when="2018-01",
            text=_(
                "Rongcheng is named one of the first twelve official demonstration "
                "cities for the social credit system."
            ),
            provenance=Provenance.OFFICIAL,
            reference_ids=("clt-demonstration-cities",),
        ),
        Milestone(
            when="2018-04-03",
            text=_("Foreign Policy describes life under the points system."),
            provenance=Provenance.REPORT,
            reference_ids=("fp-2018-rongcheng",),
        ),
        Milestone(
            when="2018-10",
            text=_("NPR reports the grade bands, and that drivers began to stop for people on crossings."),
            provenance=Provenance.REPORT,
            reference_ids=("npr-2018-rongcheng",),
        ),
    )
    example_profile = Profile(home_city=CITY, years_resident=3, age=40)

    def start(self, profile: Profile) -> Standing[int]:
        tracked = _resident(profile)
        return Standing(tracked=tracked, state=START.value if tracked else 0, provenance=START.provenance)

    def sees(self, event: Event, profile: Profile) -> Visibility:
        if not _resident(profile):
            return Visibility(
                seen=False,
                reason=_("Only adults who have lived in Rongcheng for a year are scored."),
            )
        if event.channels & {Channel.TRAFFIC_POLICE, Channel.CITY_VOLUNTEER_REGISTER}:
            if event.city != CITY:
                return Visibility(seen=False, reason=_("It happened outside Rongcheng."))
            return Visibility(seen=True, reason=_("A Rongcheng public body recorded it."))
        if Channel.COURT in event.channels:
            return Visibility(seen=True, reason=_("Court enforcement records are shared with the city."))
        return Visibility(
            seen=False,
            reason=_("No public body records it; the city draws only on public records."),
        )

    def apply(self, standing: Standing[int], event: Event, profile: Profile) -> Outcome[int]:
        rule = _rule_for(event)
        if rule is None or rule.change is None:
            return Outcome(standing=standing)
        after = replace(
            standing,
            state=standing.state + rule.change.value,
            provenance=weakest(standing.provenance, rule.change.provenance),
        )
        return Outcome(standing=after, fired=(rule,))

    def holds(self, standing: Standing[int]) -> tuple[Consequence, ...]:
        if not standing.tracked:
            return ()
        letter = grade(standing.state)
        if letter is Letter.A:
            return (GREEN_CHANNEL,)
        if letter in (Letter.C, Letter.D):
            return (LOW_GRADE_WARNING,)
        return ()

    def read(self, standing: Standing[int]) -> Reading:
        if not standing.tracked:
            return Reading(value=None, status=_("Not scored"), tracked=False)
        return Reading(
            value=Figure(value=standing.state, provenance=standing.provenance),
            status=_("points"),
            level=standing.state,
            band=grade(standing.state).label,
            band_provenance=Provenance.REPORT,
            band_reference_ids=NPR,
        )


def _resident(profile: Profile) -> bool:
    # Art. 3 of the city's measures: adults with at least a year's residence.
    return profile.home_city == CITY and profile.age >= 18 and profile.years_resident >= 1


def _rule_for(event: Event) -> Rule | None:
    if event.kind is EventKind.RED_LIGHT_AT_CAMERA:
        return TRAFFIC_VIOLATION
    if event.kind is EventKind.JAYWALKS_AT_CAMERA:
        return JAYWALKING
    if event.kind in (EventKind.VOLUNTEERS, EventKind.DONATES_TO_CHARITY):
        return GOOD_DEED
    if event.kind is EventKind.IGNORES_COURT_ORDER:
        return COURT_PENALTY
    return None


SYSTEM = Rongcheng()
