"""The domain's marked words in the reader's language (templates' `t` filter, share cards)."""

from django.utils.translation import gettext

from scenarios.i18n import Words


def translated(value: object) -> str:
    """A marked message, or words the domain put together of them, translated."""
    if isinstance(value, Words):
        return value.translated(gettext)
    return gettext(str(value)) if value else ""
