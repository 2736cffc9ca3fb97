import pytest

from scenarios.engine import Channel, EventKind, Profile, Standing
from scenarios.provenance import Provenance
from scenarios.systems.court_case import CourtCase
from scenarios.systems.court_list import SYSTEM, CourtListing
from tests.factories import EventFactory, ProfileFactory, StandingFactory


def court(kind: EventKind, amount: int = 0):
    return EventFactory.build(kind=kind, channels=frozenset({Channel.COURT}), amount_yuan=amount)


def owes(amount: int = 9000, listed: bool = False) -> Standing[CourtListing]:
    return StandingFactory.build(state=CourtListing(case=CourtCase(owed_yuan=amount), listed=listed))


def test_everyone_starts_off_the_list(resident: Profile) -> None:
    assert SYSTEM.start(resident).state == CourtListing()
    assert SYSTEM.read(SYSTEM.start(resident)).status == "Not listed"


def test_the_list_sees_court_matters_and_ticket_sales_anywhere(visitor_from_beijing: Profile) -> None:
    assert SYSTEM.sees(court(EventKind.COURT_ORDERS_PAYMENT), visitor_from_beijing).seen
    flight = EventFactory.build(kind=EventKind.BOOKS_FLIGHT, channels=frozenset({Channel.AIRLINE_BOOKING}))
    assert SYSTEM.sees(flight, visitor_from_beijing).seen
    assert not SYSTEM.sees(EventFactory.build(), visitor_from_beijing).seen


def test_a_judgment_alone_lists_nobody(resident: Profile) -> None:
    outcome = SYSTEM.apply(SYSTEM.start(resident), court(EventKind.COURT_ORDERS_PAYMENT, 9000), resident)
    assert outcome.standing.state == CourtListing(case=CourtCase(owed_yuan=9000))
    assert [r.id for r in outcome.fired] == ["court_list.order"]
    assert SYSTEM.holds(outcome.standing) == ()


def test_refusing_to_pay_while_able_puts_a_person_on_the_list(resident: Profile) -> None:
    outcome = SYSTEM.apply(owes(), court(EventKind.IGNORES_COURT_ORDER), resident)
    assert outcome.standing.state.listed
    (rule,) = outcome.fired
    assert rule.provenance is Provenance.OFFICIAL
    assert rule.quote_ids == ("court.blacklist_not_score", "court.lose_rights")


def test_being_listed_brings_four_documented_bans() -> None:
    bans = SYSTEM.holds(owes(listed=True))
    assert [c.id for c in bans] == [
        "court_list.no_flights",
        "court_list.no_fast_trains",
        "court_list.no_property",
        "court_list.no_private_school",
    ]
    assert all(c.provenance is Provenance.OFFICIAL and c.quote_ids for c in bans)
    assert all(c.reference_ids == ("clt-2015-spending",) for c in bans)


@pytest.mark.parametrize(
    ("kind", "channel", "refused"),
    [
        (EventKind.BOOKS_FLIGHT, Channel.AIRLINE_BOOKING, "court_list.flight_refused"),
        (EventKind.BOOKS_FAST_TRAIN, Channel.RAIL_BOOKING, "court_list.train_refused"),
    ],
)
def test_a_listed_person_is_refused_tickets(
    resident: Profile, kind: EventKind, channel: Channel, refused: str
) -> None:
    booking = EventFactory.build(kind=kind, channels=frozenset({channel}))
    assert [c.id for c in SYSTEM.apply(owes(listed=True), booking, resident).met] == [refused]
    assert SYSTEM.apply(owes(listed=False), booking, resident).met == ()


def test_ordinary_trains_stay_open_to_a_listed_person(resident: Profile) -> None:
    booking = EventFactory.build(
        kind=EventKind.BOOKS_ORDINARY_TRAIN, channels=frozenset({Channel.RAIL_BOOKING})
    )
    outcome = SYSTEM.apply(owes(listed=True), booking, resident)
    assert outcome.met == () and outcome.fired == ()


