"""The rendered text of every page of every persona, for the before/after check.

A refactoring of the domain must not change what a visitor reads. `pages()` lists
every URL: the crawl from "/", every step and ending of every path of every persona
(with a guess revealed where a step asks for one), a fixed sample of "You are scored"
answers, and the share cards. `text_of` keeps what a person reads or hears (text,
`alt`, `aria-label`, `title`, `value` of `<data>` and links' targets), never the
per-request nonce or a static file's hashed name.
"""

import gzip
import hashlib
import json
import random
from html.parser import HTMLParser
from pathlib import Path

from django.test import Client

from exhibit import paths
from scenarios import guessing
from scenarios.personas import PERSONAS
from scenarios.replay import all_paths, replay
from scenarios.you import QUESTIONS
from tests.exhibit.crawl import reachable

SNAPSHOT = Path(__file__).resolve().parent.parent / "snapshots" / "pages.json.gz"
READ_ATTRIBUTES = ("alt", "aria-label", "title", "value", "href", "datetime")
SKIPPED = {"script", "style"}


class Text(HTMLParser):
    """Visible text and read attributes, one item per line."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIPPED:
            self.skipping += 1
        for name, value in attrs:
            if name in READ_ATTRIBUTES and value and not value.startswith("/static/"):
                self.lines.append(f"@{name}={value}")

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIPPED and self.skipping:
            self.skipping -= 1

    def handle_data(self, data: str) -> None:
        words = " ".join(data.split())
        if words and not self.skipping:
            self.lines.append(words)


def text_of(html: str) -> str:
    parser = Text()
    parser.feed(html)
    return "\n".join(parser.lines)


def you_samples() -> list[str]:
    """Every option of every question once (the others at their first option), and 40 random mixes."""
    base = {q.id: q.options[0].id for q in QUESTIONS}
    mixes = [dict(base, **{q.id: o.id}) for q in QUESTIONS for o in q.options]
    rng = random.Random(2026)
    mixes += [{q.id: rng.choice(q.options).id for q in QUESTIONS} for _ in range(40)]
    queries = ["&".join(f"{k}={v}" for k, v in mix.items()) for mix in mixes]
    return list(dict.fromkeys(f"/you/result/?{q}" for q in queries))


def walk_pages() -> list[str]:
    """Every step and ending of every path, a revealed guess where asked, and the cards."""
    urls: list[str] = []
    for slug in PERSONAS:
        for path in all_paths(slug):
            walk = replay(slug, path)
            for frame in walk.frames:
                url = paths.step_url(slug, frame.number, frame.answers_before)
                urls.append(url)
                if guessing.asks_for_a_guess(walk, frame):
                    urls.append(url + ("&" if "?" in url else "?") + "revealed=1")
            urls.append(paths.ending_url(slug, path))
            urls.append(paths.ending_card_url(slug, path))
    return urls


def pages() -> list[str]:
    you = you_samples()
    cards = [url.replace("/result/?", "/result/card.png?") for url in you[:6]]
    return list(dict.fromkeys([*reachable(), *walk_pages(), *you, *cards]))


def render_all() -> dict[str, str]:
    """URL to its text (a page) or the SHA-256 of its bytes (a share card)."""
    client = Client()
    found: dict[str, str] = {}
    for url in pages():
        response = client.get(url)
        body = response.content
        if response["Content-Type"].startswith("image/"):
            found[url] = f"{response.status_code} sha256:{hashlib.sha256(body).hexdigest()}"
        else:
            found[url] = f"{response.status_code}\n{text_of(body.decode())}"
    return found


def load() -> dict[str, str]:
    with gzip.open(SNAPSHOT, "rt", encoding="utf-8") as stored:
        return dict(json.load(stored))


def save(found: dict[str, str]) -> None:
    with gzip.GzipFile(SNAPSHOT, "wb", mtime=0) as out:
        out.write(json.dumps(found, ensure_ascii=False, sort_keys=True, indent=0).encode())
