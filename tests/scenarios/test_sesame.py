import pytest

from scenarios.engine import Channel, Event, EventKind, Month, Profile, Standing
from scenarios.provenance import Provenance
from scenarios.systems.sesame import SYSTEM, SesameScore
from tests.factories import EventFactory, StandingFactory


def through_alipay(kind: EventKind) -> Event:
    return EventFactory.build(kind=kind, channels=frozenset({Channel.ALIPAY}))


def sesame_score(score: int, *, listed: bool = False) -> Standing[SesameScore]:
    state = SesameScore(points=score, listed=listed)
    return StandingFactory.build(state=state, provenance=Provenance.ASSUMPTION)


MAY_2018 = Month(2018, 5)


def court(kind: EventKind, when: Month = MAY_2018, amount: int = 0) -> Event:
    return EventFactory.build(kind=kind, when=when, channels=frozenset({Channel.COURT}), amount_yuan=amount)


def test_the_starting_score_is_illustrative_and_on_the_documented_scale(resident: Profile) -> None:
    start = SYSTEM.start(resident)
    assert (start.state.points, start.provenance) == (641, Provenance.ASSUMPTION)
    assert 350 <= start.state.points <= 950
    assert "sesame.scale" in SYSTEM.quote_ids


def test_sesame_is_opt_in(visitor_from_beijing: Profile) -> None:
    assert not SYSTEM.start(visitor_from_beijing).tracked
    seen = SYSTEM.sees(through_alipay(EventKind.BUYS_NAPPIES), visitor_from_beijing)
    assert not seen.seen and "opt-in" in seen.reason


def test_sesame_sees_only_what_passes_through_alipay(resident: Profile) -> None:
    traffic = EventFactory.build(
        kind=EventKind.RED_LIGHT_AT_CAMERA, channels=frozenset({Channel.TRAFFIC_POLICE})
    )
    assert not SYSTEM.sees(traffic, resident).seen
    assert SYSTEM.sees(through_alipay(EventKind.BUYS_NAPPIES), resident).seen


@pytest.mark.parametrize(
    ("kind", "change", "quote"),
    [
        (EventKind.BUYS_NAPPIES, 12, "sesame.factor_behaviour"),
        (EventKind.GAMES_TEN_HOURS_A_DAY, -20, "sesame.factor_behaviour"),
        (EventKind.PAYS_BILLS_ON_TIME, 6, "sesame.factor_credit_history"),
    ],
)
def test_documented_factors_move_the_score_by_illustrative_amounts(
    resident: Profile, kind: EventKind, change: int, quote: str
) -> None:
    outcome = SYSTEM.apply(sesame_score(641), through_alipay(kind), resident)
    assert outcome.standing.state.points == 641 + change
    (rule,) = outcome.fired
    assert rule.provenance is Provenance.REPORT
    assert quote in rule.quote_ids
    assert rule.change is not None and rule.change.provenance is Provenance.ASSUMPTION


def test_the_video_game_rule_shows_the_24_hour_exaggeration_with_its_caveat() -> None:
    from scenarios.evidence import QUOTES

    rule = SYSTEM.rule("sesame.video_games")
    assert "sesame.games_24_hours" in rule.quote_ids
    assert "ten hours" in QUOTES["sesame.games_24_hours"].caveat


@pytest.mark.parametrize(("start", "end"), [(355, 350), (945, 950)])
def test_the_score_stays_between_350_and_950(resident: Profile, start: int, end: int) -> None:
    kind = EventKind.GAMES_TEN_HOURS_A_DAY if end == 350 else EventKind.BUYS_NAPPIES
    assert SYSTEM.apply(sesame_score(start), through_alipay(kind), resident).standing.state.points == end


@pytest.mark.parametrize(("score", "met"), [(650, "sesame.deposit_saved"), (649, "sesame.deposit_paid")])
def test_a_flat_deposit_is_waived_from_a_reported_650(resident: Profile, score: int, met: str) -> None:
    outcome = SYSTEM.apply(sesame_score(score), through_alipay(EventKind.RENTS_FLAT), resident)
    assert [c.id for c in outcome.met] == [met]
    (consequence,) = outcome.met
    assert consequence.amount is not None
    assert (consequence.amount.value, consequence.amount.provenance) == (3000, Provenance.ASSUMPTION)
    assert outcome.standing.state.points == score


