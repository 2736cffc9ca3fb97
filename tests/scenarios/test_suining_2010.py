import pytest

from scenarios.engine import Channel, Event, EventKind, Month, Profile, Standing
from scenarios.evidence import QUOTES
from scenarios.provenance import Provenance
from scenarios.systems.suining_2010 import SYSTEM, grade
from tests.factories import EventFactory, ProfileFactory, StandingFactory

CHINA_DAILY = ("chinadaily-2010-suining",)


@pytest.fixture
def villager() -> Profile:
    return ProfileFactory.build(home_city="Suining", opted_in=frozenset())


JUNE_2010 = Month(2010, 6)


def event(kind: EventKind, *channels: Channel, when: Month = JUNE_2010, city: str = "Suining") -> Event:
    return EventFactory.build(kind=kind, city=city, when=when, channels=frozenset(channels))


def points(value: int) -> Standing[int]:
    return StandingFactory.build(state=value, provenance=Provenance.REPORT)


def test_a_resident_starts_at_the_reported_full_score(villager: Profile) -> None:
    start = SYSTEM.start(villager)
    assert (start.tracked, start.state, start.provenance) == (True, 1000, Provenance.REPORT)
    rule = SYSTEM.rule("suining_2010.full_score")
    assert rule.change is not None and rule.change.reference_ids == CHINA_DAILY
    assert "starts everyone" in rule.change.note


def test_people_outside_suining_are_not_rated(visitor_from_beijing: Profile) -> None:
    assert not SYSTEM.start(visitor_from_beijing).tracked
    seen = SYSTEM.sees(event(EventKind.MISSES_LOAN_REPAYMENT, Channel.BANK), visitor_from_beijing)
    assert not seen.seen and "Suining" in seen.reason


@pytest.mark.parametrize(
    ("when", "seen"),
    [(Month(2009, 12), False), (Month(2010, 1), True), (Month(2010, 12), True), (Month(2011, 1), False)],
)
def test_the_exhibit_models_the_scheme_in_two_thousand_ten_only(
    villager: Profile, when: Month, seen: bool
) -> None:
    visibility = SYSTEM.sees(event(EventKind.MISSES_LOAN_REPAYMENT, Channel.BANK, when=when), villager)
    assert visibility.seen is seen and visibility.reason


def test_a_missed_loan_repayment_costs_illustrative_points_inside_the_reported_range(
    villager: Profile,
) -> None:
    outcome = SYSTEM.apply(
        SYSTEM.start(villager), event(EventKind.MISSES_LOAN_REPAYMENT, Channel.BANK), villager
    )
    assert outcome.standing.state == 970
    assert outcome.standing.provenance is Provenance.ASSUMPTION
    (rule,) = outcome.fired
    assert rule.id == "suining_2010.loan_default"
    assert rule.provenance is Provenance.REPORT and rule.reference_ids == CHINA_DAILY
    assert rule.change is not None and rule.change.provenance is Provenance.ASSUMPTION
    assert 10 <= -rule.change.value <= 50
    assert "Gu Zishuang" in rule.change.note
    assert [c.id for c in outcome.met] == ["suining_2010.published"]


def test_the_reported_case_fourteen_missed_repayments_ends_in_grade_d(villager: Profile) -> None:
    standing = SYSTEM.start(villager)
    for _ in range(14):
        standing = SYSTEM.apply(
            standing, event(EventKind.MISSES_LOAN_REPAYMENT, Channel.BANK), villager
        ).standing
    assert standing.state == 1000 - 420
    assert grade(standing.state) == "D"
    assert [c.id for c in SYSTEM.holds(standing)] == ["suining_2010.grade_d"]


@pytest.mark.parametrize("kind", [EventKind.RED_LIGHT_AT_CAMERA, EventKind.JAYWALKS_AT_CAMERA])
def test_breaking_traffic_laws_costs_the_lowest_reported_deduction(
    villager: Profile, kind: EventKind
) -> None:
    traffic = event(kind, Channel.TRAFFIC_POLICE)
    assert SYSTEM.sees(traffic, villager).seen
    outcome = SYSTEM.apply(points(1000), traffic, villager)
    assert outcome.standing.state == 990
    (rule,) = outcome.fired
    assert rule.id == "suining_2010.traffic" and rule.provenance is Provenance.REPORT
    assert rule.change is not None and rule.change.provenance is Provenance.ASSUMPTION


