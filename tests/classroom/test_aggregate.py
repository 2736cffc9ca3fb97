"""The pure aggregation behind the dashboard, against replayed paths (scenarios.classroom)."""

from scenarios.classroom import ClassPath, aggregate
from scenarios.replay import all_paths


def test_every_complete_path_of_a_persona_counts_once_at_each_choice() -> None:
    paths = [ClassPath("gao-ming", answers) for answers in all_paths("gao-ming")]
    results = aggregate(paths)
    assert results.joined == results.finished == len(paths)
    court = next(t for t in results.choices if t.choice.id == "court")
    assert court.step_number == 3 and court.answered == len(paths)
    assert {o.option_id: o.count for o in court.options} == {"pay": 2, "appeal": 2, "ignore": 4}


def test_endings_under_a_ban_and_the_systems_that_scored_most() -> None:
    results = aggregate(
        [ClassPath("gao-ming", ("ignore", "games", "refuse")), ClassPath("gao-ming", ("pay", "course"))]
    )
    assert results.listed == 1
    court = next(s for s in results.systems if s.system_id == "court_list")
    assert {f.status: f.count for f in court.finals} == {"Not listed": 1, "Listed": 1}
    assert [s.scored for s in results.systems] == sorted((s.scored for s in results.systems), reverse=True)


def test_unfinished_and_broken_paths_count_as_joined_only() -> None:
    results = aggregate(
        [ClassPath("gao-ming", ("ignore",)), ClassPath("nobody", ()), ClassPath("gao-ming", ("x",))]
    )
    assert (results.joined, results.finished, results.listed) == (3, 0, 0)
    court = next(t for t in results.choices if t.choice.id == "court")
    assert court.answered == 1


def test_the_order_of_the_class_does_not_change_the_counts() -> None:
    paths = [ClassPath("lu-chen", answers) for answers in all_paths("lu-chen")]
    assert aggregate(paths) == aggregate(list(reversed(paths)))


def test_pooled_guesses_count_ticks_and_what_saw_each_students_step() -> None:
    from scenarios.classroom import ClassGuess, pool_guesses
    from scenarios.guessing import seeing
    from scenarios.replay import walk_to

    _, frame = walk_to("gao-ming", 3, ())
    seen = seeing(frame)
    pooled = pool_guesses(
        [
            ClassGuess("gao-ming", 3, (), frozenset(seen)),
            ClassGuess("gao-ming", 3, (), frozenset({"sesame"})),
            ClassGuess("nobody", 3, (), frozenset()),
        ]
    )
    assert len(pooled) == 1 and pooled[0].guesses == 2 and pooled[0].exactly_right == 1
    by_id = {s.system_id: s for s in pooled[0].systems}
    assert all(by_id[sid].saw == 2 for sid in seen)


def test_what_followed_each_answer_is_shown_up_to_the_next_choice() -> None:
    court = aggregate([ClassPath("gao-ming", ("ignore",))]).choices[0]
    followed = {f.option_id: f.labels for f in court.followed}
    assert "May not buy plane tickets." in followed["ignore"]
    assert followed["pay"] == ("Pays the sum the court ordered.",)
    assert "May not buy plane tickets." not in followed["appeal"]
