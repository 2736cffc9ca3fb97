"""Lin Xiaoyan: a fictional restaurant owner in Shenzhen, 2018.

She registers a small noodle restaurant, so her business gets a unified social credit
code, and its tax records and a food-safety fine are filed under it. A bank loan for
the kitchen puts her on the central bank's credit report, and a camera crossing in
Futian can show her face on a public screen. Every sum of money in her story is
illustrative.
"""

from scenarios.engine import Business, BusinessKind, Channel, Event, EventKind, Month, Profile
from scenarios.i18n import _
from scenarios.storyline import Beat, Choice, Epilogue, Option, Persona, Step, Variant

CITY = "Shenzhen"
LOAN_YUAN = 80000
REPAYMENT_YUAN = 2500
FINE_YUAN = 5000
SECOND_LOAN_YUAN = 150000


def _event(kind: EventKind, when: Month, *channels: Channel, amount: int = 0, city: str = CITY) -> Event:
    return Event(kind=kind, city=city, when=when, channels=frozenset(channels), amount_yuan=amount)


CROSSING_CHOICE = Choice(
    id="crossing",
    question=_("What does Lin do at the red light?"),
    options=(
        Option(id="cross", label=_("Cross against the light. The road looks empty.")),
        Option(id="wait", label=_("Wait for the green light, and be late.")),
    ),
)

TAXES_CHOICE = Choice(
    id="taxes",
    question=_("What does Lin do about the taxes?"),
    options=(
        Option(id="on-time", label=_("File and pay the taxes before the deadline.")),
        Option(id="late", label=_("Put the taxes off for a few weeks and pay a late charge.")),
    ),
)

REPAY_CHOICE = Choice(
    id="repay",
    question=_("What does Lin pay first?"),
    options=(
        Option(id="pay", label=_("Pay the bank on time, from her own savings.")),
        Option(id="miss", label=_("Pay the cook and the rent, and miss one loan repayment.")),
    ),
)

