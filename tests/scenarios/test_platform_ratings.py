import re

import pytest

from scenarios.engine import Channel, EventKind, Profile, Role, Shape, Standing, SystemGroup
from scenarios.evidence import REFERENCES
from scenarios.evidence.platform_ratings import QUOTES
from scenarios.provenance import Provenance
from scenarios.systems.platform_ratings import NO_RATINGS, SYSTEM, Ratings
from tests.factories import EventFactory, StandingFactory

SALE = EventFactory.build(kind=EventKind.SELLS_ONLINE, channels=frozenset({Channel.ONLINE_MARKETPLACE}))
RIDE = EventFactory.build(kind=EventKind.RIDES_HAILED_CAR, channels=frozenset({Channel.RIDE_HAILING_APP}))


AS_SELLER = Ratings(as_seller=True)
AS_PASSENGER = Ratings(as_passenger=True)
BOTH = Ratings(as_seller=True, as_passenger=True)


def ratings(state: Ratings = NO_RATINGS) -> Standing[Ratings]:
    return StandingFactory.build(state=state)


def test_it_is_a_comparison_that_covers_anyone(resident: Profile, visitor_from_beijing: Profile) -> None:
    assert (SYSTEM.shape, SYSTEM.role, SYSTEM.group) == (
        Shape.RATING,
        Role.COMPARISON,
        SystemGroup.COMPARISON,
    )
    assert SYSTEM.start(resident).tracked and SYSTEM.start(visitor_from_beijing).tracked
    assert SYSTEM.sees(SALE, visitor_from_beijing).seen and SYSTEM.sees(RIDE, resident).seen


def test_a_sale_is_rated_on_shipping_and_communication(resident: Profile) -> None:
    outcome = SYSTEM.apply(ratings(), SALE, resident)
    (rule,) = outcome.fired
    assert rule.id == "platform_ratings.seller_rated"
    assert rule.provenance is Provenance.REPORT and rule.quote_ids == ("platform_ratings.ebay",)
    assert rule.reference_ids == ("eui-2019-model-for-others",)
    assert rule.change is None and "never its value" in rule.note
    assert SYSTEM.read(outcome.standing).status == "Rated by a buyer"
    assert outcome.standing.state == AS_SELLER and SYSTEM.read(outcome.standing).level == 1


def test_after_a_ride_driver_and_passenger_rate_each_other(resident: Profile) -> None:
    outcome = SYSTEM.apply(ratings(AS_SELLER), RIDE, resident)
    (rule,) = outcome.fired
    assert rule.id == "platform_ratings.rate_each_other"
    assert rule.quote_ids == ("platform_ratings.uber",) and rule.change is None
    assert SYSTEM.read(outcome.standing).status == "Rated by a buyer and by a driver"
    assert outcome.standing.state == BOTH and SYSTEM.read(outcome.standing).level == 2
    assert SYSTEM.read(ratings(AS_PASSENGER)).status == "Rated by a driver"


def test_a_low_rating_is_documented_as_bad_news_but_never_invented() -> None:
    low = SYSTEM.consequence("platform_ratings.low_rating")
    assert low.provenance is Provenance.SOURCE_TEXT and low.quote_ids == ("platform_ratings.uber",)
    assert low.threshold is None and low.amount is None and low.note
    assert SYSTEM.holds(ratings(BOTH)) == ()


def test_a_reading_is_words_not_a_number() -> None:
    for state in (NO_RATINGS, AS_SELLER, AS_PASSENGER, BOTH):
        assert SYSTEM.read(ratings(state)).value is None
    assert SYSTEM.read(ratings()).status == "No ratings yet" and SYSTEM.read(ratings()).level == 0


def test_a_sale_or_ride_outside_an_app_is_not_rated(resident: Profile) -> None:
    offline = EventFactory.build(kind=EventKind.SELLS_ONLINE, channels=frozenset({Channel.ALIPAY}))
    assert not SYSTEM.sees(offline, resident).seen
    assert not SYSTEM.sees(EventFactory.build(), resident).seen


@pytest.mark.parametrize("kind", list(EventKind))
def test_every_event_goes_through_with_a_reason(resident: Profile, kind: EventKind) -> None:
    event = EventFactory.build(kind=kind, channels=frozenset(Channel))
    step = SYSTEM.step(SYSTEM.start(resident), event, resident)
    assert step.visibility.reason and not re.search(r"\d", step.visibility.reason)
    assert step.visibility.seen is (kind in (EventKind.SELLS_ONLINE, EventKind.RIDES_HAILED_CAR))


def test_hoffmans_garbled_quote_is_flagged_and_the_paper_was_read_via_a_mirror() -> None:
    by_id = {quote.id: quote for quote in QUOTES}
    distinct = by_id["platform_ratings.fundamentally_distinct"]
    assert "Garbled" in distinct.caveat and "Hoffman" in distinct.speaker
    assert REFERENCES["eui-2019-model-for-others"].caveat
    (milestone,) = SYSTEM.history
    assert milestone.provenance is Provenance.REPORT
    assert milestone.reference_ids == ("wired-2019-complicated-truth",)


def test_the_history_states_no_bare_number() -> None:
    assert not [m.text for m in SYSTEM.history if re.search(r"\d", m.text)]
