"""Shen Lan: a fictional young mother in Hangzhou, 2018 to early 2019.

She has Sesame Credit switched on in Alipay and counts on its perks, such as renting
a flat without a deposit. She lives in Zhejiang, where garbage-sorting violations go
on credit files from 2018, and a delayed holiday flight tests her patience in front
of a crew that reports to the air passenger list and the tourism authority. Her
Sesame score starts just below the reported line for deposit-free flats, so where she
buys nappies decides whether she pays a deposit. Every sum of money is illustrative.
"""

from scenarios.engine import Channel, Event, EventKind, Month, Profile
from scenarios.i18n import _
from scenarios.storyline import Beat, Choice, Epilogue, Option, Persona, Step, Variant

CITY = "Hangzhou"
HOLIDAY_CITY = "Sanya"


def _event(kind: EventKind, when: Month, *channels: Channel, amount: int = 0, city: str = CITY) -> Event:
    return Event(kind=kind, city=city, when=when, channels=frozenset(channels), amount_yuan=amount)


NAPPIES_CHOICE = Choice(
    id="nappies",
    question=_("The baby is due soon. Where will Shen Lan buy nappies?"),
    options=(
        Option(id="online", label=_("Order them online and pay with Alipay.")),
        Option(id="shop", label=_("Buy them at the small shop downstairs, in cash.")),
    ),
)

GARBAGE_CHOICE = Choice(
    id="garbage",
    question=_("What does the family do with their rubbish?"),
    options=(
        Option(id="sort", label=_("Sort it into the right bins, even when they are tired.")),
        Option(id="mix", label=_("Put it all in one bag, as they always have.")),
    ),
)

FLIGHT_CHOICE = Choice(
    id="flight",
    question=_("The plane has not moved for two hours. What does Shen Lan do?"),
    options=(
        Option(id="calm", label=_("Stay calm, and walk the baby up and down the aisle.")),
        Option(id="shout", label=_("Shout at the crew and refuse to sit down.")),
    ),
)

