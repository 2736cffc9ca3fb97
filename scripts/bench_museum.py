"""A museum day at twice its size against one 2-worker server, with a worker killed (`make bench`).

It migrates a fresh SQLite database, starts gunicorn with 2 workers on 127.0.0.1, opens
six lessons, and runs scripts/museum_day.py in Locust: 60 kiosks, 6 classes of 35 with
their teachers' dashboards, and 1,000 visitors from share links, compressed into a few
minutes. Halfway through it kills one worker with SIGKILL. It prints requests, failures
(and which), p50/p99 per kind and overall, whether the server kept answering, and
whether every join and every ending a student saw succeed is in the database.
"""

import csv
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.bench import free_port  # noqa: E402
from scripts.bench_classroom import shell_answer, start, start_lesson  # noqa: E402

LESSONS = 6
USERS = 60 + LESSONS + LESSONS * 35 + 1000  # kiosks, teachers, students, visitors
SPAWN_RATE = 12  # users a second: everyone has arrived after about 105 s
RUN_SECONDS = 170
KILL_AFTER = 80


def workers(master: int) -> list[int]:
    found = subprocess.run(["pgrep", "-P", str(master)], capture_output=True, text=True, check=False)
    return [int(pid) for pid in found.stdout.split()]


def kill_one_worker(master: int, killed: list[int]) -> None:
    time.sleep(KILL_AFTER)
    victims = workers(master)
    if victims:
        os.kill(victims[0], signal.SIGKILL)
        killed.append(victims[0])


def database_rows(database_url: str) -> dict[str, bool]:
    """Each participant as code/nickname, and whether their ending was recorded."""
    code = (
        "import json; from classroom.models import Participant; "
        "print(json.dumps({p.lesson.code + '/' + p.nickname: p.finished "
        "for p in Participant.objects.select_related('lesson')}))"
    )
    rows: dict[str, bool] = json.loads(shell_answer(database_url, code))
    return rows


def seen_by_students(log: Path) -> tuple[set[str], set[str]]:
    joined: set[str] = set()
    finished: set[str] = set()
    for line in log.read_text(encoding="utf-8").splitlines() if log.exists() else []:
        event = json.loads(line)
        key = f"{event['code']}/{event['nickname']}"
        (joined if event["event"] == "joined" else finished).add(key)
    return joined, finished


def print_stats(prefix: Path) -> None:
    with open(f"{prefix}_stats.csv", encoding="utf-8") as table:
        rows = list(csv.DictReader(table))
    print(f"{'':<4}{'kind':<34}{'requests':>9}{'failures':>9}{'req/s':>8}{'p50 ms':>8}{'p99 ms':>8}")
    for row in rows:
        print(
            f"{'':<4}{row['Name']:<34}{row['Request Count']:>9}{row['Failure Count']:>9}"
            f"{float(row['Requests/s']):>8.1f}{row['50%']:>8}{row['99%']:>8}"
        )
    with open(f"{prefix}_failures.csv", encoding="utf-8") as table:
        for row in csv.DictReader(table):
            print(f"    failed: {row['Occurrences']} x {row['Method']} {row['Name']}: {row['Error'][:120]}")


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        database_url = f"sqlite:///{folder}/museum.sqlite3"
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        server = start(database_url, port)
        killed: list[int] = []
        try:
            lessons = [start_lesson(base) for _ in range(LESSONS)]
            log = Path(folder) / "students.jsonl"
            env = {
                **os.environ,
                "MUSEUM_LESSONS": ",".join(f"{code}:{secret}" for code, secret in lessons),
                "MUSEUM_LOG": str(log),
            }
            locust = Path(sys.executable).with_name("locust")
            command = [str(locust), "-f", str(ROOT / "scripts" / "museum_day.py"), "--headless"]
            command += ["--users", str(USERS), "--spawn-rate", str(SPAWN_RATE)]
            command += ["--run-time", f"{RUN_SECONDS}s", "--stop-timeout", "20", "--host", base]
            command += ["--csv", f"{folder}/museum", "--only-summary", "--loglevel", "WARNING"]
            killer = threading.Thread(target=kill_one_worker, args=(server.pid, killed))
            killer.start()
            subprocess.run(command, env=env, cwd=ROOT, check=False, capture_output=True)
            killer.join()
            answering = urllib.request.urlopen(base + "/healthz", timeout=5).status == 200
            after = len(workers(server.pid))
        finally:
            server.terminate()
            server.wait(timeout=10)
        print(
            f"museum day x2 (SQLite, gunicorn 2 workers): 60 kiosks, {LESSONS} classes of 35 and their "
            f"teachers, 1,000 visitors from share links, {RUN_SECONDS} s"
        )
        print_stats(Path(folder) / "museum")
        joined, finished = seen_by_students(log)
        rows = database_rows(database_url)
        lost_joins = joined - set(rows)
        lost_endings = {key for key in finished if not rows.get(key)}
        print(
            f"    worker killed with SIGKILL at {KILL_AFTER} s: pid {killed or 'none'}; "
            f"the server kept answering: {answering}; workers after: {after}"
        )
        print(
            f"    kept: {len(joined) - len(lost_joins)} of {len(joined)} joins and "
            f"{len(finished) - len(lost_endings)} of {len(finished)} endings that students saw succeed "
            f"are in the database ({len(rows)} participants)"
        )


if __name__ == "__main__":
    main()
