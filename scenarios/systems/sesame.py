"""Sesame (Zhima) Credit: a company's opt-in score from 350 to 950.

Documented: the 350-950 scale (seed 003), the five factors and the nappies and
video-game examples (seed 002), deposit waivers (seed 000). Reported: the score at
which hotels (600) and flat rentals (650) waived deposits. Illustrative: the starting
score and every change; Sesame never published its formula.

Sesame is connected to the court's list of dishonest debtors: from July 2015 a listed
person's score was cut and high-priced purchases on Taobao and Tmall were barred (China
Daily, 2 July 2015; the Supreme People's Court, January 2016). By how much the score fell
was never published; the cut here is the exhibit's.
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
from scenarios.i18n import _
from scenarios.provenance import Figure, Provenance, weakest
from scenarios.systems.court_case import COURT_EVENTS, LIST_EVENTS, on_list_after

ID = "sesame"
LOWEST, HIGHEST = 350, 950
START = Figure(
    value=641,
    provenance=Provenance.ASSUMPTION,
    note=_("A plausible starting score; Sesame never published how scores are set."),
)
SCALE_TOP = Figure(value=HIGHEST, provenance=Provenance.SOURCE_TEXT, quote_ids=("sesame.scale",))
NO_FORMULA = _("Our assumption: Sesame never published its formula or how much any action counts.")
FLAT_DEPOSIT = Figure(
    value=3000,
    provenance=Provenance.ASSUMPTION,
    note=_("An assumed deposit of two months' rent."),
    unit=_("yuan"),
)

NAPPIES = Rule(
    id="sesame.nappies",
    system_id=ID,
    label=_(
        "An executive's example, not a published rule: someone who often buys nappies is "
        "probably a parent, and taken to be more responsible. The exhibit applies it as a rule."
    ),
    provenance=Provenance.REPORT,
    quote_ids=("sesame.factor_behaviour",),
    reference_ids=("bbc-2015-sesame",),
    change=Figure(value=12, provenance=Provenance.ASSUMPTION, note=NO_FORMULA),
)
VIDEO_GAMES = Rule(
    id="sesame.video_games",
    system_id=ID,
    label=_(
        "An executive's example, not a published rule: ten hours a day of video games marks "
        "an “idle person”. The exhibit applies it as a rule."
    ),
    provenance=Provenance.REPORT,
    quote_ids=("sesame.factor_behaviour", "sesame.games_24_hours"),
    reference_ids=("bbc-2015-sesame",),
    change=Figure(value=-20, provenance=Provenance.ASSUMPTION, note=NO_FORMULA),
)
BILLS_ON_TIME = Rule(
    id="sesame.bills_on_time",
    system_id=ID,
    label=_("Paying bills on time raises the score."),
    provenance=Provenance.REPORT,
    quote_ids=("sesame.factor_credit_history",),
    reference_ids=("technode-2015-sesame",),
    change=Figure(value=6, provenance=Provenance.ASSUMPTION, note=NO_FORMULA),
)
COURT_LINK = ("chinadaily-2015-sesame-court", "spc-2016-sesame-enforcement")
CONNECTED_TO_COURT = Month(2015, 7)  # Sesame announced the link on 30 June 2015; the court dates it 24 July
COURT_LISTING = Rule(
    id="sesame.court_listing",
    system_id=ID,
    label=_(
        "A court lists the person as a dishonest debtor. Sesame, connected to the court's list, "
        "lowers the score."
    ),
    provenance=Provenance.OFFICIAL,
    reference_ids=COURT_LINK,
    change=Figure(
        value=-50,
        provenance=Provenance.ASSUMPTION,
        note=_(
            "Our assumption: Sesame and the court said listed people's scores are lowered, "
            "but not by how much."
        ),
    ),
)
COURT_REMOVAL = Rule(
    id="sesame.court_removal",
    system_id=ID,
    label=_(
        "Paid in full, the person leaves the court's list and the shopping ban ends. "
        "The lower score stays: the court says the rating is kept for years after the debt is paid."
    ),
    provenance=Provenance.OFFICIAL,
    reference_ids=("spc-2016-sesame-enforcement",),
    note=_(
        "The Supreme People's Court wrote in January 2016 that the rating is kept for five years "
        "after the order is satisfied. The exhibit leaves the lowered score as it is."
    ),
)
RULES = (NAPPIES, VIDEO_GAMES, BILLS_ON_TIME, COURT_LISTING, COURT_REMOVAL)
_RULE_FOR_EVENT = {
    EventKind.BUYS_NAPPIES: NAPPIES,
    EventKind.GAMES_TEN_HOURS_A_DAY: VIDEO_GAMES,
    EventKind.PAYS_BILLS_ON_TIME: BILLS_ON_TIME,
}

HOTEL = Consequence(
    id="sesame.hotel_deposit_waived",
    system_id=ID,
    kind=ConsequenceKind.PERK,
    label=_("Check in to partner hotels without a deposit."),
    provenance=Provenance.REPORT,
    quote_ids=("sesame.deposits_waived",),
    reference_ids=("djres-2016-hotels",),
    threshold=Figure(value=600, provenance=Provenance.REPORT, reference_ids=("djres-2016-hotels",)),
)
FLAT = Consequence(
    id="sesame.flat_deposit_waived",
    system_id=ID,
    kind=ConsequenceKind.PERK,
    label=_("Rent a flat through Alipay without a deposit."),
    provenance=Provenance.REPORT,
    quote_ids=("sesame.apartment_deposit_free",),
    reference_ids=("muzijie-2017-rentals", "chinanews-2017-bikes"),
    threshold=Figure(
        value=650,
        provenance=Provenance.REPORT,
        reference_ids=("muzijie-2017-rentals",),
        note=_("Ant said 650 and above signals good credit (Chinanews, 2017)."),
    ),
)
DEPOSIT_SAVED = Consequence(
    id="sesame.deposit_saved",
    system_id=ID,
    kind=ConsequenceKind.PERK,
    label=_("No deposit asked for the flat."),
    provenance=Provenance.REPORT,
    quote_ids=("sesame.apartment_deposit_free",),
    reference_ids=("muzijie-2017-rentals",),
    amount=FLAT_DEPOSIT,
)
DEPOSIT_PAID = Consequence(
    id="sesame.deposit_paid",
    system_id=ID,
    kind=ConsequenceKind.COST,
    label=_("Score below the threshold: a deposit must be paid for the flat."),
    provenance=Provenance.REPORT,
    quote_ids=("sesame.apartment_deposit_free",),
    reference_ids=("muzijie-2017-rentals",),
    amount=FLAT_DEPOSIT,
)
SHOPPING_BAN = Consequence(
    id="sesame.shopping_ban",
    system_id=ID,
    kind=ConsequenceKind.BAN,
    label=_("On the court's list: barred from buying high-priced items on Taobao and Tmall."),
    provenance=Provenance.OFFICIAL,
    reference_ids=COURT_LINK,
    note=_(
        "The court reported in January 2016 that it had blocked listed people's online purchases "
        "or loans 130,000 times through Sesame, and that 5,300 of them then paid."
    ),
)
CONSEQUENCES = (HOTEL, FLAT, DEPOSIT_SAVED, DEPOSIT_PAID, SHOPPING_BAN)


@dataclass(frozen=True, slots=True, kw_only=True)
class SesameScore:
    """The score, and whether the court's list holds the person."""

    points: int
    listed: bool = False


