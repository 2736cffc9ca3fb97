import re

import pytest

from scenarios.engine import Channel, Event, EventKind, Month, Profile, Shape, Standing, SystemGroup
from scenarios.evidence import QUOTES
from scenarios.provenance import Provenance
from scenarios.systems.pboc_credit_report import CLEAN, SYSTEM, Entry, Report
from tests.factories import EventFactory, ProfileFactory, StandingFactory

REGULATION = ("chinadaily-2013-credit-regulation", "clp-2013-credit-regulation")
SEPTEMBER_2018 = Month(2018, 9)


def bank(kind: EventKind, when: Month = SEPTEMBER_2018) -> Event:
    return EventFactory.build(kind=kind, when=when, channels=frozenset({Channel.BANK}))


def report(*recorded: Month) -> Standing[Report]:
    """A report with one negative entry for each month given."""
    entries = tuple(Entry(month) for month in recorded)
    return StandingFactory.build(state=Report(entries), provenance=Provenance.ASSUMPTION)


def entries(count: int) -> Standing[Report]:
    return report(*[SEPTEMBER_2018] * count)


def test_a_person_in_china_starts_with_no_negative_entries(resident: Profile) -> None:
    start = SYSTEM.start(resident)
    assert (start.tracked, start.state) == (True, CLEAN)
    reading = SYSTEM.read(start)
    assert reading.value is None and reading.status == "No negative entries"


def test_someone_outside_china_has_no_report() -> None:
    abroad = ProfileFactory.build(country="United Kingdom")
    assert not SYSTEM.start(abroad).tracked
    assert not SYSTEM.sees(bank(EventKind.MISSES_LOAN_REPAYMENT), abroad).seen
    reading = SYSTEM.read(SYSTEM.start(abroad))
    assert reading.status == "No report" and not reading.tracked


def test_it_sees_what_lenders_and_courts_report(resident: Profile) -> None:
    assert SYSTEM.sees(bank(EventKind.MISSES_LOAN_REPAYMENT), resident).seen
    assert SYSTEM.sees(bank(EventKind.APPLIES_FOR_LOAN), resident).seen
    traffic = EventFactory.build(
        kind=EventKind.RED_LIGHT_AT_CAMERA, channels=frozenset({Channel.TRAFFIC_POLICE})
    )
    unseen = SYSTEM.sees(traffic, resident)
    assert not unseen.seen and "court listing" in unseen.reason
    assert not SYSTEM.sees(EventFactory.build(), resident).seen


def test_a_missed_repayment_is_a_negative_entry_kept_five_reported_years(resident: Profile) -> None:
    outcome = SYSTEM.apply(SYSTEM.start(resident), bank(EventKind.MISSES_LOAN_REPAYMENT), resident)
    assert outcome.standing.state == Report((Entry(SEPTEMBER_2018),))
    assert SYSTEM.read(outcome.standing).until == Month(2023, 9)
    (rule,) = outcome.fired
    assert rule.id == "pboc_credit_report.missed_repayment"
    assert rule.provenance is Provenance.OFFICIAL and rule.reference_ids == REGULATION
    assert rule.quote_ids == ("pboc_credit_report.financial_credit",)
    assert rule.change is not None
    assert (rule.change.value, rule.change.unit, rule.change.provenance) == (5, "years", Provenance.OFFICIAL)
    assert rule.change.reference_ids == REGULATION
    assert rule.note


def test_a_later_miss_adds_an_entry_with_its_own_five_years(resident: Profile) -> None:
    outcome = SYSTEM.apply(
        report(SEPTEMBER_2018), bank(EventKind.MISSES_LOAN_REPAYMENT, Month(2019, 3)), resident
    )
    assert outcome.standing.state == Report((Entry(SEPTEMBER_2018), Entry(Month(2019, 3))))
    assert [entry.deleted_from for entry in outcome.standing.state.entries] == [
        Month(2023, 9),
        Month(2024, 3),
    ]
    reading = SYSTEM.read(outcome.standing)
    assert reading.status == "Two negative entries" and reading.level == 2
    assert reading.until == Month(2024, 3)  # the report is clear when the last entry goes


