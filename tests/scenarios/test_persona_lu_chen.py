"""Lu Chen's storyline: every path is complete, and each choice changes what the systems do."""

from functools import partial

import pytest

from scenarios.engine import EventKind, Month, Reading
from scenarios.personas.lu_chen import LU_CHEN
from scenarios.replay import all_paths
from scenarios.systems.air_rail_list import NO_BANS, Ban, Bans, Transport
from scenarios.systems.honest_shanghai import Grade
from scenarios.systems.platform_ratings import Ratings
from tests.scenarios.storylines import complete, fired_by_step, met_by_step, number, read, values

SLUG = LU_CHEN.slug
PATHS = [("games", "pay"), ("games", "dodge"), ("tutor", "pay"), ("tutor", "dodge")]


walk = partial(complete, SLUG)


def sesame_values(answers: tuple[str, ...]) -> list[int]:
    return values(SLUG, answers, "sesame")


met = partial(met_by_step, SLUG)


fired = partial(fired_by_step, SLUG)


def test_the_storyline_has_four_complete_paths() -> None:
    assert all_paths(SLUG) == PATHS


@pytest.mark.parametrize("answers", PATHS)
def test_every_path_has_ten_steps_two_choices_and_dates_that_run_forward(answers: tuple[str, ...]) -> None:
    lived = walk(answers)
    assert len(lived.frames) == 10
    assert sum(frame.step.choice is not None for frame in lived.frames) == 2
    months = [frame.beat.event.when for frame in lived.frames]
    assert months == sorted(months)
    assert [frame.step.when for frame in lived.frames] == months


@pytest.mark.parametrize("answers", PATHS)
def test_every_beat_on_every_path_is_30_to_70_words_in_short_sentences(answers: tuple[str, ...]) -> None:
    for frame in walk(answers).frames:
        text = frame.beat.text
        assert 30 <= len(text.split()) <= 70, frame.step.id
        assert all(len(sentence.split()) <= 25 for sentence in text.split(". ")), frame.step.id


@pytest.mark.parametrize(
    ("answers", "sesame", "honest_shanghai"),
    [
        (("games", "pay"), 633, Grade.GOOD),
        (("games", "dodge"), 633, Grade.BAD),
        (("tutor", "pay"), 653, Grade.GOOD),
        (("tutor", "dodge"), 653, Grade.BAD),
    ],
)
def test_every_path_ends_with_the_expected_standings(
    answers: tuple[str, ...], sesame: int, honest_shanghai: Grade
) -> None:
    final = walk(answers).final
    assert (final["sesame"].tracked, number("sesame", final["sesame"])) == (True, sesame)
    assert (final["honest_shanghai"].tracked, final["honest_shanghai"].state) == (True, honest_shanghai)
    # Tencent's test closed in February 2018 on every path: no score is left.
    tencent = read("tencent_credit", final["tencent_credit"])
    assert (tencent.value, tencent.status) == (None, "No score: the test has ended")
    # The train ban, if any, has run out by January 2019.
    assert final["air_rail_list"].state == NO_BANS
    assert final["platform_ratings"].state == Ratings(as_seller=True, as_passenger=True)
    assert not final["court_list"].state.listed


def test_tencent_credit_sees_one_bill_then_the_test_closes() -> None:
    lived = walk(("games", "pay"))
    first = next(r for r in lived.frames[0].results if r.system_id == "tencent_credit")
    assert first.visibility.seen
    assert (number("tencent_credit", first.before), number("tencent_credit", first.after)) == (600, 605)
    assert fired(("games", "pay"))["friends"] == ["sesame.bills_on_time", "tencent_credit.test_closed"]
    games = next(r for r in lived.frames[2].results if r.system_id == "tencent_credit")
    assert not games.visibility.seen  # paid through WeChat Pay, but after the test had ended


def test_the_evenings_choice_moves_the_sesame_score_across_the_flat_deposit_line() -> None:
    assert sesame_values(("games", "pay")) == [641, 647, 627, 627, 627, 627, 627, 633, 633, 633]
    assert sesame_values(("tutor", "pay")) == [641, 647, 647, 647, 647, 647, 647, 653, 653, 653]
    assert fired(("games", "pay"))["evenings"] == ["sesame.video_games"]
    assert fired(("tutor", "pay"))["evenings"] == []
    tutoring_evening = walk(("tutor", "pay")).frames[2]
    assert tutoring_evening.beat.event.kind is EventKind.VOLUNTEERS
    assert not any(result.visibility.seen for result in tutoring_evening.results)
    assert met(("tutor", "pay"))["new-term"] == ["sesame.flat_deposit_waived"]
    assert met(("games", "pay"))["new-term"] == []


