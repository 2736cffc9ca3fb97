"""Gao Ming: a fictional delivery rider in Rongcheng, 2018.

He lives where the city scores its residents, he has Sesame Credit switched on in
Alipay, and a dispute with a former landlord ends in court. So all three systems of
the first walkthrough can see parts of his life, and none of them sees all of it.
Every sum of money in his story is illustrative.
"""

from scenarios.engine import Channel, Event, EventKind, Month, Profile
from scenarios.i18n import _
from scenarios.storyline import Beat, Choice, Epilogue, Option, Persona, Step, Variant

CITY = "Rongcheng"
DEBT_YUAN = 9000
REDUCED_DEBT_YUAN = 6000


def _event(kind: EventKind, when: Month, *channels: Channel, amount: int = 0, city: str = CITY) -> Event:
    return Event(kind=kind, city=city, when=when, channels=frozenset(channels), amount_yuan=amount)


COURT_CHOICE = Choice(
    id="court",
    question=_("What does Gao Ming do about the court order?"),
    options=(
        Option(id="pay", label=_("Pay the 9,000 yuan now, though he thinks it unfair.")),
        Option(id="appeal", label=_("Appeal to a higher court.")),
        Option(id="ignore", label=_("Refuse to pay. He has the savings, but he is angry.")),
    ),
)

EVENINGS_CHOICE = Choice(
    id="evenings",
    question=_("How does Gao Ming spend the quiet autumn evenings?"),
    options=(
        Option(id="games", label=_("Play online games, about ten hours a day, paying in Alipay.")),
        Option(id="course", label=_("Take an evening course in bookkeeping, paid in cash.")),
    ),
)

REPAIR_CHOICE = Choice(
    id="repair",
    question=_("Does Gao Ming pay what the court ordered?"),
    options=(
        Option(id="pay", label=_("Pay the 9,000 yuan to get off the list.")),
        Option(id="refuse", label=_("Keep refusing, and take the slow train.")),
    ),
)

