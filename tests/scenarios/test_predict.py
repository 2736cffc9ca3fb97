"""Predict, then reveal: a guess set beside the answer, and guesses parsed safely."""

from scenarios.claims import CLAIMS, Verdict
from scenarios.compare import compare
from scenarios.predict import (
    AGREES,
    MAX_VALUES,
    ClaimGuess,
    Mark,
    agrees,
    parse_claim_guess,
    parse_guess,
    reveal,
)
from scenarios.systems import SYSTEMS

EVERY = ("a", "b", "c", "d", "e")


def test_a_guess_is_split_into_right_missed_false_alarms_and_dark() -> None:
    result = reveal(frozenset({"a", "b", "e"}), frozenset({"a", "c"}), EVERY)
    assert result.right == ("a",)
    assert result.missed == ("c",)
    assert result.false_alarms == ("b", "e")
    assert result.dark == ("b", "d", "e")
    assert result.dark_count == 3
    assert result.seen_count == 2


def test_each_system_gets_one_mark_in_the_order_given() -> None:
    result = reveal(frozenset({"a", "b"}), frozenset({"a", "c"}), EVERY)
    assert [result.mark(sid) for sid in EVERY] == [
        Mark.RIGHT,
        Mark.FALSE_ALARM,
        Mark.MISSED,
        Mark.DARK,
        Mark.DARK,
    ]
    assert [m.seen for m in Mark] == [True, True, False, False]
    assert [m.guessed for m in Mark] == [True, False, True, False]


def test_no_guess_at_all_misses_every_seeing_system() -> None:
    result = reveal(frozenset(), frozenset({"b", "d"}), EVERY)
    assert result.right == () and result.false_alarms == ()
    assert result.missed == ("b", "d")
    assert result.dark_count == 3


def test_ids_outside_the_systems_asked_count_for_nothing() -> None:
    result = reveal(frozenset({"a", "zz"}), frozenset({"a", "yy"}), EVERY)
    assert result.guessed == frozenset({"a"})
    assert result.seeing == frozenset({"a"})
    assert result.dark_count == 4


def test_parsing_drops_unknown_ids_and_repeats() -> None:
    assert parse_guess(["a", "a", "nobody", "", "c", "A"], EVERY) == frozenset({"a", "c"})
    assert parse_guess([], EVERY) == frozenset()


def test_parsing_stops_reading_after_a_form_full_of_values() -> None:
    values = ["x"] * MAX_VALUES + ["a"]
    assert parse_guess(values, EVERY) == frozenset()


def test_jaywalking_most_systems_stay_dark() -> None:
    comparison = compare("jaywalk")
    seeing = frozenset(a.system.id for a in comparison.seen_by)
    result = reveal(frozenset({"rongcheng", "sesame", "surveillance"}), seeing, tuple(SYSTEMS))
    assert result.right == ("rongcheng",)
    assert result.false_alarms == ("sesame", "surveillance")
    assert result.missed == ("suining_2010", "honest_shanghai", "jaywalk_display")
    assert result.seen_count == 4
    assert result.dark_count == len(SYSTEMS) - 4 == 16


def test_a_claim_guess_is_one_of_four_answers() -> None:
    assert parse_claim_guess("wrong") is ClaimGuess.WRONG
    assert parse_claim_guess("not_sure") is ClaimGuess.NOT_SURE
    for bad in ("", "WRONG", "did_not_happen", "maybe"):
        assert parse_claim_guess(bad) is None
    assert [g.label for g in ClaimGuess] == ["Right", "Partly right", "Wrong", "Not sure"]


def test_every_verdict_agrees_with_exactly_one_guess() -> None:
    for verdict in Verdict:
        assert sum(agrees(guess, verdict) for guess in ClaimGuess) == 1
    assert agrees(ClaimGuess.WRONG, Verdict.DID_NOT_HAPPEN)
    assert not agrees(ClaimGuess.RIGHT, Verdict.PARTLY)
    assert set().union(*AGREES.values()) == set(Verdict)


def test_guessing_wrong_for_every_claim_matches_eight_of_the_twenty_eight() -> None:
    assert len(CLAIMS) == 28
    assert sum(agrees(ClaimGuess.WRONG, claim.verdict) for claim in CLAIMS) == 8
