"""Claire Dawson: a fictional website and customer-service manager in Leeds, 2018.

She works for a small, invented British charter airline that flies tour groups to
China. In the spring of that year China's aviation regulator wrote to dozens of foreign airlines about how
their websites named Taiwan; in her story, her airline gets a letter like theirs. The
sources document the letters and the threat of a record of "serious dishonesty"; none
shows that any airline was recorded. At home, a British credit check tracks her bills
and a car loan, and apps rate her as a seller and a passenger. Every sum of money in
her story is illustrative.
"""

from scenarios.engine import Business, BusinessKind, Channel, Event, EventKind, Month, Profile
from scenarios.i18n import _
from scenarios.storyline import Beat, Choice, Epilogue, Option, Persona, Step, Variant

CITY = "Leeds"
COUNTRY = "United Kingdom"


def _event(kind: EventKind, when: Month, *channels: Channel, city: str = CITY) -> Event:
    # Sums in pounds appear only in the text: an event's amount is in yuan.
    return Event(kind=kind, city=city, when=when, channels=frozenset(channels))


WEBSITE_CHOICE = Choice(
    id="website",
    question=_("What does the airline do about its country menu?"),
    options=(
        Option(id="change", label=_("Change the menu before the deadline, as the letter asks.")),
        Option(id="keep", label=_("Leave the menu as it is.")),
    ),
)

REPAY_CHOICE = Choice(
    id="repay",
    question=_("What does Claire do in September?"),
    options=(
        Option(id="pay", label=_("Pay the loan on time, and wait a month for the boiler.")),
        Option(id="miss", label=_("Fix the boiler now, and miss one loan repayment.")),
    ),
)

