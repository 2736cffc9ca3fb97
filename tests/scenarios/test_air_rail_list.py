import pytest

from scenarios.engine import Channel, Event, EventKind, Month, Profile, Standing
from scenarios.evidence import QUOTES, REFERENCES
from scenarios.provenance import Provenance
from scenarios.systems.air_rail_list import NO_BANS, SYSTEM, Ban, Bans, Transport
from tests.factories import EventFactory, ProfileFactory, StandingFactory

AIR, RAIL = Transport.AIR, Transport.RAIL
SEPTEMBER_2018 = Month(2018, 9)


def trouble_on_flight(when: Month = SEPTEMBER_2018) -> Event:
    return EventFactory.build(
        kind=EventKind.CAUSES_TROUBLE_ON_FLIGHT, when=when, channels=frozenset({Channel.CABIN_CREW_REPORT})
    )


def fare_dodge(when: Month = SEPTEMBER_2018) -> Event:
    return EventFactory.build(
        kind=EventKind.DODGES_TRAIN_FARE, when=when, channels=frozenset({Channel.RAIL_STAFF_REPORT})
    )


def booking(kind: EventKind, when: Month = SEPTEMBER_2018) -> Event:
    channel = Channel.AIRLINE_BOOKING if kind is EventKind.BOOKS_FLIGHT else Channel.RAIL_BOOKING
    return EventFactory.build(kind=kind, when=when, channels=frozenset({channel}))


def barred(**ends: Month) -> Standing[Bans]:
    bans = NO_BANS
    for name, until in ends.items():
        bans = bans.imposing(Ban(transport=Transport(name), until=until))
    return StandingFactory.build(state=bans, provenance=Provenance.REPORT)


def bans(standing: Standing[Bans]) -> dict[Transport, Month]:
    return {ban.transport: ban.until for ban in standing.state.held}


def test_everyone_starts_unlisted_and_covered(visitor_from_beijing: Profile) -> None:
    start = SYSTEM.start(visitor_from_beijing)
    assert (start.tracked, bans(start)) == (True, {})
    assert SYSTEM.read(start).status == "Not listed" and SYSTEM.read(start).level == 0


def test_the_lists_cover_every_passenger_wherever_they_live() -> None:
    for profile in (ProfileFactory.build(home_city="Kashgar"), ProfileFactory.build(country="France")):
        assert SYSTEM.sees(trouble_on_flight(), profile).seen


def test_before_june_two_thousand_eighteen_the_lists_did_not_exist(resident: Profile) -> None:
    for event in (
        trouble_on_flight(Month(2018, 5)),
        fare_dodge(Month(2018, 5)),
        booking(EventKind.BOOKS_FLIGHT, Month(2018, 5)),
    ):
        seen = SYSTEM.sees(event, resident)
        assert not seen.seen and "did not exist" in seen.reason
    assert SYSTEM.sees(trouble_on_flight(Month(2018, 6)), resident).seen


def test_only_staff_reports_and_ticket_sales_are_seen(resident: Profile) -> None:
    assert SYSTEM.sees(fare_dodge(), resident).seen
    assert SYSTEM.sees(booking(EventKind.BOOKS_ORDINARY_TRAIN), resident).seen
    unreported = EventFactory.build(
        kind=EventKind.CAUSES_TROUBLE_ON_FLIGHT, when=Month(2018, 9), channels=frozenset()
    )
    assert not SYSTEM.sees(unreported, resident).seen
    tourism_only = EventFactory.build(
        kind=EventKind.CAUSES_TROUBLE_ON_FLIGHT,
        when=Month(2018, 9),
        channels=frozenset({Channel.TOURISM_AUTHORITY}),
    )
    assert not SYSTEM.sees(tourism_only, resident).seen
    assert not SYSTEM.sees(EventFactory.build(when=Month(2018, 9)), resident).seen


def test_an_air_offence_bars_a_passenger_from_flying_for_a_reported_year(resident: Profile) -> None:
    outcome = SYSTEM.apply(SYSTEM.start(resident), trouble_on_flight(), resident)
    assert bans(outcome.standing) == {AIR: Month(2019, 9)}
    (rule,) = outcome.fired
    assert rule.id == "air_rail_list.air_offence" and rule.provenance is Provenance.REPORT
    assert rule.quote_ids == ("court.lose_rights",)
    assert "inboundreport-2018-travel-blacklist" in rule.reference_ids
    assert rule.change is not None
    assert (rule.change.value, rule.change.unit, rule.change.provenance) == (1, "years", Provenance.REPORT)
    assert "globaltimes-2019-travel-bans" in rule.change.reference_ids


def test_a_rail_offence_bars_a_passenger_from_trains_for_a_hundred_and_eighty_days(resident: Profile) -> None:
    outcome = SYSTEM.apply(SYSTEM.start(resident), fare_dodge(), resident)
    assert bans(outcome.standing) == {RAIL: Month(2019, 3)}
    (rule,) = outcome.fired
    assert rule.id == "air_rail_list.rail_offence"
    assert rule.quote_ids == ("air_rail_list.misbehaving_on_train",)
    assert "rfa-2018-flight-train-bans" in rule.reference_ids
    assert rule.change is not None
    assert (rule.change.value, rule.change.unit, rule.change.provenance) == (180, "days", Provenance.REPORT)
    assert rule.change.note


