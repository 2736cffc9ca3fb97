import pytest

from scenarios.compare import ask
from scenarios.engine import Business, BusinessKind, Channel, Event, EventKind, Profile, Shape, Standing
from scenarios.everyday import BY_SLUG
from scenarios.evidence.joint_punishment import QUOTES
from scenarios.provenance import Provenance
from scenarios.systems.court_case import CourtCase
from scenarios.systems.joint_punishment import SYSTEM, CreditRecord
from tests.factories import EventFactory, ProfileFactory

RESTAURANT = Business(name="a noodle restaurant", kind=BusinessKind.RESTAURANT)


def court(kind: EventKind, amount: int = 0) -> Event:
    return EventFactory.build(kind=kind, channels=frozenset({Channel.COURT}), amount_yuan=amount)


def taxes() -> Event:
    return EventFactory.build(kind=EventKind.PAYS_TAXES_ON_TIME, channels=frozenset({Channel.TAX_AUTHORITY}))


def fine() -> Event:
    return EventFactory.build(
        kind=EventKind.FINED_BY_REGULATOR, channels=frozenset({Channel.MARKET_REGULATOR}), amount_yuan=2000
    )


@pytest.fixture
def owner() -> Profile:
    return ProfileFactory.build(home_city="Beijing", business=RESTAURANT)


def listed(owner: Profile) -> Standing[CreditRecord]:
    standing = SYSTEM.start(owner)
    for event in (court(EventKind.COURT_ORDERS_PAYMENT, 9000), court(EventKind.IGNORES_COURT_ORDER)):
        standing = SYSTEM.apply(standing, event, owner).standing
    return standing


def test_it_is_a_national_record_with_no_score(owner: Profile) -> None:
    assert SYSTEM.shape is Shape.RECORD and not SYSTEM.shape.has_number
    start = SYSTEM.start(owner)
    assert start.tracked and start.state == CreditRecord() and start.state.entries == 0
    reading = SYSTEM.read(start)
    assert reading.value is None and reading.status == "Nothing on record"


def test_a_judgment_alone_shares_nothing(owner: Profile) -> None:
    outcome = SYSTEM.apply(SYSTEM.start(owner), court(EventKind.COURT_ORDERS_PAYMENT, 9000), owner)
    assert outcome.standing.state == CreditRecord(case=CourtCase(owed_yuan=9000))
    (rule,) = outcome.fired
    assert rule.id == "joint_punishment.order" and rule.provenance is Provenance.OFFICIAL
    assert rule.quote_ids == ("court.blacklist_not_score",)
    assert SYSTEM.holds(outcome.standing) == ()


def test_a_court_listing_is_shared_and_brings_joint_bans(owner: Profile) -> None:
    standing = SYSTEM.apply(SYSTEM.start(owner), court(EventKind.COURT_ORDERS_PAYMENT, 9000), owner).standing
    outcome = SYSTEM.apply(standing, court(EventKind.IGNORES_COURT_ORDER), owner)
    (rule,) = outcome.fired
    assert rule.id == "joint_punishment.shared_listing" and rule.provenance is Provenance.OFFICIAL
    assert rule.quote_ids == (
        "joint_punishment.official_blacklist",
        "court.private_schools",
        "joint_punishment.low_rating_fees",
    )
    assert rule.reference_ids == (
        "clt-mou-breakdown",
        "shnd-2016-joint-discipline",
        "creemers-2016-joint-punishment",
    )
    assert "not a low score" in rule.note
    assert [c.id for c in SYSTEM.holds(outcome.standing)] == [
        "joint_punishment.no_executive_posts",
        "joint_punishment.no_government_jobs",
        "joint_punishment.banks_told",
    ]
    assert SYSTEM.read(outcome.standing).status == "Blacklisted: joint punishment applies"


def test_ignoring_an_order_nobody_made_lists_nobody(owner: Profile) -> None:
    outcome = SYSTEM.apply(SYSTEM.start(owner), court(EventKind.IGNORES_COURT_ORDER), owner)
    assert outcome.fired == () and SYSTEM.holds(outcome.standing) == ()


def test_the_bar_on_executive_posts_is_reported_by_the_court_and_the_opinions() -> None:
    ban = SYSTEM.consequence("joint_punishment.no_executive_posts")
    assert ban.provenance is Provenance.OFFICIAL
    assert ban.reference_ids == ("shnd-2016-joint-discipline", "chinadaily-2017-defaulters")


def test_the_bar_on_government_jobs_is_documented_by_seed_000() -> None:
    ban = SYSTEM.consequence("joint_punishment.no_government_jobs")
    assert ban.provenance is Provenance.OFFICIAL and ban.quote_ids == ("court.private_schools",)
    assert ban.reference_ids == ("shnd-2016-joint-discipline",)


def test_banks_are_told_of_a_listing() -> None:
    warning = SYSTEM.consequence("joint_punishment.banks_told")
    assert warning.provenance is Provenance.OFFICIAL
    assert warning.quote_ids == ("court.liu_hu_listed",)
    assert warning.reference_ids == ("shnd-2016-joint-discipline", "clt-mou-breakdown")


def test_paying_in_full_ends_the_shared_restrictions(owner: Profile) -> None:
    outcome = SYSTEM.apply(listed(owner), court(EventKind.PAYS_COURT_ORDER, 9000), owner)
    (rule,) = outcome.fired
    assert rule.id == "joint_punishment.removal" and rule.provenance is Provenance.OFFICIAL
    assert "court.bring_your_money" in rule.quote_ids
    assert outcome.standing.state == CreditRecord()
    assert SYSTEM.holds(outcome.standing) == ()