STEPS = (
    Step(
        id="new-baby",
        when=Month(2018, 1),
        title=_("A new baby"),
        beat=Beat(
            text=_(
                "Gao Ming and his partner, Xu Jing, have a baby girl. Every week he "
                "orders nappies on Taobao and pays with Alipay, like most of what he "
                "buys. He never thinks about who else reads his shopping list."
            ),
            event=_event(EventKind.BUYS_NAPPIES, Month(2018, 1), Channel.ALIPAY),
        ),
    ),
    Step(
        id="red-light",
        when=Month(2018, 3),
        title=_("A red light at a camera junction"),
        beat=Beat(
            text=_(
                "Late with a lunch order, Gao Ming rides his e-scooter through a red "
                "light. A traffic camera records his number plate, and the police send "
                "him a ticket and a small fine. He pays the fine the same day."
            ),
            event=_event(EventKind.RED_LIGHT_AT_CAMERA, Month(2018, 3), Channel.TRAFFIC_POLICE),
        ),
    ),
    Step(
        id="court-order",
        when=Month(2018, 4),
        title=_("A court orders him to pay"),
        beat=Beat(
            text=_(
                "His former landlord sues him, saying Gao Ming damaged the old flat. "
                "Gao Ming says the damage was there when he moved in. The court rules "
                "against him: he must pay 9,000 yuan. He has that much saved."
            ),
            event=_event(EventKind.COURT_ORDERS_PAYMENT, Month(2018, 4), Channel.COURT, amount=DEBT_YUAN),
        ),
        choice=COURT_CHOICE,
    ),
    Step(
        id="after-the-order",
        when=Month(2018, 5),
        title=_("The case is closed"),
        beat=Beat(
            text=_(
                "Gao Ming pays the 9,000 yuan. It takes most of the family's savings, "
                "and he still thinks the judgment was wrong. But the court closes the "
                "case, and nothing more comes of it."
            ),
            event=_event(EventKind.PAYS_COURT_ORDER, Month(2018, 5), Channel.COURT, amount=DEBT_YUAN),
        ),
        variants=(
            Variant(
                after=("court", "appeal"),
                beat=Beat(
                    title=_("An appeal"),
                    text=_(
                        "Gao Ming appeals. He gathers photos of the flat from the day "
                        "he moved in and pays a small court fee. While the higher court "
                        "looks at the case, nobody asks him for the money."
                    ),
                    event=_event(EventKind.APPEALS_JUDGMENT, Month(2018, 5), Channel.COURT),
                ),
            ),
            Variant(
                after=("court", "ignore"),
                beat=Beat(
                    title=_("The deadline passes"),
                    text=_(
                        "The deadline passes, and Gao Ming sends nothing, though the money "
                        "is in the bank. The court sends a notice to pay, then a written "
                        "decision to list him. Both go to the address in the case file, his "
                        "old flat, and he never reads them. His name and ID number go on the "
                        "court's list."
                    ),
                    event=_event(EventKind.IGNORES_COURT_ORDER, Month(2018, 5), Channel.COURT),
                ),
            ),
        ),
    ),
    Step(
        id="appeal-decided",
        when=Month(2018, 6),
        title=_("The appeal is decided"),
        only_after=("court", "appeal"),
        beat=Beat(
            text=_(
                "The higher court looks at his photos and lowers the sum to 6,000 yuan. "
                "It is still money he would rather keep, but less than before. He pays "
                "it the same week, and the case is closed."
            ),
            event=_event(EventKind.PAYS_COURT_ORDER, Month(2018, 6), Channel.COURT, amount=REDUCED_DEBT_YUAN),
        ),
    ),
    Step(
        id="wedding",
        when=Month(2018, 6),
        title=_("A wedding in Chengdu"),
        beat=Beat(
            text=_(
                "His cousin is getting married in Chengdu, at the other end of the "
                "country. Gao Ming buys plane tickets online for the family, and the "
                "booking goes through. They fly on the Friday. At the wedding the baby "
                "sleeps through the speeches, and he dances with his grandmother."
            ),
            event=_event(EventKind.BOOKS_FLIGHT, Month(2018, 6), Channel.AIRLINE_BOOKING),
        ),
        variants=(
            Variant(
                after=("court", "ignore"),
                beat=Beat(
                    title=_("Not qualified"),
                    text=_(
                        "His cousin is getting married in Chengdu, at the other end of the "
                        "country. Gao Ming tries to buy plane tickets online. The booking "
                        "site says he is not qualified: he is on the court's list. The family "
                        "goes by ordinary train, a day and a half each way. They reach "
                        "Chengdu the day after the wedding."
                    ),
                    event=_event(EventKind.BOOKS_FLIGHT, Month(2018, 6), Channel.AIRLINE_BOOKING),
                ),
            ),
        ),
    ),
    Step(
        id="beach-clean-up",
        when=Month(2018, 7),
        title=_("Volunteering on the beach"),
        beat=Beat(
            text=_(
                "On a Sunday, Gao Ming joins a beach clean-up run by his neighbourhood "
                "committee. A volunteer in a red vest writes his name in the city's "
                "volunteer register. He spends four hours picking up plastic."
            ),
            event=_event(EventKind.VOLUNTEERS, Month(2018, 7), Channel.CITY_VOLUNTEER_REGISTER),
        ),
    ),
    Step(
        id="bills",
        when=Month(2018, 9),
        title=_("Bills, and quiet evenings"),
        beat=Beat(
            text=_(
                "As every month, Gao Ming pays the phone and electricity bills in "
                "Alipay on time. After the summer, deliveries slow down, and he has "
                "his evenings free for the first time in years."
            ),
            event=_event(EventKind.PAYS_BILLS_ON_TIME, Month(2018, 9), Channel.ALIPAY),
        ),
        choice=EVENINGS_CHOICE,
    ),
    Step(
        id="evenings",
        when=Month(2018, 10),
        title=_("Evenings of games"),
        beat=Beat(
            text=_(
                "Gao Ming plays online games most of the day and night while the orders "
                "are slow, about ten hours a day. He buys game credit in Alipay. He "
                "tells Xu Jing it helps him relax."
            ),
            event=_event(EventKind.GAMES_TEN_HOURS_A_DAY, Month(2018, 10), Channel.ALIPAY),
        ),
        variants=(
            Variant(
                after=("evenings", "course"),
                beat=Beat(
                    title=_("Evenings at the college"),
                    text=_(
                        "Three evenings a week, Gao Ming studies bookkeeping at the "
                        "community college. He pays the fee in cash. He hopes to keep "
                        "the accounts for a restaurant one day. No app records where he "
                        "spends those evenings."
                    ),
                    event=_event(EventKind.TAKES_EVENING_CLASS, Month(2018, 10), Channel.NONE),
                ),
            ),
        ),
    ),
    Step(
        id="new-flat",
        when=Month(2018, 11),
        title=_("A bigger flat"),
        beat=Beat(
            text=_(
                "The baby needs her own room. Xu Jing finds a bigger flat on a rental "
                "service inside Alipay. The landlord asks no deposit if the tenant's "
                "Sesame score is high enough. Gao Ming's score is just below his line, "
                "so they pay a deposit of two months' rent."
            ),
            event=_event(EventKind.RENTS_FLAT, Month(2018, 11), Channel.ALIPAY),
        ),
        variants=(
            Variant(
                after=("court", "ignore"),
                beat=Beat(
                    text=_(
                        "The baby needs her own room. Xu Jing finds a bigger flat on a "
                        "rental service inside Alipay. The landlord asks no deposit if the "
                        "tenant's Sesame score is high enough. Gao Ming's score fell when the "
                        "court listed him, so they pay a deposit of two months' rent."
                    ),
                    event=_event(EventKind.RENTS_FLAT, Month(2018, 11), Channel.ALIPAY),
                ),
            ),
            Variant(
                after=("evenings", "course"),
                beat=Beat(
                    title=_("A bigger flat, no deposit"),
                    text=_(
                        "The baby needs her own room. Xu Jing finds a bigger flat on a "
                        "rental service inside Alipay. The landlord asks no deposit if the "
                        "tenant's Sesame score is high enough. Gao Ming's score is just above "
                        "his line, so they keep two months' rent in the bank."
                    ),
                    event=_event(EventKind.RENTS_FLAT, Month(2018, 11), Channel.ALIPAY),
                ),
            ),
        ),
    ),
    Step(
        id="new-year-trip",
        when=Month(2018, 12),
        title=_("Home for the New Year"),
        only_after=("court", "ignore"),
        beat=Beat(
            text=_(
                "For the Spring Festival, the family plans to visit his parents in "
                "Jinan by high-speed train. At the station, the ticket window refuses "
                "his ID card. He is still on the court's list, so fast trains are closed "
                "to him as well as planes."
            ),
            event=_event(EventKind.BOOKS_FAST_TRAIN, Month(2018, 12), Channel.RAIL_BOOKING),
        ),
        choice=REPAIR_CHOICE,
    ),
    Step(
        id="credit-repair",
        when=Month(2019, 1),
        title=_("Off the list"),
        only_after=("court", "ignore"),
        beat=Beat(
            text=_(
                "Gao Ming pays the 9,000 yuan. Within days his name is taken off the "
                "court's list, and the travel bans end. The family rides the fast train "
                "to Jinan for the New Year. At dinner, his cousin teases him for arriving "
                "at the wedding a day late."
            ),
            event=_event(EventKind.PAYS_COURT_ORDER, Month(2019, 1), Channel.COURT, amount=DEBT_YUAN),
        ),
        variants=(
            Variant(
                after=("repair", "refuse"),
                beat=Beat(
                    title=_("Still on the list"),
                    text=_(
                        "Gao Ming keeps refusing. The family takes an ordinary train to "
                        "Jinan instead: it takes all night, but the list does not bar it. "
                        "He stays on the list, the debt stays unpaid, and the bans go on."
                    ),
                    event=_event(EventKind.BOOKS_ORDINARY_TRAIN, Month(2019, 1), Channel.RAIL_BOOKING),
                ),
            ),
        ),
    ),
)

