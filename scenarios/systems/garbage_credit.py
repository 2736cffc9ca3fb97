"""Zhejiang's garbage-sorting rules: a sorting violation goes on the offender's credit file.

Reported: Zhejiang approved rules in January 2018 under which organisations, companies
and individuals must sort household garbage; violators are told to put it right, face
penalties, and have the violation recorded in their credit files, which could hurt their
chance of a bank loan; those who comply are to be rewarded, unspecified (ECNS; Shanghaiist).
Context, not modelled: Guangzhou's 2018 pilot for property managers (China Daily), and
Beijing's QR-code points for sorting, swapped for goods, with no link to credit (ECNS).

Documented only as a seed claim: seed 000's "better access to bank loans" for good
recyclers. The documented rule is mainly punitive, and no published loan benefit for
recycling was found, so sorting well changes nothing here (research §12).

Covers Zhejiang residents (e.g. Hangzhou), for events in Zhejiang from January 2018. The
standing is the number of violations on the file (a count, not a score); no number is shown.
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
from scenarios.provenance import Provenance
from scenarios.systems.common import outcome

ID = "garbage_credit"
# Zhejiang's prefecture-level cities and Yiwu. Taizhou is left out: a city in Jiangsu
# has the same name in English.
ZHEJIANG = frozenset(
    {
        "Hangzhou",
        "Ningbo",
        "Wenzhou",
        "Jiaxing",
        "Huzhou",
        "Shaoxing",
        "Jinhua",
        "Quzhou",
        "Zhoushan",
        "Lishui",
        "Yiwu",
    }
)
APPROVED = Month(2018, 1)  # approved early in January 2018 (ECNS); the date it took effect was not found
ZHEJIANG_RULES = ("ecns-2018-zhejiang-garbage", "shanghaiist-2018-zhejiang-garbage")
SORTING_EVENTS = (EventKind.LEAVES_GARBAGE_UNSORTED, EventKind.SORTS_GARBAGE)

VIOLATION_RECORDED = Rule(
    id="garbage_credit.violation_recorded",
    system_id=ID,
    label=_("Leaving garbage unsorted is a violation, and it goes on the offender's credit file."),
    provenance=Provenance.REPORT,
    reference_ids=ZHEJIANG_RULES,
)
SORTING_REWARDED = Rule(
    id="garbage_credit.sorting_rewarded",
    system_id=ID,
    label=_("Sorting as the rules ask is to be rewarded, but the rules as reported do not say how."),
    provenance=Provenance.REPORT,
    quote_ids=("garbage_credit.better_loans",),
    reference_ids=("ecns-2018-zhejiang-garbage",),
    note=_(
        "Seed 000 says good recyclers got better access to bank loans. No published "
        "loan benefit for recycling was found, so nothing changes here."
    ),
)
RULES = (VIOLATION_RECORDED, SORTING_REWARDED)

LOAN_RISK = Consequence(
    id="garbage_credit.loan_risk",
    system_id=ID,
    kind=ConsequenceKind.WARNING,
    label=_("A sorting violation on the credit file could count against a bank loan."),
    provenance=Provenance.REPORT,
    quote_ids=("garbage_credit.better_loans",),
    reference_ids=ZHEJIANG_RULES,
    note=_("The reports say it could; they do not say how much, or for how long."),
)
TOLD_TO_CORRECT = Consequence(
    id="garbage_credit.told_to_correct",
    system_id=ID,
    kind=ConsequenceKind.WARNING,
    label=_("Ordered to put it right, and may be penalised."),
    provenance=Provenance.REPORT,
    reference_ids=("ecns-2018-zhejiang-garbage",),
    note=_("The reports name no sum for the penalty, so the exhibit shows none."),
)
CONSEQUENCES = (LOAN_RISK, TOLD_TO_CORRECT)


class GarbageCredit(PilotSystem[int]):
    """The state counts the sorting violations on the person's credit file."""

    id = ID
    name = _("Zhejiang's garbage rules and credit files")
    operator = _("The Zhejiang provincial government and its cities, such as Hangzhou")
    shape = Shape.RECORD
    group = SystemGroup.CITY
    summary = _(
        "Zhejiang's garbage rules put a sorting violation on the offender's credit file, "
        "where it could count against a bank loan. Sorting well is to be rewarded, but the "
        "rules as reported do not say how, and no published loan benefit was found."
    )
    covers = _(
        "People, companies and organisations in Zhejiang province, which includes Hangzhou. "
        "The exhibit shows it for residents."
    )
    data_sources = _("Inspections of how households sort their garbage.")
    entry = _("Live in Zhejiang. Nobody signs up: a violation is recorded when it is found.")
    exit = _("No source found says how long a violation stays on the file, or how to have it removed.")
    scale = _("No score: violations are entries on a credit file.")
    quote_ids = ("garbage_credit.better_loans", "garbage_credit.recycling_habits")
    rules = RULES
    consequences = CONSEQUENCES
    history = (
        Milestone(
            when="2015-12-14",
            text=_(
                "Beijing plans QR-code stickers for sorted garbage, with points to redeem: 5 "
                "for a plastic bottle, 100 for a kilogram of newspaper. There is no link to "
                "credit."
            ),
            provenance=Provenance.REPORT,
            reference_ids=("ecns-2015-beijing-garbage-points",),
        ),
        Milestone(
            when="2018-01-07",
            text=_(
                "Zhejiang approves garbage rules: violations go on credit files and could "
                "affect bank loans; those who sort well are to be rewarded."
            ),
            provenance=Provenance.REPORT,
            reference_ids=ZHEJIANG_RULES,
        ),
        Milestone(
            when="2018-01-31",
            text=_(
                "SBS News reports that good recyclers in one pilot got better access to bank "
                "loans. No published rule found says so."
            ),
            provenance=Provenance.SOURCE_TEXT,
            quote_ids=("garbage_credit.better_loans",),
        ),
        Milestone(
            when="2018-07-30",
            text=_(
                "Guangzhou announces a pilot that links property managers' garbage sorting "
                "to their credit records."
            ),
            provenance=Provenance.REPORT,
            reference_ids=("chinadaily-2018-guangzhou-garbage",),
        ),
    )
    example_profile = Profile(home_city="Hangzhou", years_resident=5, age=35)

    def start(self, profile: Profile) -> Standing[int]:
        return Standing(tracked=_resident(profile), state=0, provenance=Provenance.REPORT)

    def sees(self, event: Event, profile: Profile) -> Visibility:
        if not _resident(profile):
            return Visibility(
                seen=False, reason=_("Only people who live in Zhejiang are covered by its garbage rules.")
            )
        if event.kind not in SORTING_EVENTS or Channel.SANITATION_INSPECTOR not in event.channels:
            return Visibility(
                seen=False, reason=_("Only garbage sorting, checked by an inspector, goes into this record.")
            )
        if event.city not in ZHEJIANG:
            return Visibility(
                seen=False, reason=_("It happened outside Zhejiang, where these rules do not apply.")
            )
        if event.when < APPROVED:
            return Visibility(
                seen=False,
                reason=_("Zhejiang had not yet approved its rules linking sorting to credit files."),
            )
        return Visibility(
            seen=True, reason=_("An inspector in Zhejiang recorded it under the province's rules.")
        )

    def apply(self, standing: Standing[int], event: Event, profile: Profile) -> Outcome[int]:
        if event.kind is EventKind.LEAVES_GARBAGE_UNSORTED:
            recorded = replace(standing, state=standing.state + 1)
            return outcome(recorded, VIOLATION_RECORDED, met=(TOLD_TO_CORRECT,))
        if event.kind is EventKind.SORTS_GARBAGE:
            return outcome(standing, SORTING_REWARDED)
        return Outcome(standing=standing)

    def holds(self, standing: Standing[int]) -> tuple[Consequence, ...]:
        return (LOAN_RISK,) if standing.tracked and standing.state > 0 else ()

    def read(self, standing: Standing[int]) -> Reading:
        if not standing.tracked:
            return Reading(value=None, status=_("Not covered: lives outside Zhejiang"), tracked=False)
        if standing.state > 0:
            return Reading(
                value=None, status=_("A sorting violation on the credit file"), level=standing.state
            )
        return Reading(value=None, status=_("Nothing on the credit file"))


def _resident(profile: Profile) -> bool:
    return profile.home_city in ZHEJIANG


SYSTEM = GarbageCredit()
