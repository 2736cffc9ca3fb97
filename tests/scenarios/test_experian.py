import re

import pytest

from scenarios.engine import Channel, EventKind, Profile, Role, Shape, Standing, SystemGroup
from scenarios.evidence.experian import REFERENCES
from scenarios.provenance import Provenance
from scenarios.systems.experian import SYSTEM, PaymentRecord
from tests.factories import EventFactory, ProfileFactory


@pytest.fixture
def londoner() -> Profile:
    return ProfileFactory.build(home_city="London", country="United Kingdom", opted_in=frozenset())


def record(missed: bool = False) -> Standing[PaymentRecord]:
    state = PaymentRecord.MISSED if missed else PaymentRecord.ON_TIME
    return Standing(tracked=True, state=state, provenance=Provenance.SOURCE_TEXT)


def test_it_is_a_comparison_resting_on_the_seed_alone() -> None:
    assert (SYSTEM.shape, SYSTEM.role, SYSTEM.group) == (
        Shape.RECORD,
        Role.COMPARISON,
        SystemGroup.COMPARISON,
    )
    assert REFERENCES == ()
    for rule in SYSTEM.rules:
        assert rule.provenance is Provenance.SOURCE_TEXT
        assert rule.quote_ids == ("experian.credit_checks",) and rule.reference_ids == ()
        assert rule.change is None  # no number: the seed names no scale


def test_it_covers_people_in_the_uk_only(londoner: Profile, resident: Profile) -> None:
    assert SYSTEM.start(londoner).tracked and not SYSTEM.start(resident).tracked
    bills = EventFactory.build(kind=EventKind.PAYS_BILLS_ON_TIME, channels=frozenset({Channel.ALIPAY}))
    assert not SYSTEM.sees(bills, resident).seen
    assert "UK" in SYSTEM.sees(bills, resident).reason
    assert SYSTEM.read(SYSTEM.start(resident)).status.startswith("Not covered")


@pytest.mark.parametrize("channel", [Channel.ALIPAY, Channel.WECHAT_PAY, Channel.BANK, Channel.NONE])
def test_it_sees_payments_whatever_the_channel(londoner: Profile, channel: Channel) -> None:
    for kind in (EventKind.PAYS_BILLS_ON_TIME, EventKind.MISSES_LOAN_REPAYMENT):
        assert SYSTEM.sees(EventFactory.build(kind=kind, channels=frozenset({channel})), londoner).seen


def test_paying_on_time_is_recorded_and_changes_nothing_else(londoner: Profile) -> None:
    bills = EventFactory.build(kind=EventKind.PAYS_BILLS_ON_TIME, channels=frozenset({Channel.BANK}))
    outcome = SYSTEM.apply(record(), bills, londoner)
    assert [r.id for r in outcome.fired] == ["experian.paid_on_time"]
    assert outcome.standing.state is PaymentRecord.ON_TIME
    assert SYSTEM.read(outcome.standing).status == "On time: no missed payments"


def test_a_missed_repayment_goes_on_file_and_lenders_see_it(londoner: Profile) -> None:
    missed = EventFactory.build(kind=EventKind.MISSES_LOAN_REPAYMENT, channels=frozenset({Channel.BANK}))
    outcome = SYSTEM.apply(record(), missed, londoner)
    (rule,) = outcome.fired
    assert rule.id == "experian.missed_payment" and rule.note
    assert outcome.standing.state is PaymentRecord.MISSED
    (warning,) = SYSTEM.holds(outcome.standing)
    assert warning.id == "experian.lenders_see"
    assert warning.provenance is Provenance.SOURCE_TEXT and warning.quote_ids == ("experian.credit_checks",)
    reading = SYSTEM.read(outcome.standing)
    assert reading.value is None and reading.status == "A missed payment on file"


def test_paying_later_does_not_wipe_a_missed_payment(londoner: Profile) -> None:
    bills = EventFactory.build(kind=EventKind.PAYS_BILLS_ON_TIME, channels=frozenset({Channel.BANK}))
    assert SYSTEM.apply(record(missed=True), bills, londoner).standing.state is PaymentRecord.MISSED


def test_other_events_are_not_debts(londoner: Profile) -> None:
    flight = EventFactory.build(kind=EventKind.BOOKS_FLIGHT, channels=frozenset({Channel.AIRLINE_BOOKING}))
    seen = SYSTEM.sees(flight, londoner)
    assert not seen.seen and "only whether debts are paid on time" in seen.reason


@pytest.mark.parametrize("kind", list(EventKind))
def test_every_event_goes_through_with_a_reason(londoner: Profile, kind: EventKind) -> None:
    event = EventFactory.build(kind=kind, channels=frozenset(Channel))
    step = SYSTEM.step(SYSTEM.start(londoner), event, londoner)
    assert step.visibility.reason and not re.search(r"\d", step.visibility.reason)
    seen = kind in (EventKind.PAYS_BILLS_ON_TIME, EventKind.MISSES_LOAN_REPAYMENT)
    assert step.visibility.seen is seen


def test_the_example_person_lives_in_the_uk() -> None:
    assert SYSTEM.example_profile.country == "United Kingdom"
    assert SYSTEM.start(SYSTEM.example_profile).tracked


def test_the_history_states_no_bare_number() -> None:
    assert not [m.text for m in SYSTEM.history if re.search(r"\d", m.text)]
