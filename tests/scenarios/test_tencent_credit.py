import pytest

from scenarios.engine import Channel, Event, EventKind, Month, Profile, Standing, SystemGroup
from scenarios.evidence import QUOTES
from scenarios.provenance import Provenance
from scenarios.systems.tencent_credit import CLOSED_FROM, HIGHEST, LOWEST, SYSTEM, BetaScore
from tests.factories import EventFactory, ProfileFactory, StandingFactory


@pytest.fixture
def signed_up() -> Profile:
    return ProfileFactory.build(home_city="Shenzhen", opted_in=frozenset({"tencent_credit"}))


JANUARY_2018 = Month(2018, 1)


def through_wechat(kind: EventKind, when: Month = JANUARY_2018) -> Event:
    return EventFactory.build(kind=kind, city="Shenzhen", when=when, channels=frozenset({Channel.WECHAT_PAY}))


def score(points: int) -> Standing[BetaScore]:
    return StandingFactory.build(state=BetaScore(points=points), provenance=Provenance.ASSUMPTION)


def test_the_starting_score_is_illustrative_and_inside_the_documented_range(signed_up: Profile) -> None:
    start = SYSTEM.start(signed_up)
    assert (start.tracked, start.state, start.provenance) == (
        True,
        BetaScore(points=600),
        Provenance.ASSUMPTION,
    )
    assert LOWEST <= start.state.points <= HIGHEST
    rule = SYSTEM.rule("tencent_credit.start")
    assert rule.provenance is Provenance.REPORT
    assert rule.quote_ids == ("tencent_credit.range",)
    assert rule.change is not None and rule.change.provenance is Provenance.ASSUMPTION
    assert "private beta" in rule.change.note


def test_the_range_is_documented_by_seed_004_and_the_paypers(signed_up: Profile) -> None:
    reading = SYSTEM.read(SYSTEM.start(signed_up))
    assert reading.out_of is not None
    assert (reading.out_of.value, reading.out_of.provenance) == (850, Provenance.REPORT)
    assert reading.out_of.reference_ids == ("paypers-2017-tencent-credit",)
    assert "300 and 850" in QUOTES["tencent_credit.range"].text
    assert SYSTEM.scale_provenance is Provenance.SOURCE_TEXT


def test_tencent_credit_is_opt_in(visitor_from_beijing: Profile) -> None:
    assert not SYSTEM.start(visitor_from_beijing).tracked
    seen = SYSTEM.sees(through_wechat(EventKind.BUYS_NAPPIES), visitor_from_beijing)
    assert not seen.seen and "opt-in" in seen.reason
    assert SYSTEM.read(SYSTEM.start(visitor_from_beijing)).status == "No score: not signed up"


@pytest.mark.parametrize(
    ("when", "seen"),
    [(Month(2017, 7), False), (Month(2017, 8), True), (Month(2018, 1), True), (Month(2018, 2), False)],
)
def test_it_sees_only_during_the_test(signed_up: Profile, when: Month, seen: bool) -> None:
    visibility = SYSTEM.sees(through_wechat(EventKind.BUYS_NAPPIES, when), signed_up)
    assert visibility.seen is seen and visibility.reason


def test_it_sees_only_what_passes_through_tencents_apps(signed_up: Profile) -> None:
    traffic = EventFactory.build(
        kind=EventKind.RED_LIGHT_AT_CAMERA, when=Month(2018, 1), channels=frozenset({Channel.TRAFFIC_POLICE})
    )
    assert not SYSTEM.sees(traffic, signed_up).seen
    alipay_only = EventFactory.build(when=Month(2018, 1), channels=frozenset({Channel.ALIPAY}))
    assert not SYSTEM.sees(alipay_only, signed_up).seen
    assert SYSTEM.sees(through_wechat(EventKind.PAYS_BILLS_ON_TIME), signed_up).seen


def test_paying_bills_on_time_adds_illustrative_points_by_a_reported_rule(signed_up: Profile) -> None:
    outcome = SYSTEM.apply(SYSTEM.start(signed_up), through_wechat(EventKind.PAYS_BILLS_ON_TIME), signed_up)
    assert outcome.standing.state.points == 605
    assert outcome.standing.provenance is Provenance.ASSUMPTION
    (rule,) = outcome.fired
    assert rule.id == "tencent_credit.bills_on_time"
    assert rule.provenance is Provenance.REPORT
    assert rule.reference_ids == ("chinadaily-2015-tencent-credit",)
    assert rule.quote_ids == ("tencent_credit.five_categories",)
    assert rule.change is not None and rule.change.provenance is Provenance.ASSUMPTION and rule.change.note