@pytest.mark.parametrize(
    ("score", "perks"),
    [
        (599, []),
        (600, ["sesame.hotel_deposit_waived"]),
        (650, ["sesame.hotel_deposit_waived", "sesame.flat_deposit_waived"]),
    ],
)
def test_perks_follow_reported_thresholds(score: int, perks: list[str]) -> None:
    assert [c.id for c in SYSTEM.holds(sesame_score(score))] == perks
    for consequence in SYSTEM.holds(sesame_score(score)):
        assert consequence.threshold is not None
        assert consequence.threshold.provenance is Provenance.REPORT
        assert consequence.threshold.reference_ids


def test_an_untracked_person_has_no_score_and_no_perks(visitor_from_beijing: Profile) -> None:
    standing = SYSTEM.start(visitor_from_beijing)
    assert SYSTEM.holds(standing) == ()
    assert SYSTEM.read(standing).value is None and not SYSTEM.read(standing).tracked


def test_posts_on_social_media_are_not_an_input_as_sesame_told_the_bbc(resident: Profile) -> None:
    event = EventFactory.build(
        kind=EventKind.POSTS_PRAISE_OF_ECONOMY, channels=frozenset({Channel.SOCIAL_MEDIA})
    )
    visibility = SYSTEM.sees(event, resident)
    assert not visibility.seen and "BBC" in visibility.reason


def test_a_court_listing_cuts_the_score_and_bars_high_priced_shopping(resident: Profile) -> None:
    """Connected to the court's list since July 2015 (China Daily; the Supreme People's Court)."""
    order = court(EventKind.COURT_ORDERS_PAYMENT, amount=9000)
    unseen = SYSTEM.sees(order, resident)
    assert not unseen.seen and "judgment alone lists nobody" in unseen.reason
    listed = SYSTEM.apply(sesame_score(641), court(EventKind.IGNORES_COURT_ORDER), resident)
    assert [r.id for r in listed.fired] == ["sesame.court_listing"]
    assert listed.standing.state == SesameScore(points=591, listed=True)
    assert "sesame.shopping_ban" in [c.id for c in SYSTEM.holds(listed.standing)]
    rule = SYSTEM.rule("sesame.court_listing")
    assert rule.provenance is Provenance.OFFICIAL
    assert rule.reference_ids == ("chinadaily-2015-sesame-court", "spc-2016-sesame-enforcement")
    assert rule.change is not None
    assert (rule.change.value, rule.change.provenance) == (-50, Provenance.ASSUMPTION)


def test_refusing_again_while_listed_cuts_nothing_more(resident: Profile) -> None:
    again = SYSTEM.apply(sesame_score(591, listed=True), court(EventKind.IGNORES_COURT_ORDER), resident)
    assert again.fired == () and again.standing.state.points == 591


def test_paying_ends_the_shopping_ban_and_the_lower_score_stays(resident: Profile) -> None:
    listed = sesame_score(591, listed=True)
    paid = SYSTEM.apply(listed, court(EventKind.PAYS_COURT_ORDER, amount=9000), resident)
    assert [r.id for r in paid.fired] == ["sesame.court_removal"]
    assert paid.standing.state == SesameScore(points=591)
    assert "sesame.shopping_ban" not in [c.id for c in SYSTEM.holds(paid.standing)]
    assert SYSTEM.rule("sesame.court_removal").reference_ids == ("spc-2016-sesame-enforcement",)


def test_paying_while_not_listed_changes_nothing(resident: Profile) -> None:
    paid = SYSTEM.apply(sesame_score(641), court(EventKind.PAYS_COURT_ORDER, amount=9000), resident)
    assert paid.fired == () and paid.standing.state == SesameScore(points=641)


def test_the_court_connection_starts_in_july_two_thousand_fifteen(resident: Profile) -> None:
    assert not SYSTEM.sees(court(EventKind.IGNORES_COURT_ORDER, Month(2015, 6)), resident).seen
    seen = SYSTEM.sees(court(EventKind.IGNORES_COURT_ORDER, Month(2015, 7)), resident)
    assert seen.seen and "court's list" in seen.reason


@pytest.mark.parametrize("rule_id", ["sesame.nappies", "sesame.video_games"])
def test_nappies_and_games_are_an_executives_examples_not_published_rules(rule_id: str) -> None:
    rule = SYSTEM.rule(rule_id)
    assert rule.label.startswith("An executive's example, not a published rule:")
    assert rule.reference_ids == ("bbc-2015-sesame",)
    assert rule.change is not None and rule.change.provenance is Provenance.ASSUMPTION
