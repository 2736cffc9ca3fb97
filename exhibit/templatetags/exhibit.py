"""The exhibit's one template tag library: figures, quotes and sources."""

import datetime
import re
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlencode

import segno
from django import template
from django.conf import settings
from django.http import HttpRequest
from django.template import Context
from django.utils import translation
from django.utils.formats import date_format
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext, gettext_noop

from exhibit import kiosk, panels, paths
from exhibit.words import translated
from scenarios import you as you_scored
from scenarios.claims import Claim
from scenarios.engine import AnySystem, Consequence, Month, Reading
from scenarios.evidence import QUOTES, RECORD_CHECKED, REFERENCES, Quote, Reference, latest_reference_date
from scenarios.evidence.translations import QUOTE_TRANSLATIONS
from scenarios.glossary import Term, terms_in
from scenarios.provenance import Figure, Provenance, weakest
from scenarios.replay import Frame, Walk
from scenarios.storyline import Persona
from scenarios.systems import SYSTEMS

register = template.Library()


@register.filter
def t(value: object) -> str:
    """Translate a string that the domain marked with its `_()` marker (or put together of them)."""
    return translated(value)


YEAR = re.compile(r"(?<![\d.,])(?:19|20)\d\d(?![\d.,]\d|\d)")  # also "2021年", where \b does not hold


@register.filter
def years(value: str) -> SafeString:
    """Text whose years are marked as dates (`<time>`): a year is a date, not a figure."""
    return mark_safe(YEAR.sub(lambda m: f'<time datetime="{m[0]}">{m[0]}</time>', escape(value)))


@register.filter
def number(value: int) -> str:
    return f"{value:,}"


@register.filter
def signed(value: int) -> str:
    return "0" if value == 0 else f"{value:+,}".replace("-", "\u2212")


@register.inclusion_tag("exhibit/includes/_figure.html")
def figure(value: Figure, unit: str = "", change: bool = False, plain: bool = False) -> dict[str, object]:
    """A number with its label; `plain=True` leaves the label to the group around it.

    A plain figure must sit inside an element marked `data-provenance` whose one label
    is no stronger than the figure's own (the number crawl checks every page).
    """
    shown = signed(value.value) if change else number(value.value)
    unit = unit or value.unit
    if abs(value.value) == 1:
        unit = _SINGULAR.get(unit, unit)
    return {"figure": value, "shown": shown, "unit": t(unit), "plain": plain}


_SINGULAR = {
    "years": gettext_noop("year"),
    "months": gettext_noop("month"),
    "days": gettext_noop("day"),
    "points": gettext_noop("point"),
}
DURATIONS = frozenset({"years", "months", "days"})


@register.filter
def is_duration(value: Figure | None) -> bool:
    """A length of time (a ban's one year), shown as how long, never as a change."""
    return value is not None and value.unit in DURATIONS


@register.filter
def month(value: Month | str) -> str:
    """A month ("2018-05") as the reader's month and year ("May 2018"); anything else as it is."""
    try:
        found = value if isinstance(value, Month) else Month.parse(value)
    except ValueError:
        return str(value)
    return date_format(datetime.date(found.year, found.month, 1), "YEAR_MONTH_FORMAT")


@register.simple_tag
def record_checked() -> SafeString:
    """When the record was last checked, as a date: "December 2026"."""
    return _month_element(RECORD_CHECKED)


@register.simple_tag
def latest_source() -> SafeString:
    """The month of the newest outside source, as a date."""
    return _month_element(latest_reference_date()[:7])


def _month_element(value: str) -> SafeString:
    return format_html('<time datetime="{}">{}</time>', value, month(value))


@register.filter
def split(value: str) -> list[str]:
    """Space-separated ids written in a template, as a list."""
    return value.split()


@register.inclusion_tag("exhibit/includes/_provenance.html")
def provenance(value: Provenance | str) -> dict[str, object]:
    return {"provenance": Provenance(value)}


