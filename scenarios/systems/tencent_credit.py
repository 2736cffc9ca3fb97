"""Tencent Credit: a company's short-lived test score from 300 to 850.

Documented: the 300-850 range and the five categories (seed 004; The Paypers, 2017).
Reported: the test with selected QQ users from August 2017 (Caixin), the public beta
through WeChat that opened on 30 January 2018 and closed within about a day, and the
perks promised for good scores (EJ Insight, 2018); that Tencent meant to weigh
whether people pay bills on time (China Daily, 2015). Illustrative: the starting
score and every change; Tencent never published its formula or any weights.

Seed 004 calls this score "the SCS" and merges China Rapid Finance with Tencent. It
was a private company's test, not the state's system; the quote caveats say so.
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

ID = "tencent_credit"
LOWEST, HIGHEST = 300, 850
TEST_FROM = Month(2017, 8)  # selected QQ users (Caixin, 9 August 2017)
TEST_LAST = Month(2018, 1)  # the public beta opened on 30 January 2018 and closed a day later
CLOSED_FROM = TEST_LAST.plus(1)  # the first month after the test had ended, the same for everyone

NO_FORMULA = _(
    "Our assumption: Tencent Credit was a short-lived private beta, not a government score. "
    "Tencent never published its formula or how much any action counted."
)
START = Figure(
    value=600,
    provenance=Provenance.ASSUMPTION,
    note=_(
        "Our assumption: Tencent Credit was a short-lived private beta, not a government score. "
        "No starting score was published; this one sits inside the documented range."
    ),
)
SCALE_TOP = Figure(
    value=HIGHEST,
    provenance=Provenance.REPORT,
    quote_ids=("tencent_credit.range",),
    reference_ids=("paypers-2017-tencent-credit",),
)
CATEGORIES = ("tencent_credit.five_categories",)

START_RULE = Rule(
    id="tencent_credit.start",
    system_id=ID,
    label=_("A user who signs up is shown one score on Tencent's scale."),
    provenance=Provenance.REPORT,
    quote_ids=("tencent_credit.range",),
    reference_ids=("paypers-2017-tencent-credit", "caixin-2017-tencent-credit"),
    change=START,
)
BILLS_ON_TIME = Rule(
    id="tencent_credit.bills_on_time",
    system_id=ID,
    label=_("Paying bills on time through Tencent's apps counts in the user's favour."),
    provenance=Provenance.REPORT,
    quote_ids=CATEGORIES,
    reference_ids=("chinadaily-2015-tencent-credit",),
    change=Figure(value=5, provenance=Provenance.ASSUMPTION, note=NO_FORMULA),
    note=_(
        "In 2015 Tencent said it would look at whether people pay their bills on time. The "
        "exhibit counts this under compliance, one of the five documented categories."
    ),
)
CONSUMPTION = Rule(
    id="tencent_credit.consumption",
    system_id=ID,
    label=_(
        "Spending through WeChat Pay or QQ feeds the consumption category. Tencent never said "
        "which purchases raise or lower the score, so the exhibit moves nothing."
    ),
    provenance=Provenance.REPORT,
    quote_ids=CATEGORIES,
    reference_ids=("paypers-2017-tencent-credit",),
)
SOCIAL_CONNECTIONS = Rule(
    id="tencent_credit.social_connections",
    system_id=ID,
    label=_(
        "Who you are connected to on QQ and WeChat is one of the five categories. How it counted "
        "was never published."
    ),
    provenance=Provenance.REPORT,
    quote_ids=CATEGORIES,
    reference_ids=("paypers-2017-tencent-credit", "chinadaily-2015-tencent-credit"),
)
TEST_CLOSED = Rule(
    id="tencent_credit.test_closed",
    system_id=ID,
    label=_(
        "The public test closed within about a day, with a note that the time-limited test had "
        "ended. The score was taken down."
    ),
    provenance=Provenance.REPORT,
    reference_ids=("ejinsight-2018-tencent-credit",),
)
RULES = (START_RULE, BILLS_ON_TIME, CONSUMPTION, SOCIAL_CONNECTIONS, TEST_CLOSED)
_SPENDING = frozenset({EventKind.BUYS_NAPPIES, EventKind.GAMES_TEN_HOURS_A_DAY})

PROMISED_PERKS = Consequence(
    id="tencent_credit.promised_perks",
    system_id=ID,
    kind=ConsequenceKind.PERK,
    label=_(
        "Good scores were promised perks: small loans from WeBank up to the sum shown, no deposit "
        "when renting, and free bike rides."
    ),
    provenance=Provenance.REPORT,
    reference_ids=("ejinsight-2018-tencent-credit",),
    amount=Figure(
        value=300000,
        provenance=Provenance.REPORT,
        reference_ids=("ejinsight-2018-tencent-credit",),
        unit=_("yuan"),
        note=_("The largest WeBank loan EJ Insight reported for good scores: up to 300,000 yuan."),
    ),
    note=_(
        "Tencent published no score at which these perks began, and the public test closed within "
        "about a day. The exhibit shows nobody gaining them."
    ),
)
CONSEQUENCES = (PROMISED_PERKS,)


@dataclass(frozen=True, slots=True)
class BetaScore:
    """A tester's score while the test ran; once it closed, no score is left."""

    points: int = 0
    closed: bool = False


