"""Every side heard (issue 11): the seeds' own voices, verbatim, attributed, sorted by side."""

import pytest

from scenarios.evidence import QUOTES
from scenarios.perspectives import GENERAL, PERSPECTIVES, Side, by_side
from scenarios.systems import SYSTEMS


def test_each_side_speaks_about_the_system_as_a_whole() -> None:
    general = by_side(GENERAL)
    assert {side: len(found) >= 5 for side, found in general.items()} == dict.fromkeys(Side, True)


def test_every_perspective_is_a_seed_quote_with_a_speaker_or_its_attribution_in_the_words() -> None:
    for perspective in PERSPECTIVES:
        quote = QUOTES[perspective.quote_id]
        attributed = quote.speaker or any(w in quote.text for w in ("says", "According to", "The government"))
        assert attributed, perspective.quote_id


def test_each_quote_is_one_side_only_and_bears_on_known_systems() -> None:
    ids = [p.quote_id for p in PERSPECTIVES]
    assert len(ids) == len(set(ids))
    for perspective in PERSPECTIVES:
        assert perspective.bears_on and set(perspective.bears_on) <= {*SYSTEMS, GENERAL}


@pytest.mark.parametrize(
    ("quote_id", "side"),
    [
        ("voice.trust_building", Side.AIM),
        ("voice.cass_morality", Side.AIM),
        ("voice.murong_survive", Side.CRITIC),
        ("voice.hrw_all_people", Side.CRITIC),
        ("voice.zeng_in_between", Side.MIDDLE),
        ("voice.natkin_framework", Side.MIDDLE),
    ],
)
def test_the_voices_speak_for_the_side_they_argue(quote_id: str, side: Side) -> None:
    assert next(p for p in PERSPECTIVES if p.quote_id == quote_id).side is side


def test_the_court_list_hears_its_aim_its_critics_and_the_middle() -> None:
    court = by_side("court_list")
    assert [p.quote_id for p in court[Side.AIM]] == ["claim.roam_under_heaven"]
    assert "voice.liu_hu_stuck" in [p.quote_id for p in court[Side.CRITIC]]
    assert "court.bring_your_money" in [p.quote_id for p in court[Side.MIDDLE]]


def test_the_words_are_the_seeds_character_for_character() -> None:
    quote = QUOTES["voice.murong_survive"]
    assert (
        quote.text
        == "“This system can eliminate a person's ability to survive without putting them in prison,”"
    )
    assert quote.seed.startswith("000_") and quote.speaker.startswith("Murong Xuecun")