@register.inclusion_tag("exhibit/includes/_sources.html")
def sources(
    quote_ids: Iterable[str] = (), reference_ids: Iterable[str] = (), note: str = "", caveats: bool = True
) -> dict[str, object]:
    """Quotes and references; `caveats=False` holds back each quote's caveat (a claim not yet guessed)."""
    quotes: list[Quote] = [QUOTES[qid] for qid in quote_ids]
    references: list[Reference] = [REFERENCES[rid] for rid in reference_ids]
    return {
        "quotes": quotes,
        "references": references,
        "note": note,
        "caveats": caveats,
        "kiosk": kiosk.current(),
    }


@register.filter
def qr(url: str) -> SafeString:
    """An outside address as a QR code to read at home: inline SVG, safe under the strict CSP.

    segno writes only presentation attributes (viewBox, class, stroke, d), never a
    `style` attribute or element; the address is the code's content, not a link.
    The image is decorative to a screen reader: the citation beside it names the source.
    """
    code = segno.make(str(url), error="m")
    svg = code.svg_inline(omitsize=True, svgclass="qr", lineclass="qr__modules", dark="#000", border=2)
    # One attribute added to segno's own <svg ...> opening: hidden from assistive technology.
    return mark_safe(svg.replace("<svg ", '<svg aria-hidden="true" focusable="false" ', 1))


@register.filter
def offers(configuration: kiosk.Kiosk | None, url_name: str) -> bool:
    """In a nav: whether this page is offered (always on the website, as set on a kiosk)."""
    return configuration is None or configuration.offers(url_name)


@register.filter
def claim_systems(claim: Claim) -> list[AnySystem]:
    """The modelled systems a claim is about, for links to their pages."""
    return [SYSTEMS[sid] for sid in claim.system_ids if sid in SYSTEMS]


@register.filter
def system_name(system_id: str) -> str:
    """A system's name from its id: `consequence.system_id|system_name`."""
    return gettext(SYSTEMS[system_id].name)


# A month or a day in Chinese ("4月", "11月2日") is a date, as "April" is in English: no
# number that needs a provenance label.
CHINESE_MONTH_DAY = re.compile(r"\d{1,2}月(?:\d{1,2}日)?")


@register.filter
def has_digits(value: object) -> bool:
    """Whether text, as the reader reads it, has a number in it that needs a provenance label."""
    return any(ch.isdigit() for ch in CHINESE_MONTH_DAY.sub("", translated(value)))


@register.filter
def get(mapping: dict[str, str], key: str) -> str:
    """A value from a dict by a key held in a variable: `chosen|get:question.id`."""
    return mapping.get(key, "")


@register.simple_tag
def ending_card_url(walk: Walk) -> str:
    """The share card of a complete walk's ending: `{% ending_card_url walk as card %}`."""
    return paths.ending_card_url(walk.persona.slug, walk.answers)


@register.simple_tag(takes_context=True)
def absolute_url(context: Context, url: str) -> str:
    """A URL with scheme and host, as og: tags need: `{% absolute_url card %}`."""
    request: HttpRequest = context["request"]
    return request.build_absolute_uri(url)


@register.simple_tag
def provenance_kinds() -> list[Provenance]:
    """The four labels, strongest first, for the legend and the toggletips."""
    return list(Provenance)


def _figures_of(reading: Reading) -> list[Provenance]:
    found = [f.provenance for f in (reading.value, reading.out_of, reading.owed) if f is not None]
    if reading.band and reading.band_provenance is not None:
        found.append(reading.band_provenance)
    return found


@register.filter
def reading_label(reading: Reading) -> Provenance | None:
    """The one label a reading wears: the weakest of its numbers and its band, if any."""
    found = _figures_of(reading)
    return weakest(*found) if found else None


register.filter("rule_label", panels.rule_label)


