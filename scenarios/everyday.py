"""Everyday events for the side-by-side comparison: one thing happens, every system answers.

Each event says which records it leaves (its channels). Some need a setup first:
a payment can only be missed after a court ordered it. The comparison shows each
system the event as it would happen to someone that system covers (see
`scenarios.compare`). Every sum of money here is illustrative.
"""

from dataclasses import dataclass

from scenarios.engine import Channel, Event, EventKind, Month
from scenarios.i18n import _

WHEN = Month(2018, 9)  # after every 2018 rule the sources date had come into force
SETUP_WHEN = Month(2018, 8)


@dataclass(frozen=True, slots=True, kw_only=True)
class EverydayEvent:
    slug: str
    title: str
    text: str  # what happens, in one or two plain sentences
    event: Event
    setup: tuple[Event, ...] = ()
    for_business: bool = False  # it happens to a company the person runs


def _event(kind: EventKind, *channels: Channel, amount: int = 0, when: Month = WHEN) -> Event:
    # The city is a placeholder: the comparison moves the event to each system's city.
    return Event(kind=kind, city="", when=when, channels=frozenset(channels), amount_yuan=amount)


EVERYDAY: tuple[EverydayEvent, ...] = (
    EverydayEvent(
        slug="jaywalk",
        title=_("Cross against the light at a camera crossing"),
        text=_("You cross the road on a red light. A camera at the junction records your face."),
        event=_event(EventKind.JAYWALKS_AT_CAMERA, Channel.FACE_CAMERA, Channel.TRAFFIC_POLICE),
    ),
    EverydayEvent(
        slug="red-light",
        title=_("Ride through a red light"),
        text=_("You ride an e-scooter through a red light. A traffic camera reads the plate."),
        event=_event(EventKind.RED_LIGHT_AT_CAMERA, Channel.TRAFFIC_POLICE),
    ),
    EverydayEvent(
        slug="miss-court-payment",
        title=_("Miss a payment a court ordered"),
        text=_(
            "A court orders you to pay 5,000 yuan to someone who sued you. You have the "
            "money, but the deadline passes and you pay nothing."
        ),
        setup=(_event(EventKind.COURT_ORDERS_PAYMENT, Channel.COURT, amount=5000, when=SETUP_WHEN),),
        event=_event(EventKind.IGNORES_COURT_ORDER, Channel.COURT),
    ),
    EverydayEvent(
        slug="nappies",
        title=_("Buy nappies online"),
        text=_("You buy a big pack of nappies online and pay with your phone."),
        event=_event(EventKind.BUYS_NAPPIES, Channel.ALIPAY, Channel.WECHAT_PAY),
    ),
    EverydayEvent(
        slug="games",
        title=_("Play video games ten hours a day"),
        text=_("For a month you play online games about ten hours a day, paying for them by phone."),
        event=_event(EventKind.GAMES_TEN_HOURS_A_DAY, Channel.ALIPAY, Channel.WECHAT_PAY),
    ),
    EverydayEvent(
        slug="charity",
        title=_("Give to charity"),
        text=_("You give money to a registered charity through a city donation drive, paying by phone."),
        event=_event(
            EventKind.DONATES_TO_CHARITY, Channel.CITY_VOLUNTEER_REGISTER, Channel.ALIPAY, amount=200
        ),
    ),
    EverydayEvent(
        slug="volunteer",
        title=_("Volunteer in your neighbourhood"),
        text=_(
            "You spend a Saturday helping at a community centre, signed in on the city's volunteer register."
        ),
        event=_event(EventKind.VOLUNTEERS, Channel.CITY_VOLUNTEER_REGISTER),
    ),
    EverydayEvent(
        slug="flight-trouble",
        title=_("Cause trouble on a flight"),
        text=_(
            "On a holiday flight you shout at a flight attendant and refuse to sit down. "
            "The crew report you when the plane lands."
        ),
        event=_event(
            EventKind.CAUSES_TROUBLE_ON_FLIGHT, Channel.CABIN_CREW_REPORT, Channel.TOURISM_AUTHORITY
        ),
    ),
    EverydayEvent(
        slug="fare-dodge",
        title=_("Ride a train without a ticket"),
        text=_("You slip onto a train without paying. A conductor checks your ID and reports it."),
        event=_event(EventKind.DODGES_TRAIN_FARE, Channel.RAIL_STAFF_REPORT),
    ),
    EverydayEvent(
        slug="garbage",
        title=_("Leave your garbage unsorted"),
        text=_("You throw all your rubbish in one bin. An inspector notes it, again."),
        event=_event(EventKind.LEAVES_GARBAGE_UNSORTED, Channel.SANITATION_INSPECTOR),
    ),
    EverydayEvent(
        slug="recycle",
        title=_("Sort and recycle your garbage"),
        text=_("You sort your rubbish into the right bins every week, as the rules ask."),
        event=_event(EventKind.SORTS_GARBAGE, Channel.SANITATION_INSPECTOR),
    ),
    EverydayEvent(
        slug="taxes",
        title=_("Pay your business's taxes on time"),
        text=_("Your small business files and pays its taxes on time, every quarter."),
        event=_event(EventKind.PAYS_TAXES_ON_TIME, Channel.TAX_AUTHORITY),
        for_business=True,
    ),
    EverydayEvent(
        slug="regulator-fine",
        title=_("Your business is fined by a regulator"),
        text=_(
            "An inspector fines your business for a food-safety breach. The penalty goes on public record."
        ),
        event=_event(EventKind.FINED_BY_REGULATOR, Channel.MARKET_REGULATOR, amount=2000),
        for_business=True,
    ),
    EverydayEvent(
        slug="bills",
        title=_("Pay your bills on time"),
        text=_("You pay your phone and electricity bills on time through an app, month after month."),
        event=_event(EventKind.PAYS_BILLS_ON_TIME, Channel.ALIPAY, Channel.WECHAT_PAY),
    ),
    EverydayEvent(
        slug="missed-loan",
        title=_("Miss a loan repayment"),
        text=_("Money is short, and you miss two monthly repayments on a bank loan."),
        event=_event(EventKind.MISSES_LOAN_REPAYMENT, Channel.BANK, amount=3000),
    ),
    EverydayEvent(
        slug="praise-economy",
        title=_("Praise the economy on social media"),
        text=_("You post that China's economy is doing well, and your friends share it."),
        event=_event(EventKind.POSTS_PRAISE_OF_ECONOMY, Channel.SOCIAL_MEDIA),
    ),
    EverydayEvent(
        slug="parents",
        title=_("Skip visiting your elderly parents"),
        text=_("Work is busy, and you do not visit your parents for six months."),
        event=_event(EventKind.SKIPS_VISITING_PARENTS, Channel.NONE),
    ),
    EverydayEvent(
        slug="book-flight",
        title=_("Book a plane ticket"),
        text=_("You book a plane ticket to visit family in another city."),
        event=_event(EventKind.BOOKS_FLIGHT, Channel.AIRLINE_BOOKING),
    ),
    EverydayEvent(
        slug="book-fast-train",
        title=_("Book a high-speed train ticket"),
        text=_("You book a seat on a high-speed train for a work trip."),
        event=_event(EventKind.BOOKS_FAST_TRAIN, Channel.RAIL_BOOKING),
    ),
    EverydayEvent(
        slug="sell-online",
        title=_("Sell something on a marketplace app"),
        text=_("You sell an old bike on an online marketplace and post it the next day."),
        event=_event(EventKind.SELLS_ONLINE, Channel.ONLINE_MARKETPLACE),
    ),
    EverydayEvent(
        slug="ride-hailing",
        title=_("Take a ride-hailing car"),
        text=_("You book a car in a ride-hailing app. After the ride, you and the driver rate each other."),
        event=_event(EventKind.RIDES_HAILED_CAR, Channel.RIDE_HAILING_APP),
    ),
    EverydayEvent(
        slug="airline-map",
        title=_("An airline's website lists Taiwan as a country"),
        text=_(
            "A foreign airline's website lists Taiwan in its country menu, separate from China. "
            "China's aviation regulator writes to it."
        ),
        event=_event(EventKind.AIRLINE_LISTS_TAIWAN_AS_COUNTRY, Channel.AVIATION_AUTHORITY),
        for_business=True,
    ),
)

BY_SLUG: dict[str, EverydayEvent] = {item.slug: item for item in EVERYDAY}
