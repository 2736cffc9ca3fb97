"""Shen Lan's storyline: every path is complete, and each choice changes what the systems do."""

from functools import partial

import pytest

from scenarios.engine import Month, Reading
from scenarios.personas.shen_lan import SHEN_LAN
from scenarios.replay import all_paths
from scenarios.systems.air_rail_list import NO_BANS, Ban, Bans, Transport
from scenarios.systems.common import NOT_LISTED, Listing
from scenarios.systems.platform_ratings import Ratings
from scenarios.systems.sesame import FLAT
from tests.scenarios.storylines import complete, fired_by_step, met_by_step, number, read, values

SLUG = SHEN_LAN.slug
TOURISM_LISTING = Listing(listed=True, until=Month(2021, 10))
FLYING_BAN = Bans((Ban(transport=Transport.AIR, until=Month(2019, 10)),))
PATHS = [
    ("online", "sort", "calm"),
    ("online", "sort", "shout"),
    ("online", "mix", "calm"),
    ("online", "mix", "shout"),
    ("shop", "sort", "calm"),
    ("shop", "sort", "shout"),
    ("shop", "mix", "calm"),
    ("shop", "mix", "shout"),
]


walk = partial(complete, SLUG)


def sesame_values(answers: tuple[str, ...]) -> list[int]:
    return values(SLUG, answers, "sesame")


met = partial(met_by_step, SLUG)


fired = partial(fired_by_step, SLUG)


def test_the_storyline_has_eight_complete_paths() -> None:
    assert all_paths(SLUG) == PATHS


@pytest.mark.parametrize("answers", PATHS)
def test_every_path_has_8_to_10_steps_three_choices_and_dates_that_run_forward(
    answers: tuple[str, ...],
) -> None:
    lived = walk(answers)
    expected = 8 + (answers[1] == "mix") + (answers[2] == "shout")
    assert len(lived.frames) == expected
    assert sum(frame.step.choice is not None for frame in lived.frames) == 3
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
    ("answers", "sesame", "garbage", "tourism", "air_rail"),
    [
        (("online", "sort", "calm"), 665, 0, NOT_LISTED, NO_BANS),
        (("online", "sort", "shout"), 665, 0, TOURISM_LISTING, FLYING_BAN),
        (("online", "mix", "calm"), 665, 1, NOT_LISTED, NO_BANS),
        (("online", "mix", "shout"), 665, 1, TOURISM_LISTING, FLYING_BAN),
        (("shop", "sort", "calm"), 653, 0, NOT_LISTED, NO_BANS),
        (("shop", "sort", "shout"), 653, 0, TOURISM_LISTING, FLYING_BAN),
        (("shop", "mix", "calm"), 653, 1, NOT_LISTED, NO_BANS),
        (("shop", "mix", "shout"), 653, 1, TOURISM_LISTING, FLYING_BAN),
    ],
)
def test_every_path_ends_with_the_expected_standings(
    answers: tuple[str, ...],
    sesame: int,
    garbage: int,
    tourism: Listing,
    air_rail: Bans,
) -> None:
    final = walk(answers).final
    assert (final["sesame"].tracked, number("sesame", final["sesame"])) == (True, sesame)
    garbage_credit = final["garbage_credit"]
    assert (garbage_credit.tracked, read("garbage_credit", garbage_credit).level) == (True, garbage)
    assert final["tourism_list"].state == tourism
    assert final["air_rail_list"].state == air_rail
    assert final["platform_ratings"].state == Ratings(as_passenger=answers[2] == "calm")
    assert not final["court_list"].state.listed


