"""Lin Xiaoyan's storyline: a restaurant in Shenzhen, its code, its records and her loan."""

import re
from functools import partial

import pytest

from scenarios.ending import alternatives
from scenarios.engine import BusinessKind, Channel, EventKind, Month
from scenarios.personas.lin_xiaoyan import LIN_XIAOYAN
from scenarios.provenance import Provenance
from scenarios.replay import all_paths
from scenarios.storyline import Beat
from scenarios.systems.air_rail_list import NO_BANS
from scenarios.systems.platform_ratings import Ratings
from scenarios.systems.unified_code import Code
from tests.scenarios import storylines
from tests.scenarios.storylines import complete, every_beat, read

SLUG = LIN_XIAOYAN.slug
PATHS = [
    ("cross", "on-time", "pay"),
    ("cross", "on-time", "miss"),
    ("cross", "late", "pay"),
    ("cross", "late", "miss"),
    ("wait", "on-time", "pay"),
    ("wait", "on-time", "miss"),
    ("wait", "late", "pay"),
    ("wait", "late", "miss"),
]


walk = partial(complete, SLUG)


met_ids = partial(storylines.met_ids, SLUG)


def beats() -> list[Beat]:
    return every_beat(LIN_XIAOYAN)


def test_the_persona_is_fictional_and_has_a_restaurant() -> None:
    assert "not a real person" in LIN_XIAOYAN.introduction
    assert LIN_XIAOYAN.name_zh == "林晓燕"
    assert not re.search(r"\d", LIN_XIAOYAN.tagline)
    profile = LIN_XIAOYAN.profile
    assert (profile.home_city, profile.country, profile.opted_in) == ("Shenzhen", "China", frozenset())
    assert profile.business is not None and profile.business.kind is BusinessKind.RESTAURANT
    assert 2 <= len(LIN_XIAOYAN.questions) <= 3
    assert any("credit report" in q for q in LIN_XIAOYAN.questions)


def test_titles_have_no_digits() -> None:
    titles = [step.title for step in LIN_XIAOYAN.steps] + [b.title for b in beats() if b.title]
    for title in titles:
        assert not re.search(r"\d", title), title


def test_every_beat_is_30_to_70_words_in_short_sentences() -> None:
    for beat in beats():
        assert 30 <= len(beat.text.split()) <= 70, beat.text
        for sentence in beat.text.replace("?", ".").split(". "):
            assert len(sentence.split()) <= 25, sentence


def test_events_happen_in_shenzhen_in_their_step_month() -> None:
    for step in LIN_XIAOYAN.steps:
        for beat in (step.beat, *(v.beat for v in step.variants)):
            assert beat.event.when == step.when
            assert beat.event.city == "Shenzhen"


def test_there_are_eight_complete_paths() -> None:
    assert all_paths(SLUG) == PATHS


@pytest.mark.parametrize("answers", PATHS)
def test_every_path_has_9_or_10_steps_moving_forward_in_time(answers: tuple[str, ...]) -> None:
    frames = walk(answers).frames
    assert len(frames) == (10 if answers[0] == "cross" else 9)
    assert sum(frame.step.choice is not None for frame in frames) == 3
    months = [frame.beat.event.when for frame in frames]
    assert months == sorted(months)
    for frame in frames:
        assert 30 <= len(frame.beat.text.split()) <= 70


@pytest.mark.parametrize("answers", PATHS)
def test_every_path_ends_with_the_expected_standings(answers: tuple[str, ...]) -> None:
    crossing, taxes, repay = answers
    final = walk(answers).final
    assert final["unified_code"].state is Code.ISSUED
    assert final["jaywalk_display"].state is (crossing == "cross")
    joint = final["joint_punishment"]
    record = joint.state
    assert not record.blacklisted
    if taxes == "on-time":
        assert (record.entries, record.red_listed, record.penalties) == (2, True, 1)
        assert joint.provenance is Provenance.ASSUMPTION
        assert read("joint_punishment", joint).status == "On a red list, with a penalty on record"
    else:
        assert (record.entries, record.red_listed, record.penalties) == (1, False, 1)
        assert read("joint_punishment", joint).status == "A penalty on record"
    report = read("pboc_credit_report", final["pboc_credit_report"])
    assert final["pboc_credit_report"].tracked
    if repay == "miss":
        assert (report.level, report.until) == (1, Month(2023, 10))
        assert report.status == "One negative entry"
    else:
        assert (report.level, report.until) == (0, None)
    assert final["platform_ratings"].state == Ratings(as_seller=True)
    assert final["air_rail_list"].state == NO_BANS
    assert not final["court_list"].state.listed
    assert final["sesame"].tracked is False


