"""Inline SVG charts of each system over a walk, with the rows of their table.

Geometry only: the template draws it. Time runs down the chart, one row per event
with its title, so that the titles need no rotating or cutting; the standing runs
across. The drawing is about as wide as a phone shows it (WIDTH user units for about
320 CSS pixels), so that its text keeps about the size it is set in: FONT units.
Each chart has a table alternative built from the same rows, and the thresholds that
bring perks are dashed lines named in words and, with their labels, in a legend.
"""

import textwrap
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from django.utils.translation import gettext as _

from scenarios.ending import series
from scenarios.engine import AnySystem, ConsequenceKind, Month, Reading, Shape
from scenarios.provenance import Figure
from scenarios.replay import Walk
from scenarios.systems import SYSTEMS

WIDTH = 340
FONT = 13  # user units; at 390 CSS px wide the chart is drawn about 324 px wide: 12.4 px
LINE = 17  # a line of text
CHAR = 7.4  # a generous average width of one character at FONT
TITLE_CHARS = 17  # event titles wrap at this many characters: TITLE_CHARS * CHAR < PLOT_LEFT
PLOT_LEFT, PLOT_RIGHT = 142, 326
GAP = 10  # between the plot's parts


@dataclass(frozen=True, slots=True, kw_only=True)
class Text:
    x: float
    y: float
    label: str
    anchor: str = "start"


@dataclass(frozen=True, slots=True, kw_only=True)
class Mark:
    x: float
    y: float
    label: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Guide:
    """A vertical line: a level's column, or a threshold (dashed)."""

    x: float
    top: float
    bottom: float


@dataclass(frozen=True, slots=True, kw_only=True)
class Threshold:
    figure: Figure
    at: str  # "From 960"
    name: str  # "From 960: Grade A"
    label: str  # the consequence it brings, in full, for the legend
    guide: Guide


@dataclass(frozen=True, slots=True, kw_only=True)
class Row:
    moment: str
    when: Month | None
    reading: Reading


@dataclass(frozen=True, slots=True, kw_only=True)
class Chart:
    system: AnySystem
    points: str
    marks: tuple[Mark, ...]  # one dot per moment
    words: tuple[Text, ...]  # every text of the drawing: scale, titles, values, thresholds
    guides: tuple[Guide, ...]
    rules: tuple[float, ...]  # the y of each row's faint line
    thresholds: tuple[Threshold, ...]
    rows: tuple[Row, ...]
    tracked: bool
    height: float
    width: int = WIDTH
    left: int = PLOT_LEFT
    right: int = PLOT_RIGHT


def for_walk(walk: Walk) -> list[Chart]:
    moments = [str(_("At the start")), *(str(_(frame.title)) for frame in walk.frames)]
    whens: list[Month | None] = [None, *(frame.step.when for frame in walk.frames)]
    charts = []
    for s in series(walk):
        system = SYSTEMS[s.system_id]
        readings = [system.read(p) for p in s.points]
        if worth_charting(system, readings):
            charts.append(_chart(system, readings, moments, whens))
    return charts


def worth_charting(system: AnySystem, readings: Sequence[Reading]) -> bool:
    """A score the person holds, or any standing that changed level during the walk."""
    if not any(r.tracked for r in readings):
        return False
    return system.shape.has_number or any(r.level != readings[0].level for r in readings)


def place(x: float, label: str, y: float) -> Text:
    """A label at x, centred, or to one side of x where centred would leave the drawing."""
    wide = len(label) * CHAR
    if x - wide / 2 >= 0 and x + wide / 2 <= WIDTH:
        return Text(x=x, y=y, label=label, anchor="middle")
    if x + wide <= WIDTH:
        return Text(x=x, y=y, label=label, anchor="start")
    if x - wide >= 0:
        return Text(x=x, y=y, label=label, anchor="end")
    return Text(x=0, y=y, label=label, anchor="start")


def extent(text: Text) -> tuple[float, float]:
    """Where a text begins and ends across the drawing, by the generous estimate CHAR."""
    wide = len(text.label) * CHAR
    start = {"start": text.x, "middle": text.x - wide / 2, "end": text.x - wide}[text.anchor]
    return start, start + wide


def _placed(x: float, label: str, y: float) -> list[Text]:
    """A label placed at x, over several lines if one would not fit the drawing."""
    lines = textwrap.wrap(label, int(WIDTH / CHAR) - 1) or [label]
    return [place(x, line, y + i * LINE) for i, line in enumerate(lines)]


