"""Gao Ming's storyline as he lives it: the court's letters, the wedding, the deposit."""

import pytest

from scenarios.replay import Frame, all_paths, replay

SLUG = "gao-ming"
PATHS = all_paths(SLUG)


def frame(answers: tuple[str, ...], step_id: str) -> Frame:
    return next(f for f in replay(SLUG, answers).frames if f.step.id == step_id)


def test_the_court_sends_a_notice_and_a_decision_that_he_misses() -> None:
    text = frame(("ignore", "games", "pay"), "after-the-order").beat.text
    assert "notice to pay" in text and "written decision" in text and "never reads them" in text
    assert "Without telling him" not in text


@pytest.mark.parametrize("answers", PATHS)
def test_the_wedding_is_reached_by_plane_or_a_day_late_by_the_slow_train(answers: tuple[str, ...]) -> None:
    wedding = frame(answers, "wedding")
    refused = [c.id for c in wedding.met] == ["court_list.flight_refused"]
    assert refused is (answers[0] == "ignore")
    if refused:
        assert wedding.title == "Not qualified"
        assert "not qualified" in wedding.beat.text and "day after the wedding" in wedding.beat.text
    else:
        assert "booking goes through" in wedding.beat.text


@pytest.mark.parametrize("answers", PATHS)
def test_the_flat_says_whether_a_deposit_is_paid(answers: tuple[str, ...]) -> None:
    flat = frame(answers, "new-flat")
    (met,) = [c.id for c in flat.met]
    if met == "sesame.deposit_paid":
        assert "pay a deposit" in flat.beat.text
    else:
        assert met == "sesame.deposit_saved" and "just above" in flat.beat.text


def test_the_station_refuses_his_fast_train_ticket_while_he_is_listed() -> None:
    trip = frame(("ignore", "course", "refuse"), "new-year-trip")
    assert [c.id for c in trip.met] == ["court_list.train_refused"]
    assert "refuses his ID card" in trip.beat.text
