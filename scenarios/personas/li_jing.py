"""Li Jing: a fictional freelance journalist in Zhengzhou, 2017-2018.

A small publisher wins a civil case against her over a book advance, so the court's
list, the Henan courts' phone messages to callers and joint punishment can all see
her if she refuses to pay. From June 2018 the air and rail passenger lists check her
bookings too. She has Sesame Credit switched on, and how she pays her bills decides
what it sees. Every sum of money in her story is illustrative.
"""

from scenarios.engine import Channel, Event, EventKind, Month, Profile
from scenarios.i18n import _
from scenarios.storyline import Beat, Choice, Epilogue, Option, Persona, Step, Variant

CITY = "Zhengzhou"
DEBT_YUAN = 20000
REDUCED_DEBT_YUAN = 12000


def _event(kind: EventKind, when: Month, *channels: Channel, amount: int = 0, city: str = CITY) -> Event:
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
    question=_("The interview is next week. What does Li Jing do?"),
    options=(
        Option(id="pay", label=_("Pay the 20,000 yuan to get off the list.")),
        Option(id="slow-train", label=_("Keep refusing, and take the slow overnight train.")),
    ),
)

STEPS = (
    Step(
        id="luoyang",
        when=Month(2017, 4),
        title=_("A story in Luoyang"),
        beat=Beat(
            text=_(
                "Li Jing is a freelance journalist. She writes for newspapers and websites "
                "across Henan. In April she buys a high-speed train ticket online and goes "
                "to Luoyang to report on the peony festival. The ride takes less than an hour."
            ),
            event=_event(EventKind.BOOKS_FAST_TRAIN, Month(2017, 4), Channel.RAIL_BOOKING),
        ),
    ),
    Step(
        id="broadband",
        when=Month(2017, 6),
        title=_("A bill in Alipay"),
        beat=Beat(
            text=_(
                "Li Jing pays her broadband bill in Alipay each month, always on time. She "
                "switched Sesame Credit on two years ago, when a friend showed her how. "
                "Her score is one more number she rarely checks."
            ),
            event=_event(EventKind.PAYS_BILLS_ON_TIME, Month(2017, 6), Channel.ALIPAY),
        ),
    ),
    Step(
        id="court-order",
        when=Month(2017, 7),
        title=_("A court orders her to pay"),
        beat=Beat(
            text=_(
                "In 2016 a small Zhengzhou publisher paid her an advance of 20,000 yuan "
                "for a guide to Henan's museums. Later it rejected her manuscript, saying it came in late, "
                "and sued for the money. The court rules for the publisher. Li Jing must "
                "return the 20,000 yuan. She has it saved."
            ),
            event=_event(EventKind.COURT_ORDERS_PAYMENT, Month(2017, 7), Channel.COURT, amount=DEBT_YUAN),
        ),
        choice=COURT_CHOICE,
    ),
    Step(
        id="after-the-order",
        when=Month(2017, 8),
        title=_("The case is closed"),
        beat=Beat(
            text=_(
                "Li Jing pays the 20,000 yuan. It is most of her savings, and she still "
                "thinks she delivered what the contract asked. But the court closes the "
                "case. She puts her notes on it in a box and goes back to work."
            ),
            event=_event(EventKind.PAYS_COURT_ORDER, Month(2017, 8), Channel.COURT, amount=DEBT_YUAN),
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
                    event=_event(EventKind.APPEALS_JUDGMENT, Month(2017, 8), Channel.COURT),
                ),
            ),
            Variant(
                after=("court", "refuse"),
                beat=Beat(
                    title=_("The deadline passes"),
                    text=_(
                        "The deadline passes, and Li Jing sends nothing. The court sends her a "
                        "notice to pay. She reads it and still refuses. A week later a written "
                        "decision arrives: because she is able to pay and will not, she is on "
                        "the court's list of dishonest debtors."
                    ),
                    event=_event(EventKind.IGNORES_COURT_ORDER, Month(2017, 8), Channel.COURT),
                ),
            ),
        ),
    ),
    Step(
        id="appeal-decided",
        when=Month(2017, 10),
        title=_("The appeal is decided"),
        only_after=("court", "appeal"),
        beat=Beat(
            text=_(
                "The higher court reads the emails. It finds that the publisher kept part "
                "of her work, and it lowers the sum to 12,000 yuan. Li Jing pays it the same "
                "week, and the case is closed."
            ),
            event=_event(
                EventKind.PAYS_COURT_ORDER, Month(2017, 10), Channel.COURT, amount=REDUCED_DEBT_YUAN
            ),
        ),
    ),
    Step(
        id="phone-bill",
        when=Month(2017, 11),
        title=_("The phone bill"),
        beat=Beat(
            text=_(
                "Li Jing pays her phone bill in cash at the phone company's counter, as "
                "always. A friend says that paying bills in Alipay raises a Sesame score. "
                "Li Jing reads what has been published. Sesame names five factors, one of "
                "them paying bills on time. It has never published a formula."
            ),
            event=_event(EventKind.PAYS_BILLS_ON_TIME, Month(2017, 11), Channel.NONE),
        ),
        variants=(
            Variant(
                after=("court", "refuse"),
                beat=Beat(
                    title=_("A message before the ringing"),
                    text=_(
                        "Li Jing is paying her phone bill at the counter when her editor "
                        "calls. Before her phone rang, he says, he heard a recorded message: "
                        "she is on the court's list and should pay. Every caller hears it, "
                        "from her mother to the people she interviews."
                    ),
                    event=_event(EventKind.PAYS_BILLS_ON_TIME, Month(2017, 11), Channel.NONE),
                ),
            ),
        ),
        choice=BILLS_CHOICE,
    ),
    Step(
        id="bills",
        when=Month(2018, 1),
        title=_("Bills paid by the app"),
        beat=Beat(
            text=_(
                "Li Jing links her phone and power bills to Alipay. Each month the app pays "
                "them on the day they are due. It saves her the queue at the counter. Now "
                "Sesame sees every payment, and her score rises a little."
            ),
            event=_event(EventKind.PAYS_BILLS_ON_TIME, Month(2018, 1), Channel.ALIPAY),
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
                    event=_event(EventKind.PAYS_BILLS_ON_TIME, Month(2018, 1), Channel.NONE),
                ),
            ),
        ),
    ),
    Step(
        id="new-flat",
        when=Month(2018, 3),
        title=_("A flat of her own"),
        beat=Beat(
            text=_(
                "Li Jing's lease ends. She finds a one-room flat near the old city on a "
                "rental service inside Alipay. The landlord asks no deposit if the tenant's "
                "Sesame score is high enough. Her bills in Alipay have lifted her score past "
                "his line, so she pays none."
            ),
            event=_event(EventKind.RENTS_FLAT, Month(2018, 3), Channel.ALIPAY),
        ),
        variants=(
            Variant(
                after=("court", "refuse"),
                beat=Beat(
                    text=_(
                        "Li Jing's lease ends. She finds a one-room flat near the old city on "
                        "a rental service inside Alipay. The landlord asks no deposit if the "
                        "tenant's Sesame score is high enough. Her score fell when the court "
                        "listed her, so she pays two months' rent as a deposit."
                    ),
                    event=_event(EventKind.RENTS_FLAT, Month(2018, 3), Channel.ALIPAY),
                ),
            ),
            Variant(
                after=("bills", "counter"),
                beat=Beat(
                    text=_(
                        "Li Jing's lease ends. She finds a one-room flat near the old city on "
                        "a rental service inside Alipay. The landlord asks no deposit if the "
                        "tenant's Sesame score is high enough. Sesame never saw her bills paid "
                        "at the counter, so she pays two months' rent as a deposit."
                    ),
                    event=_event(EventKind.RENTS_FLAT, Month(2018, 3), Channel.ALIPAY),
                ),
            ),
        ),
    ),
    Step(
        id="the-rules",
        when=Month(2018, 6),
        title=_("A call from Beijing"),
        only_after=("court", "refuse"),
        beat=Beat(
            text=_(
                "A Beijing magazine's editor phones to offer an interview with a museum curator. "
                "He hears the court's message first and asks her about it. Li Jing reads the "
                "court's rules again. Listed people may not fly or ride high-speed trains. "
                "Ordinary trains are allowed. Paying in full ends the listing."
            ),
            event=_event(EventKind.IGNORES_COURT_ORDER, Month(2018, 6), Channel.COURT),
        ),
        choice=TRAIN_CHOICE,
    ),
    Step(
        id="after-the-rules",
        when=Month(2018, 7),
        title=_("Off the list"),
        only_after=("trip", "pay"),
        beat=Beat(
            text=_(
                "Li Jing pays the 20,000 yuan, still sure the publisher was wrong. Within days "
                "her name is taken off the court's list. The next time her mother phones, she "
                "hears only the ringing. The bans on flights and fast trains end, and so does "
                "the bar on leading a company."
            ),
            event=_event(EventKind.PAYS_COURT_ORDER, Month(2018, 7), Channel.COURT, amount=DEBT_YUAN),
        ),
    ),
    Step(
        id="beijing",
        when=Month(2018, 7),
        title=_("An interview in Beijing"),
        beat=Beat(
            text=_(
                "A Beijing magazine asks Li Jing to interview a museum curator. She books a "
                "plane ticket online, and the booking goes through. She flies up in the "
                "morning, records two hours of interview, and is home by night."
            ),
            event=_event(EventKind.BOOKS_FLIGHT, Month(2018, 7), Channel.AIRLINE_BOOKING),
        ),
        variants=(
            Variant(
                after=("trip", "slow-train"),
                beat=Beat(
                    title=_("The slow train"),
                    text=_(
                        "Li Jing keeps refusing. She books an ordinary overnight train to "
                        "Beijing, which the court's rules do not bar, and the ticket goes "
                        "through. She does the interview tired. Her name stays on the list, "
                        "and every caller still hears the message."
                    ),
                    event=_event(EventKind.BOOKS_ORDINARY_TRAIN, Month(2018, 7), Channel.RAIL_BOOKING),
                ),
            ),
            Variant(
                after=("trip", "pay"),
                beat=Beat(
                    text=_(
                        "Li Jing books a plane ticket to Beijing online, and this time nothing "
                        "stops the sale. She flies up in the morning, records two hours with the "
                        "curator, and is home by night. The editor says he will send her more work."
                    ),
                    event=_event(EventKind.BOOKS_FLIGHT, Month(2018, 7), Channel.AIRLINE_BOOKING),
                ),
            ),
        ),
    ),
)