EPILOGUES = (
    Epilogue(
        after=(("court", "ignore"), ("repair", "refuse")),
        text=_(
            "Gao Ming kept the 9,000 yuan, and his anger with it. It cost him his cousin's "
            "wedding, reached a day late by the slow train, and every fast journey since. The "
            "city and Sesame both cut his score for the listing, and his name is still on the "
            "court's list. Nothing will change until he pays."
        ),
    ),
    Epilogue(
        after=(("court", "ignore"), ("repair", "pay")),
        text=_(
            "In the end Gao Ming paid the same 9,000 yuan he could have paid in May. Waiting "
            "cost him the wedding, reached a day late by the slow train, and a winter of refused "
            "tickets. Paying took him off the court's list within days. The points the city and "
            "Sesame took off for the listing did not come back."
        ),
    ),
    Epilogue(
        after=(("court", "appeal"), ("evenings", "games")),
        text=_(
            "Gao Ming's photos of the old flat saved him 3,000 yuan. While the appeal was heard, "
            "nobody asked for the money or listed him, and the family flew to the wedding. His "
            "evenings of games lowered his Sesame score, so the new flat cost a deposit."
        ),
    ),
    Epilogue(
        after=(("court", "appeal"), ("evenings", "course")),
        text=_(
            "Gao Ming's photos of the old flat saved him 3,000 yuan. While the appeal was heard, "
            "nobody asked for the money or listed him, and the family flew to the wedding. His "
            "evenings at the college left no trace in any app, and the new flat came without a "
            "deposit."
        ),
    ),
    Epilogue(
        after=(("court", "pay"), ("evenings", "games")),
        text=_(
            "Gao Ming paid a judgment he still thinks was wrong, and the case ended there. The "
            "family flew to the wedding, and no list ever held his name. His evenings of games "
            "lowered his Sesame score, so the new flat cost a deposit. The city, the company and "
            "the court each saw a different part of his year, and none saw all of it."
        ),
    ),
    Epilogue(
        after=(("court", "pay"), ("evenings", "course")),
        text=_(
            "Gao Ming paid a judgment he still thinks was wrong, and the case ended there. The "
            "family flew to the wedding, and no list ever held his name. His evenings at the "
            "college left no trace in any app, and the new flat came without a deposit. The city, "
            "the company and the court each saw a different part of his year, and none saw all of it."
        ),
    ),
)

GAO_MING = Persona(
    slug="gao-ming",
    name=_("Gao Ming"),
    name_zh="高明",
    tagline=_("A delivery rider in Rongcheng and a new father."),
    introduction=_(
        "Gao Ming is not a real person. He is 34 and has lived in Rongcheng, a small "
        "city by the sea in Shandong province, for six years. He delivers food on an "
        "e-scooter and pays for almost everything with Alipay, where he has switched "
        "Sesame Credit on."
    ),
    profile=Profile(home_city=CITY, years_resident=6, age=34, opted_in=frozenset({"sesame"})),
    steps=STEPS,
    epilogues=EPILOGUES,
    questions=(
        _(
            "Gao Ming thought the court was wrong. If he refuses to pay, the court's letters go "
            "to an old address and he learns he is listed at a booking screen. Whose job is it "
            "to make sure a person knows?"
        ),
        _(
            "The city, the company and the court each saw a different part of his year. "
            "Which of them do you think he would mind most, and why?"
        ),
        _(
            "Where you live, a missed payment can show up on a credit check, and an app can "
            "rate you. How is that like Gao Ming's year, and how is it different?"
        ),
    ),
)