STEPS = (
    Step(
        id="registration",
        when=Month(2018, 1),
        title=_("A licence and a code"),
        beat=Beat(
            text=_(
                "Lin Xiaoyan registers her noodle restaurant, Little Swallow Noodles, in "
                "Shenzhen. The market regulator gives the business a code of eighteen letters and "
                "digits. It replaces three older numbers for registration, tax and "
                "organisation. Records about the restaurant will be filed under it. Lin "
                "herself gets no code: she keeps her ID number."
            ),
            event=_event(EventKind.REGISTERS_BUSINESS, Month(2018, 1), Channel.MARKET_REGULATOR),
        ),
    ),
    Step(
        id="kitchen-loan",
        when=Month(2018, 2),
        title=_("A loan for the kitchen"),
        beat=Beat(
            text=_(
                "The kitchen needs a big gas stove and a cold room. Lin asks her bank for a "
                "loan of 80,000 yuan. Before deciding, the bank checks her report at the "
                "central bank's credit reference center. It shows no missed repayments. The "
                "bank lends her the money."
            ),
            event=_event(EventKind.APPLIES_FOR_LOAN, Month(2018, 2), Channel.BANK, amount=LOAN_YUAN),
        ),
    ),
    Step(
        id="rushed-morning",
        when=Month(2018, 3),
        title=_("A rushed morning"),
        beat=Beat(
            text=_(
                "It is opening week. On the bus, Lin pays the first loan repayment of 2,500 "
                "yuan in her bank's app. She is late for the vegetable delivery. At a busy "
                "crossing in Futian, the light is red. A camera and a large screen face the "
                "road."
            ),
            event=_event(EventKind.PAYS_BILLS_ON_TIME, Month(2018, 3), Channel.BANK, amount=REPAYMENT_YUAN),
        ),
        choice=CROSSING_CHOICE,
    ),
    Step(
        id="on-the-screen",
        when=Month(2018, 3),
        title=_("Her face on the screen"),
        only_after=("crossing", "cross"),
        beat=Beat(
            text=_(
                "Lin crosses on red. The camera photographs her, and face recognition finds "
                "her in police records. Soon her photo appears on the big screen, with her "
                "family name and part of her ID number. The police also list her on a webpage "
                "of recent jaywalkers. It is a display, not a score."
            ),
            event=_event(
                EventKind.JAYWALKS_AT_CAMERA, Month(2018, 3), Channel.FACE_CAMERA, Channel.TRAFFIC_POLICE
            ),
        ),
    ),
    Step(
        id="delivery-app",
        when=Month(2018, 4),
        title=_("Orders through an app"),
        beat=Beat(
            text=_(
                "Little Swallow joins a food-delivery app. After each order, customers rate "
                "the restaurant, much as buyers rate sellers on a marketplace app. The first "
                "quarter's taxes are due this month too. April is busy, and Lin is short of "
                "both time and cash."
            ),
            event=_event(EventKind.SELLS_ONLINE, Month(2018, 4), Channel.ONLINE_MARKETPLACE),
        ),
        choice=TAXES_CHOICE,
        variants=(
            Variant(
                after=("crossing", "wait"),
                beat=Beat(
                    text=_(
                        "That March morning, Lin waited for the green light, and no screen "
                        "showed her. In April, Little Swallow joins a food-delivery app. "
                        "After each order, customers rate the restaurant. The first quarter's "
                        "taxes are due this month too. Lin is short of both time and cash."
                    ),
                    event=_event(EventKind.SELLS_ONLINE, Month(2018, 4), Channel.ONLINE_MARKETPLACE),
                ),
            ),
        ),
    ),
    Step(
        id="taxes",
        when=Month(2018, 4),
        title=_("Taxes on time"),
        beat=Beat(
            text=_(
                "Lin files and pays the first quarter's taxes before the deadline. The tax "
                "office records them under the restaurant's code. In this story, paying on "
                "time puts Little Swallow on a tax red list. Such lists exist, but the "
                "sources found do not say how a business gets on one."
            ),
            event=_event(EventKind.PAYS_TAXES_ON_TIME, Month(2018, 4), Channel.TAX_AUTHORITY),
        ),
        variants=(
            Variant(
                after=("taxes", "late"),
                beat=Beat(
                    title=_("Taxes put off"),
                    text=_(
                        "Lin pays the April loan repayment on time and puts the taxes off. "
                        "She will file them three weeks late, with a small late charge. The "
                        "bank reports the repayment, as always. Little Swallow does not get "
                        "on a tax red list."
                    ),
                    event=_event(
                        EventKind.PAYS_BILLS_ON_TIME, Month(2018, 4), Channel.BANK, amount=REPAYMENT_YUAN
                    ),
                ),
            ),
        ),
    ),
    Step(
        id="inspection",
        when=Month(2018, 6),
        title=_("The food-safety inspector"),
        beat=Beat(
            text=_(
                "A food-safety inspector visits at lunchtime. She finds raw pork stored above "
                "cooked food in the cold room. The market regulator fines Little Swallow 5,000 "
                "yuan. Lin pays that week and moves the shelves. The penalty goes into the "
                "public credit database, under the restaurant's code. Anyone can look it up."
            ),
            event=_event(
                EventKind.FINED_BY_REGULATOR, Month(2018, 6), Channel.MARKET_REGULATOR, amount=FINE_YUAN
            ),
        ),
    ),
    Step(
        id="typhoon",
        when=Month(2018, 9),
        title=_("After the typhoon"),
        beat=Beat(
            text=_(
                "A typhoon closes Lin's street for three days, and takings fall. She still "
                "books high-speed train tickets to Changsha, to see her parents at the "
                "Mid-Autumn holiday. Then she counts the money. The October loan repayment is "
                "due, and so are the cook's wages and the rent."
            ),
            event=_event(EventKind.BOOKS_FAST_TRAIN, Month(2018, 9), Channel.RAIL_BOOKING),
        ),
        choice=REPAY_CHOICE,
    ),
    Step(
        id="october-repayment",
        when=Month(2018, 10),
        title=_("The October repayment"),
        beat=Beat(
            text=_(
                "Lin empties her savings account to pay the bank on time. The cook gets his "
                "wages too. The bank reports the repayment to the central bank. Her credit "
                "report still shows no missed repayments. For a few weeks, Lin eats every meal "
                "at her own restaurant to save money."
            ),
            event=_event(EventKind.PAYS_BILLS_ON_TIME, Month(2018, 10), Channel.BANK, amount=REPAYMENT_YUAN),
        ),
        variants=(
            Variant(
                after=("repay", "miss"),
                beat=Beat(
                    title=_("A missed repayment"),
                    text=_(
                        "Lin pays the cook and the rent, and the October repayment goes "
                        "unpaid. The bank reports it to the central bank. Her credit report "
                        "now shows a negative entry. Under the rules, such an entry is kept "
                        "for five years after the debt is paid, then deleted."
                    ),
                    event=_event(
                        EventKind.MISSES_LOAN_REPAYMENT, Month(2018, 10), Channel.BANK, amount=REPAYMENT_YUAN
                    ),
                ),
            ),
        ),
    ),
    Step(
        id="second-shop",
        when=Month(2018, 12),
        title=_("Plans for a second shop"),
        beat=Beat(
            text=_(
                "Business picks up again. Lin asks the bank for a second loan of 150,000 "
                "yuan, to open a second shop. The bank checks her credit report and finds no "
                "missed repayments. The June fine is still on the restaurant's public record, "
                "open to anyone who looks up its code."
            ),
            event=_event(EventKind.APPLIES_FOR_LOAN, Month(2018, 12), Channel.BANK, amount=SECOND_LOAN_YUAN),
        ),
        variants=(
            Variant(
                after=("repay", "miss"),
                beat=Beat(
                    title=_("A second loan, and a question"),
                    text=_(
                        "Business picks up again. Lin asks the bank for a second loan of "
                        "150,000 yuan, to open a second shop. The bank checks her credit "
                        "report and sees the missed October repayment. The loan officer asks "
                        "her about it. The sources do not say how much banks weigh such an "
                        "entry."
                    ),
                    event=_event(
                        EventKind.APPLIES_FOR_LOAN, Month(2018, 12), Channel.BANK, amount=SECOND_LOAN_YUAN
                    ),
                ),
            ),
        ),
    ),
)

