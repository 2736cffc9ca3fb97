"""Share cards: a 1200 x 630 PNG that a link to the exhibit shows on social media.

`render_card(Card)` draws any card; it knows nothing of walks, so any page can have
one (build a `Card`, call `render_card`, return the bytes as image/png).
`card_for_walk(walk)` builds the card of a walk's ending, and `ending_png` caches
those in the process.

Every card says "Simulation"; a card about a persona also says "Fictional persona".
Text in square brackets inside a line's state, such as "950 points [Our assumption]",
is drawn as a label like the site's: the provenance labels in their own colours.
Text too long for its place is shortened with an ellipsis, and a label is never
parted from the number before it. The card draws with the font shipped in
exhibit/fonts (scripts/subset_cjk_font.py builds it), never a font of the server:
Latin-1, common punctuation and the Chinese characters of scenarios/ and templates/.
The same card gives the same bytes.
"""

import io
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from django.utils import translation
from django.utils.translation import gettext as _
from PIL import Image, ImageDraw, ImageFont

from exhibit import panels
from exhibit.words import translated
from scenarios import you as you_scored
from scenarios.engine import AnySystem, Reading
from scenarios.provenance import Figure, Provenance
from scenarios.replay import Walk, complete_walk

WIDTH, HEIGHT = 1200, 630
MAX_LINES = 6
FONT_PATH = Path(__file__).resolve().parent / "fonts" / "scored-card.otf"

# The colours of static/css/exhibit.css.
INK = "#1b1f24"
MUTED = "#4a5360"
PAPER = "#fbfaf7"
CARD = "#ffffff"
LINE = "#c9ced6"
RULE = "#e4e7eb"
ACCENT = "#1d3557"
ACCENT_INK = "#ffffff"
FICTIONAL = ("#fff3e0", "#7a3e00", "#e0b070")  # background, text, border
TAG_COLOURS = {
    Provenance.OFFICIAL: ("#e3f3e6", "#0b5d1e"),
    Provenance.REPORT: ("#e4eef9", "#1d3f73"),
    Provenance.SOURCE_TEXT: ("#fdf0cf", "#6a4a00"),
    Provenance.ASSUMPTION: ("#efe6f7", "#5a2a82"),
}
OTHER_TAG = ("#eef0f3", MUTED)

MARGIN = 56
ELLIPSIS = "…"
TAG = re.compile(r"\[([^\[\]]+)\]")

_drawing = threading.Lock()  # one FreeType face per size, shared: draw one card at a time


@dataclass(frozen=True, slots=True, kw_only=True)
class Card:
    """What a card says. Only `title` is required.

    `lines` are (name, state) rows, at most six drawn (MAX_LINES); "[Official text]", "[Named report]",
    "[Source article]" and "[Our assumption]" in a state are drawn as provenance labels.
    `fictional_persona` adds the "Fictional persona" badge beside "Simulation".
    """

    title: str
    title_zh: str = ""
    subtitle: str = ""
    lines: tuple[tuple[str, str], ...] = ()
    footer: str = ""
    fictional_persona: bool = False


@cache
def font(size: int) -> ImageFont.FreeTypeFont:
    """The card font at a size in pixels. Basic layout: the same pixels on every host."""
    return ImageFont.truetype(str(FONT_PATH), size, layout_engine=ImageFont.Layout.BASIC)


def _clean(text: str) -> str:
    """One line of text: runs of white space, newlines included, become one space."""
    return " ".join(text.split())


def fit(text: str, face: ImageFont.FreeTypeFont, width: float) -> str:
    """The text on one line, or as much of it as fits in `width` pixels and an ellipsis."""
    text = _clean(text)
    return text if face.getlength(text) <= width else cut(text, face, width)


def cut(text: str, face: ImageFont.FreeTypeFont, width: float, words: bool = False) -> str:
    """The longest start of the text that fits in `width` with an ellipsis after it.

    With `words`, the text is cut between words only, so that no number is cut short.
    Only the ellipsis if nothing fits, and "" if not even that does.
    """
    full = text
    # No character of the card font is narrower than a fifth of the size (the space,
    # the narrowest, is 0.224 em), so nothing past this can fit.
    text = text[: max(0, int(width * 5 / face.size)) + 2]
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if face.getlength(text[:middle].rstrip() + ELLIPSIS) <= width:
            low = middle
        else:
            high = middle - 1
    if words and low < len(full) and not full[low].isspace():
        low = text.rfind(" ", 0, low) + 1
    if not text[:low].strip():
        return ELLIPSIS if face.getlength(ELLIPSIS) <= width else ""
    return text[:low].rstrip() + ELLIPSIS


