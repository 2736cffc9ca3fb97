import pytest

from scenarios.personas import PERSONAS
from scenarios.replay import (
    InvalidPath,
    UnknownPersona,
    UnknownStep,
    all_paths,
    complete_walk,
    play,
    replay,
    walk_to,
)
from scenarios.systems import SYSTEMS

PATHS = all_paths("gao-ming")


def finals(answers: tuple[str, ...]) -> tuple[int, int, int, int]:
    final = replay("gao-ming", answers).final
    rongcheng, sesame, court = (
        SYSTEMS[sid].read(final[sid]) for sid in ("rongcheng", "sesame", "court_list")
    )
    return (rongcheng.level, sesame.level, court.level, court.owed.value if court.owed else 0)


def test_gao_ming_has_eight_complete_paths() -> None:
    assert PATHS == [
        ("pay", "games"),
        ("pay", "course"),
        ("appeal", "games"),
        ("appeal", "course"),
        ("ignore", "games", "pay"),
        ("ignore", "games", "refuse"),
        ("ignore", "course", "pay"),
        ("ignore", "course", "refuse"),
    ]


@pytest.mark.parametrize(
    ("answers", "expected"),
    [
        (("pay", "games"), (1000, 639, 0, 0)),
        (("pay", "course"), (1000, 659, 0, 0)),
        (("appeal", "games"), (1000, 639, 0, 0)),
        (("appeal", "course"), (1000, 659, 0, 0)),
        (("ignore", "games", "pay"), (950, 589, 0, 0)),
        (("ignore", "games", "refuse"), (950, 589, 1, 9000)),
        (("ignore", "course", "pay"), (950, 609, 0, 0)),
        (("ignore", "course", "refuse"), (950, 609, 1, 9000)),
    ],
)
def test_every_path_ends_with_the_expected_standings(
    answers: tuple[str, ...], expected: tuple[int, ...]
) -> None:
    assert finals(answers) == expected


@pytest.mark.parametrize("answers", PATHS)
def test_every_path_has_8_to_12_steps_and_at_least_two_choices(answers: tuple[str, ...]) -> None:
    walk = replay("gao-ming", answers)
    assert walk.complete
    assert 8 <= len(walk.frames) <= 12
    assert sum(frame.step.choice is not None for frame in walk.frames) >= 2
    assert [frame.number for frame in walk.frames] == list(range(1, len(walk.frames) + 1))


def test_replay_is_deterministic() -> None:
    replay.cache_clear()
    first = replay("gao-ming", ("ignore", "games", "pay"))
    replay.cache_clear()
    assert replay("gao-ming", ("ignore", "games", "pay")) == first


def test_an_open_walk_stops_at_the_first_unanswered_choice() -> None:
    walk = replay("gao-ming", ())
    assert not walk.complete
    assert walk.frames[-1].step.id == "court-order"
    assert len(walk.frames) == 3


def test_the_ignore_path_lists_gao_ming_and_refuses_his_plane_ticket() -> None:
    walk = replay("gao-ming", ("ignore", "games", "refuse"))
    wedding = next(f for f in walk.frames if f.step.id == "wedding")
    assert [c.id for c in wedding.met] == ["court_list.flight_refused"]
    paying = replay("gao-ming", ("pay", "games"))
    assert next(f for f in paying.frames if f.step.id == "wedding").met == ()


@pytest.mark.parametrize(
    "answers",
    [("dance",), ("pay", "games", "extra"), ("pay", "pay"), ("ignore", "games", "games")],
)
def test_a_path_the_storyline_does_not_allow_is_rejected(answers: tuple[str, ...]) -> None:
    with pytest.raises(InvalidPath):
        replay("gao-ming", answers)


def test_answers_must_be_exactly_those_before_the_step() -> None:
    with pytest.raises(InvalidPath):
        walk_to("gao-ming", 2, ("ignore",))
    with pytest.raises(InvalidPath):
        walk_to("gao-ming", 5, ())
    walk, frame = walk_to("gao-ming", 5, ("ignore",))
    assert frame.step.id == "wedding" and walk.answers == ("ignore",)


@pytest.mark.parametrize("number", [0, 12, 10_000])
def test_a_step_beyond_the_path_is_unknown(number: int) -> None:
    with pytest.raises(UnknownStep):
        walk_to("gao-ming", number, ("pay", "games"))


def test_an_unknown_persona_is_named_as_such() -> None:
    with pytest.raises(UnknownPersona):
        replay("nobody", ())


def test_an_ending_needs_a_complete_path() -> None:
    with pytest.raises(InvalidPath):
        complete_walk("gao-ming", ("ignore",))
    assert complete_walk("gao-ming", ("pay", "course")).complete


@pytest.mark.parametrize("slug", list(PERSONAS))
def test_no_choice_is_cosmetic(slug: str) -> None:
    """Every option of every choice leads to a different record somewhere."""
    from scenarios.ending import alternatives, met

    for answers in all_paths(slug):
        walk = replay(slug, answers)
        for alt in alternatives(walk):
            other = replay(slug, alt.answers)
            differs = alt.changed_systems or alt.met_instead or alt.avoided
            assert differs or len(other.frames) != len(walk.frames) or met(other) != met(walk), alt


def test_replay_plays_the_persona_storyline_with_play() -> None:
    answers = ("ignore", "games", "refuse")
    assert play(PERSONAS["gao-ming"], answers) == replay("gao-ming", answers)


@pytest.mark.parametrize("slug", list(PERSONAS))
def test_a_persona_knows_its_path_without_replaying_it(slug: str) -> None:
    """`path` and `ends_after` answer "what follows?" as a replay of the same answers would."""
    storyline = PERSONAS[slug]
    prefixes = {answers[:n] for answers in all_paths(slug) for n in range(len(answers) + 1)}
    for answers in prefixes:
        walk = replay(slug, answers)
        assert storyline.path(answers) == tuple(frame.step for frame in walk.frames)
        last = len(walk.frames)
        if walk.complete:
            assert storyline.ends_after(answers, last)
        assert not storyline.ends_after(answers, last - 1)
