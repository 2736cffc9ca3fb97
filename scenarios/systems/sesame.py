"""Sesame (Zhima) Credit: a company's opt-in score from 350 to 950.

Documented: the 350-950 scale (seed 003), the five factors and the nappies and
video-game examples (seed 002), deposit waivers (seed 000). Reported: the score at
which hotels (600) and flat rentals (650) waived deposits. Illustrative: the starting
score and every change; Sesame never published its formula.
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
    label=_("Buying nappies raises the score: parents are taken to be responsible."),
    provenance=Provenance.REPORT,
    quote_ids=("sesame.factor_behaviour",),
    reference_ids=("bbc-2015-sesame",),
    change=Figure(value=12, provenance=Provenance.ASSUMPTION, note=NO_FORMULA),
)
VIDEO_GAMES = Rule(
    id="sesame.video_games",
    system_id=ID,
    label=_("Ten hours a day of video games lowers the score."),
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
RULES = (NAPPIES, VIDEO_GAMES, BILLS_ON_TIME)
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
CONSEQUENCES = (HOTEL, FLAT, DEPOSIT_SAVED, DEPOSIT_PAID)


class Sesame(PilotSystem[int]):
    """The state is the score, kept between the lowest and the highest on the scale."""

    id = ID
    name = _("Sesame Credit (Zhima Credit)")
    operator = _("Ant Financial, an affiliate of Alibaba: a company, not the state")
    shape = Shape.FACTOR_SCORE
    summary = _(
        "A private score for people who sign up in the Alipay app. It is built from "
        "five factors, including bill payments and what you buy. Partner businesses "
        "waive deposits above certain scores. It is not part of the government's system."
    )
    group = SystemGroup.PRIVATE
    covers = _("Alipay users who switch it on. It is opt-in.")
    data_sources = _("Payments and shopping in Alipay and Taobao, and partner firms.")
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
                "Twelve cities try deposit-free services with Sesame. In Hangzhou, 40% "
                "of those registered qualify."
            ),
            provenance=Provenance.REPORT,
            reference_ids=("xinhua-2018-deposit-free",),
        ),
        Milestone(
            when="2021-11-26",
            text=_(
                "The central bank accepts a licence application from Qiantang Credit, "
                "a company linked to Ant. Years later it is still pending."
            ),
            provenance=Provenance.REPORT,
            reference_ids=("pccm-2021-qiantang",),
        ),
    )
    example_profile = Profile(home_city="Hangzhou", years_resident=5, age=30, opted_in=frozenset({ID}))

    def start(self, profile: Profile) -> Standing[int]:
        signed_up = ID in profile.opted_in
        return Standing(tracked=signed_up, state=START.value if signed_up else 0, provenance=START.provenance)

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
        if Channel.ALIPAY not in event.channels:
            return Visibility(
                seen=False,
                reason=_("Sesame only sees what passes through Alipay and its partners, and this did not."),
            )
        return Visibility(seen=True, reason=_("It went through Alipay, which Sesame draws on."))

    def apply(self, standing: Standing[int], event: Event, profile: Profile) -> Outcome[int]:
        if event.kind is EventKind.RENTS_FLAT:
            saved = standing.state >= (FLAT.threshold.value if FLAT.threshold else HIGHEST)
            return Outcome(standing=standing, met=(DEPOSIT_SAVED if saved else DEPOSIT_PAID,))
        rule = _RULE_FOR_EVENT.get(event.kind)
        if rule is None or rule.change is None:
            return Outcome(standing=standing)
        score = min(HIGHEST, max(LOWEST, standing.state + rule.change.value))
        provenance = weakest(standing.provenance, rule.change.provenance)
        return Outcome(standing=replace(standing, state=score, provenance=provenance), fired=(rule,))

    def holds(self, standing: Standing[int]) -> tuple[Consequence, ...]:
        if not standing.tracked:
            return ()
        return tuple(
            perk
            for perk in (HOTEL, FLAT)
            if perk.threshold is not None and standing.state >= perk.threshold.value
        )

    def read(self, standing: Standing[int]) -> Reading:
        if not standing.tracked:
            return Reading(value=None, status=_("No score: not signed up"), tracked=False)
        return Reading(
            value=Figure(value=standing.state, provenance=standing.provenance),
            status=_("points"),
            level=standing.state,
            out_of=SCALE_TOP,
        )


SYSTEM = Sesame()
