"""Classroom load: three lessons of 35 students joining and walking at once (`make bench`).

For each database (SQLite in a fresh file; PostgreSQL too when SCORED_TEST_POSTGRES_URL
names one), it migrates a fresh database, starts gunicorn with 2 workers on 127.0.0.1,
has three teachers start lessons, then 105 students, each with their own cookie jar,
join with their lesson's code and walk Gao Ming's year to an ending, all at once. It
prints requests, errors (non-2xx/3xx answers or failed connections; 0 required),
throughput and latency percentiles, and checks that every student's path was kept.
"""

import http.cookiejar
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.bench import free_port, server_env, start_server  # noqa: E402

CLASSES = 3
STUDENTS = 35
PERSONA = "gao-ming"


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


def env_for(database_url: str) -> dict[str, str]:
    return server_env(DATABASE_URL=database_url)


def start(database_url: str, port: int) -> subprocess.Popen[bytes]:
    migrate = [sys.executable, "manage.py", "migrate", "--noinput", "-v0"]
    subprocess.run(migrate, cwd=ROOT, env=env_for(database_url), check=True)
    return start_server(port, env_for(database_url))


def paths() -> list[tuple[str, ...]]:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")
    from scenarios.replay import all_paths

    return all_paths(PERSONA)


def step_urls(answers: tuple[str, ...]) -> list[str]:
    from scenarios.replay import replay

    walk = replay(PERSONA, answers)
    urls = [f"walk/{PERSONA}/"]
    for frame in walk.frames:
        query = "?path=" + ".".join(frame.answers_before) if frame.answers_before else ""
        urls.append(f"walk/{PERSONA}/{frame.number}/{query}")
    urls.append(f"walk/{PERSONA}/end/?path={'.'.join(answers)}")
    return urls


class Student:
    def __init__(self, base: str, code: str, answers: tuple[str, ...]) -> None:
        self.base, self.code, self.answers = base, code, answers
        jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)
        self.latencies: list[float] = []
        self.errors = 0

    def request(self, path: str, form: dict[str, str] | None = None) -> int:
        data = urllib.parse.urlencode(form).encode() if form is not None else None
        started = time.perf_counter()
        try:
            with self.opener.open(self.base + path, data=data, timeout=30) as response:
                response.read()
                status = int(response.status)
        except urllib.error.HTTPError as answer:
            status = answer.code
        except OSError:
            status = 0
        self.latencies.append(time.perf_counter() - started)
        if not 200 <= status < 400:
            self.errors += 1
        return status

    def run(self) -> "Student":
        self.request("/join/", {"code": self.code})
        self.request(f"/class/{self.code}/")
        for url in step_urls(self.answers):
            self.request(f"/class/{self.code}/{url}")
        return self


def start_lesson(base: str) -> tuple[str, str]:
    """A new lesson's join code and its dashboard's secret."""
    opener = urllib.request.build_opener(NoRedirect)
    form = urllib.parse.urlencode({"mode": "persona", "persona": PERSONA, "pace": "own"}).encode()
    try:
        opener.open(base + "/class/", data=form, timeout=30)
    except urllib.error.HTTPError as redirect:
        dashboard = redirect.headers["Location"]
        html = urllib.request.urlopen(base + dashboard, timeout=30).read().decode()
        found = re.search(r'data-join-code="([A-Z0-9]{6})"', html)
        if found:
            return found[1], dashboard.strip("/").rsplit("/", 1)[-1]
    raise SystemExit("could not start a lesson")


def shell_answer(database_url: str, code: str) -> str:
    """The last line `manage.py shell -c code` prints, against that database."""
    out = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env=env_for(database_url),
        check=True,
        capture_output=True,
        text=True,
    )
    return out.stdout.strip().splitlines()[-1]


def kept_paths(database_url: str) -> int:
    """How many students' paths reached the ending in the database."""
    code = (
        "from classroom.models import Participant; print(Participant.objects.filter(finished=True).count())"
    )
    return int(shell_answer(database_url, code))


def run(label: str, database_url: str) -> None:
    port = free_port()
    server = start(database_url, port)
    base = f"http://127.0.0.1:{port}"
    try:
        codes = [start_lesson(base)[0] for _ in range(CLASSES)]
        choices = paths()
        rng = random.Random(12)
        students = [Student(base, code, rng.choice(choices)) for code in codes for _ in range(STUDENTS)]
        started = time.perf_counter()
        with ThreadPoolExecutor(len(students)) as pool:
            done = list(pool.map(Student.run, students))
        elapsed = time.perf_counter() - started
    finally:
        server.terminate()
        server.wait(timeout=10)
    latencies = [lat for s in done for lat in s.latencies]
    errors = sum(s.errors for s in done)
    q = statistics.quantiles(latencies, n=100)
    kept = kept_paths(database_url)
    print(
        f"classroom load ({label}): {CLASSES} lessons x {STUDENTS} students joining and walking at once, "
        f"gunicorn 2 workers: {len(latencies):,} requests in {elapsed:.1f} s "
        f"({len(latencies) / elapsed:.0f} req/s), "
        f"{errors} errors, p50 {q[49] * 1000:.0f} ms, p95 {q[94] * 1000:.0f} ms, p99 {q[98] * 1000:.0f} ms; "
        f"{kept} of {len(done)} paths kept to the ending"
    )


def fresh_postgres(url: str) -> str:
    """A fresh database beside the one SCORED_TEST_POSTGRES_URL names, for this run only."""
    import psycopg

    parts = urllib.parse.urlsplit(url)
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute("DROP DATABASE IF EXISTS scored_bench")
        connection.execute("CREATE DATABASE scored_bench")
    return urllib.parse.urlunsplit(parts._replace(path="/scored_bench"))


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        run("SQLite, WAL", f"sqlite:///{folder}/bench.sqlite3")
    postgres = os.environ.get("SCORED_TEST_POSTGRES_URL", "")
    if postgres:
        run("PostgreSQL", fresh_postgres(postgres))
    else:
        print(
            "classroom load (PostgreSQL): skipped; set SCORED_TEST_POSTGRES_URL (scripts/postgres-for-tests)"
        )


if __name__ == "__main__":
    main()
