"""Claire Dawson's storyline: an airline's website, a British credit file and app ratings."""

import re
from functools import partial

import pytest

from scenarios.ending import alternatives
from scenarios.engine import BusinessKind, Channel, EventKind
from scenarios.personas.claire_dawson import CLAIRE_DAWSON
from scenarios.replay import all_paths
from scenarios.storyline import Beat
from scenarios.systems.air_rail_list import NO_BANS
from scenarios.systems.caac_airlines import File
from scenarios.systems.experian import PaymentRecord
from scenarios.systems.platform_ratings import Ratings
from tests.scenarios import storylines
from tests.scenarios.storylines import complete, every_beat, read

SLUG = CLAIRE_DAWSON.slug
PATHS = [("change", "pay"), ("change", "miss"), ("keep", "pay"), ("keep", "miss")]


walk = partial(complete, SLUG)


met_ids = partial(storylines.met_ids, SLUG)


def beats() -> list[Beat]:
    return every_beat(CLAIRE_DAWSON)


def test_the_persona_is_fictional_and_works_for_a_foreign_airline() -> None:
    assert "not a real person" in CLAIRE_DAWSON.introduction
    assert "not a real airline" in CLAIRE_DAWSON.introduction
    assert CLAIRE_DAWSON.name_zh == ""
    assert not re.search(r"\d", CLAIRE_DAWSON.tagline)
    profile = CLAIRE_DAWSON.profile
    assert (profile.home_city, profile.country, profile.opted_in) == ("Leeds", "United Kingdom", frozenset())
    assert profile.business is not None and profile.business.kind is BusinessKind.FOREIGN_AIRLINE
    assert 2 <= len(CLAIRE_DAWSON.questions) <= 3
    assert any("credit" in q for q in CLAIRE_DAWSON.questions)


def test_titles_have_no_digits() -> None:
    titles = [step.title for step in CLAIRE_DAWSON.steps] + [b.title for b in beats() if b.title]
    for title in titles:
        assert not re.search(r"\d", title), title


def test_every_beat_is_30_to_70_words_in_short_sentences() -> None:
    for beat in beats():
        assert 30 <= len(beat.text.split()) <= 70, beat.text
        for sentence in beat.text.replace("?", ".").split(". "):
            assert len(sentence.split()) <= 25, sentence


def test_events_happen_in_their_step_month_and_carry_no_yuan() -> None:
    for step in CLAIRE_DAWSON.steps:
        for beat in (step.beat, *(v.beat for v in step.variants)):
            assert beat.event.when == step.when
            assert beat.event.amount_yuan == 0


def test_the_airline_letters_are_told_as_a_documented_case_without_a_verdict() -> None:
    steps = {step.id: step for step in CLAIRE_DAWSON.steps}
    letter = steps["letter"].beat.text
    assert "dozens of foreign airlines" in letter and "In this story" in letter and "late May" in letter
    deadline = steps["after-the-deadline"].beat.text
    assert "This part is imagined" in deadline
    assert "No source shows that any airline was actually recorded" in deadline


def test_there_are_four_complete_paths() -> None:
    assert all_paths(SLUG) == PATHS


@pytest.mark.parametrize("answers", PATHS)
def test_every_path_has_9_or_10_steps_moving_forward_in_time(answers: tuple[str, ...]) -> None:
    frames = walk(answers).frames
    assert len(frames) == (10 if answers[0] == "keep" else 9)
    assert sum(frame.step.choice is not None for frame in frames) == 2
    months = [frame.beat.event.when for frame in frames]
    assert months == sorted(months)
    for frame in frames:
        assert 30 <= len(frame.beat.text.split()) <= 70


@pytest.mark.parametrize("answers", PATHS)
def test_every_path_ends_with_the_expected_standings(answers: tuple[str, ...]) -> None:
    website, repay = answers
    final = walk(answers).final
    airline = final["caac_airlines"]
    assert airline.tracked
    if website == "keep":
        assert airline.state is File.RECORD
        assert (
            read("caac_airlines", airline).status == "Recorded as seriously dishonest, as the letter warned"
        )
    else:
        assert airline.state is File.LETTER
        assert read("caac_airlines", airline).status == "Letter received: change the website by the deadline"
    credit = final["experian"]
    missed = PaymentRecord.MISSED if repay == "miss" else PaymentRecord.ON_TIME
    assert (credit.tracked, credit.state) == (True, missed)
    expected_status = "A missed payment on file" if repay == "miss" else "On time: no missed payments"
    assert read("experian", credit).status == expected_status
    assert final["platform_ratings"].state == Ratings(as_seller=True, as_passenger=True)
    assert read("platform_ratings", final["platform_ratings"]).status == "Rated by a buyer and by a driver"
    assert final["air_rail_list"].state == NO_BANS
    assert not final["court_list"].state.listed
    report = final["pboc_credit_report"]
    assert not report.tracked and read("pboc_credit_report", report).level == 0
    assert not final["sesame"].tracked


@pytest.mark.parametrize("answers", PATHS)
def test_every_path_meets_the_expected_consequences(answers: tuple[str, ...]) -> None:
    website, repay = answers
    expected = {"caac_airlines.letter_received"}
    if website == "keep":
        expected.add("caac_airlines.disciplinary_action")
    if repay == "miss":
        expected.add("experian.lenders_see")
    assert met_ids(answers) == expected


def test_the_record_comes_only_after_the_deadline_and_only_if_the_menu_stays() -> None:
    kept = {f.step.id: f for f in walk(("keep", "pay")).frames}
    frame = kept["after-the-deadline"]
    assert frame.beat.event.kind is EventKind.AIRLINE_LISTS_TAIWAN_AS_COUNTRY
    assert frame.beat.event.channels == frozenset({Channel.AVIATION_AUTHORITY})
    (result,) = (r for r in frame.results if r.system_id == "caac_airlines")
    assert [rule.id for rule in result.fired] == ["caac_airlines.record"]
    changed = [f.step.id for f in walk(("change", "pay")).frames]
    assert "after-the-deadline" not in changed


def test_the_airlines_record_does_not_follow_claire_onto_a_plane_or_train() -> None:
    for answers in PATHS:
        for frame in walk(answers).frames:
            if frame.beat.event.kind in (EventKind.BOOKS_FLIGHT, EventKind.BOOKS_FAST_TRAIN):
                (result,) = (r for r in frame.results if r.system_id == "air_rail_list")
                assert result.visibility.seen and result.met == ()


@pytest.mark.parametrize("answers", PATHS)
def test_each_choice_changes_the_outcome(answers: tuple[str, ...]) -> None:
    changed = {alt.choice.id: set(alt.changed_systems) for alt in alternatives(walk(answers))}
    assert changed == {"website": {"caac_airlines"}, "repay": {"experian"}}


def test_the_systems_that_see_her_life() -> None:
    seen: set[str] = set()
    for answers in PATHS:
        for frame in walk(answers).frames:
            seen |= {r.system_id for r in frame.results if r.visibility.seen}
    assert seen == {"caac_airlines", "experian", "platform_ratings", "air_rail_list", "court_list"}