def wrap(text: str, face: ImageFont.FreeTypeFont, width: float, max_lines: int) -> list[str]:
    """Greedy word wrap into at most `max_lines` lines; the last is shortened if need be."""
    words, lines = _clean(text).split(" "), list[str]()
    while words and words != [""] and len(lines) < max_lines - 1:
        line = words.pop(0)
        while words and face.getlength(f"{line} {words[0]}") <= width:
            line = f"{line} {words.pop(0)}"
        lines.append(fit(line, face, width))
    if words and words != [""]:
        lines.append(fit(" ".join(words), face, width))
    return lines


# --- Labels in a line's state -------------------------------------------------------


def _tag_colours(label: str) -> tuple[str, str]:
    for provenance, colours in TAG_COLOURS.items():
        if label in (provenance.label, _(provenance.label)):
            return colours
    return OTHER_TAG


def _units(state: str) -> list[tuple[str, str]]:
    """The state as (text, label) pairs: each label with the text just before it."""
    units, position = [], 0
    for match in TAG.finditer(state):
        units.append((state[position : match.start()], _clean(match.group(1))))
        position = match.end()
    if position < len(state) or not units:
        units.append((state[position:], ""))
    return units


class _Tags:
    """Draws a state: text, and labels as small rounded boxes like the site's."""

    PAD, GAP, RADIUS = 8, 6, 5

    def __init__(self, text_face: ImageFont.FreeTypeFont, tag_face: ImageFont.FreeTypeFont) -> None:
        self.text_face, self.tag_face = text_face, tag_face

    def tag_width(self, label: str) -> float:
        return self.tag_face.getlength(label) + 2 * self.PAD + self.GAP + 2

    def width(self, text: str, label: str) -> float:
        return self.text_face.getlength(text) + (self.tag_width(label) if label else 0)

    def layout(self, state: str, width: float) -> list[tuple[str, str]]:
        """The units that fit in `width`; if not all do, the last one shown is cut short.

        Room for a closing ellipsis is kept while units are added, so a line that
        loses anything always ends with one, and a label stays beside its number.
        """
        units = []
        for index, (text, label) in enumerate(_units(_clean(state))):
            if index and text and not text.startswith((" ", ",", ".", ";", ":")):
                text = " " + text
            units.append((text.rstrip() if label else text, label))
        if sum(self.width(text, label) for text, label in units) <= width:
            return units
        closing = " " + ELLIPSIS
        shown: list[tuple[str, str]] = []
        room = width - self.text_face.getlength(closing)
        for text, label in units:
            needed = self.width(text, label)
            if needed <= room:
                shown.append((text, label))
                room -= needed
                continue
            room += self.text_face.getlength(closing)
            label_room = self.tag_width(label) if label else 0
            short = cut(text, self.text_face, room - label_room, words=True) if room > label_room else ""
            if not any(ch.isdigit() for ch in short):
                label = ""  # its number was cut off
            if short.strip(" " + ELLIPSIS):
                shown.append((short, label))
            elif room >= self.text_face.getlength(closing):
                shown.append((closing, ""))
            break
        return shown

    def draw(self, draw: ImageDraw.ImageDraw, x: float, baseline: float, state: str, width: float) -> None:
        for text, label in self.layout(state, width):
            if text:
                draw.text((x, baseline), text, font=self.text_face, fill=INK, anchor="ls")
                x += self.text_face.getlength(text)
            if label:
                x += self.GAP
                background, colour = _tag_colours(label)
                box_width = self.tag_face.getlength(label) + 2 * self.PAD
                top = baseline - self.text_face.size * 0.82
                bottom = baseline + self.text_face.size * 0.24
                draw.rounded_rectangle(
                    (round(x), round(top), round(x + box_width), round(bottom)),
                    radius=self.RADIUS,
                    fill=background,
                    outline=colour,
                )
                middle = (top + bottom) / 2
                draw.text((x + self.PAD, middle), label, font=self.tag_face, fill=colour, anchor="lm")
                x += box_width + 2


