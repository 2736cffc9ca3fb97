"""The unified social credit code: one identifier for every registered organisation.

An identifier, not a score. Since 1 October 2015 (national standard GB 32100-2015) every
company and other organisation has one 18-character code of digits and capital letters
(no I, O, Z, S or V), in five parts: registration authority (1), organisation type (1),
region (6), the organisation's own number, based on its old organisation code (9), and a
check character (1). It replaced three numbers, for business registration, tax and
organisation, and serves as both registration and taxpayer number. Records such as tax
filings and regulators' penalties are filed under it, so the code is the key to look
them up (research §14).

Documented: businesses get a "unified social code", and a code pulls up credit records
(seed 001). Reported: the format, the standard and its dates (ChineseStandard.net, the
Wikipedia mirror, TechIntroduce), the three numbers it replaced (Hicom Asia), that people
are identified by their ID number instead (China Justice Observer; China Daily). Seed
003's per-citizen "credit code" by 2020 does not exist; its quote says so.

It covers a person only through a business they run (`profile.business`). The example
code below is made up and says so; the exhibit never invents a code for a person.
"""

from dataclasses import replace
from enum import StrEnum

from scenarios.engine import (
    Business,
    BusinessKind,
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

ID = "unified_code"
IN_FORCE = Month(2015, 10)  # GB 32100-2015 took effect on 1 October 2015


class Code(StrEnum):
    """Whether the business has been issued its code yet."""

    NOT_ISSUED = "not_issued"
    ISSUED = "issued"

    @property
    def level(self) -> int:
        return 1 if self is Code.ISSUED else 0


# Made up: region 000000 is no real region, and EXAMPLE is no organisation's number.
EXAMPLE_CODE = "91000000EXAMPLE00X"
ALLOWED = frozenset("0123456789ABCDEFGHJKLMNPQRTUWXY")  # digits and capitals but I, O, Z, S, V
FORMAT = ("wikipedia-uscc", "techintroduce-uscc")
FAKE = _(
    "A made-up example, which belongs to no real organisation: 91000000EXAMPLE00X. Real "
    "codes have the same length and the same five parts."
)

ISSUED = Rule(
    id="unified_code.issued",
    system_id=ID,
    label=_(
        "Registering a business issues its unified social credit code. It replaces the "
        "old registration, tax and organisation numbers."
    ),
    provenance=Provenance.OFFICIAL,
    quote_ids=("unified_code.unified_social_code",),
    reference_ids=("chinesestandard-gb32100", "wikipedia-uscc", "hicom-social-credit-codes"),
    note=_(
        "A business that pays tax or is fined must be registered. If the story skips the "
        "registration, the code is issued with the business's first record."
    ),
)

STRUCTURE = Rule(
    id="unified_code.structure",
    system_id=ID,
    label=_(
        "The code has five parts: the registering authority, the type of organisation, "
        "the region, the organisation's own number and a check character."
    ),
    provenance=Provenance.REPORT,
    reference_ids=FORMAT,
    note=FAKE,
)

TAX_FILED = Rule(
    id="unified_code.tax_filed",
    system_id=ID,
    label=_("Tax records are filed under the code: it is also the business's taxpayer number."),
    provenance=Provenance.REPORT,
    reference_ids=("wikipedia-uscc", "hicom-social-credit-codes"),
)

PENALTY_FILED = Rule(
    id="unified_code.penalty_filed",
    system_id=ID,
    label=_("A regulator's penalty is filed under the code, where anyone with the code can find it."),
    provenance=Provenance.SOURCE_TEXT,
    quote_ids=("unified_code.pull_up_records", "joint_punishment.enterprise_database"),
)

PEOPLE_USE_ID = Rule(
    id="unified_code.people_use_id",
    system_id=ID,
    label=_("People get no credit code. Records about a person are filed under their national ID number."),
    provenance=Provenance.REPORT,
    quote_ids=("unified_code.citizen_credit_code", "unified_code.id_linked"),
    reference_ids=("cjo-2018-debtor-list-tips", "chinadaily-2017-defaulters"),
    note=_(
        "Seed 003 says every citizen would have a credit code by 2020. None does, and "
        "the exhibit never invents one."
    ),
)
RULES = (ISSUED, STRUCTURE, TAX_FILED, PENALTY_FILED, PEOPLE_USE_ID)
_FILED = {
    EventKind.PAYS_TAXES_ON_TIME: TAX_FILED,
    EventKind.FINED_BY_REGULATOR: PENALTY_FILED,
}

RECORDS_PUBLIC = Consequence(
    id="unified_code.records_public",
    system_id=ID,
    kind=ConsequenceKind.WARNING,
    label=_("Anyone who has the code can pull up the business's public credit records."),
    provenance=Provenance.REPORT,
    quote_ids=("unified_code.pull_up_records",),
    reference_ids=("wikipedia-uscc",),
)
CONSEQUENCES = (RECORDS_PUBLIC,)

REASONS = {
    EventKind.REGISTERS_BUSINESS: _("The registering authority issues the code when a business registers."),
    EventKind.PAYS_TAXES_ON_TIME: _("The tax office files its records under the business's code."),
    EventKind.FINED_BY_REGULATOR: _("The regulator files its penalty under the business's code."),
}
CHANNEL_FOR = {
    EventKind.REGISTERS_BUSINESS: Channel.MARKET_REGULATOR,
    EventKind.PAYS_TAXES_ON_TIME: Channel.TAX_AUTHORITY,
    EventKind.FINED_BY_REGULATOR: Channel.MARKET_REGULATOR,
}


class UnifiedCode(PilotSystem[Code]):
    id = ID
    name = _("The unified social credit code for organisations")
    operator = _("Registration authorities, such as the market regulator, under a national standard")
    shape = Shape.IDENTIFIER
    group = SystemGroup.BUSINESS
    summary = _(
        "Every registered company and organisation in China has one code of letters and "
        "digits. Tax offices and regulators file their records under it, and anyone with "
        "the code can look up the organisation's public credit records. It identifies; it "
        "does not score. "
        "People get no such code: they keep their ID number."
    )
    covers = _("Companies and other organisations. A person only through a business they run.")
    data_sources = _("Business registration. Tax and penalty records are filed under the code.")
    entry = _("Register a business or another organisation.")
    exit = _("There is nothing to leave: a code only names the organisation.")
    scale = _("18 characters, digits and capital letters, in five parts. An identifier, not a score.")
    scale_provenance = Provenance.REPORT
    quote_ids = (
        "unified_code.unified_social_code",
        "unified_code.pull_up_records",
        "unified_code.citizen_credit_code",
        "unified_code.poor_credit_code",
    )
    rules = RULES
    consequences = CONSEQUENCES
    history = (
        Milestone(
            when="2015-06-04",
            text=_("The State Council decides to give every organisation one unified code."),
            provenance=Provenance.REPORT,
            reference_ids=("techintroduce-uscc",),
        ),
        Milestone(
            when="2015-10-01",
            text=_(
                "The national standard for the code takes effect: 18 characters, for legal "
                "persons and other organisations."
            ),
            provenance=Provenance.OFFICIAL,
            reference_ids=("chinesestandard-gb32100", "wikipedia-uscc"),
        ),
        Milestone(
            when="2018-08-12",
            text=_(
                "China Justice Observer explains that the court's list publishes a company's "
                "code, but a person's name and ID number."
            ),
            provenance=Provenance.REPORT,
            reference_ids=("cjo-2018-debtor-list-tips",),
        ),
        Milestone(
            when="2024-05-20",
            text=_(
                "A national action plan still lists fixing organisations that have duplicate "
                "or several codes as a task."
            ),
            provenance=Provenance.OFFICIAL,
            reference_ids=("clt-2024-action-plan",),
        ),
    )
    example_profile = Profile(
        home_city="Hangzhou",
        years_resident=8,
        age=38,
        business=Business(name=_("a small tea shop"), kind=BusinessKind.SHOP),
    )

    def start(self, profile: Profile) -> Standing[Code]:
        return Standing(
            tracked=profile.business is not None, state=Code.NOT_ISSUED, provenance=Provenance.SOURCE_TEXT
        )

    def sees(self, event: Event, profile: Profile) -> Visibility:
        if profile.business is None:
            return Visibility(
                seen=False, reason=_("People get no credit code: records about a person use their ID number.")
            )
        channel = CHANNEL_FOR.get(event.kind)
        if channel is None or channel not in event.channels:
            return Visibility(
                seen=False,
                reason=_("It is not a record about the business, so nothing is filed under its code."),
            )
        if event.when < IN_FORCE:
            return Visibility(
                seen=False,
                reason=_(
                    "Before the unified code, a business had separate registration, tax "
                    "and organisation numbers."
                ),
            )
        return Visibility(seen=True, reason=REASONS[event.kind])

    def apply(self, standing: Standing[Code], event: Event, profile: Profile) -> Outcome[Code]:
        if event.kind not in CHANNEL_FOR:
            return Outcome(standing=standing)
        fired: tuple[Rule, ...] = ()
        if standing.state is Code.NOT_ISSUED:
            standing = replace(standing, state=Code.ISSUED)
            fired = (ISSUED, STRUCTURE)
        filed = _FILED.get(event.kind)
        return Outcome(standing=standing, fired=(*fired, filed) if filed else fired)

    def holds(self, standing: Standing[Code]) -> tuple[Consequence, ...]:
        return (RECORDS_PUBLIC,) if standing.tracked and standing.state is Code.ISSUED else ()

    def read(self, standing: Standing[Code]) -> Reading:
        if not standing.tracked:
            return Reading(value=None, status=_("No code: people keep their ID number"), tracked=False)
        if standing.state is Code.ISSUED:
            return Reading(
                value=None, status=_("Has a code: a key to records, not a score"), level=standing.state.level
            )
        return Reading(value=None, status=_("No code yet"), level=standing.state.level)


SYSTEM = UnifiedCode()