@register.filter
def consequence_label(consequence: Consequence) -> Provenance:
    """A consequence row's one label: the weakest of the consequence and its numbers."""
    figures = [f.provenance for f in (consequence.threshold, consequence.amount) if f is not None]
    return weakest(consequence.provenance, *figures)


@register.simple_tag
def step_terms(frame: Frame, scenes: Iterable[panels.SceneCard]) -> tuple[Term, ...]:
    """The glossary's words that this step's story uses (offered inside a lesson)."""
    texts = [frame.title, frame.beat.text]
    for card in scenes:
        texts.append(card.consequence.label)
        if card.scene:
            texts += [card.scene.where, card.scene.says]
    return terms_in(texts)


ISO_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


@register.filter
def dated(value: str) -> SafeString:
    """A reference's date, its ISO part as a <time> ("2018 (translation)" keeps its note)."""
    found = ISO_DATE.match(value)
    if found is None:
        return format_html("{}", value)
    return format_html('<time datetime="{}">{}</time>{}', found[0], found[0], value[found.end() :])


@register.filter
def bcp47(language: str) -> str:
    """Django's language code as a BCP 47 tag for `lang`: "zh-hans" -> "zh-Hans"."""
    return translation.to_locale(language).replace("_", "-")


# What the pages read from the query (the path, guesses, claims and verdicts, "You are scored" answers,
# a join code): the switch keeps these and drops anything else an address carried.
READ_PARAMETERS = frozenset(
    {"path", "guess", "revealed", "claim", "verdict", "all", "code", *you_scored.BY_ID}
)


@dataclass(frozen=True, slots=True)
class OtherLanguage:
    code: str
    name: str
    url: str


def language_prefix(code: str) -> str:
    """The address prefix of a language: none for the default (English), "/zh-hans" for Chinese."""
    return "" if code == settings.LANGUAGE_CODE else f"/{code}"


@register.simple_tag(takes_context=True)
def other_language(context: Context) -> OtherLanguage:
    """The same page in the other language: same persona, step, path and answers.

    Built from the address as it arrived (not reversed: inside a lesson the page is served
    under the lesson's prefix), swapping the language prefix and keeping the query string.
    """
    request: HttpRequest = context["request"]
    current = translation.get_language() or settings.LANGUAGE_CODE
    other = next(code for code, _name in settings.LANGUAGES if code != current)
    path = request.path
    here = language_prefix(current)
    if here and (path == here or path.startswith(here + "/")):
        path = path[len(here) :] or "/"
    kept = [(key, value) for key, value in request.GET.lists() if key in READ_PARAMETERS]
    query = urlencode([(key, value) for key, values in kept for value in values])
    url = language_prefix(other) + path + (f"?{query}" if query else "")
    return OtherLanguage(code=other, name=dict(settings.LANGUAGES)[other], url=url)


@register.filter
def language_prefix_of(code: str) -> str:
    return language_prefix(code)


@dataclass(frozen=True, slots=True)
class TranslatedQuote:
    language: str
    text: str


@register.filter
def translated_quote(quote: Quote) -> TranslatedQuote | None:
    """The exhibit's own translation of a quote into the page's language, if there is one.

    The English original stays on the page, verbatim; the translation is labelled as ours.
    """
    language = translation.get_language() or settings.LANGUAGE_CODE
    text = QUOTE_TRANSLATIONS.get(language, {}).get(quote.id, "")
    return TranslatedQuote(language=language, text=text) if text else None


@register.filter
def name_beside(persona: Persona) -> str:
    """The persona's name in characters, beside the name, unless the name is already them."""
    return persona.name_zh if persona.name_zh and gettext(persona.name) != persona.name_zh else ""


@register.filter
def lang_of(text: str) -> str:
    """The language of a source's own words (its title): Chinese if written in characters."""
    return "zh-Hans" if re.search(r"[\u4e00-\u9fff]", str(text)) else "en"
