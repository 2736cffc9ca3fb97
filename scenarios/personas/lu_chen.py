"""Lu Chen: a fictional university student in Shanghai, 2018 to early 2019.

She switched on Tencent Credit during its short public test in January 2018, uses
Sesame Credit in Alipay, and has signed up to the city's Honest Shanghai app. She
also reads that her friends' scores could pull hers down: seed 003 says so, but no
source shows such a rule, so it stays a worry in her story and never moves a score.
Every sum of money in her story is illustrative.
"""

from scenarios.engine import Channel, Event, EventKind, Month, Profile
from scenarios.i18n import _
from scenarios.storyline import Beat, Choice, Epilogue, Option, Persona, Step, Variant

CITY = "Shanghai"


def _event(kind: EventKind, when: Month, *channels: Channel, amount: int = 0, city: str = CITY) -> Event:
    return Event(kind=kind, city=city, when=when, channels=frozenset(channels), amount_yuan=amount)


EVENINGS_CHOICE = Choice(
    id="evenings",
    question=_("How does Lu Chen spend her evenings this spring?"),
    options=(
        Option(id="games", label=_("Play online games with her roommate, about ten hours a day.")),
        Option(id="tutor", label=_("Help children with homework at a community centre.")),
    ),
)

FARE_CHOICE = Choice(
    id="fare",
    question=_("How does Lu Chen pay for the train to Hangzhou?"),
    options=(
        Option(id="pay", label=_("Buy the full ticket, and eat cheaply for the rest of the month.")),
        Option(id="dodge", label=_("Ride on a ticket for the first stop, and refuse to pay if caught.")),
    ),
)

