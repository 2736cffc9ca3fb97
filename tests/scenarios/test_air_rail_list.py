import re
from pathlib import Path

import pytest

from scenarios.engine import Channel, EventKind, Profile, Standing
from scenarios.provenance import Provenance
from scenarios.evidence import QUOTES, REFERENCES
from scenarios.systems.air_rail_list import AIR, RAIL, SYSTEM, bans, with_bans
from tests.factories import EventFactory, ProfileFactory, StandingFactory

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"


def trouble_on_flight(when: str = "2018-09"):
    return EventFactory.build(
        kind=EventKind.CAUSES_TROUBLE_ON_FLIGHT, when=when, channels=frozenset({Channel.CABIN_CREW_REPORT})
    )


def fare_dodge(when: str = "2018-09"):
    return EventFactory.build(
        kind=EventKind.DODGES_TRAIN_FARE, when=when, channels=frozenset({Channel.RAIL_STAFF_REPORT})
    )


def booking(kind: EventKind, when: str = "2018-09"):
    channel = Channel.AIRLINE_BOOKING if kind is EventKind.BOOKS_FLIGHT else Channel.RAIL_BOOKING
    return EventFactory.build(kind=kind, when=when, channels=frozenset({channel}))


def barred(**ends: str) -> Standing:
    flags = {"air": AIR, "rail": RAIL}
    empty = StandingFactory.build(value=0, provenance=Provenance.REPORT)
    return with_bans(empty, {flags[name]: until for name, until in ends.items()})


def test_everyone_starts_unlisted_and_covered(visitor_from_beijing: Profile) -> None:
    start = SYSTEM.start(visitor_from_beijing)
    assert (start.tracked, start.value, bans(start)) == (True, 0, {})
    assert SYSTEM.read(start).status == "Not listed"


def test_the_lists_cover_every_passenger_wherever_they_live() -> None:
    for profile in (ProfileFactory.build(home_city="Kashgar"), ProfileFactory.build(country="France")):
        assert SYSTEM.sees(trouble_on_flight(), profile).seen


def test_before_june_two_thousand_eighteen_the_lists_did_not_exist(resident: Profile) -> None:
    for event in (
        trouble_on_flight("2018-05"),
        fare_dodge("2018-05"),
        booking(EventKind.BOOKS_FLIGHT, "2018-05"),
    ):
        seen = SYSTEM.sees(event, resident)
        assert not seen.seen and "did not exist" in seen.reason
    assert SYSTEM.sees(trouble_on_flight("2018-06"), resident).seen


def test_only_staff_reports_and_ticket_sales_are_seen(resident: Profile) -> None:
    assert SYSTEM.sees(fare_dodge(), resident).seen
    assert SYSTEM.sees(booking(EventKind.BOOKS_ORDINARY_TRAIN), resident).seen
    unreported = EventFactory.build(
        kind=EventKind.CAUSES_TROUBLE_ON_FLIGHT, when="2018-09", channels=frozenset()
    )
    assert not SYSTEM.sees(unreported, resident).seen
    tourism_only = EventFactory.build(
        kind=EventKind.CAUSES_TROUBLE_ON_FLIGHT,
        when="2018-09",
        channels=frozenset({Channel.TOURISM_AUTHORITY}),
    )
    assert not SYSTEM.sees(tourism_only, resident).seen
    assert not SYSTEM.sees(EventFactory.build(when="2018-09"), resident).seen


def test_an_air_offence_bars_a_passenger_from_flying_for_a_reported_year(resident: Profile) -> None:
    outcome = SYSTEM.apply(SYSTEM.start(resident), trouble_on_flight(), resident)
    assert bans(outcome.standing) == {AIR: "2019-09"}
    (rule,) = outcome.fired
    assert rule.id == "air_rail_list.air_offence" and rule.provenance is Provenance.REPORT
    assert rule.quote_ids == ("court.lose_rights",)
    assert "inboundreport-2018-travel-blacklist" in rule.reference_ids
    assert rule.change is not None
    assert (rule.change.value, rule.change.unit, rule.change.provenance) == (1, "years", Provenance.REPORT)
    assert "globaltimes-2019-travel-bans" in rule.change.reference_ids


def test_a_rail_offence_bars_a_passenger_from_trains_for_a_hundred_and_eighty_days(resident: Profile) -> None:
    outcome = SYSTEM.apply(SYSTEM.start(resident), fare_dodge(), resident)
    assert bans(outcome.standing) == {RAIL: "2019-03"}
    (rule,) = outcome.fired
    assert rule.id == "air_rail_list.rail_offence"
    assert rule.quote_ids == ("air_rail_list.misbehaving_on_train",)
    assert "rfa-2018-flight-train-bans" in rule.reference_ids
    assert rule.change is not None
    assert (rule.change.value, rule.change.unit, rule.change.provenance) == (180, "days", Provenance.REPORT)
    assert rule.change.note


def test_both_bans_keep_their_own_end_months(resident: Profile) -> None:
    standing = SYSTEM.apply(SYSTEM.start(resident), trouble_on_flight("2018-09"), resident).standing
    standing = SYSTEM.apply(standing, fare_dodge("2018-11"), resident).standing
    assert bans(standing) == {AIR: "2019-09", RAIL: "2019-05"}
    assert standing.until == "2019-05"
    assert [c.id for c in SYSTEM.holds(standing)] == ["air_rail_list.no_flights", "air_rail_list.no_trains"]
    reading = SYSTEM.read(standing)
    assert reading.value is None and reading.until == "2019-05" and "train ban ends first" in reading.status