@pytest.mark.parametrize("answers", PATHS)
def test_every_path_meets_the_expected_consequences(answers: tuple[str, ...]) -> None:
    crossing, taxes, repay = answers
    expected = {"unified_code.records_public", "joint_punishment.penalty_published"}
    if crossing == "cross":
        expected |= {"jaywalk_display.name_and_id_on_screen", "jaywalk_display.named_online"}
    if taxes == "on-time":
        expected.add("joint_punishment.red_list_incentives")
    if repay == "miss":
        expected |= {"pboc_credit_report.negative_on_file", "pboc_credit_report.lender_sees"}
    assert met_ids(answers) == expected


def test_the_fine_and_the_taxes_are_filed_under_the_restaurants_code() -> None:
    frames = walk(("wait", "on-time", "pay")).frames
    fired = {
        frame.step.id: [rule.id for r in frame.results if r.system_id == "unified_code" for rule in r.fired]
        for frame in frames
    }
    assert fired["registration"] == ["unified_code.issued", "unified_code.structure"]
    assert fired["taxes"] == ["unified_code.tax_filed"]
    assert fired["inspection"] == ["unified_code.penalty_filed"]
    late = {f.step.id: f for f in walk(("wait", "late", "pay")).frames}
    assert late["taxes"].beat.event.kind is EventKind.PAYS_BILLS_ON_TIME
    assert not any(r.visibility.seen for r in late["taxes"].results if r.system_id == "unified_code")


def test_the_crossing_is_a_shenzhen_camera_with_a_screen_and_a_webpage() -> None:
    frame = next(f for f in walk(("cross", "on-time", "pay")).frames if f.step.id == "on-the-screen")
    assert frame.beat.event.channels == frozenset({Channel.FACE_CAMERA, Channel.TRAFFIC_POLICE})
    (result,) = (r for r in frame.results if r.system_id == "jaywalk_display")
    assert result.visibility.seen
    assert [rule.id for rule in result.fired] == ["jaywalk_display.face_match", "jaywalk_display.shown"]
    assert all(step.id != "on-the-screen" for step in (f.step for f in walk(("wait", "late", "pay")).frames))


def test_the_bank_sees_the_missed_repayment_when_she_asks_again() -> None:
    frames = {f.step.id: f for f in walk(("wait", "late", "miss")).frames}
    assert [c.id for c in frames["second-shop"].met] == ["pboc_credit_report.lender_sees"]
    assert frames["october-repayment"].beat.event.amount_yuan == 2500
    paid = {f.step.id: f for f in walk(("wait", "late", "pay")).frames}
    assert paid["second-shop"].met == ()


@pytest.mark.parametrize("answers", PATHS)
def test_each_choice_changes_the_outcome(answers: tuple[str, ...]) -> None:
    changed = {alt.choice.id: set(alt.changed_systems) for alt in alternatives(walk(answers))}
    assert changed == {
        "crossing": {"jaywalk_display"},
        "taxes": {"joint_punishment"},
        "repay": {"pboc_credit_report"},
    }


def test_the_systems_that_see_her_life() -> None:
    seen: set[str] = set()
    for answers in PATHS:
        for frame in walk(answers).frames:
            seen |= {r.system_id for r in frame.results if r.visibility.seen}
    assert seen == {
        "unified_code",
        "joint_punishment",
        "pboc_credit_report",
        "jaywalk_display",
        "platform_ratings",
        "air_rail_list",
        "court_list",
    }