EPILOGUES = (
    Epilogue(
        after=(("court", "refuse"), ("trip", "slow-train")),
        text=_(
            "Li Jing kept the 20,000 yuan and her belief that the publisher broke the contract. "
            "For a year, everyone who phoned her heard first that she was a debtor, and she never "
            "knew how many hung up. She travels by slow train, may not lead a company, and may "
            "not buy high-priced items on Taobao. The list will hold her until she pays or a "
            "court decides otherwise."
        ),
    ),
    Epilogue(
        after=(("court", "refuse"), ("trip", "pay")),
        text=_(
            "Li Jing paid the same 20,000 yuan in the end, eleven months late. For most of a "
            "year, every caller heard a message about her debt before her phone rang. Paying "
            "took her off the court's list, the message and the bans within days, but her Sesame "
            "score, cut when she was listed, stayed lower. Nothing on the list says she still "
            "thinks she was right."
        ),
    ),
    Epilogue(
        after=(("court", "appeal"),),
        text=_(
            "Li Jing's emails from the publisher cut the debt to 12,000 yuan. While the appeal "
            "was heard, nobody listed her, and no caller heard a word about it. She flew to "
            "Beijing for the interview like any other writer."
        ),
    ),
    Epilogue(
        after=(("court", "pay"),),
        text=_(
            "Li Jing paid 20,000 yuan she still thinks she did not owe, and the case closed. No "
            "list held her name, and her phone rang like anyone's. She flew to Beijing for the "
            "interview like any other writer."
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
    epilogues=EPILOGUES,
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
            "The message reached her mother and the people she interviews. Is making a debt "
            "known to every caller a fair way to make someone pay?"
        ),
    ),
)