NOT_SIGNED_UP = SesameScore(points=0)


class Sesame(PilotSystem[SesameScore]):
    """The score is kept between the lowest and the highest on the scale."""

    id = ID
    name = _("Sesame Credit (Zhima Credit)")
    operator = _("Ant Financial, an affiliate of Alibaba: a company, not the state")
    shape = Shape.FACTOR_SCORE
    summary = _(
        "A private score for people who sign up in the Alipay app. It is built from "
        "five factors, including bill payments and what you buy. Partner businesses "
        "waive deposits above certain scores. It is a company's score, not the government's, but "
        "it is connected to the court's list of dishonest debtors."
    )
    group = SystemGroup.PRIVATE
    covers = _("Alipay users who switch it on. It is opt-in.")
    data_sources = _(
        "Payments and shopping in Alipay and Taobao, partner firms, and the court's list of "
        "dishonest debtors."
    )
    entry = _("Switch Sesame Credit on in the Alipay app.")
    exit = _("Switch it off. Perks that needed the score stop.")
    scale = _("350 to 950; higher is better.")
    scale_provenance = Provenance.SOURCE_TEXT
    quote_ids = ("sesame.run_by_ant", "sesame.scale", "sesame.voluntary", "sesame.not_official")
    rules = RULES
    consequences = CONSEQUENCES
    history = (
        Milestone(
            when="2015-01-28",
            text=_("Sesame Credit opens as a beta, scoring from 350 to 950."),
            provenance=Provenance.REPORT,
            reference_ids=("technode-2015-sesame",),
        ),
        Milestone(
            when="2015-06-30",
            text=_(
                "Sesame says it has connected to the Supreme People's Court's list of dishonest "
                "debtors: listed people's scores are cut, and they are barred from high-priced "
                "purchases on Taobao and Tmall."
            ),
            provenance=Provenance.REPORT,
            reference_ids=("chinadaily-2015-sesame-court",),
        ),
        Milestone(
            when="2016-01-11",
            text=_(
                "The Supreme People's Court reports that, through Sesame, listed people were stopped "
                "from buying online or borrowing 130,000 times, and 5,300 of them paid their debts."
            ),
            provenance=Provenance.OFFICIAL,
            reference_ids=("spc-2016-sesame-enforcement",),
        ),
        Milestone(
            when="2017-07-04",
            text=_(
                "The central bank shelves plans to license Sesame and seven other "
                "private scorers as credit bureaus, citing conflicts of interest."
            ),
            provenance=Provenance.REPORT,
            reference_ids=("reuters-2017-licences",),
        ),
        Milestone(
            when="2018-06-10",
            text=_(
                "Twelve cities try deposit-free services with Sesame. In Hangzhou, 40 per cent "
                "of those registered qualify."
            ),
            provenance=Provenance.REPORT,
            reference_ids=("xinhua-2018-deposit-free",),
        ),
        Milestone(
            when="2021-11-26",
            text=_(
                "The central bank accepts a licence application from Qiantang Credit, a personal "
                "credit company owned 35% by Ant and 35% by a Zhejiang state-owned group."
            ),
            provenance=Provenance.REPORT,
            reference_ids=("scmp-2021-qiantang-application",),
        ),
        Milestone(
            when="2024-01",
            text=_(
                "More than two years on, the application is still undecided; the central bank's "
                "governor says the bank will guide it."
            ),
            provenance=Provenance.REPORT,
            reference_ids=("pccm-2021-qiantang",),
        ),
        Milestone(
            when="2024-11",
            text=_(
                "The central bank licenses Qiantang Credit, China's third licensed personal credit "
                "bureau, until November 2027. No source read says Sesame Credit itself was licensed."
            ),
            provenance=Provenance.REPORT,
            reference_ids=("scmp-2024-qiantang-licence",),
        ),
    )
    example_profile = Profile(home_city="Hangzhou", years_resident=5, age=30, opted_in=frozenset({ID}))

    def start(self, profile: Profile) -> Standing[SesameScore]:
        signed_up = ID in profile.opted_in
        score = SesameScore(points=START.value) if signed_up else NOT_SIGNED_UP
        return Standing(tracked=signed_up, state=score, provenance=START.provenance)

    def sees(self, event: Event, profile: Profile) -> Visibility:
        if ID not in profile.opted_in:
            return Visibility(seen=False, reason=_("Not signed up: Sesame Credit is opt-in."))
        if Channel.SOCIAL_MEDIA in event.channels:
            return Visibility(
                seen=False,
                reason=_(
                    "Sesame told the BBC that posts on social media do not count, whatever some reports say."
                ),
            )
        if Channel.COURT in event.channels and event.kind in COURT_EVENTS:
            return _sees_court(event, profile)
        if Channel.ALIPAY not in event.channels:
            return Visibility(
                seen=False,
                reason=_("Sesame only sees what passes through Alipay and its partners, and this did not."),
            )
        return Visibility(seen=True, reason=_("It went through Alipay, which Sesame draws on."))

    def apply(self, standing: Standing[SesameScore], event: Event, profile: Profile) -> Outcome[SesameScore]:
        if event.kind in COURT_EVENTS:
            return _follow_court(standing, event)
        if event.kind is EventKind.RENTS_FLAT:
            saved = standing.state.points >= (FLAT.threshold.value if FLAT.threshold else HIGHEST)
            return Outcome(standing=standing, met=(DEPOSIT_SAVED if saved else DEPOSIT_PAID,))
        rule = _RULE_FOR_EVENT.get(event.kind)
        if rule is None:
            return Outcome(standing=standing)
        return Outcome(standing=_moved(standing, rule), fired=(rule,))

    def holds(self, standing: Standing[SesameScore]) -> tuple[Consequence, ...]:
        if not standing.tracked:
            return ()
        points = standing.state.points
        perks = tuple(perk for perk in (HOTEL, FLAT) if perk.threshold and points >= perk.threshold.value)
        return (*perks, SHOPPING_BAN) if standing.state.listed else perks

    def read(self, standing: Standing[SesameScore]) -> Reading:
        if not standing.tracked:
            return Reading(value=None, status=_("No score: not signed up"), tracked=False)
        return Reading(
            value=Figure(value=standing.state.points, provenance=standing.provenance),
            status=_("points"),
            level=standing.state.points,
            out_of=SCALE_TOP,
        )


