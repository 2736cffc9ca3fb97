import pytest

from scenarios.engine import Channel, Event, EventKind, Month, Profile, Shape, Standing, SystemGroup
from scenarios.evidence import QUOTES
from scenarios.provenance import Provenance
from scenarios.systems.honest_shanghai import SYSTEM, Grade
from tests.factories import EventFactory, ProfileFactory, StandingFactory

NPR = ("npr-2017-honest-shanghai",)


@pytest.fixture
def shanghai_user() -> Profile:
    return ProfileFactory.build(home_city="Shanghai", opted_in=frozenset({"honest_shanghai"}))


JUNE_2017 = Month(2017, 6)


def event(kind: EventKind, *channels: Channel, when: Month = JUNE_2017, city: str = "Shanghai") -> Event:
    return EventFactory.build(kind=kind, city=city, when=when, channels=frozenset(channels))


def rated(grade: Grade) -> Standing[Grade]:
    return StandingFactory.build(state=grade, provenance=Provenance.ASSUMPTION)


def test_a_user_who_signs_up_starts_with_an_illustrative_top_rating(shanghai_user: Profile) -> None:
    start = SYSTEM.start(shanghai_user)
    assert (start.tracked, start.state, start.provenance) == (True, Grade.VERY_GOOD, Provenance.ASSUMPTION)
    reading = SYSTEM.read(start)
    assert reading.value is None and reading.level == 0
    assert (reading.band, reading.band_provenance) == ("Very good", Provenance.ASSUMPTION)
    rule = SYSTEM.rule("honest_shanghai.sign_up")
    assert rule.provenance is Provenance.REPORT and rule.reference_ids == NPR and rule.note


def test_the_app_is_voluntary_and_for_shanghai(visitor_from_beijing: Profile) -> None:
    not_signed = ProfileFactory.build(home_city="Shanghai", opted_in=frozenset())
    red_light = event(EventKind.RED_LIGHT_AT_CAMERA, Channel.TRAFFIC_POLICE)
    assert not SYSTEM.start(not_signed).tracked
    assert "voluntary" in SYSTEM.sees(red_light, not_signed).reason
    elsewhere = ProfileFactory.build(home_city="Beijing", opted_in=frozenset({"honest_shanghai"}))
    assert not SYSTEM.start(elsewhere).tracked and not SYSTEM.sees(red_light, elsewhere).seen
    assert SYSTEM.read(SYSTEM.start(visitor_from_beijing)).status == "Not rated: not signed up"


def test_nothing_is_seen_before_the_app_was_announced(shanghai_user: Profile) -> None:
    early = event(EventKind.RED_LIGHT_AT_CAMERA, Channel.TRAFFIC_POLICE, when=Month(2016, 10))
    assert not SYSTEM.sees(early, shanghai_user).seen
    assert SYSTEM.sees(
        event(EventKind.RED_LIGHT_AT_CAMERA, Channel.TRAFFIC_POLICE, when=Month(2016, 11)), shanghai_user
    ).seen


@pytest.mark.parametrize(
    ("kind", "channel", "rule_id"),
    [
        (EventKind.RED_LIGHT_AT_CAMERA, Channel.TRAFFIC_POLICE, "honest_shanghai.traffic"),
        (EventKind.JAYWALKS_AT_CAMERA, Channel.TRAFFIC_POLICE, "honest_shanghai.traffic"),
        (EventKind.LEAVES_GARBAGE_UNSORTED, Channel.SANITATION_INSPECTOR, "honest_shanghai.garbage"),
        (EventKind.DODGES_TRAIN_FARE, Channel.RAIL_STAFF_REPORT, "honest_shanghai.fare_dodging"),
    ],
)
def test_each_unconfirmed_item_drops_the_rating_one_illustrative_step(
    shanghai_user: Profile, kind: EventKind, channel: Channel, rule_id: str
) -> None:
    breach = event(kind, channel)
    assert SYSTEM.sees(breach, shanghai_user).seen
    outcome = SYSTEM.apply(rated(Grade.VERY_GOOD), breach, shanghai_user)
    assert outcome.standing.state is Grade.GOOD
    (rule,) = outcome.fired
    assert rule.id == rule_id
    assert rule.provenance is Provenance.ASSUMPTION and rule.note
    assert rule.quote_ids == ("honest_shanghai.recorded_infractions",)
    assert rule.change is not None
    assert (rule.change.value, rule.change.provenance) == (-1, Provenance.ASSUMPTION)


