"""A lesson, a teacher's secret and students, for the classroom's tests."""

import re
from dataclasses import dataclass

import pytest
from django.core.cache import cache
from django.test import Client

from classroom.models import Lesson


@dataclass
class Started:
    lesson: Lesson
    secret: str
    dashboard: str


def start_lesson(
    client: Client, mode: str = "persona", persona: str = "gao-ming", pace: str = "own"
) -> Started:
    response = client.post("/class/", {"mode": mode, "persona": persona, "pace": pace})
    assert response.status_code == 302, response.content
    dashboard = response["Location"]
    secret = re.fullmatch(r"/class/t/([^/]+)/", dashboard)[1]  # type: ignore[index]
    return Started(lesson=Lesson.objects.get(), secret=secret, dashboard=dashboard)


def join(client: Client, code: str) -> Client:
    response = client.post("/join/", {"code": code})
    assert response.status_code == 302, response.content
    return client


@pytest.fixture(autouse=True)
def _fresh_throttle() -> None:
    cache.clear()


@pytest.fixture
def started(db: None) -> Started:
    return start_lesson(Client())
