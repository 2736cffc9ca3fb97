"""Joint punishment, red lists and the public credit database: the national mechanism.

Agencies sign memorandums of understanding (MOUs) to act together against people and
companies that another agency has blacklisted for breaking a legal duty, and to reward
those on red lists. The best-known blacklist is the court's list of debtors who can pay
and refuse; once a court lists someone, the 2016 opinions have the listing shared with
banks, agencies and companies, which bar the person from executive posts and government
jobs. A public database for businesses records administrative penalties, blacklists and
red lists. It is a record of broken rules, not a score (research §10, M1).

Documented: the database of penalties, blacklists and red lists (seed 002); the bar on
government job applications (seed 000); listing for refusing to pay and removal by paying
(seed 001). Reported: the MOU mechanism (China Law Translate), the 2016 State Council
guidance on joint rewards and punishments (Creemers' translation), the 2016 opinions on
court defaulters and the bar on executive posts (SHND Law; China Daily, 2017).
Illustrative: that paying taxes on time puts a business on a red list, since no source
found gives the entry rules for tax red lists.

Seed 001's "extra paperwork or fees if you have a low rating" is not how this works: the
trigger is a listing for a legal violation, not a low score. Its quote carries that caveat.

The state is a `CreditRecord`: the person's copy of the court case, whether they are on
the shared blacklist or on a red list, and how many penalties are on record. Like the
court's list, an order followed by a refusal to pay means listed.
"""

from dataclasses import dataclass, replace

