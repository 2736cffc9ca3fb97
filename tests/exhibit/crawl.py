"""Every page a visitor can reach by following links from the start page."""

from collections import deque
from functools import cache
from urllib.parse import urlsplit

from django.test import Client

from tests.exhibit.html import Page


@cache
def reachable() -> tuple[str, ...]:
    """Breadth-first from "/", internal links only (static files, share cards and fragments left out)."""
    client = Client()
    seen, queue = {"/"}, deque(["/"])
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
                or href in seen
            ):
                continue
            seen.add(href)
            queue.append(href)
    return tuple(sorted(seen))
