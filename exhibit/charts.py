"""Inline SVG charts of each system over a walk, with the rows of their table.

Geometry only: the template draws it. Each chart has a table alternative built
from the same rows, so nothing is shown in the picture that the table lacks.
"""

from dataclasses import dataclass

from django.utils.translation import gettext as _

from scenarios.ending import series
from scenarios.engine import PilotSystem, Reading, SystemKind
from scenarios.replay import Walk
from scenarios.systems import SYSTEMS

WIDTH, HEIGHT = 640, 220
LEFT, RIGHT, TOP, BOTTOM = 96, 16, 16, 36


@dataclass(frozen=True, slots=True, kw_only=True)
class Mark:
    x: float
    y: float
    label: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Row:
    moment: str
    when: str
    reading: Reading


@dataclass(frozen=True, slots=True, kw_only=True)
class Chart:
    system: PilotSystem
    points: str
    marks: tuple[Mark, ...]
    y_ticks: tuple[Mark, ...]
    x_ticks: tuple[Mark, ...]
    rows: tuple[Row, ...]
    tracked: bool
    width: int = WIDTH
    height: int = HEIGHT
    left: int = LEFT
    baseline: int = HEIGHT - BOTTOM


def for_walk(walk: Walk) -> list[Chart]:
    moments = [_("Start")] + [str(frame.number) for frame in walk.frames]
    whens = [""] + [frame.step.when for frame in walk.frames]
    return [
        _chart(SYSTEMS[s.system_id], [p.value for p in s.points], moments, whens, s.points[0].tracked, rows)
        for s in series(walk)
        for rows in [
            tuple(
                Row(moment=m, when=w, reading=SYSTEMS[s.system_id].read(p))
                for m, w, p in zip(moments, whens, s.points, strict=True)
            )
        ]
    ]


def _chart(
    system: PilotSystem,
    values: list[int],
    moments: list[str],
    whens: list[str],
    tracked: bool,
    rows: tuple[Row, ...],
) -> Chart:
    lo, hi, ticks = _scale(system, values)
    step = (WIDTH - LEFT - RIGHT) / max(1, len(values) - 1)
    xs = [LEFT + i * step for i in range(len(values))]

    def y(value: float) -> float:
        return round(TOP + (hi - value) / (hi - lo) * (HEIGHT - TOP - BOTTOM), 1)

    marks = tuple(
        Mark(x=round(x, 1), y=y(v), label=_label(system, v)) for x, v in zip(xs, values, strict=True)
    )
    return Chart(
        system=system,
        points=" ".join(f"{m.x},{m.y}" for m in marks),
        marks=marks,
        y_ticks=tuple(Mark(x=LEFT - 8, y=y(v), label=label) for v, label in ticks),
        x_ticks=tuple(
            Mark(x=round(x, 1), y=HEIGHT - BOTTOM + 20, label=m) for x, m in zip(xs, moments, strict=True)
        ),
        rows=rows,
        tracked=tracked,
    )


def _scale(system: PilotSystem, values: list[int]) -> tuple[float, float, list[tuple[int, str]]]:
    if system.kind is SystemKind.LIST:
        return -0.2, 1.2, [(0, _("Not listed")), (1, _("Listed"))]
    lo, hi = min(values), max(values)
    pad = max(10, (hi - lo) // 5)
    low, high = lo - pad, hi + pad
    return low, high, [(lo, f"{lo:,}"), (hi, f"{hi:,}")] if lo != hi else [(lo, f"{lo:,}")]


def _label(system: PilotSystem, value: int) -> str:
    if system.kind is SystemKind.LIST:
        return _("Listed") if value else _("Not listed")
    return f"{value:,}"