STEPS = (
    Step(
        id="bills",
        when=Month(2018, 1),
        title=_("Bills on time"),
        beat=Beat(
            text=_(
                "Claire Dawson runs the website and the customer desk of Dalesway Air "
                "Charter, a small airline at Leeds Bradford Airport. It flies tour groups to "
                "China twice a month. At home, Claire pays her bills and a small car loan by "
                "direct debit, always on time."
            ),
            event=_event(EventKind.PAYS_BILLS_ON_TIME, Month(2018, 1), Channel.BANK),
        ),
    ),
    Step(
        id="old-sofa",
        when=Month(2018, 2),
        title=_("An old sofa"),
        beat=Beat(
            text=_(
                "Claire sells her old sofa on a marketplace app for 60 pounds. The buyer "
                "collects it in a van the next day. Afterwards, the app asks the buyer to rate "
                "Claire as a seller. Her ratings stay with the company that runs the app."
            ),
            event=_event(EventKind.SELLS_ONLINE, Month(2018, 2), Channel.ONLINE_MARKETPLACE),
        ),
    ),
    Step(
        id="letter",
        when=Month(2018, 4),
        title=_("A letter from Beijing"),
        beat=Beat(
            text=_(
                "That spring, China's aviation regulator wrote to dozens of foreign airlines about "
                "their websites. In this story, Dalesway gets a letter like theirs. Its "
                "country menu lists Taiwan separately from China. The letter asks for a change "
                "by late May. If not, it warns, the regulator will record the company's \"serious "
                'dishonesty".'
            ),
            event=_event(
                EventKind.AIRLINE_LISTS_TAIWAN_AS_COUNTRY, Month(2018, 4), Channel.AVIATION_AUTHORITY
            ),
        ),
        choice=WEBSITE_CHOICE,
    ),
    Step(
        id="late-nights",
        when=Month(2018, 5),
        title=_("A new menu"),
        beat=Beat(
            text=_(
                "The owner decides to change the menu: the China flights are half the "
                "airline's work. Claire works late for a week. The menu now lists Taiwan as "
                "the letter asked. A few customers email to ask why, and she answers each one. "
                "At midnight she books a ride-hailing car home. She and the driver rate each "
                "other."
            ),
            event=_event(EventKind.RIDES_HAILED_CAR, Month(2018, 5), Channel.RIDE_HAILING_APP),
        ),
        variants=(
            Variant(
                after=("website", "keep"),
                beat=Beat(
                    title=_("The menu stays"),
                    text=_(
                        "The owner decides to leave the menu as it is. He says the website is "
                        "the airline's own business. Claire writes a polite reply to the "
                        "regulator for him. She works late on the summer timetable, then "
                        "books a ride-hailing car home. She and the driver rate each other."
                    ),
                    event=_event(EventKind.RIDES_HAILED_CAR, Month(2018, 5), Channel.RIDE_HAILING_APP),
                ),
            ),
        ),
    ),
    Step(
        id="after-the-deadline",
        when=Month(2018, 6),
        title=_("After the deadline"),
        only_after=("website", "keep"),
        beat=Beat(
            text=_(
                "The deadline passes, and the menu still lists Taiwan separately from China. "
                "In this story, the regulator does what the letter warned. It records the "
                'airline\'s "serious dishonesty". This part is imagined. The sources document '
                "the letters and the threat. No source shows that any airline was actually "
                "recorded."
            ),
            event=_event(
                EventKind.AIRLINE_LISTS_TAIWAN_AS_COUNTRY, Month(2018, 6), Channel.AVIATION_AUTHORITY
            ),
        ),
    ),
    Step(
        id="tickets",
        when=Month(2018, 7),
        title=_("Tickets to Chengdu"),
        beat=Beat(
            text=_(
                "Claire's husband, Wei, grew up in Chengdu, and his parents still live there. "
                "The couple book October flights with a Chinese airline, via Beijing. Since "
                "June, airlines in China check a new list of passengers barred from flying. "
                "Neither of them is on it."
            ),
            event=_event(EventKind.BOOKS_FLIGHT, Month(2018, 7), Channel.AIRLINE_BOOKING),
        ),
        variants=(
            Variant(
                after=("website", "keep"),
                beat=Beat(
                    text=_(
                        "Claire's husband, Wei, grew up in Chengdu. The couple book October "
                        "flights with a Chinese airline, via Beijing. Since June, airlines in "
                        "China check a new list of passengers barred from flying. Neither of "
                        "them is on it. The record is the airline's, not Claire's."
                    ),
                    event=_event(EventKind.BOOKS_FLIGHT, Month(2018, 7), Channel.AIRLINE_BOOKING),
                ),
            ),
        ),
    ),
    Step(
        id="boiler",
        when=Month(2018, 8),
        title=_("A broken boiler"),
        beat=Beat(
            text=_(
                "Claire pays the August bills on time, as always. Then the boiler breaks, and "
                "the repair will cost 900 pounds. The next car loan repayment, 250 pounds, is "
                "due in September. With the flights already paid, there is not enough money "
                "for both."
            ),
            event=_event(EventKind.PAYS_BILLS_ON_TIME, Month(2018, 8), Channel.BANK),
        ),
        choice=REPAY_CHOICE,
    ),
    Step(
        id="repayment",
        when=Month(2018, 9),
        title=_("The September repayment"),
        beat=Beat(
            text=_(
                "Claire pays the 250 pounds on the due date. For three weeks, she and Wei "
                "boil kettles for hot water and wear jumpers indoors. The boiler is mended in "
                "October. Her credit file shows every payment made on time."
            ),
            event=_event(EventKind.PAYS_BILLS_ON_TIME, Month(2018, 9), Channel.BANK),
        ),
        variants=(
            Variant(
                after=("repay", "miss"),
                beat=Beat(
                    title=_("A missed repayment"),
                    text=_(
                        "Claire has the boiler mended and misses the September repayment. "
                        "The lender charges a late fee and reports the missed payment. It now "
                        "sits on her credit file, held by data brokers such as Experian. "
                        "Lenders who run a credit check will see it."
                    ),
                    event=_event(EventKind.MISSES_LOAN_REPAYMENT, Month(2018, 9), Channel.BANK),
                ),
            ),
        ),
    ),
    Step(
        id="chengdu",
        when=Month(2018, 10),
        title=_("A train in Sichuan"),
        beat=Beat(
            text=_(
                "In Chengdu, Wei's parents take them on a high-speed train to see the Giant "
                "Buddha at Leshan. At the station, staff check each ticket against a passport. "
                "Wei's mother pays for everything with her phone. Claire has no Chinese bank "
                "account, so she pays in cash."
            ),
            event=_event(EventKind.BOOKS_FAST_TRAIN, Month(2018, 10), Channel.RAIL_BOOKING, city="Chengdu"),
        ),
    ),
    Step(
        id="back-home",
        when=Month(2018, 11),
        title=_("Back in Leeds"),
        beat=Beat(
            text=_(
                "Back in Leeds, Claire pays the November bills and the car loan on time. Her "
                "credit file shows no missed payments. She and Wei start to save for a deposit "
                "on a house. A mortgage lender will check her file when they apply."
            ),
            event=_event(EventKind.PAYS_BILLS_ON_TIME, Month(2018, 11), Channel.BANK),
        ),
        variants=(
            Variant(
                after=("repay", "miss"),
                beat=Beat(
                    text=_(
                        "Back in Leeds, Claire pays the November bills and the car loan on "
                        "time. But September's missed payment stays on her credit file. She "
                        "and Wei start to save for a deposit on a house. A mortgage lender "
                        "will see the missed payment when they apply."
                    ),
                    event=_event(EventKind.PAYS_BILLS_ON_TIME, Month(2018, 11), Channel.BANK),
                ),
            ),
        ),
    ),
)

