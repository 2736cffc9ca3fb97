""" "You are scored" as data: every answer is a row saying what it changes and what it adds.

A row (an `Option`) may set a fact of the profile (where you live, how you pay, which
scores you switch on, whether you run a business) and may add moments to the year
(`Happening`: a month, the words on screen and the event the systems see). Moments in
`ALWAYS` happen whatever the answers. `scenarios.you` folds the rows into a profile and a
year and plays the year through `scenarios.replay.play`, as for any persona.
"""

from dataclasses import dataclass

from scenarios.engine import Business, BusinessKind, Channel, EventKind, Month
from scenarios.i18n import _

DEBT_YUAN = 4000  # illustrative, like every sum in a story
LOAN_YUAN = 2000


@dataclass(frozen=True, slots=True, kw_only=True)
class Happening:
    """One moment an answer adds to the year, with what the screen says about it.

    `paid` adds the channel the visitor pays through (the "pay" answer). `text_abroad`,
    if set, is what the screen says instead for someone living outside China.
    """

    when: Month
    title: str
    text: str
    kind: EventKind
    channels: tuple[Channel, ...] = ()
    paid: bool = False
    amount_yuan: int = 0
    text_abroad: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Option:
    """One answer: its label, what it sets in the profile and what it adds to the year."""

    id: str
    label: str
    home: tuple[str, str] | None = None  # (city, country)
    pays_with: Channel | None = None
    opts_in: frozenset[str] = frozenset()
    runs: Business | None = None
    adds: tuple[Happening, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Question:
    id: str
    text: str
    options: tuple[Option, ...]
    note: str = ""  # why the question matters, shown under it


CITIES = {
    "rongcheng": ("Rongcheng", "China"),
    "shanghai": ("Shanghai", "China"),
    "hangzhou": ("Hangzhou", "China"),
    "shenzhen": ("Shenzhen", "China"),
    "zhengzhou": ("Zhengzhou", "China"),
    "leeds": ("Leeds", "United Kingdom"),
}
RESTAURANT = Business(name=_("your restaurant"), kind=BusinessKind.RESTAURANT)

# What happens whatever the answers.
ALWAYS: tuple[Happening, ...] = (
    Happening(
        when=Month(2018, 5),
        title=_("A court orders you to pay"),
        text=_("You lose a dispute in court and are ordered to pay. You think the ruling is unfair."),
        kind=EventKind.COURT_ORDERS_PAYMENT,
        channels=(Channel.COURT,),
        amount_yuan=DEBT_YUAN,
    ),
    Happening(
        when=Month(2018, 8),
        title=_("Booking a holiday flight"),
        text=_("You book a plane ticket for a summer holiday."),
        kind=EventKind.BOOKS_FLIGHT,
        channels=(Channel.AIRLINE_BOOKING,),
    ),
)


def _home(oid: str, label: str) -> Option:
    return Option(id=oid, label=label, home=CITIES[oid])


HOME = Question(
    id="home",
    text=_("Where do you live?"),
    options=(
        _home("rongcheng", _("Rongcheng, a small city in Shandong")),
        _home("shanghai", _("Shanghai")),
        _home("hangzhou", _("Hangzhou, in Zhejiang")),
        _home("shenzhen", _("Shenzhen, in Guangdong")),
        _home("zhengzhou", _("Zhengzhou, in Henan")),
        _home("leeds", _("Leeds, in the United Kingdom")),
    ),
    note=_("Many systems belong to one city or province."),
)
PAY = Question(
    id="pay",
    text=_("How do you pay for most things?"),
    options=(
        Option(
            id="sesame",
            label=_("Alipay, with Sesame Credit switched on"),
            pays_with=Channel.ALIPAY,
            opts_in=frozenset({"sesame"}),
        ),
        Option(id="alipay", label=_("Alipay, with Sesame Credit left off"), pays_with=Channel.ALIPAY),
        Option(
            id="tencent",
            label=_("WeChat Pay, and you joined Tencent's credit test"),
            pays_with=Channel.WECHAT_PAY,
            opts_in=frozenset({"tencent_credit"}),
        ),
        Option(id="cash", label=_("Mostly cash"), pays_with=Channel.NONE),
    ),
    note=_("The company scores count only what passes through their own apps."),
)
APP = Question(
    id="app",
    text=_("Your city offers a credit app that gives discounts for a good rating. Do you sign up?"),
    options=(
        Option(id="yes", label=_("Yes, for the discounts"), opts_in=frozenset({"honest_shanghai"})),
        Option(id="no", label=_("No")),
    ),
    note=_("Only Shanghai's app, Honest Shanghai, is in the sources. It is opt-in."),
)
BUSINESS = Question(
    id="business",
    text=_("Do you run a business?"),
    options=(
        Option(id="no", label=_("No, I work for someone else")),
        Option(
            id="restaurant",
            label=_("Yes, a small restaurant"),
            runs=RESTAURANT,
            adds=(
                Happening(
                    when=Month(2018, 4),
                    title=_("Your restaurant is registered"),
                    text=_("You register your small restaurant with the market regulator."),
                    text_abroad=_("You register your small restaurant in Britain."),
                    kind=EventKind.REGISTERS_BUSINESS,
                    channels=(Channel.MARKET_REGULATOR,),
                ),
                Happening(
                    when=Month(2018, 4),
                    title=_("Taxes on time"),
                    text=_("Your restaurant files and pays its taxes on time."),
                    kind=EventKind.PAYS_TAXES_ON_TIME,
                    channels=(Channel.TAX_AUTHORITY,),
                ),
            ),
        ),
    ),
)
EVENINGS = Question(
    id="evenings",
    text=_("How do you spend most evenings in January?"),
    options=(
        Option(
            id="games",
            label=_("Playing online games, about ten hours a day"),
            adds=(
                Happening(
                    when=Month(2018, 1),
                    title=_("Evenings of games"),
                    text=_(
                        "You play online games about ten hours a day, and pay for them as you pay "
                        "for most things."
                    ),
                    kind=EventKind.GAMES_TEN_HOURS_A_DAY,
                    paid=True,
                ),
            ),
        ),
        Option(
            id="class",
            label=_("At an evening class, paid in cash"),
            adds=(
                Happening(
                    when=Month(2018, 1),
                    title=_("An evening class"),
                    text=_("You take an evening class and pay in cash."),
                    kind=EventKind.TAKES_EVENING_CLASS,
                    channels=(Channel.NONE,),
                ),
            ),
        ),
        Option(
            id="volunteer",
            label=_("Volunteering at a community centre"),
            adds=(
                Happening(
                    when=Month(2018, 1),
                    title=_("Volunteering"),
                    text=_(
                        "You volunteer at a community centre, signed in on the city's volunteer register."
                    ),
                    kind=EventKind.VOLUNTEERS,
                    channels=(Channel.CITY_VOLUNTEER_REGISTER,),
                ),
            ),
        ),
    ),
)
MONEY = Question(
    id="money",
    text=_("Money is tight one month. What happens?"),
    options=(
        Option(
            id="on-time",
            label=_("You still pay every bill on time"),
            adds=(
                Happening(
                    when=Month(2018, 2),
                    title=_("Bills paid on time"),
                    text=_("Money is tight, but you pay every bill on time."),
                    kind=EventKind.PAYS_BILLS_ON_TIME,
                    channels=(Channel.BANK,),
                    paid=True,
                ),
            ),
        ),
        Option(
            id="miss",
            label=_("You miss two repayments on a bank loan"),
            adds=(
                Happening(
                    when=Month(2018, 2),
                    title=_("Two missed repayments"),
                    text=_("Money is tight, and you miss two repayments on a small bank loan."),
                    kind=EventKind.MISSES_LOAN_REPAYMENT,
                    channels=(Channel.BANK,),
                    amount_yuan=LOAN_YUAN,
                ),
            ),
        ),
    ),
)
CROSSING = Question(
    id="crossing",
    text=_("You are late, and the light at a camera crossing is red."),
    options=(
        Option(id="wait", label=_("You wait for green")),
        Option(
            id="cross",
            label=_("You cross anyway"),
            adds=(
                Happening(
                    when=Month(2018, 3),
                    title=_("Across on red"),
                    text=_("You cross on a red light. The camera at the crossing records your face."),
                    text_abroad=_("You cross on a red light, in front of the camera."),
                    kind=EventKind.JAYWALKS_AT_CAMERA,
                    channels=(Channel.FACE_CAMERA, Channel.TRAFFIC_POLICE),
                ),
            ),
        ),
    ),
)
COURT = Question(
    id="court",
    text=_("A court orders you to pay in a dispute you think is unfair. You have the money. What do you do?"),
    options=(
        Option(
            id="pay",
            label=_("Pay, though you think it unfair"),
            adds=(
                Happening(
                    when=Month(2018, 6),
                    title=_("You pay"),
                    text=_("You pay what the court ordered, though you think it unfair."),
                    kind=EventKind.PAYS_COURT_ORDER,
                    channels=(Channel.COURT,),
                    amount_yuan=DEBT_YUAN,
                ),
            ),
        ),
        Option(
            id="appeal",
            label=_("Appeal to a higher court"),
            adds=(
                Happening(
                    when=Month(2018, 6),
                    title=_("You appeal"),
                    text=_(
                        "You appeal to a higher court. While it hears the case, nobody asks for the money."
                    ),
                    kind=EventKind.APPEALS_JUDGMENT,
                    channels=(Channel.COURT,),
                ),
            ),
        ),
        Option(
            id="refuse",
            label=_("Refuse to pay"),
            adds=(
                Happening(
                    when=Month(2018, 6),
                    title=_("You refuse to pay"),
                    text=_("The deadline passes. You have the money but send nothing."),
                    kind=EventKind.IGNORES_COURT_ORDER,
                    channels=(Channel.COURT,),
                ),
            ),
        ),
    ),
)
RUBBISH = Question(
    id="rubbish",
    text=_("What do you do with your rubbish?"),
    options=(
        Option(
            id="sort",
            label=_("Sort it into the right bins"),
            adds=(
                Happening(
                    when=Month(2018, 7),
                    title=_("Sorted rubbish"),
                    text=_("You sort your rubbish into the right bins, and an inspector notes it."),
                    kind=EventKind.SORTS_GARBAGE,
                    channels=(Channel.SANITATION_INSPECTOR,),
                ),
            ),
        ),
        Option(
            id="one-bin",
            label=_("Put it all in one bin"),
            adds=(
                Happening(
                    when=Month(2018, 7),
                    title=_("Rubbish in one bin"),
                    text=_("You put all your rubbish in one bin, and an inspector notes it."),
                    kind=EventKind.LEAVES_GARBAGE_UNSORTED,
                    channels=(Channel.SANITATION_INSPECTOR,),
                ),
            ),
        ),
    ),
)
FLIGHT = Question(
    id="flight",
    text=_("Your holiday flight is delayed for hours, and the crew ask everyone to sit down."),
    options=(
        Option(id="calm", label=_("You sit down and wait")),
        Option(
            id="shout",
            label=_("You shout at the crew and refuse"),
            adds=(
                Happening(
                    when=Month(2018, 8),
                    title=_("Trouble on the plane"),
                    text=_(
                        "The flight is delayed for hours. You shout at the crew and refuse to sit. "
                        "They report you."
                    ),
                    kind=EventKind.CAUSES_TROUBLE_ON_FLIGHT,
                    channels=(Channel.CABIN_CREW_REPORT, Channel.TOURISM_AUTHORITY),
                ),
            ),
        ),
    ),
)
TRIP = Question(
    id="trip",
    text=_("At the end of the year you travel to see family. How?"),
    options=(
        Option(
            id="fly",
            label=_("By plane"),
            adds=(
                Happening(
                    when=Month(2018, 12),
                    title=_("Home for the holidays"),
                    text=_("At the end of the year you book a plane ticket to see family."),
                    kind=EventKind.BOOKS_FLIGHT,
                    channels=(Channel.AIRLINE_BOOKING,),
                ),
            ),
        ),
        Option(
            id="train",
            label=_("By high-speed train"),
            adds=(
                Happening(
                    when=Month(2018, 12),
                    title=_("Home for the holidays"),
                    text=_("At the end of the year you book a high-speed train ticket to see family."),
                    kind=EventKind.BOOKS_FAST_TRAIN,
                    channels=(Channel.RAIL_BOOKING,),
                ),
            ),
        ),
    ),
)
QUESTIONS: tuple[Question, ...] = (
    HOME,
    PAY,
    APP,
    BUSINESS,
    EVENINGS,
    MONEY,
    CROSSING,
    COURT,
    RUBBISH,
    FLIGHT,
    TRIP,
)