def test_paying_before_any_listing_fires_no_rule(owner: Profile) -> None:
    standing = SYSTEM.apply(SYSTEM.start(owner), court(EventKind.COURT_ORDERS_PAYMENT, 9000), owner).standing
    outcome = SYSTEM.apply(standing, court(EventKind.PAYS_COURT_ORDER, 9000), owner)
    assert outcome.fired == () and outcome.standing.state == CreditRecord()


def test_paying_taxes_on_time_red_lists_a_business_by_an_illustrative_rule(owner: Profile) -> None:
    outcome = SYSTEM.apply(SYSTEM.start(owner), taxes(), owner)
    (rule,) = outcome.fired
    assert rule.id == "joint_punishment.tax_red_list"
    assert rule.provenance is Provenance.ASSUMPTION and rule.note
    assert rule.quote_ids == ("joint_punishment.enterprise_database",)
    assert outcome.standing.provenance is Provenance.ASSUMPTION
    assert [c.id for c in SYSTEM.holds(outcome.standing)] == ["joint_punishment.red_list_incentives"]
    assert SYSTEM.read(outcome.standing).status == "On a red list"
    again = SYSTEM.apply(outcome.standing, taxes(), owner)
    assert again.fired == () and again.standing == outcome.standing


def test_red_list_incentives_are_reported_and_name_no_perk() -> None:
    perk = SYSTEM.consequence("joint_punishment.red_list_incentives")
    assert perk.provenance is Provenance.OFFICIAL
    assert perk.quote_ids == ("joint_punishment.positive_rating",)
    assert "creemers-2016-joint-punishment" in perk.reference_ids
    assert perk.threshold is None and perk.amount is None


def test_a_fine_is_published_on_the_public_record(owner: Profile) -> None:
    outcome = SYSTEM.apply(SYSTEM.start(owner), fine(), owner)
    (rule,) = outcome.fired
    assert rule.id == "joint_punishment.penalty_recorded" and rule.provenance is Provenance.REPORT
    assert rule.quote_ids == ("joint_punishment.enterprise_database", "unified_code.pull_up_records")
    assert [c.id for c in outcome.met] == ["joint_punishment.penalty_published"]
    assert outcome.met[0].provenance is Provenance.REPORT
    assert outcome.standing.state == CreditRecord(penalties=1) and SYSTEM.holds(outcome.standing) == ()
    assert SYSTEM.read(outcome.standing).level == 1
    assert SYSTEM.read(outcome.standing).status == "A penalty on record"
    red = SYSTEM.apply(outcome.standing, taxes(), owner).standing
    assert SYSTEM.read(red).status == "On a red list, with a penalty on record"


def test_business_events_need_a_business(owner: Profile, visitor_from_beijing: Profile) -> None:
    assert SYSTEM.sees(taxes(), owner).seen and SYSTEM.sees(fine(), owner).seen
    for event in (taxes(), fine()):
        seen = SYSTEM.sees(event, visitor_from_beijing)
        assert not seen.seen and "runs none" in seen.reason


def test_court_matters_are_seen_for_anyone(visitor_from_beijing: Profile) -> None:
    assert SYSTEM.sees(court(EventKind.IGNORES_COURT_ORDER), visitor_from_beijing).seen


@pytest.mark.parametrize(
    ("kind", "channel"),
    [
        (EventKind.BOOKS_FLIGHT, Channel.AIRLINE_BOOKING),
        (EventKind.CAUSES_TROUBLE_ON_FLIGHT, Channel.CABIN_CREW_REPORT),
        (EventKind.BUYS_NAPPIES, Channel.ALIPAY),
        (EventKind.REGISTERS_BUSINESS, Channel.MARKET_REGULATOR),
        (EventKind.MISSES_LOAN_REPAYMENT, Channel.BANK),
    ],
)
def test_other_events_are_not_seen(owner: Profile, kind: EventKind, channel: Channel) -> None:
    seen = SYSTEM.sees(EventFactory.build(kind=kind, channels=frozenset({channel})), owner)
    assert not seen.seen and seen.reason


def test_the_everyday_comparison_lists_the_restaurant_owner_and_records_the_business() -> None:
    missed = ask(SYSTEM, BY_SLUG["miss-court-payment"]).result
    assert [r.id for r in missed.fired] == ["joint_punishment.shared_listing"]
    assert [c.id for c in missed.gained][:1] == ["joint_punishment.no_executive_posts"]
    assert [r.id for r in ask(SYSTEM, BY_SLUG["taxes"]).result.fired] == ["joint_punishment.tax_red_list"]
    assert [r.id for r in ask(SYSTEM, BY_SLUG["regulator-fine"]).result.fired] == [
        "joint_punishment.penalty_recorded"
    ]
    assert not ask(SYSTEM, BY_SLUG["book-flight"]).result.visibility.seen


def test_the_seed_claim_of_fees_for_a_low_rating_is_flagged() -> None:
    (claim,) = [q for q in QUOTES if q.id == "joint_punishment.low_rating_fees"]
    assert claim.caveat


def test_an_appeal_changes_nothing_on_the_shared_record(owner: Profile) -> None:
    outcome = SYSTEM.apply(listed(owner), court(EventKind.APPEALS_JUDGMENT), owner)
    assert outcome.standing == listed(owner) and outcome.fired == ()


def test_the_level_counts_every_entry_on_the_record(owner: Profile) -> None:
    standing = SYSTEM.apply(listed(owner), fine(), owner).standing
    standing = SYSTEM.apply(standing, taxes(), owner).standing
    assert standing.state.entries == 3 and SYSTEM.read(standing).level == 3