def test_the_score_stays_inside_the_range(signed_up: Profile) -> None:
    outcome = SYSTEM.apply(score(HIGHEST), through_wechat(EventKind.PAYS_BILLS_ON_TIME), signed_up)
    assert outcome.standing.state.points == HIGHEST


@pytest.mark.parametrize("kind", [EventKind.BUYS_NAPPIES, EventKind.GAMES_TEN_HOURS_A_DAY])
def test_spending_feeds_a_documented_category_but_moves_no_invented_number(
    signed_up: Profile, kind: EventKind
) -> None:
    outcome = SYSTEM.apply(score(600), through_wechat(kind), signed_up)
    assert outcome.standing.state.points == 600
    (rule,) = outcome.fired
    assert rule.id == "tencent_credit.consumption"
    assert rule.provenance is Provenance.REPORT and rule.change is None
    assert rule.quote_ids == ("tencent_credit.five_categories",)


def test_social_connections_are_a_documented_category_without_a_number() -> None:
    rule = SYSTEM.rule("tencent_credit.social_connections")
    assert rule.provenance is Provenance.REPORT and rule.change is None
    assert "social connections" in QUOTES[rule.quote_ids[0]].text


def test_the_score_is_taken_down_when_the_test_closes(signed_up: Profile) -> None:
    start = SYSTEM.start(signed_up)
    assert Month(2018, 2) == CLOSED_FROM  # the same month for everyone, kept once, not per person
    assert SYSTEM.lapse(start, Month(2018, 1)) == (start, ())
    step = SYSTEM.step(start, through_wechat(EventKind.PAYS_BILLS_ON_TIME, Month(2018, 3)), signed_up)
    assert not step.visibility.seen and "ended" in step.visibility.reason
    assert [r.id for r in step.fired] == ["tencent_credit.test_closed"]
    assert not step.after.tracked and step.after.state == BetaScore(closed=True)
    assert SYSTEM.read(step.after).status == "No score: the test has ended"
    rule = SYSTEM.rule("tencent_credit.test_closed")
    assert rule.provenance is Provenance.REPORT
    assert rule.reference_ids == ("ejinsight-2018-tencent-credit",)


def test_promised_perks_are_reported_but_nobody_is_shown_gaining_them() -> None:
    perks = SYSTEM.consequence("tencent_credit.promised_perks")
    assert perks.provenance is Provenance.REPORT
    assert perks.reference_ids == ("ejinsight-2018-tencent-credit",)
    assert perks.amount is not None
    assert (perks.amount.value, perks.amount.provenance, perks.amount.unit) == (
        300000,
        Provenance.REPORT,
        "yuan",
    )
    assert perks.threshold is None and perks.note
    assert SYSTEM.holds(score(HIGHEST)) == ()


def test_the_seed_errors_are_flagged() -> None:
    for quote_id in (
        "tencent_credit.qq_scs",
        "tencent_credit.rapid_finance_partner",
        "tencent_credit.wechat_users",
    ):
        assert QUOTES[quote_id].caveat
    assert "not the state" in QUOTES["tencent_credit.qq_scs"].caveat
    assert "900 to 980 million" in QUOTES["tencent_credit.wechat_users"].caveat
    assert not QUOTES["tencent_credit.range"].caveat


def test_it_is_a_private_factor_score_run_in_january_2018() -> None:
    assert SYSTEM.shape.has_number and SYSTEM.group is SystemGroup.PRIVATE
    assert SYSTEM.example_when == Month(2018, 1)
    assert SYSTEM.start(SYSTEM.example_profile).tracked


def test_the_history_is_dated_and_sourced() -> None:
    whens = [m.when for m in SYSTEM.history]
    assert "2017-08" in whens and "2018-01-30" in whens and "2018-01-31" in whens
    assert all(m.reference_ids or m.quote_ids for m in SYSTEM.history)
