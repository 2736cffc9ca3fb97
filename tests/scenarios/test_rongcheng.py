import pytest

from scenarios.engine import Channel, EventKind, Profile
from scenarios.provenance import Provenance
from scenarios.systems.rongcheng import SYSTEM, grade
from tests.factories import EventFactory, ProfileFactory, StandingFactory


def red_light(city: str = "Rongcheng"):
    return EventFactory.build(
        kind=EventKind.RED_LIGHT_AT_CAMERA, city=city, channels=frozenset({Channel.TRAFFIC_POLICE})
    )


def test_an_adult_resident_starts_with_1000_documented_points(resident: Profile) -> None:
    start = SYSTEM.start(resident)
    assert (start.tracked, start.state, start.provenance) == (True, 1000, Provenance.REPORT)
    rule = SYSTEM.rule("rongcheng.start")
    assert rule.change is not None and rule.change.quote_ids == ("rongcheng.start",)


def test_people_who_do_not_live_in_rongcheng_are_not_scored(visitor_from_beijing: Profile) -> None:
    assert not SYSTEM.start(visitor_from_beijing).tracked
    seen = SYSTEM.sees(red_light(), visitor_from_beijing)
    assert not seen.seen and "Rongcheng" in seen.reason


@pytest.mark.parametrize(("age", "years"), [(17, 5), (30, 0)])
def test_minors_and_newcomers_are_not_scored(age: int, years: int) -> None:
    assert not SYSTEM.start(ProfileFactory.build(age=age, years_resident=years)).tracked


def test_a_red_light_at_a_camera_costs_five_reported_points(resident: Profile) -> None:
    outcome = SYSTEM.apply(SYSTEM.start(resident), red_light(), resident)
    assert outcome.standing.state == 995
    assert outcome.standing.provenance is Provenance.REPORT
    (rule,) = outcome.fired
    assert rule.id == "rongcheng.traffic_violation"
    assert rule.provenance is Provenance.REPORT
    assert rule.change is not None
    assert (rule.change.value, rule.change.provenance) == (-5, Provenance.REPORT)
    assert rule.change.reference_ids == ("fp-2018-rongcheng",)


def test_a_red_light_in_another_city_is_not_seen(resident: Profile) -> None:
    assert not SYSTEM.sees(red_light(city="Jinan"), resident).seen


def test_volunteering_adds_five_illustrative_points_and_flags_the_seed_error(resident: Profile) -> None:
    event = EventFactory.build(
        kind=EventKind.VOLUNTEERS, channels=frozenset({Channel.CITY_VOLUNTEER_REGISTER})
    )
    outcome = SYSTEM.apply(SYSTEM.start(resident), event, resident)
    assert outcome.standing.state == 1005
    assert outcome.standing.provenance is Provenance.ASSUMPTION
    (rule,) = outcome.fired
    assert rule.quote_ids == ("rongcheng.charity_wrong",)
    assert rule.change is not None and rule.change.provenance is Provenance.ASSUMPTION


def test_a_court_listing_costs_fifty_illustrative_points_by_a_reported_rule(resident: Profile) -> None:
    event = EventFactory.build(kind=EventKind.IGNORES_COURT_ORDER, channels=frozenset({Channel.COURT}))
    assert SYSTEM.sees(event, resident).seen
    outcome = SYSTEM.apply(StandingFactory.build(state=1000), event, resident)
    assert outcome.standing.state == 950
    (rule,) = outcome.fired
    assert rule.provenance is Provenance.REPORT
    assert rule.reference_ids == ("clt-rongcheng-experience",)


def test_shopping_is_not_a_public_record(resident: Profile) -> None:
    assert not SYSTEM.sees(EventFactory.build(), resident).seen


@pytest.mark.parametrize(
    ("points", "letter"),
    [(1050, "A"), (960, "A"), (959, "B"), (850, "B"), (849, "C"), (600, "C"), (599, "D")],
)
def test_grades_follow_the_bands_npr_reported(points: int, letter: str) -> None:
    assert grade(points) == letter


def test_grade_a_brings_simpler_paperwork_and_grade_c_a_warning() -> None:
    assert [c.id for c in SYSTEM.holds(StandingFactory.build(state=960))] == ["rongcheng.green_channel"]
    assert SYSTEM.holds(StandingFactory.build(state=900)) == ()
    assert [c.id for c in SYSTEM.holds(StandingFactory.build(state=849))] == ["rongcheng.low_grade_warning"]
    perk = SYSTEM.consequence("rongcheng.green_channel")
    assert perk.quote_ids == ("rongcheng.perks_and_fees",)
    assert perk.threshold is not None and perk.threshold.value == 960
    assert perk.threshold.provenance is Provenance.REPORT


def test_a_reading_shows_points_and_a_reported_grade() -> None:
    reading = SYSTEM.read(StandingFactory.build(state=945, provenance=Provenance.ASSUMPTION))
    assert reading.value is not None and reading.value.value == 945
    assert reading.band == "Grade B" and reading.band_provenance is Provenance.REPORT


def test_a_low_grade_brings_a_warning_and_no_fee_the_sources_do_not_give_rongcheng() -> None:
    """The seed's extra paperwork or fees are for "some pilots", not said of Rongcheng."""
    warning = SYSTEM.consequence("rongcheng.low_grade_warning")
    assert warning.label == "Grade C or lower: a warning."
    assert warning.provenance is Provenance.REPORT and warning.reference_ids == ("npr-2018-rongcheng",)
    assert "“some pilots”" in warning.note and "does not apply it" in warning.note


def test_the_scale_says_where_the_start_and_the_letters_come_from() -> None:
    assert "as NPR reported in 2018" in SYSTEM.scale and "the city's own measures" in SYSTEM.scale
    assert SYSTEM.scale_provenance is Provenance.REPORT
