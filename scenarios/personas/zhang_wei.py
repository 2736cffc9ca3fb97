"""Zhang Wei: a fictional vegetable farmer in Suining county, Jiangsu, in 2010.

The county rated its residents with points in 2010, the year the reports describe.
He takes his first bank loan, so the central bank's credit report sees what his
lender reports, and the county's rating counts a missed repayment against him and
registered volunteering for him. Every sum of money in his story is illustrative.
"""

from scenarios.engine import Channel, Event, EventKind, Month, Profile
from scenarios.i18n import _
from scenarios.storyline import Beat, Choice, Epilogue, Option, Persona, Step, Variant

CITY = "Suining"
LOAN_YUAN = 20000
INSTALMENT_YUAN = 1000


def _event(kind: EventKind, when: Month, *channels: Channel, amount: int = 0, city: str = CITY) -> Event:
    return Event(kind=kind, city=city, when=when, channels=frozenset(channels), amount_yuan=amount)


LOAN_CHOICE = Choice(
    id="repayment",
    question=_("What does Zhang Wei do about May's repayment?"),
    options=(
        Option(id="miss", label=_("Miss it, and pay when the cucumbers sell.")),
        Option(id="borrow", label=_("Borrow 2,000 yuan from his sister to pay May and June on time.")),
    ),
)

DEED_CHOICE = Choice(
    id="ditches",
    question=_("The village asks for volunteers. What does Zhang Wei do?"),
    options=(
        Option(id="volunteer", label=_("Join the volunteers. Their names go in the county's register.")),
        Option(id="crops", label=_("Stay with his crops: the harvest cannot wait.")),
    ),
)

