"""Every page a visitor can reach by following links from the start page."""

from collections import deque
from functools import cache
from urllib.parse import urlsplit

from django.test import Client

from tests.exhibit.html import Page


@cache
def reachable(start: str = "/") -> tuple[str, ...]:
    """Breadth-first from `start`, internal links only, in the start's language.

    Static files, share cards and fragments are left out, and so is the language switch
    (a link with `hreflang`): "/zh-hans/" crawls the Chinese pages, "/" the English.
    """
    client = Client()
    seen, queue = {start}, deque([start])
    while queue:
        url = queue.popleft()
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        for attrs in Page(response.content.decode()).all("a"):
            href = attrs.get("href", "").split("#")[0]
            parts = urlsplit(href)
            if (
                not href
                or parts.scheme
                or parts.netloc
                or href.startswith("/static/")
                or parts.path.endswith(".png")  # a share card: tests/exhibit/test_cards.py
                or "hreflang" in attrs  # the same page in the other language
                or href in seen
            ):
                continue
            seen.add(href)
            queue.append(href)
    return tuple(sorted(seen))