EPILOGUES = (
    Epilogue(
        after=(("website", "keep"), ("repay", "miss")),
        text=_(
            "Claire's year left two records in two countries. In this story, China's "
            'regulator records her airline\'s "serious dishonesty", though no source shows '
            "that it happened to any real airline. At home, one missed car payment sits on "
            "her credit file, and the mortgage lender will see it."
        ),
    ),
    Epilogue(
        after=(("website", "keep"),),
        text=_(
            "Claire's year left one record, and it was her airline's, not hers. In this "
            "story, China's regulator records the airline's \"serious dishonesty\", though no "
            "source shows that it happened to any real airline. At home, her credit file "
            "shows every payment on time, after three weeks of boiling kettles."
        ),
    ),
    Epilogue(
        after=(("repay", "miss"),),
        text=_(
            "The airline changed its menu before the deadline, and no record was made "
            "of it. At home, one missed car payment sits on Claire's credit file, and the "
            "mortgage lender will see it. Neither record touched the family's trip to "
            "Chengdu."
        ),
    ),
    Epilogue(
        after=(),
        text=_(
            "The airline changed its menu before the deadline, and no record was made "
            "of it. At home, Claire's credit file shows every payment on time, after three "
            "weeks of boiling kettles. Nothing in either country stood between the couple and "
            "Chengdu."
        ),
    ),
)


CLAIRE_DAWSON = Persona(
    slug="claire-dawson",
    name=_("Claire Dawson"),
    name_zh="",
    tagline=_("She runs the website of a small airline in Leeds that flies to China."),
    introduction=_(
        "Claire Dawson is not a real person, and Dalesway Air Charter is not a real airline. "
        "She is 36 and has lived in Leeds, in the north of England, for ten years. She "
        "manages the website and the customer desk of a small charter airline that flies "
        "tour groups to China. Her husband's parents live in Chengdu."
    ),
    profile=Profile(
        home_city=CITY,
        years_resident=10,
        age=36,
        country=COUNTRY,
        business=Business(name=_("Dalesway Air Charter"), kind=BusinessKind.FOREIGN_AIRLINE),
    ),
    steps=STEPS,
    epilogues=EPILOGUES,
    questions=(
        _(
            "Who should decide what an airline's website says: the airline, its customers, "
            "or the countries it flies to?"
        ),
        _(
            "Claire's missed payment sits on a British credit file, and the airline's letter "
            "threatened a Chinese credit record. How are the two records alike, and how are "
            "they different?"
        ),
        _(
            "Buyers and drivers rate Claire in apps. Would you mind if a bank or a government "
            "could see those ratings? Why?"
        ),
    ),
)
