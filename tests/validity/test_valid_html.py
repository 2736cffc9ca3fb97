"""Every page, in every state, is valid HTML: the Nu Html Checker (vnu) over the whole crawl.

The pages are rendered with Django's test client and written to files, and one run of vnu
(npm's vnu-jar, unpacked by scripts/install-vnu, on Java) checks them all. The states: every
step and ending of every persona's every path, "You are scored" answers, the catalogue
pages, the error pages, the kiosk's pages, and a lesson as its teacher and a student see it.
"""

import json
import re
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest
from django.test import Client, override_settings

from tests.classroom.conftest import join, start_lesson
from tests.exhibit.rendered import pages

ROOT = Path(__file__).resolve().parents[2]
VNU = ROOT / ".venv" / "vnu" / "vnu.jar"  # scripts/install-vnu, run by `make test`
JAVA = shutil.which("java") or "java"  # scripts/debian-package installs it for `make test`


def _save(folder: Path, name: str, html: bytes) -> None:
    (folder / (re.sub(r"[^\w.-]+", "_", name)[:150] + ".html")).write_bytes(html)


def _exhibit_pages(client: Client, folder: Path) -> int:
    count = 0
    for url in pages():
        response = client.get(url)
        if response["Content-Type"].startswith("text/html"):
            _save(folder, url, response.content)
            count += 1
    for url in ("/walk/nobody/", "/walk/gao-ming/4/?path=nonsense", "/you/result/?home=moon"):
        _save(folder, "error" + url, client.get(url).content)
        count += 1
    return count


WRAP = (
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>fragment</title></head>'
    "<body><main>{}</main></body></html>"
)


def _htmx_fragments(client: Client, folder: Path) -> int:
    """What htmx swaps in (a step, an ending, a reveal), inside a minimal document."""
    urls = [url for url in pages() if url.startswith("/walk/gao-ming/") and ".png" not in url]
    urls += ["/compare/jaywalk/?guess=rongcheng&revealed=1", "/claims/?claim=charity-points&guess=right"]
    for url in urls:
        fragment = client.get(url, headers={"HX-Request": "true"}).content.decode()
        if fragment.lstrip().startswith("<li"):  # a claim's card, swapped into its list
            fragment = f"<ul>{fragment}</ul>"
        _save(folder, "htmx" + url, WRAP.format(fragment).encode())
    return len(urls)


def _chinese_pages(client: Client, folder: Path) -> int:
    """Gao Ming's pages and the catalogue in Chinese."""
    urls = [url for url in pages() if url.startswith("/walk/gao-ming/") and ".png" not in url]
    urls += [
        "/",
        "/systems/court_list/",
        "/compare/jaywalk/",
        "/claims/",
        "/sources/",
        "/perspectives/",
        "/you/",
    ]
    for url in urls:
        _save(folder, "zh" + url, client.get("/zh-hans" + url).content)
    return len(urls)


def _kiosk_pages(folder: Path) -> int:
    urls = [
        "/",
        "/walk/gao-ming/",
        "/walk/gao-ming/4/?path=ignore",
        "/walk/gao-ming/end/?path=ignore.games.pay",
    ]
    with override_settings(SCORED_KIOSK=True):
        client = Client()
        for url in urls:
            _save(folder, "kiosk" + url, client.get(url).content)
    return len(urls)


def _lesson_pages(folder: Path) -> int:
    teacher = Client()
    started = start_lesson(teacher)
    code = started.lesson.code
    teacher.post(started.dashboard + "do/", {"action": "show-nicknames"})
    teacher.post(started.dashboard + "do/", {"action": "open-poll"})
    student = join(Client(), code)
    student.get(f"/class/{code}/walk/gao-ming/end/?path=ignore.games.refuse")
    urls = {
        "teacher-start": (teacher, "/class/"),
        "guide": (teacher, "/class/guide/"),
        "worksheet": (teacher, "/class/guide/worksheet/"),
        "answers": (teacher, "/class/guide/answers/"),
        "privacy": (teacher, "/class/privacy/"),
        "join": (Client(), f"/join/?code={code}"),
        "dashboard": (teacher, started.dashboard),
        "projector": (teacher, started.dashboard + "projector/"),
        "summary": (teacher, started.dashboard + "summary/"),
        "student-home": (student, f"/class/{code}/"),
        "student-step": (student, f"/class/{code}/walk/gao-ming/4/?path=ignore"),
        "student-ending": (student, f"/class/{code}/walk/gao-ming/end/?path=ignore.games.refuse"),
        "student-results": (student, f"/class/{code}/results/"),
        "no-lesson": (Client(), "/class/t/nothing-here/"),
    }
    for name, (client, url) in urls.items():
        _save(folder, name, client.get(url).content)
    teacher.post(started.dashboard + "do/", {"action": "two-step"})
    _save(folder, "join-pattern", Client().post("/join/", {"code": code}).content)
    teacher.post(started.dashboard + "do/", {"action": "lock"})
    _save(folder, "join-locked", Client().post("/join/", {"code": code}).content)
    return len(urls) + 2


@pytest.mark.django_db
def test_every_page_in_every_state_is_valid_html(tmp_path: Path) -> None:
    client = Client()
    count = (
        _exhibit_pages(client, tmp_path)
        + _htmx_fragments(client, tmp_path)
        + _chinese_pages(client, tmp_path)
    )
    count += _kiosk_pages(tmp_path) + _lesson_pages(tmp_path)
    assert count > 500
    done = subprocess.run(
        [JAVA, "-Xss4m", "-jar", str(VNU), "--errors-only", "--format", "json", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    messages = json.loads(done.stderr or done.stdout or '{"messages": []}')["messages"]
    errors = [m for m in messages if m.get("type") == "error"]
    kinds = Counter(m.get("message", "") for m in errors)
    where = {m.get("message", ""): Path(m.get("url", "")).name for m in errors}
    report = "\n".join(f"{n} x {message} (first in {where[message]})" for message, n in kinds.most_common())
    assert not errors, f"{len(errors)} errors in {count} pages:\n{report}"