def _sees_court(event: Event, profile: Profile) -> Visibility:
    if profile.country != "China":
        return Visibility(seen=False, reason=_("Sesame reads only the list kept by China's courts."))
    if event.kind not in LIST_EVENTS:
        return Visibility(
            seen=False, reason=_("A judgment alone lists nobody, and Sesame reads only the court's list.")
        )
    if event.when < CONNECTED_TO_COURT:
        return Visibility(seen=False, reason=_("Sesame was not yet connected to the court's list."))
    return Visibility(seen=True, reason=_("Sesame is connected to the court's list of dishonest debtors."))


def _moved(standing: Standing[SesameScore], rule: Rule) -> Standing[SesameScore]:
    """The score after a rule's change, kept on the scale, with the weaker provenance."""
    change = rule.change.value if rule.change is not None else 0
    points = min(HIGHEST, max(LOWEST, standing.state.points + change))
    provenance = weakest(standing.provenance, rule.change.provenance) if rule.change else standing.provenance
    return replace(standing, state=replace(standing.state, points=points), provenance=provenance)


def _follow_court(standing: Standing[SesameScore], event: Event) -> Outcome[SesameScore]:
    """Sesame reads the court's list: a refusal to pay lists the person, paying takes them off."""
    listed = on_list_after(standing.state.listed, event)
    if listed is None:
        return Outcome(standing=standing)
    moved = replace(standing, state=replace(standing.state, listed=listed))
    if listed:
        return Outcome(standing=_moved(moved, COURT_LISTING), fired=(COURT_LISTING,))
    return Outcome(standing=moved, fired=(COURT_REMOVAL,))


SYSTEM = Sesame()