STEPS = (
    Step(
        id="first-loan",
        when=Month(2010, 1),
        title=_("A loan for a greenhouse"),
        beat=Beat(
            text=_(
                "Zhang Wei grows vegetables on a small plot in Suining county. He wants a "
                "plastic greenhouse for early cucumbers, so he asks a rural bank for 20,000 "
                "yuan. The loan officer checks the central bank's credit report. His file is "
                "almost empty: he has never borrowed from a bank. The loan is approved."
            ),
            event=_event(EventKind.APPLIES_FOR_LOAN, Month(2010, 1), Channel.BANK, amount=LOAN_YUAN),
        ),
    ),
    Step(
        id="the-rating",
        when=Month(2010, 2),
        title=_("Points for every resident"),
        beat=Beat(
            text=_(
                "At a village meeting, the committee explains something new. Since January "
                "the county rates every resident against a full score of a thousand points, "
                "with a grade from A to D. A late power bill can cost points, and so can a missed "
                "loan repayment. Volunteering can add points. Afterwards Zhang Wei pays his "
                "power bill in cash."
            ),
            event=_event(EventKind.PAYS_BILLS_ON_TIME, Month(2010, 2), Channel.NONE),
        ),
    ),
    Step(
        id="first-list",
        when=Month(2010, 3),
        title=_("Names in the paper"),
        beat=Beat(
            text=_(
                "Twice a week Zhang Wei goes to a free evening class on growing vegetables "
                "under plastic. In March the talk there is of the county's first list. "
                "Names, addresses and points are printed in the local paper and put online. "
                "A national newspaper reports that internet users and legal experts object."
            ),
            event=_event(EventKind.TAKES_EVENING_CLASS, Month(2010, 3), Channel.NONE),
        ),
    ),
    Step(
        id="hospital",
        when=Month(2010, 4),
        title=_("A hospital bill"),
        beat=Beat(
            text=_(
                "Zhang Wei pays April's instalment of 1,000 yuan on time. Then his mother "
                "spends a week in the county hospital with pneumonia. The bill takes the "
                "rest of his savings. The cucumbers will not sell until June, and May's "
                "instalment is due in three weeks."
            ),
            event=_event(EventKind.PAYS_BILLS_ON_TIME, Month(2010, 4), Channel.BANK, amount=INSTALMENT_YUAN),
        ),
        choice=LOAN_CHOICE,
    ),
    Step(
        id="may",
        when=Month(2010, 5),
        title=_("A missed payment"),
        beat=Beat(
            text=_(
                "Zhang Wei misses May's repayment. The bank reports it to the central bank's "
                "credit reference center, and a negative entry goes on his file. The county "
                "counts a missed loan repayment as a misdeed. It takes points off his rating."
            ),
            event=_event(
                EventKind.MISSES_LOAN_REPAYMENT, Month(2010, 5), Channel.BANK, amount=INSTALMENT_YUAN
            ),
        ),
        variants=(
            Variant(
                after=("repayment", "borrow"),
                beat=Beat(
                    title=_("Help from his sister"),
                    text=_(
                        "His sister runs a noodle stall in the county town. She lends him "
                        "2,000 yuan and asks for no interest. Zhang Wei pays May's instalment "
                        "on the day it is due. The loan from his sister leaves no record "
                        "anywhere."
                    ),
                    event=_event(
                        EventKind.PAYS_BILLS_ON_TIME, Month(2010, 5), Channel.BANK, amount=INSTALMENT_YUAN
                    ),
                ),
            ),
        ),
    ),
    Step(
        id="june",
        when=Month(2010, 6),
        title=_("Another missed payment"),
        beat=Beat(
            text=_(
                "The first cucumbers sell slowly, and Zhang Wei misses June's repayment too. A second "
                "entry goes on his bank file. A neighbour shows him the county's latest list "
                "in the paper. His name is there, with the points he lost. The village "
                "committee asks for volunteers to clear the ditches before the summer rains."
            ),
            event=_event(
                EventKind.MISSES_LOAN_REPAYMENT, Month(2010, 6), Channel.BANK, amount=INSTALMENT_YUAN
            ),
        ),
        variants=(
            Variant(
                after=("repayment", "borrow"),
                beat=Beat(
                    title=_("The first harvest"),
                    text=_(
                        "Zhang Wei pays June's instalment with the rest of his sister's money. "
                        "The first cucumbers sell well at the market, and he pays his sister "
                        "back. The village committee asks for volunteers to clear the ditches "
                        "before the summer rains."
                    ),
                    event=_event(
                        EventKind.PAYS_BILLS_ON_TIME, Month(2010, 6), Channel.BANK, amount=INSTALMENT_YUAN
                    ),
                ),
            ),
        ),
        choice=DEED_CHOICE,
    ),
    Step(
        id="ditches",
        when=Month(2010, 7),
        title=_("Clearing the ditches"),
        beat=Beat(
            text=_(
                "For three days Zhang Wei clears mud and weeds from the village ditches with "
                "a dozen neighbours. A committee member writes each volunteer's name in the "
                "county's register. The county counts volunteering as a good deed and adds "
                "points."
            ),
            event=_event(EventKind.VOLUNTEERS, Month(2010, 7), Channel.CITY_VOLUNTEER_REGISTER),
        ),
        variants=(
            Variant(
                after=("ditches", "crops"),
                beat=Beat(
                    title=_("Cucumbers first"),
                    text=_(
                        "Zhang Wei picks cucumbers from dawn to dark while others clear the "
                        "ditches. One evening he helps an old neighbour mend a leaking roof. "
                        "It takes three hours. Nobody writes it down, so the county's rating "
                        "never learns of it."
                    ),
                    event=_event(EventKind.VOLUNTEERS, Month(2010, 7), Channel.NONE),
                ),
            ),
        ),
    ),
    Step(
        id="autumn",
        when=Month(2010, 9),
        title=_("Catching up"),
        beat=Beat(
            text=_(
                "By September the summer cucumbers have sold. Zhang Wei has paid the two missed "
                "instalments, and he pays September's on time. The bank is satisfied. But the two "
                "missed payments stay on his credit file for years. On the county's list, the "
                "points he lost stay lost."
            ),
            event=_event(EventKind.PAYS_BILLS_ON_TIME, Month(2010, 9), Channel.BANK, amount=INSTALMENT_YUAN),
        ),
        variants=(
            Variant(
                after=("repayment", "borrow"),
                beat=Beat(
                    title=_("Paid on time"),
                    text=_(
                        "Zhang Wei pays September's instalment on time, as he has every month "
                        "so far. The summer harvest was good. In the evenings he starts to "
                        "sketch a second greenhouse for next spring."
                    ),
                    event=_event(
                        EventKind.PAYS_BILLS_ON_TIME, Month(2010, 9), Channel.BANK, amount=INSTALMENT_YUAN
                    ),
                ),
            ),
        ),
    ),
    Step(
        id="second-loan",
        when=Month(2010, 11),
        title=_("A second greenhouse"),
        beat=Beat(
            text=_(
                "Zhang Wei asks the rural bank for a second loan, for a greenhouse next "
                "spring. The loan officer checks his credit report again. It shows two "
                "missed repayments. She asks him what happened, writes down his answer, and "
                "says the bank will decide."
            ),
            event=_event(EventKind.APPLIES_FOR_LOAN, Month(2010, 11), Channel.BANK, amount=LOAN_YUAN),
        ),
        variants=(
            Variant(
                after=("repayment", "borrow"),
                beat=Beat(
                    text=_(
                        "Zhang Wei asks the rural bank for a second loan, for a greenhouse "
                        "next spring. The loan officer checks his credit report again. It "
                        "shows his first loan, paid on time every month. She says the answer "
                        "should come within a week."
                    ),
                    event=_event(EventKind.APPLIES_FOR_LOAN, Month(2010, 11), Channel.BANK, amount=LOAN_YUAN),
                ),
            ),
        ),
    ),
)

