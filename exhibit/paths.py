"""A path in a URL: the answers a visitor gave, as `?path=ignore.games`.

Parsing is strict, so a tampered query string is a clear 400 and never reaches the
domain as anything but a tuple of short lowercase words.
"""

import re

from django.http import HttpRequest, QueryDict
from django.urls import reverse

ANSWER = re.compile(r"[a-z][a-z-]{0,23}")
MAX_ANSWERS = 12


class MalformedPath(ValueError):
    """The query string is not a list of answers."""


def parse(query: QueryDict) -> tuple[str, ...]:
    values = query.getlist("path")
    if len(values) > 1:
        raise MalformedPath("more than one path")
    raw = values[0] if values else ""
    if raw == "":
        return ()
    answers = tuple(raw.split("."))
    if len(answers) > MAX_ANSWERS or not all(ANSWER.fullmatch(a) for a in answers):
        raise MalformedPath("not a list of answers")
    return answers


def answers_from(request: HttpRequest) -> tuple[str, ...]:
    return parse(request.GET)


def query(answers: tuple[str, ...]) -> str:
    return f"?path={'.'.join(answers)}" if answers else ""


def step_url(slug: str, number: int, answers: tuple[str, ...]) -> str:
    return reverse("step", args=[slug, number]) + query(answers)


def ending_url(slug: str, answers: tuple[str, ...]) -> str:
    return reverse("ending", args=[slug]) + query(answers)


def ending_card_url(slug: str, answers: tuple[str, ...]) -> str:
    """The share card (a PNG) of the ending that these answers reach."""
    return reverse("ending_card", args=[slug]) + query(answers)
