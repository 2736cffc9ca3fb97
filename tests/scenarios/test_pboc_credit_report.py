import re

import pytest

from scenarios.engine import Channel, EventKind, Profile
from scenarios.provenance import Provenance
from scenarios.evidence import QUOTES
from scenarios.systems.pboc_credit_report import SYSTEM
from tests.factories import EventFactory, ProfileFactory, StandingFactory

REGULATION = ("chinadaily-2013-credit-regulation", "clp-2013-credit-regulation")


def bank(kind: EventKind, when: str = "2018-09"):
    return EventFactory.build(kind=kind, when=when, channels=frozenset({Channel.BANK}))


def entries(count: int, until: str = "2023-09"):
    return StandingFactory.build(value=count, provenance=Provenance.ASSUMPTION, until=until if count else "")


def test_a_person_in_china_starts_with_no_negative_entries(resident: Profile) -> None:
    start = SYSTEM.start(resident)
    assert (start.tracked, start.value) == (True, 0)
    reading = SYSTEM.read(start)
    assert reading.value is None and reading.status == "No negative entries"


def test_someone_outside_china_has_no_report() -> None:
    abroad = ProfileFactory.build(country="United Kingdom")
    assert not SYSTEM.start(abroad).tracked
    assert not SYSTEM.sees(bank(EventKind.MISSES_LOAN_REPAYMENT), abroad).seen
    assert SYSTEM.read(SYSTEM.start(abroad)).status == "No report"


def test_it_sees_only_what_lenders_report(resident: Profile) -> None:
    assert SYSTEM.sees(bank(EventKind.MISSES_LOAN_REPAYMENT), resident).seen
    assert SYSTEM.sees(bank(EventKind.APPLIES_FOR_LOAN), resident).seen
    court = EventFactory.build(kind=EventKind.IGNORES_COURT_ORDER, channels=frozenset({Channel.COURT}))
    unseen = SYSTEM.sees(court, resident)
    assert not unseen.seen and "lenders" in unseen.reason
    assert not SYSTEM.sees(EventFactory.build(), resident).seen


def test_a_missed_repayment_is_a_negative_entry_kept_five_reported_years(resident: Profile) -> None:
    outcome = SYSTEM.apply(SYSTEM.start(resident), bank(EventKind.MISSES_LOAN_REPAYMENT), resident)
    assert (outcome.standing.value, outcome.standing.until) == (1, "2023-09")
    (rule,) = outcome.fired
    assert rule.id == "pboc_credit_report.missed_repayment"
    assert rule.provenance is Provenance.OFFICIAL and rule.reference_ids == REGULATION
    assert rule.quote_ids == ("pboc_credit_report.financial_credit",)
    assert rule.change is not None
    assert (rule.change.value, rule.change.unit, rule.change.provenance) == (5, "years", Provenance.OFFICIAL)
    assert rule.change.reference_ids == REGULATION
    assert rule.note


def test_a_later_miss_adds_an_entry_and_restarts_the_clock(resident: Profile) -> None:
    outcome = SYSTEM.apply(entries(1, "2023-09"), bank(EventKind.MISSES_LOAN_REPAYMENT, "2019-03"), resident)
    assert (outcome.standing.value, outcome.standing.until) == (2, "2024-03")
    assert SYSTEM.read(outcome.standing).status == "Two negative entries"


def test_negative_entries_are_deleted_when_their_time_runs_out(resident: Profile) -> None:
    standing = entries(2, "2023-09")
    assert SYSTEM.lapse(standing, "2023-08") == (standing, ())
    after, fired = SYSTEM.lapse(standing, "2023-09")
    assert (after.value, after.until) == (0, "")
    assert [r.id for r in fired] == ["pboc_credit_report.deleted"]
    step = SYSTEM.step(standing, EventFactory.build(when="2024-01"), resident)
    assert [r.id for r in step.fired] == ["pboc_credit_report.deleted"]
    assert [c.id for c in step.lost] == ["pboc_credit_report.negative_on_file"]
    assert SYSTEM.rule("pboc_credit_report.deleted").reference_ids == REGULATION


def test_entries_on_file_are_a_warning_with_the_keeping_time() -> None:
    (warning,) = SYSTEM.holds(entries(1))
    assert warning.id == "pboc_credit_report.negative_on_file"
    assert warning.provenance is Provenance.OFFICIAL
    assert warning.amount is not None and (warning.amount.value, warning.amount.unit) == (5, "years")
    assert SYSTEM.holds(entries(0)) == ()


def test_a_loan_application_is_checked_against_the_report(resident: Profile) -> None:
    clean = SYSTEM.apply(entries(0), bank(EventKind.APPLIES_FOR_LOAN), resident)
    assert [r.id for r in clean.fired] == ["pboc_credit_report.loan_application"]
    assert clean.met == () and clean.standing.value == 0
    marked = SYSTEM.apply(entries(1), bank(EventKind.APPLIES_FOR_LOAN), resident)
    assert [c.id for c in marked.met] == ["pboc_credit_report.lender_sees"]
    assert marked.standing.value == 1
    for item in (SYSTEM.rule("pboc_credit_report.loan_application"), marked.met[0]):
        assert item.provenance is Provenance.REPORT
        assert item.reference_ids == ("chinadaily-2015-tencent-credit",)


def test_the_banned_data_categories_are_reported() -> None:
    rule = SYSTEM.rule("pboc_credit_report.banned_data")
    assert rule.provenance is Provenance.OFFICIAL and rule.reference_ids == REGULATION
    for word in ("religion", "genes", "fingerprints", "blood type", "medical history"):
        assert word in rule.label


@pytest.mark.parametrize(
    ("count", "status"),
    [
        (1, "One negative entry"),
        (3, "Three negative entries"),
        (10, "Ten negative entries"),
        (12, "More than ten negative entries"),
    ],
)
def test_the_count_is_shown_in_words_with_its_end_date(count: int, status: str) -> None:
    reading = SYSTEM.read(entries(count))
    assert reading.value is None and reading.status == status and reading.until == "2023-09"
    assert not re.search(r"\d", reading.status)


def test_it_is_a_national_record_not_a_score() -> None:
    assert SYSTEM.kind == "record" and not SYSTEM.kind.has_number
    assert SYSTEM.group == "national"
    assert QUOTES["pboc_credit_report.financial_credit"].caveat


def test_the_coverage_figures_carry_their_dates() -> None:
    dated = {m.when: m for m in SYSTEM.history}
    assert "800 million" in dated["2013-01-31"].text
    assert "320 million" in dated["2014"].text
    assert dated["2013-03-15"].reference_ids == REGULATION
    assert all(
        m.provenance in (Provenance.OFFICIAL, Provenance.REPORT) and m.reference_ids for m in SYSTEM.history
    )
    assert dated["2013-03-15"].provenance is Provenance.OFFICIAL


@pytest.mark.parametrize("kind", list(EventKind))
def test_every_event_goes_through_with_a_reason(resident: Profile, kind: EventKind) -> None:
    for profile in (resident, ProfileFactory.build(country="United Kingdom")):
        for channel in Channel:
            event = EventFactory.build(kind=kind, when="2018-09", channels=frozenset({channel}))
            step = SYSTEM.step(SYSTEM.start(profile), event, profile)
            assert step.visibility.reason.strip()
            SYSTEM.read(step.after)
