"""Li Jing's storyline: every path walked, its length, its endings and what each choice changes."""

import re

import pytest

from scenarios.ending import alternatives, met
from scenarios.engine import EventKind
from scenarios.personas.li_jing import LI_JING
from scenarios.replay import Walk, all_paths, replay
from scenarios.storyline import Beat
from scenarios.systems import SYSTEMS
from tests.scenarios.storylines import every_beat, number, read, values

SLUG = LI_JING.slug

PATHS = [
    ("pay", "alipay"),
    ("pay", "counter"),
    ("appeal", "alipay"),
    ("appeal", "counter"),
    ("refuse", "alipay", "pay"),
    ("refuse", "alipay", "slow-train"),
    ("refuse", "counter", "pay"),
    ("refuse", "counter", "slow-train"),
]
STEPS = {"pay": 8, "appeal": 9, "refuse": 10, "slow-train": 9}


def walk(answers: tuple[str, ...]) -> Walk:
    return replay(SLUG, answers)  # also open walks: () is the start


def beats() -> list[Beat]:
    return every_beat(LI_JING)


def frame_met(answers: tuple[str, ...], step_id: str) -> list[str]:
    frame = next(f for f in walk(answers).frames if f.step.id == step_id)
    return [c.id for c in frame.met]


def test_li_jing_has_eight_complete_paths() -> None:
    assert all_paths(SLUG) == PATHS


@pytest.mark.parametrize("answers", PATHS)
def test_every_path_is_complete_with_8_to_12_steps_and_two_choices(answers: tuple[str, ...]) -> None:
    w = walk(answers)
    assert w.complete
    assert len(w.frames) == STEPS["slow-train" if answers[2:] == ("slow-train",) else answers[0]]
    assert 8 <= len(w.frames) <= 12
    assert sum(frame.step.choice is not None for frame in w.frames) >= 2


@pytest.mark.parametrize("answers", PATHS)
def test_dates_run_forward_and_every_event_is_in_zhengzhou(answers: tuple[str, ...]) -> None:
    frames = walk(answers).frames
    months = [frame.step.when for frame in frames]
    assert months == sorted(months)
    assert all(frame.beat.event.when == frame.step.when for frame in frames)
    assert all(frame.beat.event.city == "Zhengzhou" for frame in frames)


def test_every_beat_is_30_to_70_words_in_short_sentences() -> None:
    for beat in beats():
        assert 30 <= len(beat.text.split()) <= 70, beat.text
        for sentence in re.split(r"(?<=[.!?:])\s", beat.text):
            assert len(sentence.split()) <= 25, sentence


def test_titles_and_tagline_have_no_digits_and_the_introduction_says_she_is_fictional() -> None:
    titles = [LI_JING.tagline, *(s.title for s in LI_JING.steps), *(b.title for b in beats())]
    assert not any(re.search(r"\d", title) for title in titles)
    assert "not a real person" in LI_JING.introduction
    assert LI_JING.name_zh == "李静"
    assert 2 <= len(LI_JING.questions) <= 3
    assert all(q.endswith("?") for q in LI_JING.questions)


def test_she_lives_where_the_henan_courts_played_phone_messages() -> None:
    start = walk(()).start
    assert start["debtor_calls"].tracked
    assert start["court_list"].tracked and start["joint_punishment"].tracked
    assert number("sesame", start["sesame"]) == 641


def finals(answers: tuple[str, ...]) -> tuple[int | None, ...]:
    """Listed, the sum owed, the message, the shared record, a travel ban, and the Sesame score."""
    final = walk(answers).final
    owed = read("court_list", final["court_list"]).owed
    levels = [read(sid, final[sid]).level for sid in ("court_list", "debtor_calls", "joint_punishment")]
    return (
        levels[0],
        0 if owed is None else owed.value,
        *levels[1:],
        read("air_rail_list", final["air_rail_list"]).level,
        number("sesame", final["sesame"]),
    )


@pytest.mark.parametrize(
    ("answers", "expected"),
    [
        (("pay", "alipay"), (0, 0, 0, 0, 0, 653)),
        (("pay", "counter"), (0, 0, 0, 0, 0, 647)),
        (("appeal", "alipay"), (0, 0, 0, 0, 0, 653)),
        (("appeal", "counter"), (0, 0, 0, 0, 0, 647)),
        (("refuse", "alipay", "pay"), (0, 0, 0, 0, 0, 603)),
        (("refuse", "alipay", "slow-train"), (1, 20000, 1, 1, 0, 603)),
        (("refuse", "counter", "pay"), (0, 0, 0, 0, 0, 597)),
        (("refuse", "counter", "slow-train"), (1, 20000, 1, 1, 0, 597)),
    ],
)
def test_every_path_ends_with_the_expected_standings(
    answers: tuple[str, ...], expected: tuple[int | None, ...]
) -> None:
    assert finals(answers) == expected


@pytest.mark.parametrize(("court", "paid"), [("pay", 20000), ("appeal", 12000), ("refuse", 0)])
def test_the_sum_she_pays_depends_on_the_court_choice(court: str, paid: int) -> None:
    w = walk((court, "alipay", "slow-train") if court == "refuse" else (court, "alipay"))
    sums = [c.amount.value for c in met(w) if c.id == "court_list.sum_paid" and c.amount]
    assert sums == ([paid] if paid else [])