from scenarios.engine import (
    Business,
    BusinessKind,
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
from scenarios.provenance import Provenance, weakest
from scenarios.systems.common import outcome
from scenarios.systems.court_case import NO_CASE, CaseRules, CourtCase, follow_without_appeals

ID = "joint_punishment"
MOU = ("clt-mou-breakdown",)
OPINIONS = ("shnd-2016-joint-discipline",)
GUIDANCE = ("creemers-2016-joint-punishment",)
DATABASE = ("joint_punishment.enterprise_database",)
BUSINESS_EVENTS = (EventKind.PAYS_TAXES_ON_TIME, EventKind.FINED_BY_REGULATOR)
OTHER_LISTS = frozenset({Channel.TOURISM_AUTHORITY, Channel.CABIN_CREW_REPORT, Channel.RAIL_STAFF_REPORT})


@dataclass(frozen=True, slots=True, kw_only=True)
class CreditRecord:
    """A public credit record: the court case it follows, its two lists and its penalties."""

    case: CourtCase = NO_CASE
    blacklisted: bool = False
    red_listed: bool = False
    penalties: int = 0

    @property
    def shown(self) -> bool:
        return self.blacklisted

    def moved(self, case: CourtCase, shown: bool) -> "CreditRecord":
        return replace(self, case=case, blacklisted=shown)

    @property
    def entries(self) -> int:
        """How many entries the record holds: each list it is on and each penalty."""
        return self.blacklisted + self.red_listed + self.penalties


ORDER = Rule(
    id="joint_punishment.order",
    system_id=ID,
    label=_("A court orders a payment. Nothing is shared yet: a judgment alone lists nobody."),
    provenance=Provenance.OFFICIAL,
    quote_ids=("court.blacklist_not_score",),
    reference_ids=("clt-2017-list",),
)
SHARED_LISTING = Rule(
    id="joint_punishment.shared_listing",
    system_id=ID,
    label=_(
        "A court lists someone who could pay and refuses. The listing is shared, and "
        "each agency that signed a joint agreement applies its own restrictions."
    ),
    provenance=Provenance.OFFICIAL,
    quote_ids=(
        "joint_punishment.official_blacklist",
        "court.private_schools",
        "joint_punishment.low_rating_fees",
    ),
    reference_ids=(*MOU, *OPINIONS, *GUIDANCE),
    note=_(
        "What sets it off is a listing for breaking a legal duty, not a low score. "
        "Seed 001 speaks of extra paperwork or fees for a low rating; the national "
        "mechanism does not work that way."
    ),
)
REMOVAL = Rule(
    id="joint_punishment.removal",
    system_id=ID,
    label=_("Paying in full takes the person off the court's list, and the shared restrictions end."),
    provenance=Provenance.OFFICIAL,
    quote_ids=("court.bring_your_money", "court.pay_or_appeal"),
    reference_ids=("clt-2017-list", *OPINIONS),
)
TAX_RED_LIST = Rule(
    id="joint_punishment.tax_red_list",
    system_id=ID,
    label=_("A business that files and pays its taxes on time is put on a tax red list."),
    provenance=Provenance.ASSUMPTION,
    quote_ids=DATABASE,
    reference_ids=("trivium-blacklists", *GUIDANCE),
    note=_(
        "Red lists for filing taxes on time exist, as seed 002 says, but no source "
        "found gives the rules for getting on one. The exhibit assumes that paying on "
        "time is enough."
    ),
)
PENALTY_RECORDED = Rule(
    id="joint_punishment.penalty_recorded",
    system_id=ID,
    label=_("A regulator's fine is an administrative penalty: it goes on the business's public record."),
    provenance=Provenance.REPORT,
    quote_ids=(*DATABASE, "unified_code.pull_up_records"),
    reference_ids=MOU,
    note=_(
        "The exhibit assumes that one ordinary fine does not put a business on a "
        "blacklist. The national list of penalty measures sets out which breaches lead "
        "to joint punishment, and on what legal basis."
    ),
)
RULES = (ORDER, SHARED_LISTING, REMOVAL, TAX_RED_LIST, PENALTY_RECORDED)
CASE_RULES = CaseRules(ordered=ORDER, shown=SHARED_LISTING, removed=REMOVAL)

NO_EXECUTIVE_POSTS = Consequence(
    id="joint_punishment.no_executive_posts",
    system_id=ID,
    kind=ConsequenceKind.BAN,
    label=_("May not become a company's legal representative or one of its executives."),
    provenance=Provenance.OFFICIAL,
    reference_ids=(*OPINIONS, "chinadaily-2017-defaulters"),
)
NO_GOVERNMENT_JOBS = Consequence(
    id="joint_punishment.no_government_jobs",
    system_id=ID,
    kind=ConsequenceKind.BAN,
    label=_("Job applications to government offices are turned down."),
    provenance=Provenance.OFFICIAL,
    quote_ids=("court.private_schools",),
    reference_ids=OPINIONS,
)
BANKS_TOLD = Consequence(
    id="joint_punishment.banks_told",
    system_id=ID,
    kind=ConsequenceKind.WARNING,
    label=_("Banks, agencies and companies that signed up are told of the listing, and may refuse loans."),
    provenance=Provenance.OFFICIAL,
    quote_ids=("court.liu_hu_listed",),
    reference_ids=(*OPINIONS, *MOU),
)
RED_LIST_INCENTIVES = Consequence(
    id="joint_punishment.red_list_incentives",
    system_id=ID,
    kind=ConsequenceKind.PERK,
    label=_("On a red list: agencies may offer joint incentives, such as simpler paperwork."),
    provenance=Provenance.OFFICIAL,
    quote_ids=("joint_punishment.positive_rating",),
    reference_ids=GUIDANCE,
    note=_(
        "State Council guidance set up joint incentives for those who keep their promises. "
        "Which incentive a business gets depends on the agency; no source found lists those "
        "for tax red lists."
    ),
)
PENALTY_PUBLISHED = Consequence(
    id="joint_punishment.penalty_published",
    system_id=ID,
    kind=ConsequenceKind.WARNING,
    label=_("The penalty is published: anyone can look it up in the public credit database."),
    provenance=Provenance.REPORT,
    quote_ids=(*DATABASE, "unified_code.pull_up_records"),
    reference_ids=MOU,
)
BLACKLIST_BANS = (NO_EXECUTIVE_POSTS, NO_GOVERNMENT_JOBS, BANKS_TOLD)
CONSEQUENCES = (*BLACKLIST_BANS, RED_LIST_INCENTIVES, PENALTY_PUBLISHED)

BLACKLISTED = _("Blacklisted: joint punishment applies")
RED_AND_PENALTY = _("On a red list, with a penalty on record")
RED_LISTED = _("On a red list")
PENALTY = _("A penalty on record")
NOTHING = _("Nothing on record")


class JointPunishment(PilotSystem[CreditRecord]):
    id = ID
    name = _("Joint punishment, red lists and the credit database")
    operator = _("Government agencies across China, bound by joint agreements; the courts supply their list")
    shape = Shape.RECORD
    # National: the agreements are between national bodies, and a court listing of a
    # person is the best-documented trigger. Businesses are covered too, but the
    # business-only systems (the unified code, the airline letters) sit in BUSINESS.
    group = SystemGroup.NATIONAL
    summary = _(
        "Agencies across China sign agreements to punish together anyone another agency "
        "has blacklisted for breaking a legal duty, and to reward those on red lists. A "
        "public database records businesses' penalties, blacklists and red lists. It is a "
        "record of broken rules, not a score."
    )
    covers = _("Anyone a court lists, and every business: its taxes and its penalties are recorded.")
    data_sources = _("Court listings, tax offices and regulators' penalties, shared between agencies.")
    entry = _(
        "Be listed by a court or another agency for breaking a legal duty, or be fined by a "
        "regulator. A business may also be put on a red list for good conduct, such as "
        "paying its taxes on time."
    )
    exit = _(
        "Pay what the court ordered to leave its list; the shared restrictions end with it. "
        "Later rules let people and companies repair their credit once they put things right."
    )
    scale = _("No score: entries on a record, and lists you are on or off.")
    quote_ids = (
        "joint_punishment.enterprise_database",
        "joint_punishment.official_blacklist",
        "frame.record_not_score",
        "court.private_schools",
    )
    rules = RULES
    consequences = CONSEQUENCES
    history = (
        Milestone(
            when="2016-05-30",
            text=_(
                "State Council guidance sets up joint incentives for those who keep their "
                "promises and joint punishment for those who break them."
            ),
            provenance=Provenance.OFFICIAL,
            reference_ids=GUIDANCE,
        ),
        Milestone(
            when="2016-09",
            text=_(
                "Central opinions on court defaulters create joint discipline: the court's "
                "list is shared with banks, agencies and companies."
            ),
            provenance=Provenance.OFFICIAL,
            reference_ids=OPINIONS,
        ),
        Milestone(
            when="2017-11-08",
            text=_(
                "The Supreme People's Court says more than 170,000 listed defaulters have "
                "been barred from becoming company representatives or executives."
            ),
            provenance=Provenance.REPORT,
            reference_ids=("chinadaily-2017-defaulters",),
        ),
        Milestone(
            when="2020-12",
            text=_(
                "New State Council guidance says credit punishments must be lawful and in "
                "proportion, and lets people and companies repair their credit."
            ),
            provenance=Provenance.OFFICIAL,
            reference_ids=("clt-2020-guidance",),
        ),
        Milestone(
            when="2021",
            text=_(
                "A national list of basic penalty measures names the legal basis and the "
                "targets of each punishment, to curb local overreach."
            ),
            provenance=Provenance.OFFICIAL,
            reference_ids=("clt-2021-penalty-list",),
        ),
        Milestone(
            when="2022-03-29",
            text=_(
                "New national opinions on the social credit system put markets and the business "
                "environment first, and ask for punishments to be set by law."
            ),
            provenance=Provenance.OFFICIAL,
            reference_ids=("clt-2022-high-quality-opinions",),
        ),
        Milestone(
            when="2022-09-09",
            text=_(
                "Draft new editions of the national catalogue of public credit information and "
                "of the list of penalty measures are published for comment. Agencies may not put "
                "on a credit record what the catalogue does not list."
            ),
            provenance=Provenance.REPORT,
            reference_ids=("cjo-2022-catalogue-draft",),
        ),
        Milestone(
            when="2022-11-14",
            text=_(
                "A draft national law on the social credit system is published. MIT "
                "Technology Review notes that no score for every citizen exists."
            ),
            provenance=Provenance.REPORT,
            reference_ids=("mittr-2022-no-score",),
        ),
        Milestone(
            when="2024-05-20",
            text=_(
                "A national action plan for 2024 and 2025 asks for the credit law to be hurried "
                "along and the catalogue and penalty list to be updated. The law had not passed."
            ),
            provenance=Provenance.OFFICIAL,
            reference_ids=("clt-2024-action-plan",),
        ),
        Milestone(
            when="2025-03-31",
            text=_(
                "The Party and the State Council publish opinions with 23 measures to improve the "
                "social credit system, aimed at one national market, and warn against collecting "
                "too much information."
            ),
            provenance=Provenance.REPORT,
            reference_ids=("peoplesdaily-2025-opinions",),
        ),
    )
    example_profile = Profile(
        home_city="Beijing",
        years_resident=10,
        age=45,
        business=Business(name=_("a family noodle restaurant"), kind=BusinessKind.RESTAURANT),
    )

    def start(self, profile: Profile) -> Standing[CreditRecord]:
        return Standing(tracked=True, state=CreditRecord(), provenance=Provenance.SOURCE_TEXT)

    def sees(self, event: Event, profile: Profile) -> Visibility:
        if profile.country != "China":
            return Visibility(seen=False, reason=_("It shares records of courts and agencies in China only."))
        if Channel.COURT in event.channels:
            return Visibility(
                seen=True,
                reason=_("Court listings are shared with every agency that signed a joint agreement."),
            )
        if event.kind in BUSINESS_EVENTS and event.channels & {
            Channel.TAX_AUTHORITY,
            Channel.MARKET_REGULATOR,
        }:
            if profile.business is None:
                return Visibility(
                    seen=False,
                    reason=_(
                        "Red lists and penalty records here are for businesses, and this person runs none."
                    ),
                )
            if event.kind is EventKind.PAYS_TAXES_ON_TIME:
                return Visibility(
                    seen=True, reason=_("Tax offices share their records with the credit database.")
                )
            return Visibility(
                seen=True, reason=_("Regulators publish their penalties in the credit database.")
            )
        if event.channels & {Channel.AIRLINE_BOOKING, Channel.RAIL_BOOKING}:
            return Visibility(
                seen=False,
                reason=_("Ticket checks are the court's own spending bans, shown with the court's list."),
            )
        if event.channels & OTHER_LISTS:
            return Visibility(
                seen=False,
                reason=_(
                    "Other agencies' lists, such as those for tourists and passengers, "
                    "are shown on their own."
                ),
            )
        return Visibility(
            seen=False,
            reason=_("No court, tax office or regulator records it, so no shared list can include it."),
        )

    def apply(
        self, standing: Standing[CreditRecord], event: Event, profile: Profile
    ) -> Outcome[CreditRecord]:
        record = standing.state
        if event.kind is EventKind.PAYS_TAXES_ON_TIME and not record.red_listed:
            provenance = weakest(standing.provenance, TAX_RED_LIST.provenance)
            red = replace(standing, state=replace(record, red_listed=True), provenance=provenance)
            return outcome(red, TAX_RED_LIST)
        if event.kind is EventKind.FINED_BY_REGULATOR:
            fined = replace(standing, state=replace(record, penalties=record.penalties + 1))
            return outcome(fined, PENALTY_RECORDED, met=(PENALTY_PUBLISHED,))
        return follow_without_appeals(standing, event, CASE_RULES)

    def holds(self, standing: Standing[CreditRecord]) -> tuple[Consequence, ...]:
        record = standing.state
        held: tuple[Consequence, ...] = BLACKLIST_BANS if record.blacklisted else ()
        return (*held, RED_LIST_INCENTIVES) if record.red_listed else held

    def read(self, standing: Standing[CreditRecord]) -> Reading:
        record = standing.state
        if record.blacklisted:
            status = BLACKLISTED
        elif record.red_listed:
            status = RED_AND_PENALTY if record.penalties else RED_LISTED
        else:
            status = PENALTY if record.penalties else NOTHING
        return Reading(value=None, status=status, level=record.entries)


SYSTEM = JointPunishment()
