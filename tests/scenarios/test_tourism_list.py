import pytest

from scenarios.engine import Channel, Event, EventKind, Month, Profile, Standing
from scenarios.evidence import QUOTES, REFERENCES
from scenarios.provenance import Provenance
from scenarios.systems.common import NOT_LISTED, Listing
from scenarios.systems.tourism_list import SYSTEM
from tests.factories import EventFactory, ProfileFactory, StandingFactory

SEPTEMBER_2018 = Month(2018, 9)
MAY_2020 = Month(2020, 5)


def reported(kind: EventKind = EventKind.CAUSES_TROUBLE_ON_FLIGHT, when: Month = SEPTEMBER_2018) -> Event:
    return EventFactory.build(
        kind=kind,
        when=when,
        channels=frozenset({Channel.CABIN_CREW_REPORT, Channel.TOURISM_AUTHORITY}),
    )


def listed(until: Month = MAY_2020) -> Standing[Listing]:
    return StandingFactory.build(state=Listing(listed=True, until=until), provenance=Provenance.REPORT)


def test_everyone_from_china_starts_off_the_list(resident: Profile) -> None:
    start = SYSTEM.start(resident)
    assert (start.tracked, start.state) == (True, NOT_LISTED)
    assert SYSTEM.read(start).status == "Not listed" and SYSTEM.read(start).value is None


def test_the_list_covers_tourists_from_china_only() -> None:
    visitor = ProfileFactory.build(country="France")
    assert not SYSTEM.start(visitor).tracked
    seen = SYSTEM.sees(reported(), visitor)
    assert not seen.seen and "China" in seen.reason


@pytest.mark.parametrize("kind", [EventKind.CAUSES_TROUBLE_ON_FLIGHT, EventKind.DAMAGES_RELIC_ON_TOUR])
def test_misbehaviour_reported_to_the_tourism_authority_is_seen(resident: Profile, kind: EventKind) -> None:
    assert SYSTEM.sees(reported(kind), resident).seen


def test_misbehaviour_nobody_reports_to_the_tourism_authority_is_not_seen(resident: Profile) -> None:
    crew_only = EventFactory.build(
        kind=EventKind.CAUSES_TROUBLE_ON_FLIGHT,
        when=Month(2018, 9),
        channels=frozenset({Channel.CABIN_CREW_REPORT}),
    )
    seen = SYSTEM.sees(crew_only, resident)
    assert not seen.seen and "tourism authority" in seen.reason


def test_other_events_are_not_seen(resident: Profile) -> None:
    assert not SYSTEM.sees(EventFactory.build(when=Month(2018, 9)), resident).seen
    fare = EventFactory.build(
        kind=EventKind.DODGES_TRAIN_FARE, when=Month(2018, 9), channels=frozenset({Channel.RAIL_STAFF_REPORT})
    )
    assert not SYSTEM.sees(fare, resident).seen


def test_before_april_two_thousand_fifteen_there_was_no_list(resident: Profile) -> None:
    seen = SYSTEM.sees(reported(when=Month(2015, 3)), resident)
    assert not seen.seen and "not started" in seen.reason
    assert SYSTEM.sees(reported(when=Month(2015, 4)), resident).seen


def test_the_listing_rule_is_documented_by_seed_two() -> None:
    rule = SYSTEM.rule("tourism_list.listing")
    assert rule.provenance is Provenance.REPORT
    assert rule.quote_ids == ("tourism_list.blacklist",)
    assert QUOTES["tourism_list.blacklist"].seed.startswith("002_")
    assert "soranews-2015-tourist-blacklist" in rule.reference_ids


def test_under_the_first_rules_a_record_lasts_two_reported_years(resident: Profile) -> None:
    outcome = SYSTEM.apply(SYSTEM.start(resident), reported(when=Month(2015, 6)), resident)
    assert outcome.standing.state == Listing(listed=True, until=Month(2017, 6))
    assert outcome.standing.provenance is Provenance.REPORT
    assert [r.id for r in outcome.fired] == ["tourism_list.listing", "tourism_list.kept_two_years"]
    change = SYSTEM.rule("tourism_list.kept_two_years").change
    assert change is not None
    assert (change.value, change.unit, change.provenance) == (2, "years", Provenance.REPORT)
    assert change.reference_ids == ("shanghaidaily-2015-tourist-blacklist", "nation-2015-tourist-blacklist")


