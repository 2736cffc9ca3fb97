"""The central bank's credit report: a regulated credit bureau, not a behaviour score.

Documented: that the People's Bank of China holds financial credit information (seed
002). Reported: that negative records are kept five years after the bad behaviour ends
and then deleted, and that the bureau may not collect religion, genes, fingerprints,
blood type or medical history (credit-reporting regulation in force from 15 March
2013; China Daily and China Law & Practice, 2013); that lenders check the report before
a loan (China Daily, 2015); the coverage figures with their dates. Illustrative: what
any persona's report holds, and counting one negative entry per missed repayment.

The report is the tuple of its negative entries, each kept five years from its own
month: a second missed repayment does not push back the deletion of the first.

It is not blind to court debts: since a memorandum of November 2013 between the Supreme
People's Court and the central bank, the court's list of dishonest debtors goes into
credit reports shared with lenders (Xinhua, 14 November 2013). The exhibit shows the
listing on the report while the person is on the court's list.
"""

from dataclasses import dataclass, replace

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
from scenarios.i18n import Phrase, _
from scenarios.provenance import Figure, Provenance
from scenarios.systems.court_case import COURT_EVENTS, LIST_EVENTS, on_list_after

ID = "pboc_credit_report"
REGULATION = ("chinadaily-2013-credit-regulation", "clp-2013-credit-regulation")
LENDERS_CHECK = ("chinadaily-2015-tencent-credit",)
KEEP_FOR = Figure(
    value=5,
    provenance=Provenance.OFFICIAL,
    reference_ids=REGULATION,
    unit=_("years"),
    note=_(
        "A negative record is kept for five years from the day the bad behaviour ends, then deleted "
        "(credit-reporting regulation, in force from 15 March 2013)."
    ),
)
KEEP_MONTHS = KEEP_FOR.value * 12

MISSED_REPAYMENT = Rule(
    id="pboc_credit_report.missed_repayment",
    system_id=ID,
    label=_(
        "A missed loan repayment, reported by the lender, goes on the report as a negative entry. "
        "It is kept for the time shown."
    ),
    provenance=Provenance.OFFICIAL,
    quote_ids=("pboc_credit_report.financial_credit",),
    reference_ids=REGULATION,
    change=KEEP_FOR,
    note=_(
        "The exhibit counts one entry for each missed repayment. Each is kept five years from the "
        "month it was reported and then deleted on its own: the regulation runs the five years from "
        "when the bad behaviour ends. What any persona's report holds is illustrative."
    ),
)
LOAN_APPLICATION = Rule(
    id="pboc_credit_report.loan_application",
    system_id=ID,
    label=_("Applying for a loan: the lender checks the credit report before deciding."),
    provenance=Provenance.REPORT,
    reference_ids=LENDERS_CHECK,
)
DELETED = Rule(
    id="pboc_credit_report.deleted",
    system_id=ID,
    label=_("An entry's keeping time has run out: it is deleted."),
    provenance=Provenance.OFFICIAL,
    reference_ids=REGULATION,
)
BANNED_DATA = Rule(
    id="pboc_credit_report.banned_data",
    system_id=ID,
    label=_("The bureau may not collect religion, genes, fingerprints, blood type or medical history."),
    provenance=Provenance.OFFICIAL,
    reference_ids=REGULATION,
)
COURT_MEMO = ("xinhua-2013-court-bank-memo",)
COURT_REPORTED_FROM = Month(2013, 11)  # the court and the central bank signed their memo on 14 November 2013
COURT_LISTING = Rule(
    id="pboc_credit_report.court_listing",
    system_id=ID,
    label=_(
        "A court lists the person as a dishonest debtor, and the listing goes into the credit "
        "report that lenders see."
    ),
    provenance=Provenance.REPORT,
    reference_ids=COURT_MEMO,
    note=_(
        "Xinhua reported the memorandum between the court and the central bank. The sources read "
        "do not say how long a listing stays on the report after it ends; the exhibit shows it "
        "while the person is on the court's list."
    ),
)
COURT_LISTING_ENDS = Rule(
    id="pboc_credit_report.court_listing_ends",
    system_id=ID,
    label=_("Paid in full: the person leaves the court's list, and the report stops showing the listing."),
    provenance=Provenance.ASSUMPTION,
    reference_ids=COURT_MEMO,
    note=_(
        "Xinhua reported that the restrictions last until the person complies with the court. How "
        "the report records an ended listing was not found; this is the exhibit's assumption."
    ),
)
RULES = (MISSED_REPAYMENT, LOAN_APPLICATION, DELETED, BANNED_DATA, COURT_LISTING, COURT_LISTING_ENDS)