class TencentCredit(PilotSystem[BetaScore]):
    id = ID
    name = _("Tencent Credit")
    operator = _("Tencent, the company behind QQ and WeChat: a company, not the state")
    shape = Shape.FACTOR_SCORE
    group = SystemGroup.PRIVATE
    summary = _(
        "A private score that Tencent tested with some QQ users, then opened to everyone on WeChat "
        "for about a day before closing it. It was built from five categories, such as social "
        "connections and spending. It was a company's test, not the government's system."
    )
    covers = _(
        "QQ users Tencent picked for the test, and for about a day anyone on WeChat who switched it "
        "on. It was opt-in."
    )
    data_sources = _(
        "Tencent's own data: payments through WeChat Pay and QQ, and who users are connected to."
    )
    entry = _("Be picked for the QQ test, or sign up on WeChat during the public beta of about a day.")
    exit = _("Do not sign up. The score was suspended when the test closed.")
    scale = _("300 to 850.")
    scale_provenance = Provenance.SOURCE_TEXT
    quote_ids = (
        "tencent_credit.range",
        "tencent_credit.five_categories",
        "tencent_credit.qq_scs",
        "tencent_credit.rapid_finance_partner",
        "tencent_credit.wechat_users",
    )
    rules = RULES
    consequences = CONSEQUENCES
    history = (
        Milestone(
            when="2015-08-08",
            text=_(
                "Tencent says it will build a credit service from social networks and online "
                "behaviour. Its credit chief says bank records cover only about 300 million people, "
                "and social data could help 500 million more."
            ),
            provenance=Provenance.REPORT,
            reference_ids=("chinadaily-2015-tencent-credit",),
        ),
        Milestone(
            when="2017-07-04",
            text=_(
                "The central bank shelves plans to license eight private credit scorers, citing "
                "conflicts of interest. Tencent's score stays unlicensed."
            ),
            provenance=Provenance.REPORT,
            reference_ids=("reuters-2017-licences",),
        ),
        Milestone(
            when="2017-08",
            text=_("Tencent Credit, scored from 300 to 850, is tested with selected QQ users."),
            provenance=Provenance.REPORT,
            reference_ids=("caixin-2017-tencent-credit", "paypers-2017-tencent-credit"),
        ),
        Milestone(
            when="2018-01-30",
            text=_("A public beta opens to everyone on WeChat, with perks promised for good scores."),
            provenance=Provenance.REPORT,
            reference_ids=("ejinsight-2018-tencent-credit",),
        ),
        Milestone(
            when="2018-01-31",
            text=_("Within about a day the beta closes, with a note that the time-limited test has ended."),
            provenance=Provenance.REPORT,
            reference_ids=("ejinsight-2018-tencent-credit",),
        ),
    )
    example_profile = Profile(home_city="Shenzhen", years_resident=4, age=28, opted_in=frozenset({ID}))
    example_when = TEST_LAST

    def start(self, profile: Profile) -> Standing[BetaScore]:
        signed_up = ID in profile.opted_in
        score = BetaScore(points=START.value) if signed_up else BetaScore()
        return Standing(tracked=signed_up, state=score, provenance=START.provenance)

    def sees(self, event: Event, profile: Profile) -> Visibility:
        if ID not in profile.opted_in:
            return Visibility(seen=False, reason=_("Not signed up: Tencent Credit was opt-in."))
        if event.when < TEST_FROM:
            return Visibility(seen=False, reason=_("Tencent Credit was not yet being tested."))
        if event.when > TEST_LAST:
            return Visibility(
                seen=False,
                reason=_(
                    "The test had ended: Tencent took the score down after a public beta of about a day."
                ),
            )
        if Channel.WECHAT_PAY not in event.channels:
            return Visibility(
                seen=False,
                reason=_("The score only saw what passed through WeChat Pay or QQ, and this did not."),
            )
        return Visibility(seen=True, reason=_("It went through WeChat Pay or QQ, Tencent's own data."))

    def apply(self, standing: Standing[BetaScore], event: Event, profile: Profile) -> Outcome[BetaScore]:
        if not standing.tracked:
            return Outcome(standing=standing)
        if event.kind is EventKind.PAYS_BILLS_ON_TIME:
            change = BILLS_ON_TIME.change.value if BILLS_ON_TIME.change else 0
            score = BetaScore(points=min(HIGHEST, max(LOWEST, standing.state.points + change)))
            provenance = weakest(standing.provenance, Provenance.ASSUMPTION)
            after = replace(standing, state=score, provenance=provenance)
            return Outcome(standing=after, fired=(BILLS_ON_TIME,))
        if event.kind in _SPENDING:
            return Outcome(standing=standing, fired=(CONSUMPTION,))
        return Outcome(standing=standing)

    def lapse(
        self, standing: Standing[BetaScore], when: Month
    ) -> tuple[Standing[BetaScore], tuple[Rule, ...]]:
        if standing.tracked and when >= CLOSED_FROM:
            closed = Standing(tracked=False, state=BetaScore(closed=True), provenance=Provenance.REPORT)
            return closed, (TEST_CLOSED,)
        return standing, ()

    def holds(self, standing: Standing[BetaScore]) -> tuple[Consequence, ...]:
        # No score at which the promised perks began was published: nobody is shown gaining them.
        return ()

    def read(self, standing: Standing[BetaScore]) -> Reading:
        if standing.tracked:
            return Reading(
                value=Figure(value=standing.state.points, provenance=standing.provenance),
                status=_("points"),
                level=standing.state.points,
                out_of=SCALE_TOP,
            )
        if standing.state.closed:
            return Reading(value=None, status=_("No score: the test has ended"), tracked=False)
        return Reading(value=None, status=_("No score: not signed up"), tracked=False)


SYSTEM = TencentCredit()