def test_both_bans_keep_their_own_end_months(resident: Profile) -> None:
    standing = SYSTEM.apply(SYSTEM.start(resident), trouble_on_flight(Month(2018, 9)), resident).standing
    standing = SYSTEM.apply(standing, fare_dodge(Month(2018, 11)), resident).standing
    assert bans(standing) == {AIR: Month(2019, 9), RAIL: Month(2019, 5)}
    assert [c.id for c in SYSTEM.holds(standing)] == ["air_rail_list.no_flights", "air_rail_list.no_trains"]
    reading = SYSTEM.read(standing)
    assert (
        reading.value is None and reading.until == Month(2019, 5) and "train ban ends first" in reading.status
    )
    assert reading.level == 1


def test_a_new_ban_replaces_one_of_the_same_transport_and_flying_comes_first() -> None:
    bans = NO_BANS.imposing(Ban(transport=RAIL, until=Month(2019, 5)))
    bans = bans.imposing(Ban(transport=AIR, until=Month(2019, 9)))
    bans = bans.imposing(Ban(transport=RAIL, until=Month(2019, 7)))
    assert bans.held == (Ban(transport=AIR, until=Month(2019, 9)), Ban(transport=RAIL, until=Month(2019, 7)))
    assert bans.first == Ban(transport=RAIL, until=Month(2019, 7))


def test_the_train_ban_lapses_first_and_the_flying_ban_stays() -> None:
    standing = barred(air=Month(2019, 9), rail=Month(2019, 5))
    same, none = SYSTEM.lapse(standing, Month(2019, 4))
    assert same == standing and none == ()
    after, fired = SYSTEM.lapse(standing, Month(2019, 5))
    assert bans(after) == {AIR: Month(2019, 9)} and SYSTEM.read(after).until == Month(2019, 9)
    assert [r.id for r in fired] == ["air_rail_list.rail_ban_ends"]
    gone, fired = SYSTEM.lapse(after, Month(2019, 9))
    assert bans(gone) == {} and SYSTEM.read(gone).until is None
    assert [r.id for r in fired] == ["air_rail_list.air_ban_ends"]


def test_both_bans_can_lapse_in_one_step(resident: Profile) -> None:
    step = SYSTEM.step(
        barred(air=Month(2019, 9), rail=Month(2019, 5)), EventFactory.build(when=Month(2020, 1)), resident
    )
    assert bans(step.after) == {}
    assert [r.id for r in step.fired] == ["air_rail_list.air_ban_ends", "air_rail_list.rail_ban_ends"]
    assert [c.id for c in step.lost] == ["air_rail_list.no_flights", "air_rail_list.no_trains"]


@pytest.mark.parametrize(
    ("kind", "ban", "refused"),
    [
        (EventKind.BOOKS_FLIGHT, "air", "air_rail_list.flight_refused"),
        (EventKind.BOOKS_FAST_TRAIN, "rail", "air_rail_list.train_refused"),
        (EventKind.BOOKS_ORDINARY_TRAIN, "rail", "air_rail_list.train_refused"),
    ],
)
def test_a_barred_passenger_is_refused_tickets(
    resident: Profile, kind: EventKind, ban: str, refused: str
) -> None:
    outcome = SYSTEM.apply(barred(**{ban: Month(2019, 9)}), booking(kind), resident)
    assert [c.id for c in outcome.met] == [refused]
    assert all(c.provenance is Provenance.REPORT for c in outcome.met)
    assert SYSTEM.apply(SYSTEM.start(resident), booking(kind), resident).met == ()


def test_a_flying_ban_does_not_stop_train_tickets(resident: Profile) -> None:
    assert SYSTEM.apply(barred(air=Month(2019, 9)), booking(EventKind.BOOKS_FAST_TRAIN), resident).met == ()


def test_a_second_offence_restarts_the_ban_by_an_illustrative_rule(resident: Profile) -> None:
    outcome = SYSTEM.apply(barred(rail=Month(2019, 3)), fare_dodge(Month(2019, 1)), resident)
    assert bans(outcome.standing) == {RAIL: Month(2019, 7)}
    assert [r.id for r in outcome.fired] == ["air_rail_list.rail_offence", "air_rail_list.repeat"]
    repeat = SYSTEM.rule("air_rail_list.repeat")
    assert repeat.provenance is Provenance.ASSUMPTION and repeat.note
    assert outcome.standing.provenance is Provenance.ASSUMPTION


def test_the_bans_held_are_reported_with_sources() -> None:
    no_flights, no_trains = SYSTEM.consequences[:2]
    assert (no_flights.id, no_trains.id) == ("air_rail_list.no_flights", "air_rail_list.no_trains")
    for ban in (no_flights, no_trains):
        assert ban.provenance is Provenance.REPORT and "globaltimes-2019-travel-bans" in ban.reference_ids


def test_single_bans_read_as_words_with_an_end_month() -> None:
    assert (
        SYSTEM.read(barred(air=Month(2019, 9))).status,
        SYSTEM.read(barred(air=Month(2019, 9))).until,
    ) == (
        "Barred from flying",
        Month(2019, 9),
    )
    assert SYSTEM.read(barred(rail=Month(2019, 3))).status == "Barred from trains"
    assert "flying ban ends first" in SYSTEM.read(barred(air=Month(2019, 2), rail=Month(2019, 3))).status


def test_the_history_gives_the_reported_counts() -> None:
    (counts,) = [m for m in SYSTEM.history if m.when == "2019-01-13"]
    assert "5,028" in counts.text and "1,747" in counts.text
    assert counts.reference_ids == ("globaltimes-2019-travel-bans",)


def test_the_seed_quote_and_the_rfa_report_carry_caveats() -> None:
    assert QUOTES["air_rail_list.misbehaving_on_train"].caveat
    assert REFERENCES["rfa-2018-flight-train-bans"].caveat