# --- The card ------------------------------------------------------------------------


def _badge(
    draw: ImageDraw.ImageDraw, right: float, text: str, face: ImageFont.FreeTypeFont, colours: tuple[str, ...]
) -> float:
    """A rounded badge that ends at `right`; returns where it starts."""
    background, ink, border = colours
    width = face.getlength(text) + 36
    left = right - width
    draw.rounded_rectangle(
        (round(left), 38, round(right), 86), radius=24, fill=background, outline=border, width=2
    )
    draw.text((left + 18, 62), text, font=face, fill=ink, anchor="lm")
    return left


def render_card(card: Card) -> bytes:
    """The card as a 1200 x 630 RGB PNG. For any page, for example:

        lines = (("Sesame Credit (Zhima Credit)", "639 points [Our assumption]"),)
        png = render_card(Card(title=_("You are scored"), subtitle=_("..."), lines=lines))
        return HttpResponse(png, content_type="image/png")

    Draw it once per input (`functools.lru_cache`, as `ending_png` does): a card takes
    some tens of milliseconds.
    """
    with _drawing:
        image = Image.new("RGB", (WIDTH, HEIGHT), PAPER)
        draw = ImageDraw.Draw(image)
        _draw(draw, card)
        out = io.BytesIO()
        image.save(out, format="PNG", compress_level=6)
    return out.getvalue()


def _draw(draw: ImageDraw.ImageDraw, card: Card) -> None:
    inner = WIDTH - 2 * MARGIN
    draw.rectangle((0, 0, WIDTH, 9), fill=ACCENT)

    # Header: the name of the exhibit, then "Simulation" (and "Fictional persona") on the right.
    left = _badge(draw, WIDTH - MARGIN, _("Simulation"), font(30), (ACCENT, ACCENT_INK, ACCENT))
    if card.fictional_persona:
        left = _badge(draw, left - 14, _("Fictional persona"), font(26), FICTIONAL)
    brand = fit("Scored", font(40), left - MARGIN - 24)
    draw.text((MARGIN, 62), brand, font=font(40), fill=ACCENT, anchor="lm", stroke_width=1)

    # The title, its Chinese form beside it, and the subtitle.
    title_face = font(58)
    zh = fit(card.title_zh, title_face, inner * 0.4) if card.title_zh else ""
    zh_width = title_face.getlength(zh) + 24 if zh else 0
    title = fit(card.title, title_face, inner - zh_width)
    draw.text((MARGIN, 166), title, font=title_face, fill=INK, anchor="ls", stroke_width=1)
    if zh:
        x = MARGIN + title_face.getlength(title) + 24
        draw.text((x, 166), zh, font=title_face, fill=MUTED, anchor="ls", stroke_width=1)
    if card.subtitle:
        draw.text((MARGIN, 212), fit(card.subtitle, font(30), inner), font=font(30), fill=MUTED, anchor="ls")

    _rows(draw, card.lines[:MAX_LINES])

    # The footer: up to two lines.
    footer_face = font(19)
    for index, line in enumerate(wrap(card.footer, footer_face, inner, 2)):
        draw.text((MARGIN, 584 + 26 * index), line, font=footer_face, fill=MUTED, anchor="ls")


def _rows(draw: ImageDraw.ImageDraw, rows: Sequence[tuple[str, str]]) -> None:
    """The rows: each system (or other name) and its state, on a white panel."""
    if rows:
        row_height, top = 48, 238
        bottom = top + 16 + row_height * len(rows) + 8
        draw.rounded_rectangle((MARGIN, top, WIDTH - MARGIN, bottom), radius=12, fill=CARD, outline=LINE)
        name_face, tags = font(23), _Tags(font(23), font(17))
        name_width = 470
        state_x = MARGIN + 24 + name_width + 24
        state_width = WIDTH - MARGIN - 24 - state_x
        for index, (name, state) in enumerate(rows):
            baseline = top + 16 + row_height * index + 32
            if index:
                y = top + 16 + row_height * index
                draw.line((MARGIN + 24, y, WIDTH - MARGIN - 24, y), fill=RULE)
            draw.text(
                (MARGIN + 24, baseline),
                fit(name, name_face, name_width),
                font=name_face,
                fill=INK,
                anchor="ls",
            )
            tags.draw(draw, state_x, baseline, state, state_width)


