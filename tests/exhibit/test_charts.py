"""Chart geometry: axis labels fit their margin, on every ending of every persona."""

import pytest

from exhibit.charts import LEFT, WIDE_LEFT, for_walk
from scenarios.personas import PERSONAS
from scenarios.replay import all_paths, replay


@pytest.mark.parametrize("slug", list(PERSONAS))
def test_axis_labels_fit_and_words_get_a_wider_margin(slug: str) -> None:
    for answers in all_paths(slug):
        for chart in for_walk(replay(slug, answers)):
            assert all(len(tick.label) <= 24 for tick in chart.y_ticks)
            assert chart.left == (LEFT if chart.system.kind.has_number else WIDE_LEFT)
            assert all(chart.left <= mark.x <= chart.right for mark in chart.marks)
