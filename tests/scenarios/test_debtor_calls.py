import pytest

from scenarios.engine import Channel, EventKind, Month, Profile, Standing
from scenarios.evidence import QUOTES
from scenarios.provenance import Provenance
from scenarios.systems.court_case import CourtCase
from scenarios.systems.debtor_calls import PLACES, SYSTEM, Announcement
from tests.factories import EventFactory, ProfileFactory, StandingFactory


@pytest.fixture
def in_zhengzhou() -> Profile:
    return ProfileFactory.build(home_city="Zhengzhou", opted_in=frozenset())


def court(kind: EventKind, when: str = "2018-09", amount: int = 0):
    return EventFactory.build(
        kind=kind, when=Month.parse(when), channels=frozenset({Channel.COURT}), amount_yuan=amount
    )


def owes(amount: int = 5000, on: bool = False) -> Standing[Announcement]:
    return StandingFactory.build(state=Announcement(case=CourtCase(owed_yuan=amount), message_on=on))


def test_people_where_courts_did_this_start_with_no_message(in_zhengzhou: Profile) -> None:
    start = SYSTEM.start(in_zhengzhou)
    assert (start.tracked, start.state) == (True, Announcement())
    assert SYSTEM.read(start).status == "No message"


def test_people_elsewhere_are_not_covered(visitor_from_beijing: Profile) -> None:
    assert not SYSTEM.start(visitor_from_beijing).tracked
    assert SYSTEM.read(SYSTEM.start(visitor_from_beijing)).status == "Not covered"
    seen = SYSTEM.sees(court(EventKind.IGNORES_COURT_ORDER), visitor_from_beijing)
    assert not seen.seen and "phone messages" in seen.reason


@pytest.mark.parametrize(
    ("city", "before", "since"),
    [
        ("Zhengzhou", "2017-05", "2017-06"),
        ("Guanyun", "2017-06", "2017-07"),
        ("Nanchang", "2019-12", "2020-01"),
    ],
)
def test_each_place_is_seen_from_the_month_its_courts_started(city: str, before: str, since: str) -> None:
    profile = ProfileFactory.build(home_city=city)
    assert PLACES[city] == Month.parse(since)
    seen = SYSTEM.sees(court(EventKind.IGNORES_COURT_ORDER, when=before), profile)
    assert not seen.seen and "not started" in seen.reason
    assert SYSTEM.sees(court(EventKind.IGNORES_COURT_ORDER, when=since), profile).seen


def test_only_court_records_are_seen(in_zhengzhou: Profile) -> None:
    assert SYSTEM.sees(court(EventKind.COURT_ORDERS_PAYMENT), in_zhengzhou).seen
    seen = SYSTEM.sees(EventFactory.build(when=Month(2018, 9)), in_zhengzhou)
    assert not seen.seen and "court" in seen.reason


def test_a_judgment_alone_brings_no_message(in_zhengzhou: Profile) -> None:
    outcome = SYSTEM.apply(
        SYSTEM.start(in_zhengzhou), court(EventKind.COURT_ORDERS_PAYMENT, amount=9000), in_zhengzhou
    )
    assert outcome.standing.state == Announcement(case=CourtCase(owed_yuan=9000))
    (rule,) = outcome.fired
    assert rule.id == "debtor_calls.order" and rule.provenance is Provenance.REPORT
    assert rule.reference_ids == ("globaltimes-2017-debtor-calls", "dailymail-2017-debtor-ringtone")
    assert SYSTEM.holds(outcome.standing) == ()


def test_ignoring_the_order_switches_the_message_on(in_zhengzhou: Profile) -> None:
    outcome = SYSTEM.apply(owes(), court(EventKind.IGNORES_COURT_ORDER), in_zhengzhou)
    assert outcome.standing.state.message_on
    (rule,) = outcome.fired
    assert rule.id == "debtor_calls.switched_on" and rule.provenance is Provenance.ASSUMPTION
    assert "“more than twenty”" in rule.note and rule.reference_ids  # courts picked some debtors
    assert rule.quote_ids == ("claim.zhengzhou",)
    assert {"chinadaily-2017-debtor-ringtones", "globaltimes-2017-debtor-calls"} <= set(rule.reference_ids)


