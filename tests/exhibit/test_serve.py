"""`make serve` on loopback: a newcomer sees the exhibit over plain HTTP, not a redirect."""

import os
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_make_serve_on_loopback_answers_plain_http(tmp_path: Path) -> None:
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_URL"))}
    env["DATABASE_URL"] = f"sqlite:///{tmp_path}/serve.sqlite3"
    server = subprocess.Popen(
        ["make", "-s", "serve", f"PORT={port}"],
        cwd=ROOT,
        env=env,
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(300):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2) as response:
                    assert response.status == 200 and response.url == f"http://127.0.0.1:{port}/"
                    assert "Strict-Transport-Security" not in response.headers
                    assert b"Scored" in response.read()
                    return
            except urllib.error.HTTPError as refused:
                raise AssertionError(f"make serve answered {refused.code}") from refused
            except OSError:
                time.sleep(0.1)
        raise AssertionError("make serve did not answer within 30 s")
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=20)