def test_a_traffic_offence_elsewhere_is_not_seen(villager: Profile) -> None:
    assert not SYSTEM.sees(
        event(EventKind.RED_LIGHT_AT_CAMERA, Channel.TRAFFIC_POLICE, city="Nanjing"), villager
    ).seen


@pytest.mark.parametrize("kind", [EventKind.VOLUNTEERS, EventKind.DONATES_TO_CHARITY])
def test_good_deeds_add_illustrative_points(villager: Profile, kind: EventKind) -> None:
    deed = event(kind, Channel.CITY_VOLUNTEER_REGISTER)
    assert SYSTEM.sees(deed, villager).seen
    outcome = SYSTEM.apply(points(1000), deed, villager)
    assert outcome.standing.state == 1010
    (rule,) = outcome.fired
    assert rule.id == "suining_2010.good_deed" and rule.provenance is Provenance.REPORT
    assert rule.change is not None and rule.change.provenance is Provenance.ASSUMPTION and rule.change.note


def test_a_national_award_adds_a_reported_hundred_points() -> None:
    rule = SYSTEM.rule("suining_2010.national_award")
    assert rule.change is not None
    assert (rule.change.value, rule.change.provenance) == (100, Provenance.REPORT)
    assert rule.change.reference_ids == CHINA_DAILY


def test_other_listed_misdeeds_cost_up_to_the_reported_fifty_points() -> None:
    rule = SYSTEM.rule("suining_2010.other_misdeeds")
    assert rule.change is not None
    assert (rule.change.value, rule.change.provenance) == (-50, Provenance.REPORT)
    assert "family-planning" in rule.label and "bribes" in rule.label


def test_criticism_of_petitioning_entries_is_reported_with_medium_sources() -> None:
    rule = SYSTEM.rule("suining_2010.petitioning")
    assert rule.provenance is Provenance.REPORT
    assert rule.reference_ids == ("globalinst-suining-new-deal", "globalvoices-2010-suining")
    assert rule.change is None


def test_court_matters_are_not_counted(villager: Profile) -> None:
    court = event(EventKind.IGNORES_COURT_ORDER, Channel.COURT)
    visibility = SYSTEM.sees(court, villager)
    assert not visibility.seen and "court" in visibility.reason


@pytest.mark.parametrize(
    ("value", "letter"), [(1010, "A"), (960, "A"), (959, "B"), (850, "B"), (849, "C"), (600, "C"), (599, "D")]
)
def test_grades_use_illustrative_limits(value: int, letter: str) -> None:
    assert grade(value) == letter
    reading = SYSTEM.read(points(value))
    assert reading.band == f"Grade {letter}" and reading.band_provenance is Provenance.ASSUMPTION


def test_grade_a_brings_reported_priority_and_grade_d_reported_penalties() -> None:
    assert [c.id for c in SYSTEM.holds(points(1000))] == ["suining_2010.grade_a"]
    assert SYSTEM.holds(points(900)) == ()
    perk, ban = SYSTEM.consequence("suining_2010.grade_a"), SYSTEM.consequence("suining_2010.grade_d")
    for consequence, limit in ((perk, 960), (ban, 600)):
        assert consequence.provenance is Provenance.REPORT and consequence.reference_ids == CHINA_DAILY
        assert consequence.threshold is not None
        assert (consequence.threshold.value, consequence.threshold.provenance) == (
            limit,
            Provenance.ASSUMPTION,
        )
        assert consequence.threshold.note


def test_publication_is_reported_and_the_outlets_counts_differ() -> None:
    published = SYSTEM.consequence("suining_2010.published")
    assert published.provenance is Provenance.REPORT
    assert "812" in published.note and "3,000" in published.note


def test_the_seed_does_not_name_suining_and_says_so() -> None:
    quote = QUOTES["suining_2010.early_rural_pilots"]
    assert "Suining" not in quote.text and "names no place" in quote.caveat
    documented = [m for m in SYSTEM.history if m.provenance is Provenance.SOURCE_TEXT]
    assert [m.quote_ids for m in documented] == [("suining_2010.early_rural_pilots",)]


def test_the_history_tells_the_reported_case_and_the_criticism() -> None:
    dated = {m.when: m for m in SYSTEM.history}
    assert "Gu Zishuang" in dated["2010-03-30"].text and dated["2010-03-30"].reference_ids == CHINA_DAILY
    assert dated["2010-04-04"].reference_ids
    assert SYSTEM.example_when == Month(2010, 6)