def test_ignoring_with_nothing_owed_changes_nothing(in_zhengzhou: Profile) -> None:
    outcome = SYSTEM.apply(SYSTEM.start(in_zhengzhou), court(EventKind.IGNORES_COURT_ORDER), in_zhengzhou)
    assert outcome.standing.state == Announcement() and outcome.fired == ()


def test_paying_in_full_removes_the_message(in_zhengzhou: Profile) -> None:
    outcome = SYSTEM.apply(owes(on=True), court(EventKind.PAYS_COURT_ORDER, amount=5000), in_zhengzhou)
    assert outcome.standing.state == Announcement()
    (rule,) = outcome.fired
    assert rule.id == "debtor_calls.removed" and rule.provenance is Provenance.REPORT
    assert "globaltimes-2017-debtor-calls" in rule.reference_ids


def test_paying_before_any_message_just_clears_the_debt(in_zhengzhou: Profile) -> None:
    outcome = SYSTEM.apply(owes(), court(EventKind.PAYS_COURT_ORDER, amount=5000), in_zhengzhou)
    assert (outcome.standing.state, outcome.fired) == (Announcement(), ())


def test_while_on_callers_hear_a_documented_message_in_illustrative_words() -> None:
    hear, wording = SYSTEM.holds(owes(on=True))
    assert hear.id == "debtor_calls.callers_hear" and hear.provenance is Provenance.REPORT
    assert hear.quote_ids == ("claim.zhengzhou",)
    assert wording.id == "debtor_calls.wording" and wording.provenance is Provenance.ASSUMPTION
    assert "reconstructs" in wording.label and "Guanyun" in wording.note


def test_the_seed_quote_carries_its_correction() -> None:
    quote = QUOTES["claim.zhengzhou"]
    assert "unique" in quote.text and quote.caveat
    assert "Zhengzhou" in quote.text


def test_the_reading_has_no_number_and_an_illustrative_debt() -> None:
    reading = SYSTEM.read(owes(on=True))
    assert (reading.value, reading.status) == (None, "Callers hear the message")
    assert reading.owed is not None and reading.owed.provenance is Provenance.ASSUMPTION and reading.owed.note


def test_the_whole_everyday_story_in_steps(in_zhengzhou: Profile) -> None:
    standing = SYSTEM.start(in_zhengzhou)
    ordered = SYSTEM.step(standing, court(EventKind.COURT_ORDERS_PAYMENT, "2018-08", 5000), in_zhengzhou)
    ignored = SYSTEM.step(ordered.after, court(EventKind.IGNORES_COURT_ORDER, "2018-09"), in_zhengzhou)
    assert [c.id for c in ignored.gained] == ["debtor_calls.callers_hear", "debtor_calls.wording"]
    paid = SYSTEM.step(ignored.after, court(EventKind.PAYS_COURT_ORDER, "2018-10", 5000), in_zhengzhou)
    assert [c.id for c in paid.lost] == ["debtor_calls.callers_hear", "debtor_calls.wording"]


def test_history_shows_it_was_courts_and_not_unique() -> None:
    refs = {r for m in SYSTEM.history for r in m.reference_ids}
    assert {
        "chinadaily-2017-debtor-ringtones",
        "globaltimes-2017-debtor-calls",
        "referchina-2020-jiangxi-ringtone",
    } <= refs


def test_an_appeal_brings_no_message_and_changes_nothing(in_zhengzhou: Profile) -> None:
    outcome = SYSTEM.apply(owes(), court(EventKind.APPEALS_JUDGMENT), in_zhengzhou)
    assert outcome.standing == owes() and outcome.fired == ()
