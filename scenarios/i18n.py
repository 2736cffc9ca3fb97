"""A translation marker for the domain, which may not import Django.

`_()` returns its argument unchanged. `makemessages` still collects every string
wrapped in it, and the exhibit translates the text when it renders it.
"""

from collections.abc import Callable, Sequence


def _(message: str) -> str:
    """Mark `message` for translation; the exhibit translates it at render time."""
    return message


Translate = Callable[[str], str]


def same(message: str) -> str:
    return message


def render(part: object, translate: Translate) -> str:
    """A part of a phrase in the reader's language: marked messages are translated."""
    if isinstance(part, Words):
        return part.translated(translate)
    if isinstance(part, str):
        return translate(part) if part else ""
    return f"{part:,}" if isinstance(part, int) else str(part)


class Words(str):
    """Words the domain puts together, still translatable as a whole at render time.

    A `str` (its English), so everything that shows English keeps working; the exhibit's
    `t` filter calls `translated(gettext)` and so translates each marked part and the
    pattern that joins them, instead of looking up the English sentence as one message.
    """

    def translated(self, translate: Translate) -> str:
        raise NotImplementedError


class Phrase(Words):
    """A marked pattern ("%(lead)s: %(parts)s.") and its parts (messages, numbers, phrases)."""

    template: str
    parts: dict[str, object]

    def __new__(cls, template: str, **parts: object) -> "Phrase":
        made = super().__new__(cls, template % {name: render(part, same) for name, part in parts.items()})
        made.template, made.parts = template, parts
        return made

    def translated(self, translate: Translate) -> str:
        return translate(self.template) % {name: render(part, translate) for name, part in self.parts.items()}


class Verbatim(Words):
    """Text that is not a message (a number already written out): shown as it is."""

    def translated(self, translate: Translate) -> str:
        return str(self)


class Joined(Words):
    """Parts joined by a marked separator (", " is "、" in Chinese)."""

    items: tuple[object, ...]
    separator: str

    def __new__(cls, items: Sequence[object], separator: str) -> "Joined":
        made = super().__new__(cls, separator.join(render(item, same) for item in items))
        made.items, made.separator = tuple(items), separator
        return made

    def translated(self, translate: Translate) -> str:
        return translate(self.separator).join(render(item, translate) for item in self.items)


class Cut(Words):
    """A message cut by a rule of its own (its first clause, its gist), after translation."""

    message: str
    rule: Callable[[str], str]

    def __new__(cls, message: str, rule: Callable[[str], str]) -> "Cut":
        made = super().__new__(cls, rule(message))
        made.message, made.rule = message, rule
        return made

    def translated(self, translate: Translate) -> str:
        return self.rule(translate(self.message))