def test_paying_in_full_takes_a_person_off_the_list(resident: Profile) -> None:
    outcome = SYSTEM.apply(owes(listed=True), court(EventKind.PAYS_COURT_ORDER, 9000), resident)
    assert outcome.standing.state == CourtListing()
    (rule,) = outcome.fired
    assert rule.id == "court_list.removal"
    assert "court.bring_your_money" in rule.quote_ids
    (paid,) = outcome.met
    assert paid.amount is not None
    assert (paid.amount.value, paid.amount.provenance) == (9000, Provenance.ASSUMPTION)


def test_paying_before_listing_closes_the_case(resident: Profile) -> None:
    outcome = SYSTEM.apply(owes(), court(EventKind.PAYS_COURT_ORDER, 9000), resident)
    assert [r.id for r in outcome.fired] == ["court_list.paid"]
    assert outcome.standing.state == CourtListing()


def test_an_appeal_is_pending_and_its_timing_is_illustrative(resident: Profile) -> None:
    outcome = SYSTEM.apply(owes(), court(EventKind.APPEALS_JUDGMENT), resident)
    assert outcome.standing.state == CourtListing(case=CourtCase(owed_yuan=9000, appealed=True))
    (rule,) = outcome.fired
    assert rule.provenance is Provenance.ASSUMPTION and rule.note


def test_the_list_has_no_score_only_a_status_and_an_illustrative_debt() -> None:
    reading = SYSTEM.read(owes(listed=True))
    assert reading.value is None and reading.status == "Listed"
    assert reading.owed is not None and reading.owed.provenance is Provenance.ASSUMPTION


def test_a_court_case_abroad_is_not_on_the_list() -> None:
    abroad = ProfileFactory.build(home_city="Leeds", country="United Kingdom")
    event = EventFactory.build(kind=EventKind.IGNORES_COURT_ORDER, channels=frozenset({Channel.COURT}))
    assert not SYSTEM.sees(event, abroad).seen


def test_refusing_again_once_listed_changes_nothing(resident: Profile) -> None:
    outcome = SYSTEM.apply(owes(listed=True), court(EventKind.IGNORES_COURT_ORDER), resident)
    assert outcome.standing == owes(listed=True) and outcome.fired == ()


def test_an_order_for_nothing_opens_no_case(resident: Profile) -> None:
    ordered = SYSTEM.apply(SYSTEM.start(resident), court(EventKind.COURT_ORDERS_PAYMENT, 0), resident)
    ignored = SYSTEM.apply(ordered.standing, court(EventKind.IGNORES_COURT_ORDER), resident)
    assert not ignored.standing.state.listed and ignored.fired == ()


def test_an_appeal_without_a_case_changes_nothing(resident: Profile) -> None:
    outcome = SYSTEM.apply(SYSTEM.start(resident), court(EventKind.APPEALS_JUDGMENT), resident)
    assert outcome.standing == SYSTEM.start(resident) and outcome.fired == ()


def test_each_ban_names_the_rule_that_makes_it() -> None:
    """The 2015 spending rules bar property, not loans; loans come from the 2016 opinions."""
    home = SYSTEM.consequence("court_list.no_property")
    assert home.label == "May not buy, build or expensively renovate a home."
    assert home.reference_ids == ("clt-2015-spending",) and home.provenance is Provenance.OFFICIAL
    assert "not loans" in home.note and "2016 opinions" in home.note
    assert not [c.id for c in SYSTEM.consequences if "loan" in c.label.lower()]


def test_a_listing_follows_a_warning_notice_and_a_served_decision() -> None:
    """The 2017 provisions: a notice that warns of the list, then a written decision served."""
    rule = SYSTEM.rule("court_list.listing")
    assert "enforcement notice" in rule.label and "serves it on the person" in rule.label
    assert rule.reference_ids == ("clt-2017-list", "globe-2018-liu-hu")
    assert "Serving can fail" in rule.note and "Liu Hu" in rule.note


def test_the_ways_off_the_list_besides_paying() -> None:
    for way in ("Pay in full", "settlement", "appeal", "correct it", "fixed period", "two years"):
        assert way in SYSTEM.exit