ON_FILE = Consequence(
    id="pboc_credit_report.negative_on_file",
    system_id=ID,
    kind=ConsequenceKind.WARNING,
    label=_("Negative entries on file for the time shown: every lender who checks the report can see them."),
    provenance=Provenance.OFFICIAL,
    reference_ids=(*REGULATION, *LENDERS_CHECK),
    amount=KEEP_FOR,
)
LENDER_SEES = Consequence(
    id="pboc_credit_report.lender_sees",
    system_id=ID,
    kind=ConsequenceKind.WARNING,
    label=_("The lender sees the negative entries when it checks the report."),
    provenance=Provenance.REPORT,
    reference_ids=LENDERS_CHECK,
    note=_("The sources read for the exhibit do not say how lenders weigh a negative entry."),
)
LISTING_ON_FILE = Consequence(
    id="pboc_credit_report.listing_on_file",
    system_id=ID,
    kind=ConsequenceKind.WARNING,
    label=_("The court's listing is on the credit report: every lender who checks it can see it."),
    provenance=Provenance.REPORT,
    reference_ids=COURT_MEMO,
)
CONSEQUENCES = (ON_FILE, LENDER_SEES, LISTING_ON_FILE)

COUNT_WORDS = {
    1: _("One negative entry"),
    2: _("Two negative entries"),
    3: _("Three negative entries"),
    4: _("Four negative entries"),
    5: _("Five negative entries"),
    6: _("Six negative entries"),
    7: _("Seven negative entries"),
    8: _("Eight negative entries"),
    9: _("Nine negative entries"),
    10: _("Ten negative entries"),
}


@dataclass(frozen=True, slots=True)
class Entry:
    """A negative entry, reported in `recorded` and kept until `deleted_from`."""

    recorded: Month

    @property
    def deleted_from(self) -> Month:
        return self.recorded.plus(KEEP_MONTHS)


@dataclass(frozen=True, slots=True)
class Report:
    """The negative entries on a person's report, oldest first, and any court listing."""

    entries: tuple[Entry, ...] = ()
    court_listed: bool = False

    def adding(self, entry: Entry) -> "Report":
        return replace(self, entries=(*self.entries, entry))

    def kept_at(self, when: Month) -> "Report":
        """The report at `when`: entries whose five years have run out are gone."""
        return replace(self, entries=tuple(entry for entry in self.entries if when < entry.deleted_from))

    @property
    def negative(self) -> bool:
        """Whether a lender who checks the report sees anything against the person."""
        return bool(self.entries) or self.court_listed

    @property
    def clear_from(self) -> Month | None:
        """When the last entry is deleted and the report holds nothing negative."""
        return max((entry.deleted_from for entry in self.entries), default=None)


CLEAN = Report()


