"""Li Jing: a fictional freelance journalist in Zhengzhou, 2017-2018.

A small publisher wins a civil case against her over a book advance, so the court's
list, the Henan courts' phone messages to callers and joint punishment can all see
her if she refuses to pay. From June 2018 the air and rail passenger lists check her
bookings too. She has Sesame Credit switched on, and how she pays her bills decides
what it sees. Every sum of money in her story is illustrative.
"""

from scenarios.engine import Channel, Event, EventKind, Profile
from scenarios.i18n import _
from scenarios.storyline import Beat, Choice, Option, Persona, Step, Variant

CITY = "Zhengzhou"
DEBT_YUAN = 20000
REDUCED_DEBT_YUAN = 12000


def _event(kind: EventKind, when: str, *channels: Channel, amount: int = 0, city: str = CITY) -> Event:
    return Event(kind=kind, city=city, when=when, channels=frozenset(channels), amount_yuan=amount)


COURT_CHOICE = Choice(
    id="court",
    question=_("What does Li Jing do about the court order?"),
    options=(
        Option(id="pay", label=_("Pay the 20,000 yuan now, though she thinks it unfair.")),
        Option(id="appeal", label=_("Appeal to a higher court.")),
        Option(
            id="refuse",
            label=_("Refuse to pay. She has the money, but she thinks the publisher broke the contract."),
        ),
    ),
)

BILLS_CHOICE = Choice(
    id="bills",
    question=_("How will Li Jing pay her bills from now on?"),
    options=(
        Option(id="alipay", label=_("Let Alipay pay them automatically, where Sesame can see.")),
        Option(id="counter", label=_("Keep paying in cash at the counter.")),
    ),
)

TRAIN_CHOICE = Choice(
    id="trip",
    question=_("The interview is in three days. What does Li Jing do?"),
    options=(
        Option(id="pay", label=_("Pay the 20,000 yuan to get off the list.")),
        Option(id="slow-train", label=_("Keep refusing, and take the slow overnight train.")),
    ),
)