STEPS = (
    Step(
        id="bills",
        when=Month(2018, 1),
        title=_("Perks for a good score"),
        beat=Beat(
            text=_(
                "Shen Lan pays the family's phone and electricity bills in Alipay, always "
                "on time. Her Sesame score lets her check in to partner hotels without a "
                "deposit. Their lease ends in summer, and a baby is due in March. Some "
                "landlords in Alipay ask no deposit if your score is high enough."
            ),
            event=_event(EventKind.PAYS_BILLS_ON_TIME, Month(2018, 1), Channel.ALIPAY),
        ),
        choice=NAPPIES_CHOICE,
    ),
    Step(
        id="baby",
        when=Month(2018, 3),
        title=_("A baby boy"),
        beat=Beat(
            text=_(
                "Their son, Le Le, is born in March. Every week a box of nappies arrives "
                "from Taobao, paid in Alipay. The kitchen bin fills fast. Zhejiang's new "
                "rules ask every household to sort food waste, recyclables and other "
                "rubbish, and inspectors check the bins."
            ),
            event=_event(EventKind.BUYS_NAPPIES, Month(2018, 3), Channel.ALIPAY),
        ),
        variants=(
            Variant(
                after=("nappies", "shop"),
                beat=Beat(
                    text=_(
                        "Their son, Le Le, is born in March. Every week Shen Lan buys nappies "
                        "at the shop downstairs and pays the owner in cash. The kitchen bin "
                        "fills fast. Zhejiang's new rules ask every household to sort food "
                        "waste, recyclables and other rubbish, and inspectors check the bins."
                    ),
                    event=_event(EventKind.BUYS_NAPPIES, Month(2018, 3), Channel.NONE),
                ),
            ),
        ),
        choice=GARBAGE_CHOICE,
    ),
    Step(
        id="inspection",
        when=Month(2018, 5),
        title=_("The inspector's visit"),
        beat=Beat(
            text=_(
                "Every evening, her partner Wu Tao carries three small bags down: food "
                "waste, recyclables, and the rest, nappies included. When an inspector "
                "checks the building's bins in May, theirs are sorted. The rules say good "
                "sorting will be rewarded, but not how."
            ),
            event=_event(EventKind.SORTS_GARBAGE, Month(2018, 5), Channel.SANITATION_INSPECTOR),
        ),
        variants=(
            Variant(
                after=("garbage", "mix"),
                beat=Beat(
                    title=_("A note from the inspector"),
                    text=_(
                        "The family puts everything in one bag, as before. In May, an "
                        "inspector checks the building's bins and finds their mixed bag. "
                        "They are told to sort their rubbish properly. Under Zhejiang's "
                        "rules, the violation goes on Shen Lan's credit file."
                    ),
                    event=_event(
                        EventKind.LEAVES_GARBAGE_UNSORTED, Month(2018, 5), Channel.SANITATION_INSPECTOR
                    ),
                ),
            ),
        ),
    ),
    Step(
        id="sorting-now",
        when=Month(2018, 6),
        title=_("Sorting after all"),
        only_after=("garbage", "mix"),
        beat=Beat(
            text=_(
                "After the warning, the family starts sorting. Shen Lan puts three bins "
                "under the sink, and the next inspection finds nothing wrong. Nobody tells "
                "her whether the old note stays on her file, or for how long."
            ),
            event=_event(EventKind.SORTS_GARBAGE, Month(2018, 6), Channel.SANITATION_INSPECTOR),
        ),
    ),
    Step(
        id="new-flat",
        when=Month(2018, 7),
        title=_("A bigger flat, no deposit"),
        beat=Beat(
            text=_(
                "The lease ends, and the family needs more room. Shen Lan finds a flat on a "
                "rental service inside Alipay. Her Sesame score is above the landlord's "
                "line, so he asks for no deposit. The 3,000 yuan they had put aside for it "
                "buys a cot and a pram."
            ),
            event=_event(EventKind.RENTS_FLAT, Month(2018, 7), Channel.ALIPAY),
        ),
        variants=(
            Variant(
                after=("nappies", "shop"),
                beat=Beat(
                    title=_("A bigger flat, and a deposit"),
                    text=_(
                        "The lease ends, and the family needs more room. Shen Lan finds a "
                        "flat on a rental service inside Alipay. Her Sesame score is just "
                        "below the landlord's line. She pays a deposit of 3,000 yuan, two "
                        "months' rent. The cot and the pram will have to wait."
                    ),
                    event=_event(EventKind.RENTS_FLAT, Month(2018, 7), Channel.ALIPAY),
                ),
            ),
        ),
    ),
    Step(
        id="summer-bills",
        when=Month(2018, 8),
        title=_("Plans for a holiday"),
        beat=Beat(
            text=_(
                "Shen Lan pays the summer bills in Alipay on time, as always. She plans a "
                "family holiday for the October break: Sanya, on the island of Hainan, "
                "where her parents will meet them. Le Le will see the sea for the first "
                "time."
            ),
            event=_event(EventKind.PAYS_BILLS_ON_TIME, Month(2018, 8), Channel.ALIPAY),
        ),
    ),
    Step(
        id="delay",
        when=Month(2018, 10),
        title=_("Stuck on the runway"),
        beat=Beat(
            text=_(
                "Shen Lan buys the plane tickets, and nothing stops the sale. On the day, "
                "the family boards in Hangzhou. Then the plane sits on the runway. An hour "
                "passes, then two. Le Le cries without stopping, and the crew will not "
                "say when they will leave."
            ),
            event=_event(EventKind.BOOKS_FLIGHT, Month(2018, 10), Channel.AIRLINE_BOOKING),
        ),
        choice=FLIGHT_CHOICE,
    ),
    Step(
        id="arrival",
        when=Month(2018, 10),
        title=_("A late arrival"),
        beat=Beat(
            text=_(
                "Shen Lan walks Le Le up and down the aisle until he sleeps. The plane "
                "takes off three hours late. In Sanya, they take a ride-hailing car to the "
                "hotel, and she and the driver rate each other. The hotel asks no deposit."
            ),
            event=_event(
                EventKind.RIDES_HAILED_CAR, Month(2018, 10), Channel.RIDE_HAILING_APP, city=HOLIDAY_CITY
            ),
        ),
        variants=(
            Variant(
                after=("flight", "shout"),
                beat=Beat(
                    title=_("Shouting at the crew"),
                    text=_(
                        "Shen Lan has had enough. She shouts at a flight attendant and "
                        "refuses to sit down. The crew call the airport police, who fine "
                        "her. The airline reports her, and the report goes to the tourism "
                        "authority too. The family reaches Sanya late that night."
                    ),
                    event=_event(
                        EventKind.CAUSES_TROUBLE_ON_FLIGHT,
                        Month(2018, 10),
                        Channel.CABIN_CREW_REPORT,
                        Channel.TOURISM_AUTHORITY,
                    ),
                ),
            ),
        ),
    ),
    Step(
        id="spring-festival",
        when=Month(2019, 1),
        title=_("New Year in Chengdu"),
        beat=Beat(
            text=_(
                "For the Spring Festival, the family will visit Wu Tao's parents in "
                "Chengdu. Shen Lan buys the plane tickets, and the sale goes through. Le "
                "Le sleeps for most of the flight. His grandparents meet him for the first "
                "time."
            ),
            event=_event(EventKind.BOOKS_FLIGHT, Month(2019, 1), Channel.AIRLINE_BOOKING),
        ),
        variants=(
            Variant(
                after=("flight", "shout"),
                beat=Beat(
                    title=_("Ticket refused"),
                    text=_(
                        "For the Spring Festival, the family plans to visit Wu Tao's parents "
                        "in Chengdu. Shen Lan tries to buy plane tickets. The airline will not "
                        "sell her one. Since the crew's report, she is barred from flying for "
                        "a year."
                    ),
                    event=_event(EventKind.BOOKS_FLIGHT, Month(2019, 1), Channel.AIRLINE_BOOKING),
                ),
            ),
        ),
    ),
    Step(
        id="by-train",
        when=Month(2019, 1),
        title=_("By fast train instead"),
        only_after=("flight", "shout"),
        beat=Beat(
            text=_(
                "Shen Lan books the fast train instead: the flying ban does not cover "
                "trains. The trip takes most of a day, with Le Le on her lap. Her name also "
                "stays on the tourism authority's list. Its rules keep such records from "
                "one to five years."
            ),
            event=_event(EventKind.BOOKS_FAST_TRAIN, Month(2019, 1), Channel.RAIL_BOOKING),
        ),
    ),
)

