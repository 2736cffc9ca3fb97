"""Suining county's personal credit rating of 2010: the earliest county points scheme reported.

Reported (China Daily, 30 March 2010): a full score of 1,000, grades A to D, 10 to 50
points off for each listed misdeed, 100 points for a national award, priority for
grade A and penalties for grade D, and the case of Gu Zishuang, who lost 420 points for
14 missed loan repayments and was graded D. Reported with medium confidence (Global
Voices, Global Institute): the first published list and the criticism. Illustrative:
the points for any single act (chosen inside the reported range), the grade limits,
and that residents start at the full score.

No seed names Suining. Seed 001 mentions early rural pilots before the 2014 plan
without naming a place; the quote's caveat says so. The exhibit models the scheme in
2010 only, the year the reports describe. This is Suining county in Jiangsu, not the
city of Suining in Sichuan.
"""

from dataclasses import replace

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
from scenarios.systems.common import Letter, letter_for

ID = "suining_2010"
CITY = "Suining"
YEAR = 2010
CHINA_DAILY = ("chinadaily-2010-suining",)
RANGE = _(
    "China Daily reports that each listed misdeed cost between 10 and 50 points, but gives no value "
    "for each act."
)
FULL_SCORE = Figure(
    value=1000,
    provenance=Provenance.REPORT,
    reference_ids=CHINA_DAILY,
    note=_(
        "China Daily reports a full score of 1,000. The reports do not say where a resident starts; "
        "the exhibit starts everyone at the full score."
    ),
)
BANDS = _(
    "The reports name grades A to D but give no point limits. The exhibit borrows the limits "
    "reported for Rongcheng's later scheme, which also counts from 1,000. They fit the one reported "
    "case: a resident who lost 420 points was graded D."
)
GRADE_A_FROM = Figure(value=960, provenance=Provenance.ASSUMPTION, note=BANDS)
GRADE_B_FROM = Figure(value=850, provenance=Provenance.ASSUMPTION, note=BANDS)
GRADE_C_FROM = Figure(value=600, provenance=Provenance.ASSUMPTION, note=BANDS)

FULL_SCORE_RULE = Rule(
    id="suining_2010.full_score",
    system_id=ID,
    label=_("Every resident is rated against a full score; the exhibit starts everyone there."),
    provenance=Provenance.REPORT,
    reference_ids=CHINA_DAILY,
    change=FULL_SCORE,
)
LOAN_DEFAULT = Rule(
    id="suining_2010.loan_default",
    system_id=ID,
    label=_("Defaulting on a loan repayment costs points."),
    provenance=Provenance.REPORT,
    reference_ids=CHINA_DAILY,
    change=Figure(
        value=-30,
        provenance=Provenance.ASSUMPTION,
        note=_(
            "China Daily reports 10 to 50 points per misdeed, without a value for each act. It "
            "reported that one resident, Gu Zishuang, lost 420 points for 14 missed loan "
            "repayments in January and February 2010: 30 points each on average, the value "
            "used here."
        ),
    ),
)
TRAFFIC = Rule(
    id="suining_2010.traffic",
    system_id=ID,
    label=_("Breaking traffic laws costs points."),
    provenance=Provenance.REPORT,
    reference_ids=(*CHINA_DAILY, "globalvoices-2010-suining"),
    change=Figure(
        value=-10,
        provenance=Provenance.ASSUMPTION,
        note=_(
            "China Daily reports that each listed misdeed cost between 10 and 50 points, but "
            "gives no value for a traffic offence. The exhibit assumes the lowest."
        ),
    ),
)
GOOD_DEED = Rule(
    id="suining_2010.good_deed",
    system_id=ID,
    label=_("Good deeds, such as volunteering, add points."),
    provenance=Provenance.REPORT,
    reference_ids=(*CHINA_DAILY, "globalinst-suining-new-deal"),
    change=Figure(
        value=10,
        provenance=Provenance.ASSUMPTION,
        note=_(
            "China Daily lists being a volunteer among the good deeds that gained points, without "
            "a value. A national award earned 100; the exhibit assumes far less for a day's "
            "volunteering or a donation."
        ),
    ),
)
NATIONAL_AWARD = Rule(
    id="suining_2010.national_award",
    system_id=ID,
    label=_("A national award adds points."),
    provenance=Provenance.REPORT,
    reference_ids=CHINA_DAILY,
    change=Figure(value=100, provenance=Provenance.REPORT, reference_ids=CHINA_DAILY),
)
OTHER_MISDEEDS = Rule(
    id="suining_2010.other_misdeeds",
    system_id=ID,
    label=_(
        "Other listed misdeeds cost points too, up to the number shown: unpaid power bills, "
        "births beyond the family-planning limit, taking bribes, and illegal street stalls."
    ),
    provenance=Provenance.REPORT,
    reference_ids=CHINA_DAILY,
    change=Figure(value=-50, provenance=Provenance.REPORT, reference_ids=CHINA_DAILY, note=RANGE),
)
PETITIONING = Rule(
    id="suining_2010.petitioning",
    system_id=ID,
    label=_(
        "Critics reported that petitioning the government, and online posts called defamation, "
        "also counted against people."
    ),
    provenance=Provenance.REPORT,
    reference_ids=("globalinst-suining-new-deal", "globalvoices-2010-suining"),
    note=_("Medium confidence: an opinion piece and a summary of Chinese blogs report this."),
)
RULES = (FULL_SCORE_RULE, LOAN_DEFAULT, TRAFFIC, GOOD_DEED, NATIONAL_AWARD, OTHER_MISDEEDS, PETITIONING)