STEPS = (
    Step(
        id="luoyang",
        when="2017-04",
        title=_("A story in Luoyang"),
        beat=Beat(
            text=_(
                "Li Jing is a freelance journalist. She writes for newspapers and websites "
                "across Henan. In April she buys a high-speed train ticket online and goes "
                "to Luoyang to report on the peony festival. The ride takes less than an hour."
            ),
            event=_event(EventKind.BOOKS_FAST_TRAIN, "2017-04", Channel.RAIL_BOOKING),
        ),
    ),
    Step(
        id="broadband",
        when="2017-06",
        title=_("A bill in Alipay"),
        beat=Beat(
            text=_(
                "Li Jing pays her broadband bill in Alipay each month, always on time. She "
                "switched Sesame Credit on two years ago, when a friend showed her how. "
                "Her score is one more number she rarely checks."
            ),
            event=_event(EventKind.PAYS_BILLS_ON_TIME, "2017-06", Channel.ALIPAY),
        ),
    ),
    Step(
        id="court-order",
        when="2017-07",
        title=_("A court orders her to pay"),
        beat=Beat(
            text=_(
                "In 2016 a small Zhengzhou publisher paid her an advance of 20,000 yuan "
                "for a guide to Henan's museums. Later it rejected her manuscript, saying it came in late, "
                "and sued for the money. The court rules for the publisher. Li Jing must "
                "return the 20,000 yuan. She has it saved."
            ),
            event=_event(EventKind.COURT_ORDERS_PAYMENT, "2017-07", Channel.COURT, amount=DEBT_YUAN),
        ),
        choice=COURT_CHOICE,
    ),
    Step(
        id="after-the-order",
        when="2017-08",
        title=_("The case is closed"),
        beat=Beat(
            text=_(
                "Li Jing pays the 20,000 yuan. It is most of her savings, and she still "
                "thinks she delivered what the contract asked. But the court closes the "
                "case. She puts her notes on it in a box and goes back to work."
            ),
            event=_event(EventKind.PAYS_COURT_ORDER, "2017-08", Channel.COURT, amount=DEBT_YUAN),
        ),
        variants=(
            Variant(
                after=("court", "appeal"),
                beat=Beat(
                    title=_("An appeal"),
                    text=_(
                        "Li Jing appeals. She brings the publisher's emails, which praised "
                        "three of her five chapters. She pays a small court fee. While the "
                        "higher court looks at the case, nobody asks her for the money."
                    ),
                    event=_event(EventKind.APPEALS_JUDGMENT, "2017-08", Channel.COURT),
                ),
            ),
            Variant(
                after=("court", "refuse"),
                beat=Beat(
                    title=_("The deadline passes"),
                    text=_(
                        "The deadline to pay passes, and Li Jing sends nothing. As a reporter "
                        "she has read the court's rules. A person who is able to pay and "
                        "refuses can be put on its list of dishonest debtors. She decides "
                        "to wait and see."
                    ),
                    event=_event(EventKind.IGNORES_COURT_ORDER, "2017-08", Channel.COURT),
                ),
            ),
        ),
    ),
    Step(
        id="appeal-decided",
        when="2017-10",
        title=_("The appeal is decided"),
        only_after=("court", "appeal"),
        beat=Beat(
            text=_(
                "The higher court reads the emails. It finds that the publisher kept part "
                "of her work, and it lowers the sum to 12,000 yuan. Li Jing pays it the same "
                "week, and the case is closed."
            ),
            event=_event(EventKind.PAYS_COURT_ORDER, "2017-10", Channel.COURT, amount=REDUCED_DEBT_YUAN),
        ),
    ),
    Step(
        id="phone-bill",
        when="2017-11",
        title=_("The phone bill"),
        beat=Beat(
            text=_(
                "Li Jing pays her phone bill in cash at the phone company's counter, as "
                "always. A friend says that paying bills in Alipay raises a Sesame score. "
                "Li Jing reads what has been published. Sesame names five factors, one of "
                "them paying bills on time. It has never published a formula."
            ),
            event=_event(EventKind.PAYS_BILLS_ON_TIME, "2017-11", Channel.NONE),
        ),
        variants=(
            Variant(
                after=("court", "refuse"),
                beat=Beat(
                    title=_("A message before the ringing"),
                    text=_(
                        "Li Jing is paying her phone bill at the counter when her editor "
                        "calls. Before her phone rang, he says, he heard a recorded message. "
                        "It said she is on the court's list and should pay. Everyone who "
                        "calls her hears it. Online, she finds her name on the list."
                    ),
                    event=_event(EventKind.PAYS_BILLS_ON_TIME, "2017-11", Channel.NONE),
                ),
            ),
        ),
        choice=BILLS_CHOICE,
    ),
    Step(
        id="bills",
        when="2018-01",
        title=_("Bills paid by the app"),
        beat=Beat(
            text=_(
                "Li Jing links her phone and power bills to Alipay. Each month the app pays "
                "them on the day they are due. It saves her the queue at the counter, and "
                "the payments now pass through Sesame's data."
            ),
            event=_event(EventKind.PAYS_BILLS_ON_TIME, "2018-01", Channel.ALIPAY),
        ),
        variants=(
            Variant(
                after=("bills", "counter"),
                beat=Beat(
                    title=_("Bills at the counter"),
                    text=_(
                        "Li Jing keeps paying her phone and power bills in cash at the "
                        "counters. The queues are slow in winter. The bills are paid on "
                        "time, as before, but no app records them."
                    ),
                    event=_event(EventKind.PAYS_BILLS_ON_TIME, "2018-01", Channel.NONE),
                ),
            ),
        ),
    ),
    Step(
        id="new-flat",
        when="2018-03",
        title=_("A flat of her own"),
        beat=Beat(
            text=_(
                "Li Jing's lease ends. She finds a one-room flat near the old city on a "
                "rental service inside Alipay. Some landlords there ask for no deposit if "
                "the tenant's Sesame score is high enough."
            ),
            event=_event(EventKind.RENTS_FLAT, "2018-03", Channel.ALIPAY),
        ),
    ),
    Step(
        id="beijing",
        when="2018-07",
        title=_("An interview in Beijing"),
        beat=Beat(
            text=_(
                "A Beijing magazine asks Li Jing to interview a museum curator. She books a "
                "plane ticket online, and the booking goes through. She flies up in the "
                "morning, records two hours of interview, and is home by night."
            ),
            event=_event(EventKind.BOOKS_FLIGHT, "2018-07", Channel.AIRLINE_BOOKING),
        ),
        variants=(
            Variant(
                after=("court", "refuse"),
                beat=Beat(
                    title=_("Not qualified"),
                    text=_(
                        "A Beijing magazine asks Li Jing to interview a museum curator. She "
                        "tries to book a plane ticket online. The system says she is not "
                        "qualified. Ticket sellers check two lists. She is not on the one "
                        "for unruly passengers, but she is on the court's."
                    ),
                    event=_event(EventKind.BOOKS_FLIGHT, "2018-07", Channel.AIRLINE_BOOKING),
                ),
            ),
        ),
    ),
    Step(
        id="the-rules",
        when="2018-07",
        title=_("Reading the rules"),
        only_after=("court", "refuse"),
        beat=Beat(
            text=_(
                "Li Jing reads the Supreme People's Court's rules on high spending. "
                "Listed people may not fly, take soft sleepers or ride high-speed trains. "
                "Ordinary trains are allowed. Rules shared with other agencies also bar her "
                "from leading a company. She tries a high-speed train ticket anyway. It is refused."
            ),
            event=_event(EventKind.BOOKS_FAST_TRAIN, "2018-07", Channel.RAIL_BOOKING),
        ),
        choice=TRAIN_CHOICE,
    ),
    Step(
        id="after-the-rules",
        when="2018-07",
        title=_("Off the list"),
        only_after=("court", "refuse"),
        beat=Beat(
            text=_(
                "Li Jing pays the 20,000 yuan. Within days her name is taken off the court's "
                "list. Callers no longer hear the recorded message, and the travel bans "
                "end. The curator agrees to wait, and she flies to Beijing a week late."
            ),
            event=_event(EventKind.PAYS_COURT_ORDER, "2018-07", Channel.COURT, amount=DEBT_YUAN),
        ),
        variants=(
            Variant(
                after=("trip", "slow-train"),
                beat=Beat(
                    title=_("The slow train"),
                    text=_(
                        "Li Jing keeps refusing. She books an ordinary overnight train to "
                        "Beijing, which the court's rules do not bar. The ride takes most of "
                        "the night. She stays on the list, callers still hear the message, "
                        "and the debt stays unpaid."
                    ),
                    event=_event(EventKind.BOOKS_ORDINARY_TRAIN, "2018-07", Channel.RAIL_BOOKING),
                ),
            ),
        ),
    ),
)

LI_JING = Persona(
    slug="li-jing",
    name=_("Li Jing"),
    name_zh="李静",
    tagline=_("A freelance journalist in Zhengzhou who loses a case over a book."),
    introduction=_(
        "Li Jing is not a real person. She is 32 and has lived in Zhengzhou, the capital "
        "of Henan province, for ten years. She writes for newspapers and websites, "
        "mostly about museums and local history. She pays some bills in Alipay, where "
        "she has switched Sesame Credit on."
    ),
    profile=Profile(home_city=CITY, years_resident=10, age=32, opted_in=frozenset({"sesame"})),
    steps=STEPS,
    questions=(
        _(
            "If Li Jing refuses to pay because she thinks the publisher is in the wrong, should "
            "a list treat her the same as someone who hides from a debt?"
        ),
        _(
            "On one path, everyone who phones Li Jing hears that she has not paid. Who should be "
            "told when a person owes money: a bank, an airline, a caller?"
        ),
        _(
            "Many countries have no-fly lists, usually for safety. On one path, Li Jing's ban "
            "comes from an unpaid debt. Should a debt, a bad credit score or a low app rating "
            "ever stop someone from travelling?"
        ),
    ),
)