# --- A walk's ending ---------------------------------------------------------------


def _number(figure: Figure, unit: str = "") -> str:
    shown = f"{figure.value:,}".replace("-", "\u2212")
    unit = unit or (_(figure.unit) if figure.unit else "")
    return f"{shown} {unit}".strip()


def _tag(provenance: Provenance | None) -> str:
    return f" [{_(provenance.label)}]" if provenance else ""


def state_in_words(reading: Reading) -> str:
    """A reading as the card says it: every number followed by its provenance label."""
    if reading.value is not None:
        state = f"{_number(reading.value)} {translated(reading.status)}{_tag(reading.value.provenance)}"
        if reading.out_of is not None:
            state += f" {_('out of')} {_number(reading.out_of)}{_tag(reading.out_of.provenance)}"
    else:
        state = translated(reading.status)
    if reading.band:
        state += f", {_(reading.band)}{_tag(reading.band_provenance)}"
    if reading.owed is not None:
        state += f", {_('owes')} {_number(reading.owed, _('yuan'))}{_tag(reading.owed.provenance)}"
    return state


def _shown(walk: Walk) -> tuple[list[tuple[AnySystem, Reading]], bool]:
    """The standings the card has room for (numbers first, then changes), and whether some were left out."""
    finals = panels.standing_readings(walk, final=True)

    def weight(item: tuple[AnySystem, Reading]) -> int:
        system, reading = item
        if reading.value is not None:
            return 0  # a number: always shown
        return 1 if reading != system.read(walk.start[system.id]) else 2  # changed on the walk

    chosen = {system.id for system, _reading in sorted(finals, key=weight)[:MAX_LINES]}
    shown = [(system, reading) for system, reading in finals if system.id in chosen]
    return shown, len(finals) > len(shown)


def _lines(shown: list[tuple[AnySystem, Reading]]) -> tuple[tuple[str, str], ...]:
    return tuple((_(system.name), state_in_words(reading)) for system, reading in shown)


def card_for_walk(walk: Walk) -> Card:
    """The card of a complete walk: the persona, how the year ended, where they stand."""
    persona = walk.persona
    name = _(persona.name)
    shown, more = _shown(walk)
    footer = " ".join(
        [
            _("%(name)s is not a real person.") % {"name": name},
            _(
                "The story and its sums are invented. "
                "The places are real, and the rules come from the sources."
            ),
            *([_("The other systems and every source are in the exhibit.")] if more else []),
        ]
    )
    return Card(
        title=name,
        title_zh=persona.name_zh if _(persona.name) != persona.name_zh else "",
        subtitle=_("How the year ended: %(step)s") % {"step": _(walk.frames[-1].title)},
        lines=_lines(shown),
        footer=footer,
        fictional_persona=True,
    )


def card_for_you(walk: Walk) -> Card:
    """The card of a "you are scored" result: built from answers only, said plainly."""
    shown, more = _shown(walk)
    footer = " ".join(
        [
            _("Built from answers to a few questions. Nothing about the visitor is known or stored."),
            _("The year and its sums are invented; the rules come from the sources."),
            *([_("The other systems and every source are in the exhibit.")] if more else []),
        ]
    )
    return Card(
        title=_("You are scored"),
        subtitle=_("How the systems scored an imagined year"),
        lines=_lines(shown),
        footer=footer,
    )


@lru_cache(maxsize=256)
def you_png(answers: tuple[str, ...], language: str) -> bytes:
    """The PNG of a "you are scored" result; the answers are already checked."""
    with translation.override(language):
        return render_card(card_for_you(you_scored.score(answers)))


@lru_cache(maxsize=256)
def ending_png(slug: str, answers: tuple[str, ...], language: str) -> bytes:
    """The PNG of the ending that these answers reach, drawn once per process.

    Raises what `complete_walk` raises for an unknown persona or a path that does
    not reach the end; those are not cached.
    """
    with translation.override(language):
        return render_card(card_for_walk(complete_walk(slug, answers)))
