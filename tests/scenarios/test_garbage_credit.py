import pytest

from scenarios.compare import ask
from scenarios.engine import Channel, Event, EventKind, Month, Profile, Shape, SystemGroup
from scenarios.everyday import BY_SLUG
from scenarios.evidence import QUOTES
from scenarios.provenance import Provenance
from scenarios.systems.garbage_credit import SYSTEM
from tests.factories import EventFactory, ProfileFactory, StandingFactory

SEPTEMBER_2018 = Month(2018, 9)


def garbage(kind: EventKind, city: str = "Hangzhou", when: Month = SEPTEMBER_2018) -> Event:
    return EventFactory.build(
        kind=kind, city=city, when=when, channels=frozenset({Channel.SANITATION_INSPECTOR})
    )


@pytest.fixture
def hangzhou() -> Profile:
    return ProfileFactory.build(home_city="Hangzhou", opted_in=frozenset())


def test_it_is_a_city_record_for_zhejiang_residents(hangzhou: Profile, resident: Profile) -> None:
    assert SYSTEM.shape is Shape.RECORD and SYSTEM.group is SystemGroup.CITY
    start = SYSTEM.start(hangzhou)
    assert start.tracked and start.state == 0 and SYSTEM.read(start).level == 0
    assert SYSTEM.read(start).status == "Nothing on the credit file"
    assert not SYSTEM.start(resident).tracked  # Rongcheng is in Shandong
    uncovered = SYSTEM.read(SYSTEM.start(resident))
    assert uncovered.value is None and not uncovered.tracked


def test_an_unsorted_bin_goes_on_the_credit_file(hangzhou: Profile) -> None:
    outcome = SYSTEM.apply(SYSTEM.start(hangzhou), garbage(EventKind.LEAVES_GARBAGE_UNSORTED), hangzhou)
    assert outcome.standing.state == 1 and SYSTEM.read(outcome.standing).level == 1
    (rule,) = outcome.fired
    assert rule.id == "garbage_credit.violation_recorded"
    assert rule.provenance is Provenance.REPORT and rule.change is None
    assert rule.reference_ids == ("ecns-2018-zhejiang-garbage", "shanghaiist-2018-zhejiang-garbage")
    assert [c.id for c in outcome.met] == ["garbage_credit.told_to_correct"]
    assert SYSTEM.read(outcome.standing).status == "A sorting violation on the credit file"


def test_a_violation_on_file_could_count_against_a_loan() -> None:
    assert [c.id for c in SYSTEM.holds(StandingFactory.build(state=2))] == ["garbage_credit.loan_risk"]
    assert SYSTEM.holds(StandingFactory.build(state=0)) == ()
    warning = SYSTEM.consequence("garbage_credit.loan_risk")
    assert warning.provenance is Provenance.REPORT and warning.threshold is None
    assert warning.reference_ids == ("ecns-2018-zhejiang-garbage", "shanghaiist-2018-zhejiang-garbage")


def test_the_order_to_correct_names_no_sum() -> None:
    warning = SYSTEM.consequence("garbage_credit.told_to_correct")
    assert warning.provenance is Provenance.REPORT and warning.amount is None
    assert warning.reference_ids == ("ecns-2018-zhejiang-garbage",)


def test_sorting_well_brings_no_invented_loan_benefit(hangzhou: Profile) -> None:
    start = SYSTEM.start(hangzhou)
    outcome = SYSTEM.apply(start, garbage(EventKind.SORTS_GARBAGE), hangzhou)
    assert outcome.standing == start and outcome.met == ()
    (rule,) = outcome.fired
    assert rule.id == "garbage_credit.sorting_rewarded" and rule.change is None
    assert rule.quote_ids == ("garbage_credit.better_loans",)
    assert "No published loan benefit" in rule.note
    assert "No published loan benefit" in QUOTES["garbage_credit.better_loans"].caveat


def test_only_zhejiang_residents_are_seen(visitor_from_beijing: Profile, hangzhou: Profile) -> None:
    event = garbage(EventKind.LEAVES_GARBAGE_UNSORTED)
    assert SYSTEM.sees(event, hangzhou).seen
    seen = SYSTEM.sees(event, visitor_from_beijing)
    assert not seen.seen and "Zhejiang" in seen.reason


def test_garbage_left_outside_zhejiang_is_not_seen(hangzhou: Profile) -> None:
    assert not SYSTEM.sees(garbage(EventKind.LEAVES_GARBAGE_UNSORTED, city="Shanghai"), hangzhou).seen


def test_nothing_is_seen_before_the_rules_were_approved(hangzhou: Profile) -> None:
    assert not SYSTEM.sees(garbage(EventKind.LEAVES_GARBAGE_UNSORTED, when=Month(2017, 12)), hangzhou).seen
    assert SYSTEM.sees(garbage(EventKind.LEAVES_GARBAGE_UNSORTED, when=Month(2018, 1)), hangzhou).seen


def test_other_events_are_not_seen(hangzhou: Profile) -> None:
    assert not SYSTEM.sees(EventFactory.build(city="Hangzhou"), hangzhou).seen
    not_inspected = EventFactory.build(
        kind=EventKind.LEAVES_GARBAGE_UNSORTED, city="Hangzhou", channels=frozenset({Channel.NONE})
    )
    assert not SYSTEM.sees(not_inspected, hangzhou).seen


def test_the_everyday_comparison_asks_a_hangzhou_resident() -> None:
    assert SYSTEM.example_profile.home_city == "Hangzhou"
    unsorted = ask(SYSTEM, BY_SLUG["garbage"]).result
    assert unsorted.visibility.seen and unsorted.after.state - unsorted.before.state == 1
    assert [c.id for c in unsorted.gained] == ["garbage_credit.loan_risk"]
    recycled = ask(SYSTEM, BY_SLUG["recycle"]).result
    assert recycled.visibility.seen and not recycled.changed
    assert not ask(SYSTEM, BY_SLUG["jaywalk"]).result.visibility.seen