EPILOGUES = (
    Epilogue(
        after=(("repay", "miss"), ("crossing", "cross")),
        text=_(
            "Little Swallow survived its first year, but Lin paid for the hard autumn on her "
            "own record. The missed repayment stays on her credit report for five years after "
            "she pays it, and the bank asked about it before the second loan. Her face was shown "
            "on a screen in Futian. The June fine stays on the restaurant's "
            "public record."
        ),
    ),
    Epilogue(
        after=(("repay", "miss"),),
        text=_(
            "Little Swallow survived its first year, but Lin paid for the hard autumn on her "
            "own record. The missed repayment stays on her credit report for five years after "
            "she pays it, and the bank asked about it before the second loan. The June fine "
            "stays on the restaurant's public record."
        ),
    ),
    Epilogue(
        after=(("crossing", "cross"),),
        text=_(
            "Lin paid every repayment on time, even when it emptied her savings, and her "
            "credit report stayed clean. Her face was shown on a screen in Futian. "
            "The June fine stays on the restaurant's public record, open to anyone who looks "
            "up its code."
        ),
    ),
    Epilogue(
        after=(),
        text=_(
            "Lin paid every repayment on time, even when it emptied her savings, and her "
            "credit report stayed clean. She waited for the green light, so no screen ever "
            "showed her face. The June fine stays on the restaurant's public record, open to "
            "anyone who looks up its code."
        ),
    ),
)


LIN_XIAOYAN = Persona(
    slug="lin-xiaoyan",
    name=_("Lin Xiaoyan"),
    name_zh="林晓燕",
    tagline=_("A noodle restaurant owner in Shenzhen with a new business licence."),
    introduction=_(
        "Lin Xiaoyan is not a real person, and Little Swallow Noodles is not a real "
        "restaurant. She is 41 and has lived in Shenzhen, a big city in Guangdong province, "
        "for fourteen years. Her parents live in Changsha. After years of cooking for "
        "others, she opens a small noodle restaurant of her own."
    ),
    profile=Profile(
        home_city=CITY,
        years_resident=14,
        age=41,
        business=Business(name=_("Little Swallow Noodles"), kind=BusinessKind.RESTAURANT),
    ),
    steps=STEPS,
    epilogues=EPILOGUES,
    questions=(
        _(
            "Anyone who has the restaurant's code can find its food-safety fine. Who gains "
            "from that record being public, and who might lose?"
        ),
        _(
            "The screen at the crossing showed Lin's face and part of her ID number. How is "
            "that different from a fine sent by post, and does the difference matter?"
        ),
        _(
            "Banks in many countries check a credit report before they lend. How long should "
            "one missed repayment stay on a person's record, and why?"
        ),
    ),
)