def test_each_entry_is_deleted_five_years_after_its_own_month(resident: Profile) -> None:
    """The correction of issue 10: a second miss no longer pushes back the first one's deletion."""
    standing = report(Month(2018, 9), Month(2020, 9))
    assert SYSTEM.lapse(standing, Month(2023, 8)) == (standing, ())
    after, fired = SYSTEM.lapse(standing, Month(2023, 9))
    assert after.state == Report((Entry(Month(2020, 9)),))
    assert [r.id for r in fired] == ["pboc_credit_report.deleted"]
    assert SYSTEM.read(after).status == "One negative entry"
    assert SYSTEM.holds(after) == SYSTEM.holds(standing)  # one entry is still on file
    gone, fired = SYSTEM.lapse(after, Month(2025, 9))
    assert gone.state == CLEAN and [r.id for r in fired] == ["pboc_credit_report.deleted"]


def test_negative_entries_are_deleted_when_their_time_runs_out(resident: Profile) -> None:
    standing = entries(2)
    assert SYSTEM.lapse(standing, Month(2023, 8)) == (standing, ())
    after, fired = SYSTEM.lapse(standing, Month(2023, 9))
    assert after.state == CLEAN and SYSTEM.read(after).until is None
    assert [r.id for r in fired] == ["pboc_credit_report.deleted"]
    step = SYSTEM.step(standing, EventFactory.build(when=Month(2024, 1)), resident)
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
    assert clean.met == () and clean.standing.state == CLEAN
    marked = SYSTEM.apply(entries(1), bank(EventKind.APPLIES_FOR_LOAN), resident)
    assert [c.id for c in marked.met] == ["pboc_credit_report.lender_sees"]
    assert len(marked.standing.state.entries) == 1
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
    assert reading.value is None and reading.status == status and reading.until == Month(2023, 9)
    assert reading.level == count
    assert not re.search(r"\d", reading.status)


def test_it_is_a_national_record_not_a_score() -> None:
    assert SYSTEM.shape is Shape.RECORD and not SYSTEM.shape.has_number
    assert SYSTEM.group is SystemGroup.NATIONAL
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


def court(kind: EventKind, when: Month = SEPTEMBER_2018, amount: int = 0) -> Event:
    return EventFactory.build(kind=kind, when=when, channels=frozenset({Channel.COURT}), amount_yuan=amount)


def test_a_court_listing_goes_on_the_report(resident: Profile) -> None:
    """The court and the central bank signed a memorandum in November 2013 (Xinhua)."""
    judgment = court(EventKind.COURT_ORDERS_PAYMENT, amount=9000)
    assert not SYSTEM.sees(judgment, resident).seen  # a judgment alone lists nobody
    listed = SYSTEM.apply(SYSTEM.start(resident), court(EventKind.IGNORES_COURT_ORDER), resident)
    assert [r.id for r in listed.fired] == ["pboc_credit_report.court_listing"]
    assert [c.id for c in SYSTEM.holds(listed.standing)] == ["pboc_credit_report.listing_on_file"]
    reading = SYSTEM.read(listed.standing)
    assert reading.status == "The court's listing on file" and reading.level == 1
    rule = SYSTEM.rule("pboc_credit_report.court_listing")
    assert rule.provenance is Provenance.REPORT and rule.reference_ids == ("xinhua-2013-court-bank-memo",)
    loan = SYSTEM.apply(listed.standing, bank(EventKind.APPLIES_FOR_LOAN), resident)
    assert [c.id for c in loan.met] == ["pboc_credit_report.lender_sees"]


def test_paying_the_court_takes_the_listing_off_and_keeps_the_bank_entries(resident: Profile) -> None:
    state = Report((Entry(SEPTEMBER_2018),), court_listed=True)
    listed = StandingFactory.build(state=state, provenance=Provenance.ASSUMPTION)
    assert SYSTEM.read(listed).status == "One negative entry, and the court's listing"
    paid = SYSTEM.apply(listed, court(EventKind.PAYS_COURT_ORDER, amount=9000), resident)
    assert [r.id for r in paid.fired] == ["pboc_credit_report.court_listing_ends"]
    assert paid.standing.state == Report((Entry(SEPTEMBER_2018),))
    assert SYSTEM.rule("pboc_credit_report.court_listing_ends").provenance is Provenance.ASSUMPTION


def test_court_lists_reach_the_report_only_from_november_two_thousand_thirteen(resident: Profile) -> None:
    assert not SYSTEM.sees(court(EventKind.IGNORES_COURT_ORDER, Month(2013, 10)), resident).seen
    assert SYSTEM.sees(court(EventKind.IGNORES_COURT_ORDER, Month(2013, 11)), resident).seen
    assert not SYSTEM.sees(court(EventKind.IGNORES_COURT_ORDER), ProfileFactory.build(country="France")).seen