GRADE_A = Consequence(
    id="suining_2010.grade_a",
    system_id=ID,
    kind=ConsequenceKind.PERK,
    label=_("Grade A: priority for promotion at work, for school places and for social security."),
    provenance=Provenance.REPORT,
    reference_ids=CHINA_DAILY,
    threshold=GRADE_A_FROM,
)
GRADE_D = Consequence(
    id="suining_2010.grade_d",
    system_id=ID,
    kind=ConsequenceKind.BAN,
    label=_("Grade D, called dishonest: no help from the community, and no business licence."),
    provenance=Provenance.REPORT,
    reference_ids=CHINA_DAILY,
    threshold=GRADE_C_FROM,
    note=_("Below this number the grade is D."),
)
PUBLISHED = Consequence(
    id="suining_2010.published",
    system_id=ID,
    kind=ConsequenceKind.WARNING,
    label=_(
        "The name, address and points gained or lost are published on the county's website and in "
        "the local paper."
    ),
    provenance=Provenance.REPORT,
    reference_ids=(*CHINA_DAILY, "globalvoices-2010-suining"),
    note=_(
        "The outlets give different counts: China Daily reports records of more than 3,000 people "
        "posted; Global Voices counts 812 names on the first list, of 15 March 2010."
    ),
)
CONSEQUENCES = (GRADE_A, GRADE_D, PUBLISHED)


def grade(points: int) -> Letter:
    """The letter grade for a points total, using the exhibit's illustrative limits."""
    return letter_for(points, GRADE_A_FROM, GRADE_B_FROM, GRADE_C_FROM)