def test_after_the_revision_the_length_is_an_illustrative_middle_grade(resident: Profile) -> None:
    outcome = SYSTEM.apply(SYSTEM.start(resident), reported(when=Month(2018, 9)), resident)
    assert outcome.standing.state == Listing(listed=True, until=Month(2021, 9))
    assert outcome.standing.provenance is Provenance.ASSUMPTION
    (listing, graded) = outcome.fired
    assert (listing.id, graded.id) == ("tourism_list.listing", "tourism_list.graded_assumed")
    assert graded.provenance is Provenance.REPORT
    assert graded.change is not None
    assert (graded.change.value, graded.change.provenance) == (3, Provenance.ASSUMPTION)
    assert graded.change.note


@pytest.mark.parametrize(
    ("rule_id", "years"), [("tourism_list.graded_shortest", 1), ("tourism_list.graded_longest", 5)]
)
def test_the_revised_range_is_one_to_five_reported_years(rule_id: str, years: int) -> None:
    rule = SYSTEM.rule(rule_id)
    assert rule.change is not None
    assert (rule.change.value, rule.change.unit, rule.change.provenance) == (
        years,
        "years",
        Provenance.REPORT,
    )
    assert rule.change.reference_ids == ("chinadaily-2016-tourist-blacklist-revised",)


def test_a_later_listing_never_shortens_an_earlier_one(resident: Profile) -> None:
    outcome = SYSTEM.apply(listed(until=Month(2030, 1)), reported(when=Month(2018, 9)), resident)
    assert outcome.standing.state.until == Month(2030, 1)


def test_a_listing_lapses_when_its_time_is_up() -> None:
    still, none = SYSTEM.lapse(listed(until=Month(2020, 5)), Month(2020, 4))
    assert still.state.listed and none == ()
    after, fired = SYSTEM.lapse(listed(until=Month(2020, 5)), Month(2020, 5))
    assert after.state == NOT_LISTED
    assert [r.id for r in fired] == ["tourism_list.expiry"]


def test_lapse_shows_in_a_step_through_any_later_event(resident: Profile) -> None:
    step = SYSTEM.step(listed(until=Month(2020, 5)), EventFactory.build(when=Month(2020, 6)), resident)
    assert step.after.state == NOT_LISTED
    assert [r.id for r in step.fired] == ["tourism_list.expiry"]
    assert [c.id for c in step.lost] == ["tourism_list.named", "tourism_list.shared"]


def test_being_listed_means_being_named_and_shared() -> None:
    named, shared = SYSTEM.holds(listed())
    assert named.id == "tourism_list.named" and named.provenance is Provenance.REPORT
    assert named.quote_ids == ("tourism_list.blacklist",)
    assert shared.id == "tourism_list.shared" and shared.provenance is Provenance.REPORT
    assert SYSTEM.holds(StandingFactory.build(state=NOT_LISTED)) == ()


def test_an_appeal_is_allowed_by_a_reported_rule() -> None:
    rule = SYSTEM.rule("tourism_list.appeal")
    assert rule.provenance is Provenance.REPORT
    assert rule.reference_ids == ("nation-2015-tourist-blacklist",)


def test_the_reading_is_a_status_with_an_end_month() -> None:
    reading = SYSTEM.read(listed(until=Month(2021, 9)))
    assert (reading.value, reading.status, reading.until, reading.level) == (
        None,
        "Listed",
        Month(2021, 9),
        1,
    )


def test_the_ten_year_listing_is_history_not_a_rule() -> None:
    (statue,) = [m for m in SYSTEM.history if "Red Army" in m.text]
    assert statue.reference_ids == ("chinadaily-2015-red-army-statue",)
    assert "oddly" in statue.text
    assert REFERENCES["chinadaily-2015-red-army-statue"].caveat
