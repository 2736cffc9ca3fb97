"""Inline SVG charts of each system over a walk, with the rows of their table.

Geometry only: the template draws it. Each chart has a table alternative built
from the same rows, and the thresholds that bring perks are drawn as labelled lines.
"""

from dataclasses import dataclass

from django.utils.translation import gettext as _

from scenarios.ending import series
from scenarios.engine import PilotSystem, Reading, Standing, SystemKind
from scenarios.provenance import Figure
from scenarios.replay import Walk
from scenarios.systems import SYSTEMS

WIDTH, HEIGHT = 720, 240
LEFT, RIGHT, TOP, BOTTOM = 110, 24, 20, 40
WIDE_LEFT = 230


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
    thresholds: tuple[tuple[Mark, Figure], ...]
    rows: tuple[Row, ...]
    tracked: bool
    width: int = WIDTH
    height: int = HEIGHT
    left: int = LEFT
    right: int = WIDTH - RIGHT
    baseline: int = HEIGHT - BOTTOM


def for_walk(walk: Walk) -> list[Chart]:
    moments = [_("Start"), *(str(frame.number) for frame in walk.frames)]
    whens = ["", *(frame.step.when for frame in walk.frames)]
    return [
        _chart(SYSTEMS[s.system_id], s.points, moments, whens)
        for s in series(walk)
        if worth_charting(SYSTEMS[s.system_id], s.points)
    ]


def worth_charting(system: PilotSystem, points: tuple[Standing, ...]) -> bool:
    """A score the person holds, or any standing that changed during the walk."""
    if not any(p.tracked for p in points):
        return False
    return system.kind.has_number or any(p.value != points[0].value for p in points)


def _chart(system: PilotSystem, points: tuple[Standing, ...], moments: list[str], whens: list[str]) -> Chart:
    # A list's value may encode which of its bans apply; on a chart it is listed or not.
    values = [min(p.value, 1) if system.kind is SystemKind.LIST else p.value for p in points]
    limits = _thresholds(system)
    lo, hi, ticks = _scale(system, values + [f.value for f in limits], points)
    ticks = [(v, _short(label)) for v, label in ticks]
    left = LEFT if system.kind.has_number else WIDE_LEFT  # words need more room than numbers
    step = (WIDTH - left - RIGHT) / max(1, len(values) - 1)
    xs = [round(left + i * step, 1) for i in range(len(values))]

    def y(value: float) -> float:
        return round(TOP + (hi - value) / (hi - lo) * (HEIGHT - TOP - BOTTOM), 1)

    marks = tuple(Mark(x=x, y=y(v), label=_label(system, v)) for x, v in zip(xs, values, strict=True))
    rows = tuple(
        Row(moment=m, when=w, reading=system.read(p)) for m, w, p in zip(moments, whens, points, strict=True)
    )
    return Chart(
        system=system,
        points=" ".join(f"{m.x},{m.y}" for m in marks),
        marks=marks,
        y_ticks=tuple(Mark(x=left - 10, y=y(v), label=label) for v, label in ticks),
        x_ticks=tuple(Mark(x=x, y=HEIGHT - BOTTOM + 24, label=m) for x, m in zip(xs, moments, strict=True)),
        thresholds=tuple((Mark(x=WIDTH - RIGHT, y=y(f.value), label=f"{f.value:,}"), f) for f in limits),
        rows=rows,
        tracked=points[0].tracked,
        left=left,
    )


def _short(label: str, most: int = 24) -> str:
    """An axis label short enough for the margin; the table alternative has it in full."""
    return label if len(label) <= most else label[: most - 1].rstrip() + "…"


def _thresholds(system: PilotSystem) -> list[Figure]:
    found = {c.threshold.value: c.threshold for c in system.consequences if c.threshold}
    return [found[value] for value in sorted(found)]


def _scale(
    system: PilotSystem, values: list[int], points: tuple[Standing, ...]
) -> tuple[float, float, list[tuple[int, str]]]:
    if system.kind is SystemKind.LIST:
        return -0.25, 1.25, [(0, _("Not listed")), (1, _("Listed"))]
    lo, hi = min(values), max(values)
    if not system.kind.has_number:  # a rating or a record: label each level in words
        words = {p.value: str(_(system.read(p).status)) for p in points}
        return lo - 0.25, hi + 0.25, sorted(words.items())
    pad = max(10, (hi - lo) // 6)
    return lo - pad, hi + pad, [(lo, f"{lo:,}"), (hi, f"{hi:,}")]


def _label(system: PilotSystem, value: int) -> str:
    if system.kind is SystemKind.LIST:
        return _("Listed") if value else _("Not listed")
    return f"{value:,}"