def test_where_she_buys_nappies_decides_the_flat_deposit() -> None:
    assert FLAT.threshold is not None and FLAT.threshold.value == 650
    online, shop = ("online", "sort", "calm"), ("shop", "sort", "calm")
    assert sesame_values(online) == [647, 659, 659, 659, 665, 665, 665, 665]
    assert sesame_values(shop) == [647, 647, 647, 647, 653, 653, 653, 653]
    assert fired(online)["baby"] == ["sesame.nappies"]
    assert fired(shop)["baby"] == []  # paid in cash: nothing reaches Alipay
    assert met(online)["baby"] == ["sesame.flat_deposit_waived"]
    assert met(online)["new-flat"] == ["sesame.deposit_saved"]
    assert met(shop)["new-flat"] == ["sesame.deposit_paid"]
    deposit = next(c for f in walk(shop).frames for c in f.met if c.id == "sesame.deposit_paid")
    assert deposit.amount is not None and deposit.amount.value == 3000
    # A month later the bills lift her over the line: the deposit is already paid.
    assert met(shop)["summer-bills"] == ["sesame.flat_deposit_waived"]
    assert met(online)["summer-bills"] == []


def test_the_garbage_habit_goes_on_the_credit_file_and_stays() -> None:
    sorting, mixing = ("online", "sort", "calm"), ("online", "mix", "calm")
    assert fired(sorting)["inspection"] == ["garbage_credit.sorting_rewarded"]
    assert met(sorting)["inspection"] == []
    assert fired(mixing)["inspection"] == ["garbage_credit.violation_recorded"]
    assert met(mixing)["inspection"] == ["garbage_credit.told_to_correct", "garbage_credit.loan_risk"]
    assert "sorting-now" not in met(sorting)
    assert fired(mixing)["sorting-now"] == ["garbage_credit.sorting_rewarded"]
    later = next(f for f in walk(mixing).frames if f.step.id == "sorting-now")
    garbage = next(r for r in later.results if r.system_id == "garbage_credit")
    levels = [read("garbage_credit", standing).level for standing in (garbage.before, garbage.after)]
    assert levels == [1, 1]


def test_shouting_at_the_crew_puts_her_on_two_lists_and_bars_her_from_flying() -> None:
    calm, shout = ("online", "sort", "calm"), ("online", "sort", "shout")
    assert met(calm)["arrival"] == []
    assert fired(calm)["arrival"] == ["platform_ratings.rate_each_other"]
    assert met(shout)["arrival"] == ["tourism_list.named", "tourism_list.shared", "air_rail_list.no_flights"]
    assert fired(shout)["arrival"] == [
        "tourism_list.listing",
        "tourism_list.graded_assumed",
        "air_rail_list.air_offence",
    ]
    assert met(calm)["spring-festival"] == []
    assert met(shout)["spring-festival"] == ["air_rail_list.flight_refused"]
    assert "by-train" not in met(calm)
    assert met(shout)["by-train"] == []  # the flying ban does not cover trains


def test_each_choice_changes_the_outcome() -> None:
    def finals(answers: tuple[str, ...]) -> dict[str, Reading]:
        return {sid: read(sid, standing) for sid, standing in walk(answers).final.items()}

    base = finals(("online", "sort", "calm"))
    assert finals(("shop", "sort", "calm"))["sesame"] != base["sesame"]
    assert finals(("online", "mix", "calm"))["garbage_credit"] != base["garbage_credit"]
    shout = finals(("online", "sort", "shout"))
    assert shout["tourism_list"] != base["tourism_list"]
    assert shout["air_rail_list"] != base["air_rail_list"]


def test_the_systems_that_see_her_life() -> None:
    seen = {
        result.system_id
        for answers in PATHS
        for frame in walk(answers).frames
        for result in frame.results
        if result.visibility.seen
    }
    assert seen == {
        "sesame",
        "garbage_credit",
        "tourism_list",
        "air_rail_list",
        "platform_ratings",
        "court_list",
    }


def test_the_persona_is_fictional_and_covered_as_intended() -> None:
    assert "not a real person" in SHEN_LAN.introduction
    assert not any(ch.isdigit() for ch in SHEN_LAN.tagline)
    titles = [t for step in SHEN_LAN.steps for t in (step.title, *(v.beat.title for v in step.variants))]
    assert not any(ch.isdigit() for title in titles for ch in title)
    assert 2 <= len(SHEN_LAN.questions) <= 3
    profile = SHEN_LAN.profile
    assert (profile.home_city, profile.opted_in) == ("Hangzhou", frozenset({"sesame"}))