def test_jaywalking_lowers_the_honest_shanghai_rating_on_every_path() -> None:
    for answers in PATHS:
        frame = next(f for f in walk(answers).frames if f.step.id == "red-light")
        result = next(r for r in frame.results if r.system_id == "honest_shanghai")
        assert (result.before.state, result.after.state) == (Grade.VERY_GOOD, Grade.GOOD)
        assert [c.id for c in result.lost] == ["honest_shanghai.rewards"]
        jaywalk = next(r for r in frame.results if r.system_id == "jaywalk_display")
        assert not jaywalk.visibility.seen  # no public screen is documented in Shanghai


def test_the_fare_choice_decides_the_train_ban_and_the_rating() -> None:
    paying, dodging = met(("tutor", "pay")), met(("tutor", "dodge"))
    assert paying["on-the-train"] == []
    assert dodging["on-the-train"] == ["honest_shanghai.bad_rating", "air_rail_list.no_trains"]
    assert fired(("tutor", "dodge"))["on-the-train"] == [
        "honest_shanghai.fare_dodging",
        "air_rail_list.rail_offence",
    ]
    assert paying["national-day"] == []
    assert dodging["national-day"] == ["air_rail_list.train_refused"]
    ban = next(f for f in walk(("tutor", "dodge")).frames if f.step.id == "on-the-train")
    air_rail = next(r for r in ban.results if r.system_id == "air_rail_list")
    assert air_rail.after.state == Bans((Ban(transport=Transport.RAIL, until=Month(2019, 1)),))
    assert fired(("tutor", "dodge"))["spring-festival"] == ["air_rail_list.rail_ban_ends"]
    assert met(("tutor", "dodge"))["spring-festival"] == []


def test_each_choice_changes_the_outcome() -> None:
    def finals(answers: tuple[str, ...]) -> dict[str, Reading]:
        return {sid: read(sid, standing) for sid, standing in walk(answers).final.items()}

    assert finals(("games", "pay"))["sesame"] != finals(("tutor", "pay"))["sesame"]
    assert finals(("tutor", "pay"))["honest_shanghai"] != finals(("tutor", "dodge"))["honest_shanghai"]
    assert met(("tutor", "pay")) != met(("tutor", "dodge"))


def test_the_systems_that_see_her_life() -> None:
    seen = {
        result.system_id
        for answers in PATHS
        for frame in walk(answers).frames
        for result in frame.results
        if result.visibility.seen
    }
    assert seen == {
        "tencent_credit",
        "sesame",
        "honest_shanghai",
        "platform_ratings",
        "air_rail_list",
        "court_list",
    }


def test_the_worry_about_friends_and_peer_ratings_is_story_not_a_rule() -> None:
    for answers in PATHS:
        for frame in walk(answers).frames:
            peer = next(r for r in frame.results if r.system_id == "peer_rating")
            assert not peer.visibility.seen and not peer.fired
    friends = next(step for step in LU_CHEN.steps if step.id == "friends")
    assert "names no source" in friends.beat.text


def test_the_persona_is_fictional_and_covered_as_intended() -> None:
    assert "not a real person" in LU_CHEN.introduction
    assert not any(ch.isdigit() for ch in LU_CHEN.tagline)
    titles = [t for step in LU_CHEN.steps for t in (step.title, *(v.beat.title for v in step.variants))]
    assert not any(ch.isdigit() for title in titles for ch in title)
    assert 2 <= len(LU_CHEN.questions) <= 3
    profile = LU_CHEN.profile
    assert profile.home_city == "Shanghai"
    assert profile.opted_in == frozenset({"tencent_credit", "sesame", "honest_shanghai"})


def test_she_is_listed_only_for_refusing_to_pay_and_after_a_notice() -> None:
    choice = next(step.choice for step in LU_CHEN.steps if step.id == "to-the-station")
    assert choice is not None
    label = next(o.label for o in choice.options if o.id == "dodge")
    assert "refuse to pay" in label
    frame = next(f for f in walk(("tutor", "dodge")).frames if f.step.id == "on-the-train")
    assert "refuses to pay" in frame.beat.text and "object" in frame.beat.text