STEPS = (
    Step(
        id="wechat-score",
        when=Month(2018, 1),
        title=_("A score for a day"),
        beat=Beat(
            text=_(
                "At the end of January, a classmate shares a link in WeChat. Tencent is "
                "testing its own credit score, and for now anyone on WeChat can switch it "
                "on. Lu Chen signs up at once. She pays her phone bill with WeChat Pay, as "
                "she does every month."
            ),
            event=_event(EventKind.PAYS_BILLS_ON_TIME, Month(2018, 1), Channel.WECHAT_PAY),
        ),
    ),
    Step(
        id="friends",
        when=Month(2018, 3),
        title=_("Her friends' scores"),
        beat=Beat(
            text=_(
                "Tencent's test closed after about a day, and that score is gone. Her "
                "Sesame score in Alipay is still there, and she pays the dorm electricity "
                "bill there on time. Then she reads online that a friend with a poor "
                "score, or a friend who games all day, could pull her score down. The "
                "article names no source. Her roommate games most nights."
            ),
            event=_event(EventKind.PAYS_BILLS_ON_TIME, Month(2018, 3), Channel.ALIPAY),
        ),
        choice=EVENINGS_CHOICE,
    ),
    Step(
        id="evenings",
        when=Month(2018, 4),
        title=_("Nights of games"),
        beat=Beat(
            text=_(
                "Lu Chen joins her roommate's team. They play about ten hours a day, "
                "late into the night, and she buys game credit in Alipay and WeChat Pay. "
                "Her marks slip a little. She wonders whether her roommate's habits count "
                "against her too. Nobody can tell her."
            ),
            event=_event(EventKind.GAMES_TEN_HOURS_A_DAY, Month(2018, 4), Channel.ALIPAY, Channel.WECHAT_PAY),
        ),
        variants=(
            Variant(
                after=("evenings", "tutor"),
                beat=Beat(
                    title=_("Evenings at the community centre"),
                    text=_(
                        "Three evenings a week, Lu Chen helps primary school children with "
                        "their homework at a community centre. A staff member signs her in "
                        "on the city's volunteer register. She still shares a room with a "
                        "gamer, and she still wonders about that article."
                    ),
                    event=_event(EventKind.VOLUNTEERS, Month(2018, 4), Channel.CITY_VOLUNTEER_REGISTER),
                ),
            ),
        ),
    ),
    Step(
        id="red-light",
        when=Month(2018, 5),
        title=_("Crossing on red"),
        beat=Beat(
            text=_(
                "Late for an exam, Lu Chen crosses a busy road near campus against the red "
                "light. A camera at the crossing records her face, and the traffic police "
                "fine her 50 yuan. She pays it the same day. She wonders whether the Honest "
                "Shanghai app will show it."
            ),
            event=_event(
                EventKind.JAYWALKS_AT_CAMERA, Month(2018, 5), Channel.FACE_CAMERA, Channel.TRAFFIC_POLICE
            ),
        ),
        variants=(
            Variant(
                after=("evenings", "games"),
                beat=Beat(
                    text=_(
                        "After a night of games, Lu Chen oversleeps and runs to an exam. She "
                        "crosses a busy road near campus against the red light. A camera at "
                        "the crossing records her face, and the traffic police fine her 50 "
                        "yuan. She wonders whether the Honest Shanghai app will show it."
                    ),
                    event=_event(
                        EventKind.JAYWALKS_AT_CAMERA,
                        Month(2018, 5),
                        Channel.FACE_CAMERA,
                        Channel.TRAFFIC_POLICE,
                    ),
                ),
            ),
        ),
    ),
    Step(
        id="old-books",
        when=Month(2018, 6),
        title=_("Selling old books"),
        beat=Beat(
            text=_(
                "After the exams, she sells last year's textbooks on a second-hand app and "
                "posts them the next day. The buyer rates her on shipping and on her "
                "messages. She remembers another article. One day, it said, people in "
                "China would rate each other too. She looks, but finds no such rule."
            ),
            event=_event(EventKind.SELLS_ONLINE, Month(2018, 6), Channel.ONLINE_MARKETPLACE),
        ),
    ),
    Step(
        id="to-the-station",
        when=Month(2018, 7),
        title=_("A trip to Hangzhou"),
        beat=Beat(
            text=_(
                "In July, Lu Chen plans to visit a school friend in Hangzhou. She takes a "
                "ride-hailing car to the station, and she and the driver rate each other. "
                "The full train fare is more than she has left this month. A friend says "
                "some students buy a ticket for the first stop and stay on."
            ),
            event=_event(EventKind.RIDES_HAILED_CAR, Month(2018, 7), Channel.RIDE_HAILING_APP),
        ),
        choice=FARE_CHOICE,
    ),
    Step(
        id="on-the-train",
        when=Month(2018, 7),
        title=_("A full ticket"),
        beat=Beat(
            text=_(
                "Lu Chen buys the full ticket on her phone. Before it is sold to her, the "
                "railway checks its lists of barred passengers, and she is on none. She "
                "spends the weekend in Hangzhou with her friend, and eats cheap noodles for "
                "the rest of the month."
            ),
            event=_event(EventKind.BOOKS_FAST_TRAIN, Month(2018, 7), Channel.RAIL_BOOKING),
        ),
        variants=(
            Variant(
                after=("fare", "dodge"),
                beat=Beat(
                    title=_("A ticket for one stop"),
                    text=_(
                        "She buys a ticket to a stop still inside Shanghai and stays on. A "
                        "conductor asks for the rest of the fare and a penalty, and Lu Chen "
                        "refuses to pay. He writes her ID number in a report. Later the railway "
                        "posts her name online and gives her days to object. She does not."
                    ),
                    event=_event(EventKind.DODGES_TRAIN_FARE, Month(2018, 7), Channel.RAIL_STAFF_REPORT),
                ),
            ),
        ),
    ),
    Step(
        id="new-term",
        when=Month(2018, 9),
        title=_("A new term"),
        beat=Beat(
            text=_(
                "The new term starts. Lu Chen pays the dorm electricity bill in Alipay on "
                "time again. Her Sesame page shows offers from partner firms, such as flats "
                "to rent without a deposit. After her spring of games, her score is still "
                "just below the line for them."
            ),
            event=_event(EventKind.PAYS_BILLS_ON_TIME, Month(2018, 9), Channel.ALIPAY),
        ),
        variants=(
            Variant(
                after=("evenings", "tutor"),
                beat=Beat(
                    text=_(
                        "The new term starts. Lu Chen pays the dorm electricity bill in "
                        "Alipay on time again. Her Sesame page shows offers from partner "
                        "firms. With this bill, her score passes the line for flats to rent "
                        "without a deposit. She has no flat to rent, but the offer is there."
                    ),
                    event=_event(EventKind.PAYS_BILLS_ON_TIME, Month(2018, 9), Channel.ALIPAY),
                ),
            ),
        ),
    ),
    Step(
        id="national-day",
        when=Month(2018, 10),
        title=_("A visit to her grandmother"),
        beat=Beat(
            text=_(
                "For the October holiday, Lu Chen books a fast train to Hefei to see her "
                "grandmother. The ticket goes through at once. Her grandmother cooks her "
                "favourite fish and asks, as always, whether she is sleeping enough."
            ),
            event=_event(EventKind.BOOKS_FAST_TRAIN, Month(2018, 10), Channel.RAIL_BOOKING),
        ),
        variants=(
            Variant(
                after=("fare", "dodge"),
                beat=Beat(
                    title=_("Ticket refused"),
                    text=_(
                        "For the October holiday, Lu Chen tries to book a fast train to "
                        "Hefei to see her grandmother. The booking app refuses. After the "
                        "conductor's report and the notice, she may not buy train tickets for "
                        "about six months. She stays in Shanghai and calls her grandmother by "
                        "video."
                    ),
                    event=_event(EventKind.BOOKS_FAST_TRAIN, Month(2018, 10), Channel.RAIL_BOOKING),
                ),
            ),
        ),
    ),
    Step(
        id="spring-festival",
        when=Month(2019, 1),
        title=_("Home for the Spring Festival"),
        beat=Beat(
            text=_(
                "In January, Lu Chen books the train to Hefei for the Spring Festival, and "
                "the ticket goes through. She opens the Honest Shanghai app. She cannot tell "
                "which records it used, or for how long they will count."
            ),
            event=_event(EventKind.BOOKS_FAST_TRAIN, Month(2019, 1), Channel.RAIL_BOOKING),
        ),
        variants=(
            Variant(
                after=("fare", "dodge"),
                beat=Beat(
                    title=_("The train ban ends"),
                    text=_(
                        "In January, the train ban runs out, and nobody tells her. Lu Chen "
                        "books the train to Hefei for the Spring Festival, and this time the "
                        "ticket goes through. She opens the Honest Shanghai app. She cannot "
                        "tell which records it used, or for how long they will count."
                    ),
                    event=_event(EventKind.BOOKS_FAST_TRAIN, Month(2019, 1), Channel.RAIL_BOOKING),
                ),
            ),
        ),
    ),
)