@pytest.mark.parametrize(
    ("ends", "expected"),
    [
        ({AIR: "2019-09", RAIL: "2019-05"}, {AIR: "2019-09", RAIL: "2019-05"}),
        ({AIR: "2019-02", RAIL: "2019-05"}, {AIR: "2019-02", RAIL: "2019-05"}),
        ({AIR: "2019-05", RAIL: "2019-05"}, {AIR: "2019-05", RAIL: "2019-05"}),
        ({AIR: "2019-05"}, {AIR: "2019-05"}),
        ({}, {}),
    ],
)
def test_the_encoding_round_trips(ends: dict[int, str], expected: dict[int, str]) -> None:
    assert bans(with_bans(StandingFactory.build(value=0), ends)) == expected


def test_the_train_ban_lapses_first_and_the_flying_ban_stays() -> None:
    standing = barred(air="2019-09", rail="2019-05")
    same, none = SYSTEM.lapse(standing, "2019-04")
    assert same == standing and none == ()
    after, fired = SYSTEM.lapse(standing, "2019-05")
    assert bans(after) == {AIR: "2019-09"} and after.until == "2019-09"
    assert [r.id for r in fired] == ["air_rail_list.rail_ban_ends"]
    gone, fired = SYSTEM.lapse(after, "2019-09")
    assert bans(gone) == {} and gone.until == ""
    assert [r.id for r in fired] == ["air_rail_list.air_ban_ends"]


def test_both_bans_can_lapse_in_one_step(resident: Profile) -> None:
    step = SYSTEM.step(barred(air="2019-09", rail="2019-05"), EventFactory.build(when="2020-01"), resident)
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
    outcome = SYSTEM.apply(barred(**{ban: "2019-09"}), booking(kind), resident)
    assert [c.id for c in outcome.met] == [refused]
    assert all(c.provenance is Provenance.REPORT for c in outcome.met)
    assert SYSTEM.apply(SYSTEM.start(resident), booking(kind), resident).met == ()


def test_a_flying_ban_does_not_stop_train_tickets(resident: Profile) -> None:
    assert SYSTEM.apply(barred(air="2019-09"), booking(EventKind.BOOKS_FAST_TRAIN), resident).met == ()


def test_a_second_offence_restarts_the_ban_by_an_illustrative_rule(resident: Profile) -> None:
    outcome = SYSTEM.apply(barred(rail="2019-03"), fare_dodge("2019-01"), resident)
    assert bans(outcome.standing) == {RAIL: "2019-07"}
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
    assert (SYSTEM.read(barred(air="2019-09")).status, SYSTEM.read(barred(air="2019-09")).until) == (
        "Barred from flying",
        "2019-09",
    )
    assert SYSTEM.read(barred(rail="2019-03")).status == "Barred from trains"
    assert "flying ban ends first" in SYSTEM.read(barred(air="2019-02", rail="2019-03")).status


def test_the_history_gives_the_reported_counts() -> None:
    (counts,) = [m for m in SYSTEM.history if m.when == "2019-01-13"]
    assert "5,028" in counts.text and "1,747" in counts.text
    assert counts.reference_ids == ("globaltimes-2019-travel-bans",)


@pytest.mark.parametrize("kind", list(EventKind))
def test_every_event_kind_steps_with_a_reason(resident: Profile, kind: EventKind) -> None:
    for channels in (frozenset(), frozenset(Channel)):
        for standing in (SYSTEM.start(resident), barred(air="2019-09", rail="2019-03")):
            event = EventFactory.build(kind=kind, when="2018-09", channels=channels)
            assert SYSTEM.step(standing, event, resident).visibility.reason


def test_quotes_are_verbatim_and_every_id_resolves() -> None:
    for quote_id in SYSTEM.quote_ids:
        quote = QUOTES[quote_id]
        assert quote.text in (SEEDS / quote.seed).read_text(encoding="utf-8")
    assert QUOTES["air_rail_list.misbehaving_on_train"].caveat
    assert REFERENCES["rfa-2018-flight-train-bans"].caveat
    for item in (*SYSTEM.rules, *SYSTEM.consequences, *SYSTEM.history):
        assert all(q in QUOTES for q in item.quote_ids)
        assert all(r in REFERENCES for r in item.reference_ids)
        if item.provenance is Provenance.SOURCE_TEXT:
            assert item.quote_ids
        if item.provenance is Provenance.REPORT:
            assert item.reference_ids


def test_labels_and_reasons_hold_no_digits(resident: Profile) -> None:
    texts = [SYSTEM.summary, SYSTEM.covers, SYSTEM.entry, SYSTEM.exit, SYSTEM.scale, SYSTEM.data_sources]
    texts += [r.label for r in SYSTEM.rules] + [c.label for c in SYSTEM.consequences]
    texts += [SYSTEM.sees(EventFactory.build(kind=k, when="2018-09"), resident).reason for k in EventKind]
    texts += [SYSTEM.read(barred(air="2019-09", rail="2019-03")).status]
    assert not [t for t in texts if re.search(r"\d", t)]
