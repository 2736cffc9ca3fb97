"""Museum kiosk mode: one deployment setting, read once per request from settings.

With `SCORED_KIOSK` off (the default) nothing here changes a page. With it on, every
page gets the kiosk layout: an attract screen at `/`, the idle reset, Start over,
More time and text size, touch-sized screens, and no way out of the exhibit.
"""

from dataclasses import dataclass

from django.conf import settings
from django.http import HttpRequest

from scenarios.personas import PERSONAS

# The ways in a kiosk may offer, by name, and the URL name each one opens.
ENTRY_POINTS = {
    "stories": "start",
    "you": "you",
    "compare": "compare_index",
    "claims": "claims",
    "systems": "systems",
    "sources": "sources",
}


# Which way in each page belongs to: a kiosk refuses the pages of a way in it does not offer.
PAGES_OF = {
    "stories": ("start", "persona", "step", "ending"),
    "you": ("you", "you_result"),
    "compare": ("compare_index", "compare"),
    "claims": ("claims", "perspectives"),
    "systems": ("systems", "system"),
    "sources": ("sources",),
}


class KioskMisconfigured(ValueError):
    """A kiosk setting names a persona or an entry point that does not exist."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Kiosk:
    idle_seconds: int
    warning_seconds: int
    personas: tuple[str, ...]
    entry_points: tuple[str, ...]
    language: str = "en"  # where the idle reset returns; a visitor may switch at any moment

    @property
    def home(self) -> str:
        """The attract screen in the kiosk's own language."""
        return "/" if self.language == settings.LANGUAGE_CODE else f"/{self.language}/"

    def offers(self, url_name: str) -> bool:
        """Whether the kiosk's navigation offers the page with this URL name."""
        return url_name in {ENTRY_POINTS[name] for name in self.entry_points}

    def refuses(self, url_name: str) -> bool:
        """Whether a page belongs to a way in this kiosk does not offer.

        The stories are always offered (the attract screen leads there); pages of no
        way in (the health check, share cards) are not refused here.
        """
        if url_name.startswith("class_"):
            return True  # a museum kiosk runs no lessons: classroom mode is for a school's devices
        offered = {"stories", *self.entry_points}
        return any(url_name in pages for entry, pages in PAGES_OF.items() if entry not in offered)


def current() -> Kiosk | None:
    """The kiosk configuration, or None when the exhibit is an ordinary website."""
    if not settings.SCORED_KIOSK:
        return None
    personas = tuple(settings.SCORED_KIOSK_PERSONAS) or tuple(PERSONAS)
    entry_points = tuple(settings.SCORED_KIOSK_ENTRY_POINTS)
    unknown = [p for p in personas if p not in PERSONAS] + [e for e in entry_points if e not in ENTRY_POINTS]
    language = settings.SCORED_KIOSK_LANGUAGE
    if language not in dict(settings.LANGUAGES):
        unknown.append(f"SCORED_KIOSK_LANGUAGE={language}")
    if unknown:
        raise KioskMisconfigured(f"unknown in SCORED_KIOSK_PERSONAS or _ENTRY_POINTS: {', '.join(unknown)}")
    return Kiosk(
        idle_seconds=max(10, settings.SCORED_KIOSK_IDLE_SECONDS),
        warning_seconds=max(20, settings.SCORED_KIOSK_WARNING_SECONDS),
        personas=personas,
        entry_points=entry_points,
        language=language,
    )


def context(request: HttpRequest) -> dict[str, object]:
    """Template context: `kiosk` is the configuration, or None on the website."""
    return {"kiosk": current()}
