"""Where a walk asks "which systems saw this?" before it tells, and the answer beside the guess."""

import itertools

import pytest

from scenarios.guessing import MOST_GUESSES, asks_for_a_guess, guess_steps, seeing, step_reveal
from scenarios.personas import PERSONAS
from scenarios.replay import all_paths, replay


def test_gao_ming_is_asked_at_the_court_order_the_refused_flight_and_the_flat() -> None:
    walk = replay("gao-ming", ("ignore", "games", "refuse"))
    assert guess_steps(walk) == (3, 5, 9)
    titles = [walk.frames[n - 1].title for n in guess_steps(walk)]
    assert titles == ["A court orders him to pay", "Not qualified", "A bigger flat"]
    assert asks_for_a_guess(walk, walk.frames[2]) and not asks_for_a_guess(walk, walk.frames[3])


@pytest.mark.parametrize("slug", list(PERSONAS))
def test_a_walk_asks_at_most_three_times_never_twice_in_a_row(slug: str) -> None:
    for answers in all_paths(slug):
        steps = guess_steps(replay(slug, answers))
        assert len(steps) <= MOST_GUESSES
        assert all(later - earlier >= 2 for earlier, later in itertools.pairwise(steps))


@pytest.mark.parametrize("slug", list(PERSONAS))
def test_an_open_walk_asks_at_the_same_steps_as_the_complete_one(slug: str) -> None:
    for answers in all_paths(slug):
        complete = guess_steps(replay(slug, answers))
        for cut in range(len(answers)):
            open_walk = replay(slug, answers[:cut])
            reached = len(open_walk.frames)
            assert guess_steps(open_walk) == tuple(n for n in complete if n <= reached)


def test_the_answer_sets_the_guess_beside_the_systems_that_saw_the_flight() -> None:
    walk = replay("gao-ming", ("ignore",))
    flight = walk.frames[4]
    assert seeing(flight) == {"court_list", "air_rail_list"}
    result = step_reveal(flight, frozenset({"court_list", "sesame"}))
    assert result.right == ("court_list",)
    assert result.missed == ("air_rail_list",)
    assert result.false_alarms == ("sesame",)
    assert result.dark_count == 18
