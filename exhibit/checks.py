"""System checks: the local development key must never reach a server, and a kiosk's
settings must name real personas and entry points and give visitors enough time."""

from collections.abc import Sequence
from typing import Any

from django.apps import AppConfig
from django.conf import settings
from django.core.checks import CheckMessage, Error, Tags, register


@register(Tags.security, deploy=True)
def secret_key_is_set(app_configs: Sequence[AppConfig] | None, **kwargs: Any) -> list[CheckMessage]:
    from exhibit.settings import DEV_SECRET_KEY

    if settings.SECRET_KEY == DEV_SECRET_KEY:
        return [
            Error(
                "DJANGO_SECRET_KEY is not set; the local development key is in use.",
                hint="Set DJANGO_SECRET_KEY to a long random string.",
                id="exhibit.E001",
            )
        ]
    return []


MIN_IDLE_SECONDS = 10
MIN_WARNING_SECONDS = 20  # WCAG 2.2.1 "Extend": at least 20 seconds to answer


@register("kiosk")
def kiosk_settings_are_valid(app_configs: Sequence[AppConfig] | None, **kwargs: Any) -> list[CheckMessage]:
    """A misconfigured kiosk fails at start (`manage.py check`), never page by page."""
    from exhibit.kiosk import ENTRY_POINTS
    from scenarios.personas import PERSONAS

    if not settings.SCORED_KIOSK:
        return []
    errors: list[CheckMessage] = []
    unknown_personas = [p for p in settings.SCORED_KIOSK_PERSONAS if p not in PERSONAS]
    if unknown_personas:
        errors.append(
            Error(
                f"SCORED_KIOSK_PERSONAS names unknown personas: {', '.join(unknown_personas)}.",
                hint=f"Use some of: {', '.join(PERSONAS)}; or leave it empty for all of them.",
                id="exhibit.E010",
            )
        )
    unknown_entries = [e for e in settings.SCORED_KIOSK_ENTRY_POINTS if e not in ENTRY_POINTS]
    if unknown_entries:
        errors.append(
            Error(
                f"SCORED_KIOSK_ENTRY_POINTS names unknown entry points: {', '.join(unknown_entries)}.",
                hint=f"Use some of: {', '.join(ENTRY_POINTS)}.",
                id="exhibit.E011",
            )
        )
    if settings.SCORED_KIOSK_IDLE_SECONDS < MIN_IDLE_SECONDS:
        errors.append(
            Error(
                f"SCORED_KIOSK_IDLE_SECONDS is {settings.SCORED_KIOSK_IDLE_SECONDS}; "
                f"it must be at least {MIN_IDLE_SECONDS}.",
                hint="90 is the default; the research proposes 60 to 300.",
                id="exhibit.E012",
            )
        )
    if settings.SCORED_KIOSK_WARNING_SECONDS < MIN_WARNING_SECONDS:
        errors.append(
            Error(
                f"SCORED_KIOSK_WARNING_SECONDS is {settings.SCORED_KIOSK_WARNING_SECONDS}; "
                f"it must be at least {MIN_WARNING_SECONDS}, so a visitor has time to answer.",
                hint="30 is the default.",
                id="exhibit.E013",
            )
        )
    return errors


@register("kiosk")
def kiosk_language_is_known(app_configs: Sequence[AppConfig] | None, **kwargs: Any) -> list[CheckMessage]:
    """The language a kiosk's reset returns to is one the exhibit has."""
    if not settings.SCORED_KIOSK or settings.SCORED_KIOSK_LANGUAGE in dict(settings.LANGUAGES):
        return []
    return [
        Error(
            f"SCORED_KIOSK_LANGUAGE is {settings.SCORED_KIOSK_LANGUAGE!r}.",
            hint=f"Use one of: {', '.join(dict(settings.LANGUAGES))}.",
            id="exhibit.E014",
        )
    ]
