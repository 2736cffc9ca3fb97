"""A museum day at twice its size, for Locust (run by scripts/bench_museum.py).

- 60 kiosks walk storylines to their endings with pauses, then start over;
- 6 classes of 35 students join with their lesson's code and walk Gao Ming's year, while
  6 teachers' dashboards check every 4 seconds;
- 1,000 browser visitors open a share link (an ending or its card) and walk a few steps.

Pauses are compressed (seconds, not minutes). Each student writes what the server told
them ("joined", "finished", with their nickname) to MUSEUM_LOG, so the bench can check the
database holds everything a student saw succeed, even after a worker was killed.
"""

import html
import itertools
import json
import os
import random
import re
import sys
from pathlib import Path

import gevent  # type: ignore[import-untyped]
from locust import FastHttpUser, HttpUser, between, task

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scenarios.personas import PERSONAS
from scenarios.replay import all_paths, replay

KIOSKS = 60
STUDENTS_PER_CLASS = 35
VISITORS = 1000
LESSONS = [tuple(pair.split(":", 1)) for pair in os.environ.get("MUSEUM_LESSONS", "").split(",") if pair]
LOG = os.environ.get("MUSEUM_LOG", "")
NICKNAME = re.compile(r"data-nickname[^>]*>([^<]+)<")
TEACHERS = itertools.count()  # each teacher watches one lesson,
SEATS = itertools.count()  # and each class gets exactly its 35 students


def kind(url: str) -> str:
    """A page's kind, to group Locust's numbers: start, persona, step, ending, card, lesson."""
    address = url.split("?")[0]
    if address.endswith("card.png"):
        return "card"
    if address.endswith("/end/"):
        return "ending"
    if re.search(r"/walk/[^/]+/\d+/$", address):
        return "step"
    return "persona" if "/walk/" in address else "start"


def walk_urls(persona: str, answers: tuple[str, ...]) -> list[str]:
    """Every page of one path through a storyline, in order."""
    walk = replay(persona, answers)
    urls = [f"/walk/{persona}/"]
    for frame in walk.frames:
        query = "?path=" + ".".join(frame.answers_before) if frame.answers_before else ""
        urls.append(f"/walk/{persona}/{frame.number}/{query}")
    return [*urls, f"/walk/{persona}/end/?path={'.'.join(answers)}"]


def any_path(rng: random.Random) -> tuple[str, tuple[str, ...]]:
    persona = rng.choice(sorted(PERSONAS))
    return persona, rng.choice(all_paths(persona))


def stay() -> None:
    """Done: stay on the last page (a stopped Locust user would be replaced by a new one)."""
    gevent.sleep(3600)


def note(event: str, **fields: str) -> None:
    if LOG:
        with open(LOG, "a", encoding="utf-8") as out:
            out.write(json.dumps({"event": event, **fields}) + "\n")


class Kiosk(FastHttpUser):
    fixed_count = KIOSKS
    wait_time = between(2, 6)

    def on_start(self) -> None:
        self.pages: list[str] = []

    @task
    def next_page(self) -> None:
        if not self.pages:
            persona, answers = any_path(random.Random())
            self.pages = ["/", *walk_urls(persona, answers)]
        url = self.pages.pop(0)
        self.client.get(url, name="kiosk " + kind(url))


class Teacher(HttpUser):
    fixed_count = len(LESSONS)
    wait_time = between(4, 4)

    def on_start(self) -> None:
        self.secret = LESSONS[next(TEACHERS) % len(LESSONS)][1]

    @task
    def watch(self) -> None:
        self.client.get(f"/class/t/{self.secret}/live/", name="teacher dashboard (live)")


class Student(HttpUser):
    fixed_count = STUDENTS_PER_CLASS * len(LESSONS)
    wait_time = between(4, 10)

    def on_start(self) -> None:
        rng = random.Random()
        self.code = LESSONS[next(SEATS) % len(LESSONS)][0]
        self.pages = walk_urls("gao-ming", rng.choice(all_paths("gao-ming")))
        joined = self.client.post("/join/", {"code": self.code}, name="student join", allow_redirects=False)
        if joined.status_code != 302:
            self.pages = []
            return
        home = self.client.get(f"/class/{self.code}/", name="student lesson home")
        found = NICKNAME.search(home.text)
        self.nickname = html.unescape(found[1].strip()) if found else ""
        note("joined", code=self.code, nickname=self.nickname)

    @task
    def next_step(self) -> None:
        if not self.pages:
            stay()
            return
        url = self.pages.pop(0)
        response = self.client.get(f"/class/{self.code}{url}", name="student " + kind(url))
        if not self.pages and response.status_code == 200:
            note("finished", code=self.code, nickname=self.nickname)


class Visitor(FastHttpUser):
    """Opens a share link, walks a few steps, and leaves."""

    weight = 1
    wait_time = between(1, 4)

    def on_start(self) -> None:
        persona, answers = any_path(random.Random())
        ending = f"/walk/{persona}/end/?path={'.'.join(answers)}"
        shared = random.choice([ending, ending.replace("/end/", "/end/card.png")])
        self.pages = [shared, *walk_urls(persona, answers)[:4]]

    @task
    def next_page(self) -> None:
        if not self.pages:
            stay()
            return
        url = self.pages.pop(0)
        self.client.get(url, name="visitor " + kind(url))
