"""Real people, told only as reported cases with their quotes and sources.

A case is never a persona's story. It is shown beside the step where a persona meets
the same rule, clearly marked as a real, reported event.
"""

from dataclasses import dataclass

from scenarios.i18n import _


@dataclass(frozen=True, slots=True, kw_only=True)
class ReportedCase:
    id: str
    name: str
    title: str
    lead: str  # two sentences shown at once; the summary is one tap away
    summary: str
    quote_ids: tuple[str, ...]
    reference_ids: tuple[str, ...]
    triggers: frozenset[str]  # rule and consequence ids that bring this case up


LIU_HU = ReportedCase(
    id="liu-hu",
    name="Liu Hu",
    title=_("A real case: the journalist Liu Hu"),
    lead=_(
        "Liu Hu, a Chinese journalist, lost a defamation case in 2016. In 2017 an airline's "
        'booking system told him he was "not qualified" to fly: he was on the court\'s list.'
    ),
    summary=_(
        "Liu Hu is a real Chinese journalist. In late 2016 a court ruled against him in a "
        "defamation case and ordered him to apologise and pay. He paid what he believed he "
        "owed; the court wanted more. Early in 2017 an airline's booking system told him he "
        'was "not qualified" to fly. He said nobody had told him he was on the list. Since '
        "May 2017, the court's rules require a written decision sent to the debtor."
    ),
    quote_ids=(
        "court.liu_hu_unqualified",
        "court.liu_hu_listed",
        "court.liu_hu_no_notice",
        "court.liu_hu_for_his_work",
    ),
    reference_ids=("globe-2018-liu-hu",),
    triggers=frozenset({"court_list.listing", "court_list.flight_refused"}),
)

CASES: dict[str, ReportedCase] = {case.id: case for case in (LIU_HU,)}


def cases_for(ids: set[str]) -> list[ReportedCase]:
    """The cases that the fired rules and met consequences of a step bring up."""
    return [case for case in CASES.values() if case.triggers & ids]
