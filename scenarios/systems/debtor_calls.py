"""Court-run phone announcements: callers to a listed debtor hear a recorded message first.

Seed 000 calls this Zhengzhou's "unique" idea and a municipality's. Courts ran it, not
the city, and it was not unique: courts in Henan (including Zhongmu county, in Zhengzhou,
reported June 2017), the court of Guanyun county in Jiangsu (July 2017) and Jiangxi's High
People's Court (January 2020) all did it.

Documented (seed 000): callers to debtors hear a shaming announcement. Reported: more than
twenty debtors targeted in Henan and a Zhongmu debtor who paid (China Daily); at least ten
listed debtors in Guanyun, and the message removed only after full repayment (Global
Times, Daily Mail); Jiangxi's scheme with three telecom operators (ReferChina, citing
Xinhua). Illustrative: that a persona is one of the debtors a court picks (courts picked
some, not all), the exact words a caller hears in the exhibit, a reconstruction based on
the wording Global Times reported from Guanyun, and every sum of money.

The system keeps its own copy of the court state (the sum owed, whether the message is
on). It sees court events only for people who live where a court is reported to have
done this, from the month the reports date it.
"""

from dataclasses import dataclass

from scenarios.engine import (
    Channel,
    Consequence,
    ConsequenceKind,
    Event,
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
from scenarios.systems.court_case import NO_CASE, CaseRules, CourtCase, follow_without_appeals

ID = "debtor_calls"
SEED = ("claim.zhengzhou",)
HENAN = ("chinadaily-2017-debtor-ringtones",)
GUANYUN = ("globaltimes-2017-debtor-calls", "dailymail-2017-debtor-ringtone")
JIANGXI = ("referchina-2020-jiangxi-ringtone",)


HENAN_SINCE = Month(2017, 6)  # China Daily, 30 June 2017: the first month a source confirms it
GUANYUN_SINCE = Month(2017, 7)  # Global Times, 25 July 2017
JIANGXI_SINCE = Month(2020, 1)  # Xinhua via ReferChina, January 2020
# The month from which a court where the person lives is reported to play the messages.
# Henan's courts are represented by Zhengzhou, where Zhongmu county's court is named; only
# Guanyun county's court is named in Jiangsu. Jiangxi's High People's Court acted for the
# whole province, so its prefecture-level cities are listed; Fuzhou and Yichun are left out
# because cities in other provinces share those names in English.
PLACES: dict[str, Month] = {
    "Zhengzhou": HENAN_SINCE,
    "Guanyun": GUANYUN_SINCE,
    **{
        city: JIANGXI_SINCE
        for city in (
            "Nanchang",
            "Jiujiang",
            "Ganzhou",
            "Jingdezhen",
            "Pingxiang",
            "Xinyu",
            "Yingtan",
            "Ji'an",
            "Shangrao",
        )
    },
}

ORDER = Rule(
    id="debtor_calls.order",
    system_id=ID,
    label=_("A court orders a payment. A judgment alone brings no announcement."),
    provenance=Provenance.REPORT,
    reference_ids=GUANYUN,
    note=_("The reports describe the message for debtors already on the court's list."),
)
SWITCHED_ON = Rule(
    id="debtor_calls.switched_on",
    system_id=ID,
    label=_(
        "A debtor who can pay and does not is listed, and the court picks this debtor for a "
        "recorded message played to everyone who phones them."
    ),
    provenance=Provenance.ASSUMPTION,
    quote_ids=SEED,
    reference_ids=(*HENAN, *GUANYUN, *JIANGXI),
    note=_(
        "Courts chose some listed debtors, not all of them: “more than twenty” in one Henan court "
        "(China Daily, 2017) and at least ten in Guanyun county (Global Times, 2017). The message "
        "itself is reported; that this person is one of the debtors picked is the exhibit's "
        "assumption."
    ),
)
REMOVED = Rule(
    id="debtor_calls.removed",
    system_id=ID,
    label=_("Paying the debt in full is the only way to have the message removed."),
    provenance=Provenance.REPORT,
    reference_ids=GUANYUN,
)
RULES = (ORDER, SWITCHED_ON, REMOVED)
CASE_RULES = CaseRules(ordered=ORDER, shown=SWITCHED_ON, removed=REMOVED)

CALLERS_HEAR = Consequence(
    id="debtor_calls.callers_hear",
    system_id=ID,
    kind=ConsequenceKind.WARNING,
    label=_(
        "Anyone who phones the debtor first hears a recorded message: this person is on the "
        "court's list and should pay."
    ),
    provenance=Provenance.REPORT,
    quote_ids=SEED,
    reference_ids=(*HENAN, *GUANYUN),
)
WORDING = Consequence(
    id="debtor_calls.wording",
    system_id=ID,
    kind=ConsequenceKind.WARNING,
    label=_(
        "What a caller hears, as the exhibit reconstructs it: “The person you are calling has "
        "been listed by the court as a debtor who has not paid. Please urge them to meet their "
        "legal obligations.”"
    ),
    provenance=Provenance.ASSUMPTION,
    note=_(
        "A reconstruction, not a recording. It is based on the wording Global Times reported "
        "from the Guanyun county court; each court used its own words."
    ),
)
CONSEQUENCES = (CALLERS_HEAR, WORDING)


@dataclass(frozen=True, slots=True, kw_only=True)
class Announcement:
    """The court's copy of the case, and whether callers hear the message."""

    case: CourtCase = NO_CASE
    message_on: bool = False

    @property
    def shown(self) -> bool:
        return self.message_on

    def moved(self, case: CourtCase, shown: bool) -> "Announcement":
        return Announcement(case=case, message_on=shown)


class DebtorCalls(PilotSystem[Announcement]):
    id = ID
    name = _("Courts' phone announcements about debtors")
    operator = _("Local courts, with telephone companies: courts in Henan, Jiangsu and Jiangxi")
    shape = Shape.PUBLIC_DISPLAY
    group = SystemGroup.NATIONAL
    summary = _(
        "Some courts had telephone companies play a recorded message to anyone who phones one of "
        "the listed debtors they picked. The caller hears that the person has not paid what a court ordered. "
        "The message stops only when the debt is paid in full."
    )
    covers = _(
        "Some listed debtors, picked by the court, where a court is reported to have done this: "
        "around Zhengzhou, in Guanyun county and across Jiangxi."
    )
    data_sources = _("The court's own enforcement records; telephone companies play the message.")
    entry = _("Be ordered by one of these courts to pay, be able to pay, and not pay.")
    exit = _("Pay the debt in full. The court then has the message removed.")
    scale = _("The message is on or off.")
    quote_ids = SEED
    rules = RULES
    consequences = CONSEQUENCES
    history = (
        Milestone(
            when="2017-06-30",
            text=_(
                "Courts in Henan report using the messages on more than twenty debtors. A debtor "
                "in Zhongmu county, Zhengzhou, who owed 40,000 yuan offers to pay at once."
            ),
            provenance=Provenance.REPORT,
            reference_ids=HENAN,
        ),
        Milestone(
            when="2017-07-25",
            text=_(
                "The court of Guanyun county, in Jiangsu, adds messages for at least ten listed "
                "debtors. They are removed only after full repayment."
            ),
            provenance=Provenance.REPORT,
            reference_ids=GUANYUN,
        ),
        Milestone(
            when="2018-05-23",
            text=_(
                "Business Insider reports that some provinces also show debtors' photos in "
                "cinemas, on buses and on public noticeboards."
            ),
            provenance=Provenance.REPORT,
            reference_ids=("businessinsider-2018-debtor-shaming",),
        ),
        Milestone(
            when="2020-01",
            text=_(
                "Jiangxi's High People's Court works with three telecom companies on a message "
                "aimed at 5,865 debtors in the province."
            ),
            provenance=Provenance.REPORT,
            reference_ids=JIANGXI,
        ),
        Milestone(
            when="2020-12",
            text=_(
                "New State Council guidance says punishments for untrustworthy conduct must be "
                "lawful and in proportion, and lets people repair their credit."
            ),
            provenance=Provenance.OFFICIAL,
            reference_ids=("clt-2020-guidance",),
        ),
    )
    example_profile = Profile(home_city="Zhengzhou", years_resident=12, age=41)

    def start(self, profile: Profile) -> Standing[Announcement]:
        return Standing(
            tracked=profile.home_city in PLACES, state=Announcement(), provenance=Provenance.SOURCE_TEXT
        )

    def sees(self, event: Event, profile: Profile) -> Visibility:
        if Channel.COURT not in event.channels:
            return Visibility(
                seen=False, reason=_("Only a court's enforcement records switch the message on or off.")
            )
        since = PLACES.get(profile.home_city)
        if since is None:
            return Visibility(
                seen=False,
                reason=_("No court where this person lives is reported to have used phone messages."),
            )
        if event.when < since:
            return Visibility(seen=False, reason=_("The courts here had not started phone messages yet."))
        return Visibility(
            seen=True, reason=_("A court here plays a message to people who phone a listed debtor.")
        )

    def apply(
        self, standing: Standing[Announcement], event: Event, profile: Profile
    ) -> Outcome[Announcement]:
        """No appeals here: the reports describe only orders, refusals and payment in full."""
        return follow_without_appeals(standing, event, CASE_RULES)

    def holds(self, standing: Standing[Announcement]) -> tuple[Consequence, ...]:
        return CONSEQUENCES if standing.tracked and standing.state.message_on else ()

    def read(self, standing: Standing[Announcement]) -> Reading:
        if not standing.tracked:
            return Reading(value=None, status=_("Not covered"), tracked=False)
        on = standing.state.message_on
        status = _("Callers hear the message") if on else _("No message")
        return Reading(value=None, status=status, level=int(on), owed=standing.state.case.owed())


SYSTEM = DebtorCalls()
