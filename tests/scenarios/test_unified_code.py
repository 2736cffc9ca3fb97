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
from scenarios.evidence import QUOTES
from scenarios.provenance import Provenance
from scenarios.systems.unified_code import ALLOWED, EXAMPLE_CODE, SYSTEM, Code
from tests.factories import EventFactory, ProfileFactory, StandingFactory

SEPTEMBER_2018 = Month(2018, 9)


def registers(when: Month = SEPTEMBER_2018) -> Event:
    return EventFactory.build(
        kind=EventKind.REGISTERS_BUSINESS, when=when, channels=frozenset({Channel.MARKET_REGULATOR})
    )


def taxes() -> Event:
    return EventFactory.build(kind=EventKind.PAYS_TAXES_ON_TIME, channels=frozenset({Channel.TAX_AUTHORITY}))


def fine() -> Event:
    return EventFactory.build(
        kind=EventKind.FINED_BY_REGULATOR, channels=frozenset({Channel.MARKET_REGULATOR})
    )


@pytest.fixture
def shopkeeper() -> Profile:
    return ProfileFactory.build(
        home_city="Hangzhou", business=Business(name="a tea shop", kind=BusinessKind.SHOP)
    )


def test_it_is_an_identifier_for_businesses(shopkeeper: Profile) -> None:
    assert SYSTEM.shape is Shape.IDENTIFIER and SYSTEM.group is SystemGroup.BUSINESS
    assert not SYSTEM.shape.has_number
    start = SYSTEM.start(shopkeeper)
    assert start.tracked and start.state is Code.NOT_ISSUED
    assert SYSTEM.read(start).status == "No code yet"


def test_a_person_without_a_business_gets_no_code(resident: Profile) -> None:
    start = SYSTEM.start(resident)
    assert not start.tracked
    assert SYSTEM.read(start).status == "No code: people keep their ID number"
    seen = SYSTEM.sees(registers(), resident)
    assert not seen.seen and "ID number" in seen.reason


def test_registering_issues_the_code(shopkeeper: Profile) -> None:
    outcome = SYSTEM.apply(SYSTEM.start(shopkeeper), registers(), shopkeeper)
    assert outcome.standing.state is Code.ISSUED
    assert [r.id for r in outcome.fired] == ["unified_code.issued", "unified_code.structure"]
    issued = SYSTEM.rule("unified_code.issued")
    assert issued.provenance is Provenance.OFFICIAL
    assert issued.quote_ids == ("unified_code.unified_social_code",)
    assert "chinesestandard-gb32100" in issued.reference_ids
    assert [c.id for c in SYSTEM.holds(outcome.standing)] == ["unified_code.records_public"]
    assert SYSTEM.read(outcome.standing).status == "Has a code: a key to records, not a score"
    again = SYSTEM.apply(outcome.standing, registers(), shopkeeper)
    assert again.fired == () and again.standing == outcome.standing


def test_the_structure_is_reported_and_the_example_code_is_fake() -> None:
    rule = SYSTEM.rule("unified_code.structure")
    assert rule.provenance is Provenance.REPORT
    assert rule.reference_ids == ("wikipedia-uscc", "techintroduce-uscc")
    assert "made-up" in rule.note and EXAMPLE_CODE in rule.note
    assert len(EXAMPLE_CODE) == 18 and set(EXAMPLE_CODE) <= ALLOWED
    assert "EXAMPLE" in EXAMPLE_CODE
    assert SYSTEM.scale.startswith("18 characters") and SYSTEM.scale_provenance is Provenance.REPORT


def test_tax_records_are_filed_under_the_code(shopkeeper: Profile) -> None:
    outcome = SYSTEM.apply(StandingFactory.build(state=Code.ISSUED), taxes(), shopkeeper)
    (rule,) = outcome.fired
    assert rule.id == "unified_code.tax_filed" and rule.provenance is Provenance.REPORT
    assert rule.reference_ids == ("wikipedia-uscc", "hicom-social-credit-codes")
    assert outcome.standing.state is Code.ISSUED


def test_a_penalty_is_filed_under_the_code(shopkeeper: Profile) -> None:
    outcome = SYSTEM.apply(StandingFactory.build(state=Code.ISSUED), fine(), shopkeeper)
    (rule,) = outcome.fired
    assert rule.id == "unified_code.penalty_filed" and rule.provenance is Provenance.SOURCE_TEXT
    assert rule.quote_ids == ("unified_code.pull_up_records", "joint_punishment.enterprise_database")


def test_a_first_record_issues_the_code_if_the_story_skipped_registration(shopkeeper: Profile) -> None:
    outcome = SYSTEM.apply(SYSTEM.start(shopkeeper), taxes(), shopkeeper)
    assert [r.id for r in outcome.fired] == [
        "unified_code.issued",
        "unified_code.structure",
        "unified_code.tax_filed",
    ]
    assert outcome.standing.state is Code.ISSUED


def test_people_use_their_id_number_and_no_code_is_invented() -> None:
    rule = SYSTEM.rule("unified_code.people_use_id")
    assert rule.provenance is Provenance.REPORT
    assert rule.quote_ids == ("unified_code.citizen_credit_code", "unified_code.id_linked")
    assert rule.reference_ids == ("cjo-2018-debtor-list-tips", "chinadaily-2017-defaulters")
    quotes = QUOTES
    assert "did not happen" in quotes["unified_code.citizen_credit_code"].caveat
    assert quotes["unified_code.poor_credit_code"].caveat.startswith("Wrong")


def test_records_are_public_to_anyone_with_the_code() -> None:
    warning = SYSTEM.consequence("unified_code.records_public")
    assert warning.provenance is Provenance.REPORT
    assert warning.quote_ids == ("unified_code.pull_up_records",)


def test_nothing_is_seen_before_the_standard_took_effect(shopkeeper: Profile) -> None:
    assert not SYSTEM.sees(registers(Month(2015, 9)), shopkeeper).seen
    assert SYSTEM.sees(registers(Month(2015, 10)), shopkeeper).seen


def test_only_registration_taxes_and_fines_are_seen(shopkeeper: Profile) -> None:
    assert SYSTEM.sees(taxes(), shopkeeper).seen and SYSTEM.sees(fine(), shopkeeper).seen
    assert not SYSTEM.sees(EventFactory.build(), shopkeeper).seen
    wrong_channel = EventFactory.build(
        kind=EventKind.PAYS_TAXES_ON_TIME, channels=frozenset({Channel.ALIPAY})
    )
    assert not SYSTEM.sees(wrong_channel, shopkeeper).seen


def test_the_everyday_comparison_files_the_tea_shop_s_records() -> None:
    assert SYSTEM.example_profile.business is not None
    for slug, filed in (
        ("taxes", "unified_code.tax_filed"),
        ("regulator-fine", "unified_code.penalty_filed"),
    ):
        result = ask(SYSTEM, BY_SLUG[slug]).result
        assert result.visibility.seen and result.fired[-1].id == filed
    assert not ask(SYSTEM, BY_SLUG["nappies"]).result.visibility.seen