EPILOGUES = (
    Epilogue(
        after=(("repayment", "miss"), ("ditches", "volunteer")),
        text=_(
            "A hospital bill, not carelessness, cost Zhang Wei two missed repayments. They "
            "stay on his bank file for years, and his name and lost points were printed in "
            "the local paper. Three days in the ditches won some points back. The bank is "
            "still deciding on his second loan."
        ),
    ),
    Epilogue(
        after=(("repayment", "miss"),),
        text=_(
            "A hospital bill, not carelessness, cost Zhang Wei two missed repayments. They "
            "stay on his bank file for years, and his name and lost points were printed in "
            "the local paper. The roof he mended for a neighbour counted for nothing. The "
            "bank is still deciding on his second loan."
        ),
    ),
    Epilogue(
        after=(("ditches", "volunteer"),),
        text=_(
            "His sister's loan, which no record shows, kept Zhang Wei's bank file clean. The "
            "county added points for his days in the ditches. The answer on his second loan "
            "should come within a week, and he is already sketching the greenhouse."
        ),
    ),
    Epilogue(
        after=(),
        text=_(
            "His sister's loan, which no record shows, kept Zhang Wei's bank file clean. The "
            "roof he mended for a neighbour counted for nothing on the county's list, because "
            "nobody wrote it down. The answer on his second loan should come within a week."
        ),
    ),
)


ZHANG_WEI = Persona(
    slug="zhang-wei",
    name=_("Zhang Wei"),
    name_zh="张伟",
    tagline=_("A vegetable farmer in Suining county with his first bank loan."),
    introduction=_(
        "Zhang Wei is not a real person. He is 46 and grows vegetables in Suining, a "
        "rural county in northern Jiangsu, where he has lived all his life. One of the "
        "articles this exhibit starts from says that some early pilots were creating a "
        "rural social credit system, where most people had no bank records. It names no "
        "county. Zhang Wei has almost no bank record himself."
    ),
    profile=Profile(home_city=CITY, years_resident=46, age=46),
    steps=STEPS,
    epilogues=EPILOGUES,
    questions=(
        _(
            "If Zhang Wei misses his payments, they go on two records: the bank's and the "
            "county's. Is a late loan payment a question of money, or of honesty?"
        ),
        _(
            "The county counted volunteering written in a register, but not help given "
            "quietly to a neighbour. Can a points system count kindness fairly?"
        ),
        _(
            "Credit scores in many countries also remember missed payments for years. How "
            "is a bank's record different from a list of names and points printed in the "
            "local paper?"
        ),
    ),
)