EPILOGUES = (
    Epilogue(
        after=(("fare", "dodge"),),
        text=_(
            "Lu Chen saved a few yuan on the fare and lost a term of train journeys. She spent "
            "the October holiday in Shanghai, and the ban ran out in January without a word to "
            "her. The Honest Shanghai app still rates her bad, and it does not say for how long. "
            "The worry about her friends' scores was a rumour; the train list was real."
        ),
    ),
    Epilogue(
        after=(("evenings", "games"),),
        text=_(
            "Lu Chen spent her year half afraid of a rule that does not exist: no source shows "
            "that friends' scores count. What did count was smaller. Her nights of games lowered "
            "her Sesame score, and a red light cost her the top Honest Shanghai rating. Every "
            "train she booked went through."
        ),
    ),
    Epilogue(
        after=(("evenings", "tutor"),),
        text=_(
            "Lu Chen spent her year half afraid of a rule that does not exist: no source shows "
            "that friends' scores count. What did count was smaller. A red light cost her the "
            "top Honest Shanghai rating, while her tutoring, written in a register, moved no "
            "score at all. Every train she booked went through."
        ),
    ),
)

LU_CHEN = Persona(
    slug="lu-chen",
    name=_("Lu Chen"),
    name_zh="陆晨",
    tagline=_("A student in Shanghai, up late with games and worries."),
    introduction=_(
        "Lu Chen is not a real person. She is 20 and studies at a university in Shanghai, "
        "the city where she grew up. She pays with WeChat Pay and Alipay, has Sesame Credit "
        "switched on, and has signed up to the city's Honest Shanghai app with her ID card "
        "and a face scan."
    ),
    profile=Profile(
        home_city=CITY,
        years_resident=20,
        age=20,
        opted_in=frozenset({"tencent_credit", "sesame", "honest_shanghai"}),
    ),
    steps=STEPS,
    epilogues=EPILOGUES,
    questions=(
        _(
            "Lu Chen worried that her friends' habits could lower her score, though she found no "
            "rule that said so. How can a rumour about a score change what people do?"
        ),
        _(
            "Buyers and drivers rated Lu Chen in apps, and a bank or a shop may check a credit "
            "score. How are those ratings like the Honest Shanghai app's, and how are they different?"
        ),
        _(
            "Refusing to pay a fare can mean months without trains, and the ban ends without a "
            "word. What should decide how long a record like that counts, and who should decide it?"
        ),
    ),
)
