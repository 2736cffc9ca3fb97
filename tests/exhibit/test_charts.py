"""Chart geometry: readable on a phone, events down the side, nothing cut off, on every ending."""

import pytest

from exhibit.charts import CHAR, FONT, PLOT_LEFT, TITLE_CHARS, WIDTH, extent, for_walk
from scenarios.personas import PERSONAS
from scenarios.replay import all_paths, replay

PHONE_CHART = 324  # CSS px: the drawing's width on a 390 px phone (tests/browser/test_ending.py measures it)


def test_text_is_at_least_12_px_when_drawn_at_a_phones_width() -> None:
    assert FONT * PHONE_CHART / WIDTH >= 12


@pytest.mark.parametrize("slug", list(PERSONAS))
def test_every_text_fits_the_drawing_and_no_label_is_cut(slug: str) -> None:
    for answers in all_paths(slug):
        for chart in for_walk(replay(slug, answers)):
            assert all(extent(w)[0] >= -1 and extent(w)[1] <= WIDTH + 1 for w in chart.words), chart.system.id
            assert not any(w.label.endswith("…") for w in chart.words)
            assert all(chart.left <= mark.x <= chart.right for mark in chart.marks)
            assert all(w.y <= chart.height for w in chart.words)


def test_the_axis_names_events_by_their_titles_not_step_numbers() -> None:
    walk = replay("gao-ming", ("ignore", "games", "refuse"))
    chart = next(c for c in for_walk(walk) if c.system.id == "rongcheng")
    titles = " ".join(w.label for w in chart.words if w.x == 0)  # the column of events, left
    assert titles.startswith("At the start A new baby")
    assert "The deadline passes" in titles and "Home for the New Year" in titles
    assert all(not w.label.isdigit() for w in chart.words if w.x == 0)
    assert all(len(w.label) * CHAR < PLOT_LEFT for w in chart.words if w.x == 0)
    assert all(len(w.label) <= TITLE_CHARS for w in chart.words if w.x == 0)
    assert [row.moment for row in chart.rows][:2] == ["At the start", "A new baby"]


def test_thresholds_are_named_in_words_with_their_provenance() -> None:
    walk = replay("gao-ming", ("ignore", "games", "refuse"))
    by_system = {c.system.id: c for c in for_walk(walk)}
    rongcheng = by_system["rongcheng"]
    assert [t.name for t in rongcheng.thresholds] == ["Below 850: Grade C or lower", "From 960: Grade A"]
    assert {w.label for w in rongcheng.words} >= {"Below 850: Grade C or lower", "From 960: Grade A"}
    assert all(t.figure.provenance == "report" for t in rongcheng.thresholds)
    assert [t.name for t in by_system["sesame"].thresholds] == ["From 600: a perk", "From 650: a perk"]
    assert "Rent a flat through Alipay without a deposit." in [
        t.label for t in by_system["sesame"].thresholds
    ]


def test_a_list_names_its_two_states_in_full_above_its_columns() -> None:
    walk = replay("gao-ming", ("ignore", "games", "refuse"))
    joint = next(c for c in for_walk(walk) if c.system.id == "joint_punishment")
    assert "Blacklisted: joint punishment applies" in [w.label for w in joint.words]
    assert len(joint.guides) == 2
