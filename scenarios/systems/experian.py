"""A UK credit check, for comparison: a data broker records whether debts are paid on time.

Documented: that brokers like Experian track when debts are paid and that lenders and
mortgage providers use the result (seed 001). Reported: nothing; the research file holds
no outside source on Experian. Illustrative: nothing. The seed mentions a score but gives
no scale, so the record is shown in words, and how long an entry stays is not modelled.
"""

from dataclasses import replace
from enum import StrEnum

from scenarios.engine import (
    Consequence,
    ConsequenceKind,
    Event,
    EventKind,
    Milestone,
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
from scenarios.provenance import Provenance

ID = "experian"
COUNTRY = "United Kingdom"


class PaymentRecord(StrEnum):
    """What the broker's file shows: every payment on time, or a missed one."""

    ON_TIME = "on_time"
    MISSED = "missed"

    @property
    def level(self) -> int:
        """0 for a clean record, 1 once a payment was missed."""
        return 1 if self is PaymentRecord.MISSED else 0


SEED = ("experian.credit_checks",)
NO_SCALE = _(
    "The source says the broker gives a score but names no scale, so the exhibit shows "
    "the record in words and no number."
)

PAID_ON_TIME = Rule(
    id="experian.paid_on_time",
    system_id=ID,
    label=_("A bill or debt paid on time is recorded as paid on time."),
    provenance=Provenance.SOURCE_TEXT,
    quote_ids=SEED,
    note=NO_SCALE,
)

MISSED_PAYMENT = Rule(
    id="experian.missed_payment",
    system_id=ID,
    label=_("A missed loan repayment is recorded as a missed payment."),
    provenance=Provenance.SOURCE_TEXT,
    quote_ids=SEED,
    note=_(
        "The source does not say how long a missed payment stays on file, so the exhibit "
        "keeps it for the rest of the story."
    ),
)
RULES = (PAID_ON_TIME, MISSED_PAYMENT)

LENDERS_SEE = Consequence(
    id="experian.lenders_see",
    system_id=ID,
    kind=ConsequenceKind.WARNING,
    label=_("Lenders and mortgage providers who run a credit check see the missed payment."),
    provenance=Provenance.SOURCE_TEXT,
    quote_ids=SEED,
)
CONSEQUENCES = (LENDERS_SEE,)


class Experian(PilotSystem[PaymentRecord]):
    id = ID
    name = _("A British credit check (Experian)")
    operator = _("Experian and other data brokers: private companies in the United Kingdom")
    shape = Shape.RECORD
    role = Role.COMPARISON
    group = SystemGroup.COMPARISON
    summary = _(
        "One source text compares China's systems with the credit checks British readers "
        "know. A data broker records whether you pay your debts on time, and lenders use "
        "that record when you ask to borrow."
    )
    covers = _("People in the United Kingdom who borrow money or pay bills on credit.")
    data_sources = _("Lenders and other firms report whether debts and bills are paid on time.")
    entry = _("Borrow money or take on a bill paid in arrears. Nobody signs up.")
    exit = _("The source does not say how an entry is removed or how long it stays.")
    scale = _("The source mentions a score but gives no scale; shown here in words.")
    quote_ids = ("experian.credit_checks", "experian.extends_idea")
    rules = RULES
    consequences = CONSEQUENCES
    history = (
        Milestone(
            when="2019-06",
            text=_(
                "Wired UK updates its article on China's social credit system, which starts "
                "from the credit checks British readers know. The source text is a reworded "
                "copy of it."
            ),
            provenance=Provenance.REPORT,
            quote_ids=SEED,
            reference_ids=("wired-2019-complicated-truth",),
        ),
    )
    example_profile = Profile(home_city="Manchester", years_resident=8, age=35, country=COUNTRY)

    def start(self, profile: Profile) -> Standing[PaymentRecord]:
        return Standing(
            tracked=_covered(profile), state=PaymentRecord.ON_TIME, provenance=Provenance.SOURCE_TEXT
        )

    def sees(self, event: Event, profile: Profile) -> Visibility:
        if not _covered(profile):
            return Visibility(
                seen=False,
                reason=_(
                    "This is the British credit check the source describes: it covers people in the UK."
                ),
            )
        if event.kind is EventKind.PAYS_BILLS_ON_TIME:
            return Visibility(seen=True, reason=_("Paying on time is what the credit check tracks."))
        if event.kind is EventKind.MISSES_LOAN_REPAYMENT:
            return Visibility(seen=True, reason=_("A missed repayment is what the credit check tracks."))
        return Visibility(
            seen=False,
            reason=_("Not a debt or a bill: the credit check tracks only whether debts are paid on time."),
        )

    def apply(
        self, standing: Standing[PaymentRecord], event: Event, profile: Profile
    ) -> Outcome[PaymentRecord]:
        if event.kind is EventKind.PAYS_BILLS_ON_TIME:
            return Outcome(standing=standing, fired=(PAID_ON_TIME,))
        if event.kind is EventKind.MISSES_LOAN_REPAYMENT:
            after = replace(standing, state=PaymentRecord.MISSED)
            return Outcome(standing=after, fired=(MISSED_PAYMENT,))
        return Outcome(standing=standing)

    def holds(self, standing: Standing[PaymentRecord]) -> tuple[Consequence, ...]:
        return (LENDERS_SEE,) if standing.tracked and standing.state is PaymentRecord.MISSED else ()

    def read(self, standing: Standing[PaymentRecord]) -> Reading:
        if not standing.tracked:
            return Reading(value=None, status=_("Not covered: lives outside the UK"), tracked=False)
        level = standing.state.level
        if standing.state is PaymentRecord.MISSED:
            return Reading(value=None, status=_("A missed payment on file"), level=level)
        return Reading(value=None, status=_("On time: no missed payments"), level=level)


def _covered(profile: Profile) -> bool:
    return profile.country == COUNTRY


SYSTEM = Experian()
