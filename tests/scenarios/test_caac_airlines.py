import pytest

from scenarios.compare import ask
from scenarios.engine import (
    Business,
    BusinessKind,
    Channel,
    Event,
    EventKind,
    Month,
    Profile,
    Shape,
    SystemGroup,
)
from scenarios.everyday import BY_SLUG
from scenarios.evidence.caac_airlines import QUOTES
from scenarios.provenance import Provenance
from scenarios.systems.caac_airlines import SYSTEM, File
from tests.factories import EventFactory, ProfileFactory, StandingFactory

APRIL_2018 = Month(2018, 4)


def listing(when: Month = APRIL_2018) -> Event:
    return EventFactory.build(
        kind=EventKind.AIRLINE_LISTS_TAIWAN_AS_COUNTRY,
        when=when,
        channels=frozenset({Channel.AVIATION_AUTHORITY}),
    )


@pytest.fixture
def airline() -> Profile:
    return ProfileFactory.build(
        home_city="Sydney",
        country="Australia",
        business=Business(name="an invented airline", kind=BusinessKind.FOREIGN_AIRLINE),
    )


def test_it_is_a_business_case_study_without_a_score(airline: Profile) -> None:
    assert SYSTEM.shape is Shape.RECORD and SYSTEM.group is SystemGroup.BUSINESS
    start = SYSTEM.start(airline)
    assert start.tracked and start.state is File.NOTHING
    reading = SYSTEM.read(start)
    assert reading.value is None and reading.status == "No letter" and reading.level == 0


def test_people_and_other_businesses_are_not_covered(resident: Profile) -> None:
    shop = ProfileFactory.build(business=Business(name="a shop", kind=BusinessKind.SHOP))
    for profile in (resident, shop):
        assert not SYSTEM.start(profile).tracked
        seen = SYSTEM.sees(listing(), profile)
        assert not seen.seen and "airlines" in seen.reason
    reading = SYSTEM.read(SYSTEM.start(resident))
    assert reading.status == "Not covered: not a foreign airline" and not reading.tracked


def test_listing_taiwan_as_a_country_brings_a_letter_with_a_deadline(airline: Profile) -> None:
    outcome = SYSTEM.apply(SYSTEM.start(airline), listing(), airline)
    assert outcome.standing.state is File.LETTER
    assert SYSTEM.read(outcome.standing).level == 1
    (rule,) = outcome.fired
    assert rule.id == "caac_airlines.letter" and rule.provenance is Provenance.REPORT
    assert rule.quote_ids == ("caac_airlines.letters", "caac_airlines.serious_dishonesty")
    assert rule.reference_ids == (
        "airlineratings-2018-taiwan",
        "mapsofworld-2018-caac-circular",
        "worldtribune-2018-orwellian",
    )
    (letter,) = outcome.met
    assert letter.id == "caac_airlines.letter_received" and letter.provenance is Provenance.REPORT
    assert SYSTEM.holds(outcome.standing) == ()


def test_before_the_deadline_a_second_check_changes_nothing(airline: Profile) -> None:
    warned = StandingFactory.build(state=File.LETTER)
    outcome = SYSTEM.apply(warned, listing(Month(2018, 5)), airline)
    assert outcome.standing == warned and outcome.fired == ()


def test_after_the_deadline_the_threatened_record_follows(airline: Profile) -> None:
    outcome = SYSTEM.apply(StandingFactory.build(state=File.LETTER), listing(Month(2018, 6)), airline)
    assert outcome.standing.state is File.RECORD and SYSTEM.read(outcome.standing).level == 2
    (rule,) = outcome.fired
    assert rule.id == "caac_airlines.record" and rule.provenance is Provenance.REPORT
    assert rule.quote_ids[0] == "caac_airlines.serious_dishonesty"
    assert rule.reference_ids == ("worldtribune-2018-orwellian",)
    assert "No source found says that any airline was recorded" in rule.note
    assert [c.id for c in SYSTEM.holds(outcome.standing)] == ["caac_airlines.disciplinary_action"]
    assert SYSTEM.read(outcome.standing).status == "Recorded as seriously dishonest, as the letter warned"


def test_disciplinary_action_is_documented_but_unspecified() -> None:
    warning = SYSTEM.consequence("caac_airlines.disciplinary_action")
    assert warning.provenance is Provenance.REPORT
    assert warning.quote_ids == ("caac_airlines.serious_dishonesty",)
    assert warning.amount is None and warning.note


def test_a_first_listing_after_the_deadline_still_starts_with_a_letter(airline: Profile) -> None:
    outcome = SYSTEM.apply(SYSTEM.start(airline), listing(Month(2018, 9)), airline)
    assert outcome.standing.state is File.LETTER


def test_only_the_taiwan_listing_is_seen(airline: Profile) -> None:
    assert SYSTEM.sees(listing(), airline).seen
    assert not SYSTEM.sees(listing(Month(2017, 12)), airline).seen
    assert not SYSTEM.sees(EventFactory.build(), airline).seen
    no_channel = EventFactory.build(
        kind=EventKind.AIRLINE_LISTS_TAIWAN_AS_COUNTRY, channels=frozenset({Channel.NONE})
    )
    assert not SYSTEM.sees(no_channel, airline).seen


def test_the_seed_garbles_and_unverified_claims_carry_caveats() -> None:
    quotes = {q.id: q for q in QUOTES}
    assert "garbled" in quotes["caac_airlines.letters"].caveat
    assert "Not confirmed" in quotes["caac_airlines.all_complied"].caveat
    assert "Trial Measures" in quotes["caac_airlines.one_pilot"].caveat
    assert not quotes["caac_airlines.serious_dishonesty"].caveat


def test_the_white_house_is_quoted_only_as_reported() -> None:
    (milestone,) = [m for m in SYSTEM.history if "Orwellian" in m.text]
    assert milestone.when == "2018-05-05" and milestone.provenance is Provenance.REPORT
    assert "reported by" in milestone.text
    assert "kinaforum-2018-orwellian" in milestone.reference_ids


def test_the_everyday_comparison_is_asked_in_april_2018() -> None:
    assert SYSTEM.example_when == Month(2018, 4)
    result = ask(SYSTEM, BY_SLUG["airline-map"]).result
    assert result.visibility.seen and [r.id for r in result.fired] == ["caac_airlines.letter"]
    assert not ask(SYSTEM, BY_SLUG["taxes"]).result.visibility.seen
