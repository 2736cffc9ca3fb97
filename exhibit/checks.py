"""A deploy check: the local development key must never reach a server."""

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