class PbocCreditReport(PilotSystem[Report]):
    id = ID
    name = _("The central bank's credit report")
    operator = _("The Credit Reference Center of the People's Bank of China, the central bank")
    shape = Shape.RECORD
    group = SystemGroup.NATIONAL
    summary = _(
        "China's national credit bureau, run by the central bank. Banks and other lenders report "
        "loans and repayments, and check the report before they lend. It keeps a record of entries, "
        "not a score of behaviour, and negative entries are deleted after a fixed time."
    )
    covers = _(
        "People and companies in China with loans or other dealings that lenders report. Many "
        "people in the database have no credit history at all."
    )
    data_sources = _("Loans and repayments reported by banks and other lenders.")
    entry = _("Take out a loan or a credit card from a lender that reports to the center.")
    exit = _(
        "There is no opting out. Negative entries are deleted when their keeping time runs out, "
        "counted from when the debt is settled."
    )
    scale = _("A record of entries: none, or how many negative entries there are.")
    quote_ids = ("pboc_credit_report.financial_credit", "pboc_credit_report.outside_banking")
    rules = RULES
    consequences = CONSEQUENCES
    history = (
        Milestone(
            when="2006",
            text=_(
                "The central bank's Credit Reference Center runs China's national credit-reporting system."
            ),
            provenance=Provenance.OFFICIAL,
            reference_ids=("pboc-crc-faq",),
        ),
        Milestone(
            when="2013-01-31",
            text=_(
                "The credit-reporting regulation is announced. The central bank's database holds "
                "over 800 million people and 18 million companies."
            ),
            provenance=Provenance.REPORT,
            reference_ids=("chinadaily-2013-credit-regulation",),
        ),
        Milestone(
            when="2013-03-15",
            text=_(
                "The regulation takes effect: negative records are kept five years and then deleted, "
                "and religion, genes, fingerprints, blood type and medical history may not be collected."
            ),
            provenance=Provenance.OFFICIAL,
            reference_ids=REGULATION,
        ),
        Milestone(
            when="2014",
            text=_("Only about 320 million of the people in the database have a credit history."),
            provenance=Provenance.REPORT,
            reference_ids=("chinainternetwatch-sesame-credit",),
        ),
        Milestone(
            when="2015-01-05",
            text=_(
                "The central bank lets eight private firms, Sesame Credit among them, prepare "
                "personal credit scoring."
            ),
            provenance=Provenance.REPORT,
            reference_ids=("chinainternetwatch-sesame-credit", "kapronasia-2017-unlicensed"),
        ),
        Milestone(
            when="2017-07-04",
            text=_(
                "The central bank shelves plans to license the eight firms, citing conflicts of interest."
            ),
            provenance=Provenance.REPORT,
            reference_ids=("reuters-2017-licences",),
        ),
        Milestone(
            when="2018-02",
            text=_(
                "Baihang Credit, owned by the eight firms and a finance association backed by the "
                "central bank, is licensed as a personal credit bureau."
            ),
            provenance=Provenance.REPORT,
            reference_ids=("biia-baihang-story",),
        ),
        Milestone(
            when="2022-01-01",
            text=_("New central bank measures tighten who may lawfully do credit reporting."),
            provenance=Provenance.OFFICIAL,
            reference_ids=("pccm-2021-order-four",),
        ),
    )
    example_profile = Profile(home_city="Chengdu", years_resident=10, age=35)

    def start(self, profile: Profile) -> Standing[Report]:
        return Standing(tracked=profile.country == "China", state=CLEAN, provenance=Provenance.ASSUMPTION)

    def sees(self, event: Event, profile: Profile) -> Visibility:
        if profile.country != "China":
            return Visibility(
                seen=False, reason=_("Only people with dealings reported in China have a report.")
            )
        if Channel.COURT in event.channels and event.kind in COURT_EVENTS:
            return _sees_court(event)
        if Channel.BANK in event.channels:
            return Visibility(
                seen=True,
                reason=_(
                    "Lenders report loans and repayments to the central bank's credit reference center."
                ),
            )
        return Visibility(
            seen=False,
            reason=_("Not a loan, a repayment or a court listing: the exhibit models only those."),
        )

    def apply(self, standing: Standing[Report], event: Event, profile: Profile) -> Outcome[Report]:
        report = standing.state
        if event.kind in COURT_EVENTS:
            return _follow_list(standing, event)
        if event.kind is EventKind.MISSES_LOAN_REPAYMENT:
            entered = report.adding(Entry(event.when))
            after = replace(standing, state=entered, provenance=Provenance.ASSUMPTION)
            return Outcome(standing=after, fired=(MISSED_REPAYMENT,))
        if event.kind is EventKind.APPLIES_FOR_LOAN:
            met = (LENDER_SEES,) if report.negative else ()
            return Outcome(standing=standing, fired=(LOAN_APPLICATION,), met=met)
        return Outcome(standing=standing)

    def lapse(self, standing: Standing[Report], when: Month) -> tuple[Standing[Report], tuple[Rule, ...]]:
        kept = standing.state.kept_at(when)
        if kept == standing.state:
            return standing, ()
        return replace(standing, state=kept), (DELETED,)

    def holds(self, standing: Standing[Report]) -> tuple[Consequence, ...]:
        if not standing.tracked:
            return ()
        report = standing.state
        held = (ON_FILE,) if report.entries else ()
        return (*held, LISTING_ON_FILE) if report.court_listed else held

    def read(self, standing: Standing[Report]) -> Reading:
        if not standing.tracked:
            return Reading(value=None, status=_("No report"), tracked=False)
        report = standing.state
        count = len(report.entries)
        level = count + report.court_listed
        if not count:
            status = _("The court's listing on file") if report.court_listed else ""
            return Reading(value=None, status=status or _("No negative entries"), level=level)
        status = COUNT_WORDS.get(count, _("More than ten negative entries"))
        if report.court_listed:
            status = Phrase(_("%(entries)s, and the court's listing"), entries=status)
        return Reading(value=None, status=status, level=level, until=report.clear_from)


SYSTEM = PbocCreditReport()


def _sees_court(event: Event) -> Visibility:
    if event.kind not in LIST_EVENTS:
        return Visibility(
            seen=False, reason=_("A judgment alone lists nobody: the report takes only the court's list.")
        )
    if event.when < COURT_REPORTED_FROM:
        return Visibility(seen=False, reason=_("Courts did not yet report their list to the central bank."))
    return Visibility(
        seen=True,
        reason=_(
            "Courts report their list of dishonest debtors to the central bank's credit reference center."
        ),
    )


def _follow_list(standing: Standing[Report], event: Event) -> Outcome[Report]:
    """The report shows the court's listing while the list holds the person."""
    listed = on_list_after(standing.state.court_listed, event)
    if listed is None:
        return Outcome(standing=standing)
    after = replace(standing, state=replace(standing.state, court_listed=listed))
    return Outcome(standing=after, fired=(COURT_LISTING if listed else COURT_LISTING_ENDS,))