class Suining2010(PilotSystem[int]):
    """The state is the resident's points: the number is the state."""

    id = ID
    name = _("Suining county's early credit rating")
    operator = _("The government of Suining county, Jiangsu province")
    shape = Shape.POINTS_LEDGER
    group = SystemGroup.CITY
    summary = _(
        "An early county scheme that rated every resident with points and a grade from A to D. "
        "Listed misdeeds, from unpaid loans to traffic offences and extra births, cost points; good "
        "deeds and awards added them. Names and points were published, and the scheme was widely "
        "criticised."
    )
    covers = _("Residents of Suining county. The exhibit shows the scheme in its first year only.")
    data_sources = _("County records: loan and bill defaults, traffic offences, good deeds and awards.")
    entry = _("Live in Suining county. Nobody had to sign up.")
    exit = _("Move away. The reports describe no other way out, and no expiry of points.")
    scale = _("A full score of 1,000; grades A to D.")
    scale_provenance = Provenance.REPORT
    quote_ids = ("suining_2010.early_rural_pilots",)
    rules = RULES
    consequences = CONSEQUENCES
    history = (
        Milestone(
            when="2010-01-01",
            text=_(
                "Suining county starts rating its residents: a full score of 1,000, and a grade from A to D."
            ),
            provenance=Provenance.REPORT,
            reference_ids=CHINA_DAILY,
        ),
        Milestone(
            when="2010-03-15",
            text=_(
                "The county publishes its first list of 812 names with their points. It has spent "
                "800,000 yuan on the system."
            ),
            provenance=Provenance.REPORT,
            reference_ids=("globalvoices-2010-suining",),
        ),
        Milestone(
            when="2010-03-30",
            text=_(
                "China Daily reports outrage from internet users and legal experts at records posted "
                "with names and addresses. One reported case: Gu Zishuang lost 420 points for 14 "
                "missed loan repayments in two months and was graded D, the lowest."
            ),
            provenance=Provenance.REPORT,
            reference_ids=CHINA_DAILY,
        ),
        Milestone(
            when="2010-04-04",
            text=_(
                "Global Voices describes the scheme as a moral appraisal of citizens. Critics object "
                "that it counts a second child, petitioning and online posts called defamation."
            ),
            provenance=Provenance.REPORT,
            reference_ids=("globalvoices-2010-suining", "globalinst-suining-new-deal"),
        ),
        Milestone(
            when="2017-12-14",
            text=_("Wired names Suining's 2010 scheme among China's first social credit pilots."),
            provenance=Provenance.REPORT,
            reference_ids=("wired-2017-suining",),
        ),
        Milestone(
            when="2019",
            text=_(
                "Seed 001 mentions early rural pilots before the 2014 plan, without naming Suining "
                "or any other place."
            ),
            provenance=Provenance.SOURCE_TEXT,
            quote_ids=("suining_2010.early_rural_pilots",),
        ),
    )
    example_profile = Profile(home_city=CITY, years_resident=20, age=40)
    example_when = Month(2010, 6)

    def start(self, profile: Profile) -> Standing[int]:
        tracked = profile.home_city == CITY
        return Standing(
            tracked=tracked, state=FULL_SCORE.value if tracked else 0, provenance=FULL_SCORE.provenance
        )

    def sees(self, event: Event, profile: Profile) -> Visibility:
        if profile.home_city != CITY:
            return Visibility(seen=False, reason=_("Only residents of Suining county were rated."))
        year = event.when.year
        if year < YEAR:
            return Visibility(seen=False, reason=_("The county's rating had not started yet."))
        if year > YEAR:
            return Visibility(
                seen=False,
                reason=_(
                    "The exhibit follows the scheme only through its first year, which the reports describe."
                ),
            )
        if Channel.COURT in event.channels:
            return Visibility(
                seen=False,
                reason=_(
                    "China Daily's list of misdeeds names no court matters, so the exhibit counts none."
                ),
            )
        if Channel.BANK in event.channels:
            return Visibility(
                seen=True, reason=_("Loan defaults were among the misdeeds the county recorded.")
            )
        if event.channels & {Channel.TRAFFIC_POLICE, Channel.CITY_VOLUNTEER_REGISTER}:
            if event.city != CITY:
                return Visibility(seen=False, reason=_("It happened outside Suining county."))
            return Visibility(
                seen=True, reason=_("A county body recorded it, and the rating drew on such records.")
            )
        return Visibility(
            seen=False,
            reason=_("It is not among the misdeeds or good deeds the reports say the county counted."),
        )

    def apply(self, standing: Standing[int], event: Event, profile: Profile) -> Outcome[int]:
        rule = _rule_for(event)
        if rule is None or rule.change is None or not standing.tracked:
            return Outcome(standing=standing)
        after = replace(
            standing,
            state=standing.state + rule.change.value,
            provenance=weakest(standing.provenance, rule.change.provenance),
        )
        return Outcome(standing=after, fired=(rule,), met=(PUBLISHED,))

    def holds(self, standing: Standing[int]) -> tuple[Consequence, ...]:
        if not standing.tracked:
            return ()
        letter = grade(standing.state)
        if letter is Letter.A:
            return (GRADE_A,)
        if letter is Letter.D:
            return (GRADE_D,)
        return ()

    def read(self, standing: Standing[int]) -> Reading:
        if not standing.tracked:
            return Reading(value=None, status=_("Not rated"), tracked=False)
        return Reading(
            value=Figure(value=standing.state, provenance=standing.provenance),
            status=_("points"),
            level=standing.state,
            band=grade(standing.state).label,
            band_provenance=Provenance.ASSUMPTION,
        )


def _rule_for(event: Event) -> Rule | None:
    if event.kind is EventKind.MISSES_LOAN_REPAYMENT:
        return LOAN_DEFAULT
    if event.kind in (EventKind.RED_LIGHT_AT_CAMERA, EventKind.JAYWALKS_AT_CAMERA):
        return TRAFFIC
    if event.kind in (EventKind.VOLUNTEERS, EventKind.DONATES_TO_CHARITY):
        return GOOD_DEED
    return None


SYSTEM = Suining2010()