EPILOGUES = (
    Epilogue(
        after=(("flight", "shout"), ("garbage", "mix")),
        text=_(
            "One angry hour on a runway put Shen Lan on two lists. She could not fly for a "
            "year, so the family crossed the country by fast train at New Year with Le Le on "
            "her lap. The tourism authority keeps her name for one to five years, and the "
            "note about the rubbish may still be on her file."
        ),
    ),
    Epilogue(
        after=(("flight", "shout"),),
        text=_(
            "One angry hour on a runway put Shen Lan on two lists. She could not fly for a "
            "year, so the family crossed the country by fast train at New Year with Le Le on "
            "her lap. The tourism authority keeps her name for one to five years."
        ),
    ),
    Epilogue(
        after=(("nappies", "shop"), ("garbage", "mix")),
        text=_(
            "Shen Lan stayed calm on the runway, and every ticket she bought went through. "
            "Buying nappies in cash kept her Sesame score just under the landlord's line, so "
            "the flat cost a 3,000 yuan deposit. The inspector's note stays on her file, and "
            "nobody has told her for how long."
        ),
    ),
    Epilogue(
        after=(("nappies", "shop"),),
        text=_(
            "Shen Lan stayed calm on the runway, and every ticket she bought went through. "
            "Buying nappies in cash kept her Sesame score just under the landlord's line, so "
            "the flat cost a 3,000 yuan deposit. The cot and the pram came later, from her "
            "savings."
        ),
    ),
    Epilogue(
        after=(("garbage", "mix"),),
        text=_(
            "Shen Lan stayed calm on the runway, and every ticket she bought went through. "
            "Her nappies, bought in Alipay, lifted her Sesame score past the landlord's line, "
            "and the flat came without a deposit. The inspector's note stays on her file, and "
            "nobody has told her for how long."
        ),
    ),
    Epilogue(
        after=(),
        text=_(
            "Shen Lan stayed calm on the runway, and every ticket she bought went through. "
            "Her nappies, bought in Alipay, lifted her Sesame score past the landlord's line, "
            "and the flat came without a deposit. The 3,000 yuan they had saved bought a cot "
            "and a pram."
        ),
    ),
)


SHEN_LAN = Persona(
    slug="shen-lan",
    name=_("Shen Lan"),
    name_zh="沈兰",
    tagline=_("A new mother in Hangzhou who counts on her Sesame score."),
    introduction=_(
        "Shen Lan is not a real person. She is 28 and has lived in Hangzhou, the capital "
        "of Zhejiang province, for six years. She works in the office of a tea company. "
        "She pays for almost everything with Alipay, where she has switched Sesame Credit "
        "on, and she likes the perks it brings."
    ),
    profile=Profile(home_city=CITY, years_resident=6, age=28, opted_in=frozenset({"sesame"})),
    steps=STEPS,
    epilogues=EPILOGUES,
    questions=(
        _(
            "Where Shen Lan buys nappies can decide whether she pays a deposit. What should a "
            "score like this be allowed to count, and should people be told what it counts?"
        ),
        _(
            "If Shen Lan shouts at the crew, one angry moment puts her on two lists. Other "
            "countries keep no-fly lists too. What should it take to be put on such a list, and "
            "to come off it?"
        ),
        _(
            "If the family leaves its rubbish unsorted, a note goes on Shen Lan's credit file "
            "and stays there after they begin to sort. How long should a record like that count?"
        ),
    ),
)