def test_the_traffic_rule_names_npr_on_government_records() -> None:
    assert SYSTEM.rule("honest_shanghai.traffic").reference_ids == NPR


def test_the_rating_does_not_fall_below_bad(shanghai_user: Profile) -> None:
    outcome = SYSTEM.apply(
        rated(Grade.BAD), event(EventKind.RED_LIGHT_AT_CAMERA, Channel.TRAFFIC_POLICE), shanghai_user
    )
    assert outcome.standing.state is Grade.BAD


def test_a_breach_outside_shanghai_is_not_seen(shanghai_user: Profile) -> None:
    assert not SYSTEM.sees(
        event(EventKind.RED_LIGHT_AT_CAMERA, Channel.TRAFFIC_POLICE, city="Hangzhou"), shanghai_user
    ).seen


def test_visits_to_elderly_parents_are_never_scored(shanghai_user: Profile) -> None:
    skipped = event(EventKind.SKIPS_VISITING_PARENTS, Channel.NONE)
    visibility = SYSTEM.sees(skipped, shanghai_user)
    assert not visibility.seen and "no source confirms" in visibility.reason
    step = SYSTEM.step(rated(Grade.VERY_GOOD), skipped, shanghai_user)
    assert step.after.state is Grade.VERY_GOOD and step.fired == ()
    rule = SYSTEM.rule("honest_shanghai.elderly_parents")
    assert rule.provenance is Provenance.ASSUMPTION and rule.change is None
    assert "unconfirmed" in rule.note
    assert "elderly parents" in QUOTES["honest_shanghai.recorded_infractions"].caveat


def test_other_records_are_not_modelled(shanghai_user: Profile) -> None:
    for kind, channel in (
        (EventKind.IGNORES_COURT_ORDER, Channel.COURT),
        (EventKind.SORTS_GARBAGE, Channel.SANITATION_INSPECTOR),
        (EventKind.MISSES_LOAN_REPAYMENT, Channel.BANK),
    ):
        assert not SYSTEM.sees(event(kind, channel), shanghai_user).seen


def test_what_the_record_shows_about_expiry() -> None:
    rule = SYSTEM.rule("honest_shanghai.expiry")
    assert rule.provenance is Provenance.OFFICIAL
    assert rule.quote_ids == ("honest_shanghai.hu_scrub",)
    assert "cailianshe-2025-credit-repair" in rule.reference_ids
    assert "clt-2020-guidance" in rule.reference_ids
    assert rule.change is not None
    assert (rule.change.value, rule.change.unit, rule.change.provenance) == (3, "years", Provenance.REPORT)
    assert "five years" in rule.change.note
    caveat = QUOTES["honest_shanghai.hu_scrub"].caveat
    assert "could not be identified" in caveat and "five years" in caveat


def test_a_top_rating_holds_reported_rewards_and_a_bad_one_a_reported_warning() -> None:
    assert [c.id for c in SYSTEM.holds(rated(Grade.VERY_GOOD))] == ["honest_shanghai.rewards"]
    assert SYSTEM.holds(rated(Grade.GOOD)) == ()
    assert [c.id for c in SYSTEM.holds(rated(Grade.BAD))] == ["honest_shanghai.bad_rating"]
    for consequence in SYSTEM.consequences:
        assert consequence.provenance is Provenance.REPORT and consequence.reference_ids == NPR
        assert consequence.note


def test_losing_the_top_rating_loses_the_rewards(shanghai_user: Profile) -> None:
    step = SYSTEM.step(
        SYSTEM.start(shanghai_user),
        event(EventKind.JAYWALKS_AT_CAMERA, Channel.TRAFFIC_POLICE),
        shanghai_user,
    )
    assert [c.id for c in step.lost] == ["honest_shanghai.rewards"]
    assert SYSTEM.read(step.after).band == "Good" and SYSTEM.read(step.after).level == 1


def test_it_is_a_city_rating_without_a_number() -> None:
    assert SYSTEM.shape is Shape.RATING and not SYSTEM.shape.has_number
    assert SYSTEM.group is SystemGroup.CITY
    assert SYSTEM.start(SYSTEM.example_profile).tracked