def test_refusing_lists_her_and_callers_hear_the_message() -> None:
    w = walk(("refuse", "alipay", "slow-train"))
    frame = next(f for f in w.frames if f.step.id == "after-the-order")
    gained = {c.id for r in frame.results for c in r.gained}
    assert {
        "court_list.no_flights",
        "court_list.no_fast_trains",
        "debtor_calls.callers_hear",
        "joint_punishment.no_executive_posts",
        "joint_punishment.no_government_jobs",
        "sesame.shopping_ban",
    } <= gained
    rules = {rule.id for r in frame.results for rule in r.fired}
    assert rules == {
        "court_list.listing",
        "debtor_calls.switched_on",
        "joint_punishment.shared_listing",
        "pboc_credit_report.court_listing",
        "sesame.court_listing",
    }


@pytest.mark.parametrize("answers", PATHS)
def test_no_ticket_is_ever_refused_her(answers: tuple[str, ...]) -> None:
    """Her turn is the phone message: she reads the rules and never books what they bar."""
    refused = [c.id for f in walk(answers).frames for c in f.met if c.id.endswith("_refused")]
    assert refused == []


@pytest.mark.parametrize("answers", PATHS)
def test_she_flies_to_beijing_unless_she_is_still_listed(answers: tuple[str, ...]) -> None:
    beijing = next(f for f in walk(answers).frames if f.step.id == "beijing")
    still_listed = answers[2:] == ("slow-train",)
    kind = EventKind.BOOKS_ORDINARY_TRAIN if still_listed else EventKind.BOOKS_FLIGHT
    assert beijing.beat.event.kind is kind
    assert ("slow train" in beijing.title.lower()) is still_listed


def test_the_court_sends_a_notice_and_a_written_decision_before_she_is_listed() -> None:
    frame = next(f for f in walk(("refuse", "alipay", "pay")).frames if f.step.id == "after-the-order")
    assert "notice to pay" in frame.beat.text and "written decision" in frame.beat.text


def test_callers_hear_the_message_until_she_pays() -> None:
    def calls(answers: tuple[str, ...]) -> list[int]:
        return values(SLUG, answers, "debtor_calls")

    assert calls(("refuse", "alipay", "slow-train"))[-1] == 1
    assert calls(("refuse", "alipay", "pay"))[-1] == 0
    assert calls(("refuse", "alipay", "pay")).count(1) == 5  # from the listing to the payment


@pytest.mark.parametrize("answers", PATHS)
def test_the_passenger_lists_check_bookings_only_from_june_2018(answers: tuple[str, ...]) -> None:
    w = walk(answers)
    air_rail = list(SYSTEMS).index("air_rail_list")
    seen = [f.step.id for f in w.frames if f.results[air_rail].visibility.seen]
    assert seen == ["beijing"]
    assert "luoyang" not in seen


def test_paying_after_the_listing_ends_every_listing_at_once() -> None:
    frame = next(f for f in walk(("refuse", "counter", "pay")).frames if f.step.id == "after-the-rules")
    rules = {rule.id for r in frame.results for rule in r.fired}
    assert rules == {
        "court_list.removal",
        "debtor_calls.removed",
        "joint_punishment.removal",
        "pboc_credit_report.court_listing_ends",
        "sesame.court_removal",
    }
    lost = {c.id for r in frame.results for c in r.lost}
    assert {
        "court_list.no_flights",
        "debtor_calls.callers_hear",
        "joint_punishment.no_government_jobs",
        "sesame.shopping_ban",
    } <= lost


@pytest.mark.parametrize(
    ("bills", "deposit", "perk"),
    [("alipay", "sesame.deposit_saved", True), ("counter", "sesame.deposit_paid", False)],
)
def test_how_she_pays_her_bills_decides_the_flat_deposit(bills: str, deposit: str, perk: bool) -> None:
    for court in ("pay", "appeal"):
        assert frame_met((court, bills), "new-flat") == [deposit]
        final = walk((court, bills)).final["sesame"]
        held = SYSTEMS["sesame"].holds(final)
        assert ("sesame.flat_deposit_waived" in {c.id for c in held}) is perk


@pytest.mark.parametrize("answers", PATHS)
def test_each_choice_changes_a_final_standing_or_a_consequence(answers: tuple[str, ...]) -> None:
    for alt in alternatives(walk(answers)):
        assert alt.changed_systems or alt.met_instead or alt.avoided, alt


def test_the_systems_she_meets() -> None:
    seen: set[str] = set()
    changed: set[str] = set()
    for answers in PATHS:
        for frame in walk(answers).frames:
            seen |= {r.system_id for r in frame.results if r.visibility.seen}
            changed |= {r.system_id for r in frame.results if r.fired or r.met}
    assert seen == {
        "court_list",
        "debtor_calls",
        "joint_punishment",
        "air_rail_list",
        "sesame",
        "pboc_credit_report",
    }
    assert changed == {"court_list", "debtor_calls", "joint_punishment", "sesame", "pboc_credit_report"}
