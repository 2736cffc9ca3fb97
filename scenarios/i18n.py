"""A translation marker for the domain, which may not import Django.

`_()` returns its argument unchanged. `makemessages` still collects every string
wrapped in it, and the exhibit translates the text when it renders it.
"""


def _(message: str) -> str:
    """Mark `message` for translation; the exhibit translates it at render time."""
    return message
