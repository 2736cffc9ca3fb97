"""Zhang Wei's storyline: every path walked, its length, its endings and what each choice changes."""

import re

import pytest

from scenarios.ending import alternatives
from scenarios.engine import Month
from scenarios.personas.zhang_wei import ZHANG_WEI
from scenarios.replay import Walk, all_paths, replay
from scenarios.storyline import Beat
from scenarios.systems import SYSTEMS
from tests.scenarios.storylines import every_beat, number, read, values

SLUG = ZHANG_WEI.slug

PATHS = [
    ("miss", "volunteer"),
    ("miss", "crops"),
    ("borrow", "volunteer"),
    ("borrow", "crops"),
]
SUINING = list(SYSTEMS).index("suining_2010")


def walk(answers: tuple[str, ...]) -> Walk:
    return replay(SLUG, answers)  # also open walks: () is the start


def beats() -> list[Beat]:
    return every_beat(ZHANG_WEI)


def frame_met(answers: tuple[str, ...], step_id: str) -> list[str]:
    frame = next(f for f in walk(answers).frames if f.step.id == step_id)
    return [c.id for c in frame.met]


def test_zhang_wei_has_four_complete_paths() -> None:
    assert all_paths(SLUG) == PATHS


@pytest.mark.parametrize("answers", PATHS)
def test_every_path_is_complete_with_nine_steps_and_two_choices(answers: tuple[str, ...]) -> None:
    w = walk(answers)
    assert w.complete
    assert len(w.frames) == 9
    assert sum(frame.step.choice is not None for frame in w.frames) == 2


@pytest.mark.parametrize("answers", PATHS)
def test_every_event_is_in_suining_in_2010_and_dates_run_forward(answers: tuple[str, ...]) -> None:
    frames = walk(answers).frames
    months = [frame.step.when for frame in frames]
    assert months == sorted(months)
    assert all(frame.beat.event.when == frame.step.when for frame in frames)
    assert all(frame.beat.event.when.year == 2010 for frame in frames)
    assert all(frame.beat.event.city == "Suining" for frame in frames)


def test_every_beat_is_30_to_70_words_in_short_sentences() -> None:
    for beat in beats():
        assert 30 <= len(beat.text.split()) <= 70, beat.text
        for sentence in re.split(r"(?<=[.!?:])\s", beat.text):
            assert len(sentence.split()) <= 25, sentence


def test_titles_and_tagline_have_no_digits_and_the_introduction_says_he_is_fictional() -> None:
    titles = [ZHANG_WEI.tagline, *(s.title for s in ZHANG_WEI.steps), *(b.title for b in beats())]
    assert not any(re.search(r"\d", title) for title in titles)
    assert "not a real person" in ZHANG_WEI.introduction
    assert "rural social credit system" in ZHANG_WEI.introduction
    assert ZHANG_WEI.name_zh == "张伟"
    assert 2 <= len(ZHANG_WEI.questions) <= 3
    assert all(q.endswith("?") for q in ZHANG_WEI.questions)


def test_he_is_rated_by_the_county_and_starts_with_an_empty_bank_file() -> None:
    start = walk(()).start
    assert start["suining_2010"].tracked and number("suining_2010", start["suining_2010"]) == 1000
    assert (
        start["pboc_credit_report"].tracked
        and read("pboc_credit_report", start["pboc_credit_report"]).level == 0
    )
    assert not start["sesame"].tracked
    assert not start["debtor_calls"].tracked


def test_the_first_loan_application_finds_nothing_on_file() -> None:
    frame = walk(("miss", "crops")).frames[0]
    pboc = next(r for r in frame.results if r.system_id == "pboc_credit_report")
    assert [rule.id for rule in pboc.fired] == ["pboc_credit_report.loan_application"]
    assert frame.met == ()


def finals(answers: tuple[str, ...]) -> tuple[int | Month | None, ...]:
    """The county's points, the number of entries on the bank file, and when the first one lapses."""
    final = walk(answers).final
    report = read("pboc_credit_report", final["pboc_credit_report"])
    return (number("suining_2010", final["suining_2010"]), report.level, report.until)


@pytest.mark.parametrize(
    ("answers", "expected"),
    [
        (("miss", "volunteer"), (950, 2, Month(2015, 6))),
        (("miss", "crops"), (940, 2, Month(2015, 6))),
        (("borrow", "volunteer"), (1010, 0, None)),
        (("borrow", "crops"), (1000, 0, None)),
    ],
)
def test_every_path_ends_with_the_expected_standings(
    answers: tuple[str, ...], expected: tuple[int | Month | None, ...]
) -> None:
    assert finals(answers) == expected


@pytest.mark.parametrize(
    ("answers", "points"),
    [
        (("miss", "volunteer"), [1000, 1000, 1000, 1000, 970, 940, 950, 950, 950]),
        (("miss", "crops"), [1000, 1000, 1000, 1000, 970, 940, 940, 940, 940]),
        (("borrow", "volunteer"), [1000, 1000, 1000, 1000, 1000, 1000, 1010, 1010, 1010]),
        (("borrow", "crops"), [1000] * 9),
    ],
)
def test_the_county_points_after_each_step(answers: tuple[str, ...], points: list[int]) -> None:
    assert values(SLUG, answers, "suining_2010") == points


def test_two_missed_repayments_cost_grade_a_and_are_published() -> None:
    w = walk(("miss", "crops"))
    june = next(f for f in w.frames if f.step.id == "june")
    assert [c.id for c in june.results[SUINING].lost] == ["suining_2010.grade_a"]
    assert frame_met(("miss", "crops"), "may") == [
        "suining_2010.published",
        "pboc_credit_report.negative_on_file",
    ]
    assert frame_met(("miss", "crops"), "june") == ["suining_2010.published"]
    held = SYSTEMS["suining_2010"].holds(w.final["suining_2010"])
    assert held == ()
    on_time = SYSTEMS["suining_2010"].holds(walk(("borrow", "crops")).final["suining_2010"])
    assert [c.id for c in on_time] == ["suining_2010.grade_a"]


@pytest.mark.parametrize("deed", ["volunteer", "crops"])
def test_the_lender_sees_the_missed_repayments_only_if_he_missed_them(deed: str) -> None:
    assert frame_met(("miss", deed), "second-loan") == ["pboc_credit_report.lender_sees"]
    assert frame_met(("borrow", deed), "second-loan") == []


@pytest.mark.parametrize("repayment", ["miss", "borrow"])
def test_only_registered_volunteering_counts(repayment: str) -> None:
    volunteered = next(f for f in walk((repayment, "volunteer")).frames if f.step.id == "ditches")
    assert volunteered.results[SUINING].visibility.seen
    assert [r.id for r in volunteered.results[SUINING].fired] == ["suining_2010.good_deed"]
    quiet = next(f for f in walk((repayment, "crops")).frames if f.step.id == "ditches")
    assert not any(r.visibility.seen for r in quiet.results)


@pytest.mark.parametrize("answers", PATHS)
def test_each_choice_changes_a_final_standing_or_a_consequence(answers: tuple[str, ...]) -> None:
    for alt in alternatives(walk(answers)):
        assert alt.changed_systems or alt.met_instead or alt.avoided, alt


def test_the_systems_he_meets() -> None:
    seen: set[str] = set()
    for answers in PATHS:
        for frame in walk(answers).frames:
            seen |= {r.system_id for r in frame.results if r.visibility.seen}
    assert seen == {"suining_2010", "pboc_credit_report"}