def _chart(
    system: AnySystem, readings: list[Reading], moments: list[str], whens: list[Month | None]
) -> Chart:
    levels = [r.level for r in readings]
    limits = _thresholds(system)
    x_of, head = _scale(system, levels + [limit[0].value for limit in limits], readings)
    top = (max(t.y for t in head) if head else 0) + GAP
    titles, dots, bottom = _rows(system, moments, readings, x_of, top)
    words = [*head, *titles, *_values(system, dots)]
    thresholds = []
    for i, (figure, at, name, label) in enumerate(limits):
        text = _placed(x_of(figure.value), name, bottom + GAP + (i + 1) * LINE)
        words += text
        guide = Guide(x=x_of(figure.value), top=top, bottom=text[0].y - LINE + 4)
        thresholds.append(Threshold(figure=figure, at=at, name=name, label=label, guide=guide))
    guides = tuple(Guide(x=x_of(v), top=top, bottom=bottom) for v in _levels(system, levels))
    rows = tuple(Row(moment=m, when=w, reading=r) for m, w, r in zip(moments, whens, readings, strict=True))
    return Chart(
        system=system,
        points=" ".join(f"{m.x},{m.y}" for m in dots),
        marks=tuple(dots),
        words=tuple(words),
        guides=guides,
        rules=tuple(d.y for d in dots),
        thresholds=tuple(thresholds),
        rows=rows,
        tracked=readings[0].tracked,
        height=max(t.y for t in words) + GAP,
    )


def _rows(
    system: AnySystem, moments: list[str], readings: list[Reading], x_of: Callable[[float], float], top: float
) -> tuple[list[Text], list[Mark], float]:
    """Each moment's title down the left, and its dot at the level of its reading; and the y below them."""
    titles, dots, y = [], [], top
    for moment, reading in zip(moments, readings, strict=True):
        lines = textwrap.wrap(moment, TITLE_CHARS) or [moment]
        middle = y + len(lines) * LINE / 2 + GAP / 2
        titles += [
            Text(x=0, y=round(middle + (i - (len(lines) - 1) / 2) * LINE, 1), label=line)
            for i, line in enumerate(lines)
        ]
        dots.append(Mark(x=x_of(reading.level), y=round(middle, 1), label=_label(system, reading)))
        y += len(lines) * LINE + GAP
    return titles, dots, y


def _values(system: AnySystem, dots: list[Mark]) -> list[Text]:
    """A score's value beside its dot, where it changes (the table has every one)."""
    if not system.shape.has_number:
        return []
    found = []
    for i, dot in enumerate(dots):
        if i and dot.label == dots[i - 1].label:
            continue
        right = Text(x=dot.x + 9, y=dot.y, label=dot.label, anchor="start")
        found.append(
            right if extent(right)[1] <= WIDTH else Text(x=dot.x - 9, y=dot.y, label=dot.label, anchor="end")
        )
    return found


def _thresholds(system: AnySystem) -> list[tuple[Figure, str, str, str]]:
    """A score's thresholds, lowest first, each with a short name and its consequence's label."""
    if not system.shape.has_number:
        return []
    found: dict[int, tuple[Figure, str, str, str]] = {}
    for c in system.consequences:
        if c.threshold is None:
            continue
        label = str(_(c.label))
        short = label.split(":")[0] if ":" in label else ""
        short = (
            short if short and len(short) <= 30 else (_("a perk") if c.kind is ConsequenceKind.PERK else "")
        )
        words = _("From %(value)s") if c.kind is ConsequenceKind.PERK else _("Below %(value)s")
        at = words % {"value": f"{c.threshold.value:,}"}
        found[c.threshold.value] = (c.threshold, at, f"{at}: {short}" if short else at, label)
    return [found[value] for value in sorted(found)]


def _levels(system: AnySystem, levels: list[int]) -> list[int]:
    """The columns of a standing told in words (a list always has both); a score has none."""
    if system.shape.has_number:
        return []
    if system.shape is Shape.LIST:
        return sorted({0, 1, *levels})
    return sorted(set(levels))


def _scale(
    system: AnySystem, levels: list[int], readings: Sequence[Reading]
) -> tuple[Callable[[float], float], list[Text]]:
    """The x of each level, and the words above the plot that name the scale."""
    span = PLOT_RIGHT - PLOT_LEFT
    if system.shape.has_number:
        lo, hi = min(levels), max(levels)
        pad = max(10, (hi - lo) // 8)
        lo, hi = lo - pad, hi + pad

        def x_number(value: float) -> float:
            return round(PLOT_LEFT + (value - lo) / (hi - lo) * span, 1)

        return x_number, []
    columns = _levels(system, levels)
    names = _level_names(system, readings)
    column = span / len(columns)
    xs = {v: round(PLOT_LEFT + (i + 0.5) * column, 1) for i, v in enumerate(columns)}

    def x_level(value: float) -> float:
        return xs[int(value)]

    head: list[Text] = []
    for v in columns:
        head += _placed(xs[v], names[v], FONT + len(head) * LINE)
    return x_level, head


def _level_names(system: AnySystem, readings: Sequence[Reading]) -> dict[int, str]:
    """What each level is called: a list is listed or not; any other level by its reading's status."""
    names = {r.level: str(_(r.status)) for r in readings}
    if system.shape is Shape.LIST:
        names |= {0: str(_("Not listed")), 1: str(_("Listed"))}
    return names


def _label(system: AnySystem, reading: Reading) -> str:
    if system.shape is Shape.LIST:
        return str(_("Listed")) if reading.level else str(_("Not listed"))
    return f"{reading.level:,}"
