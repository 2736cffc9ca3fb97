"""Running a kiosk for months: the systemd units, Chromium's flags and policy, the
system check of the kiosk settings, and `make kiosk` itself (docs/kiosk.md)."""

import json
import os
import re
import shutil
import signal
import socket
import stat
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from django.test import override_settings

from exhibit.checks import kiosk_settings_are_valid

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy" / "kiosk"

# K-16: what every museum kiosk's Chromium is started with.
REQUIRED_FLAGS = {
    "--kiosk",
    "--incognito",
    "--noerrdialogs",
    "--disable-infobars",
    "--disable-session-crashed-bubble",
    "--disable-pinch",
    "--overscroll-history-navigation=0",
    "--no-first-run",
    "--disable-features=Translate",
    "--disable-translate",
    "--check-for-update-interval=31536000",
}


def unit(name: str) -> dict[str, list[str]]:
    """A systemd unit file as {key: [values]}, with continued lines joined."""
    text = (DEPLOY / name).read_text().replace("\\\n", " ")
    entries: dict[str, list[str]] = {}
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith(("#", ";", "[")):
            continue
        key, _, value = line.partition("=")
        entries.setdefault(key.strip(), []).append(value.strip())
    return entries


def seconds(value: str) -> float:
    match = re.fullmatch(r"(\d+(?:\.\d+)?)\s*(ms|s|min)?", value)
    assert match, value
    return float(match[1]) * {"ms": 0.001, "s": 1, "min": 60, None: 1}[match[2]]


@pytest.mark.parametrize(
    ("name", "limit"), [("scored-kiosk.service", 5), ("scored-kiosk-browser.service", 30)]
)
def test_the_server_and_the_browser_are_restarted_whenever_they_stop(name: str, limit: float) -> None:
    entries = unit(name)
    assert entries["Restart"] == ["always"]
    assert 0 < seconds(entries["RestartSec"][-1]) <= limit
    assert entries["StartLimitIntervalSec"] == ["0"], "systemd must never give up restarting a kiosk"


def test_the_server_unit_runs_the_kiosk_with_its_settings_file() -> None:
    entries = unit("scored-kiosk.service")
    assert entries["ExecStart"] == ["/opt/scored/scripts/kiosk serve"]
    assert entries["EnvironmentFile"] == ["/etc/scored-kiosk.env"]
    assert entries["User"] == ["scored"]


def test_the_browser_starts_after_the_server_and_restarts_with_it() -> None:
    entries = unit("scored-kiosk-browser.service")
    assert "scored-kiosk.service" in " ".join(entries["After"])
    assert entries["PartOf"] == ["scored-kiosk.service"]
    assert any("healthz" in pre for pre in entries["ExecStartPre"])
    assert entries["User"] == ["kiosk"]


def chromium_command() -> list[str]:
    (exec_start,) = unit("scored-kiosk-browser.service")["ExecStart"]
    words = exec_start.split()
    return words[words.index("/usr/bin/chromium") :]


def test_the_browser_unit_starts_chromium_with_every_flag_a_museum_needs() -> None:
    command = chromium_command()
    assert set(command) >= REQUIRED_FLAGS, REQUIRED_FLAGS - set(command)
    assert "--no-sandbox" not in command, "the unit runs as the user kiosk, never as root"
    assert "--user-data-dir=/run/scored-kiosk-browser" in command
    assert unit("scored-kiosk-browser.service")["RuntimeDirectory"] == ["scored-kiosk-browser"]
    assert command[-1] == "http://127.0.0.1:8000/"
    assert len([flag for flag in command if flag.startswith("--disable-features=")]) == 1


def test_make_kiosk_starts_chromium_with_the_same_flags() -> None:
    script = (ROOT / "scripts" / "kiosk").read_text()
    match = re.search(r"^CHROMIUM_FLAGS=\((.*?)^\)", script, re.M | re.S)
    assert match
    flags = {word for word in match[1].split() if word.startswith("--")}
    assert flags >= REQUIRED_FLAGS, REQUIRED_FLAGS - flags
    assert flags == {flag for flag in chromium_command() if flag.startswith("--")} - {
        "--ozone-platform=wayland",
        "--user-data-dir=/run/scored-kiosk-browser",
    }
    assert "--no-sandbox" in script and 'if [ "$(id -u)" -eq 0 ]' in script
    assert "--autoplay-policy" not in script


def test_the_watchdog_and_the_daily_restart_run_on_timers() -> None:
    watchdog = unit("scored-kiosk-watchdog.timer")
    assert watchdog["OnUnitActiveSec"] == ["1min"]
    assert unit("scored-kiosk-watchdog.service")["ExecStart"] == ["/usr/local/sbin/scored-kiosk-watchdog"]
    script = (DEPLOY / "watchdog").read_text()
    assert "/healthz" in script and "systemctl restart" in script
    assert os.access(DEPLOY / "watchdog", os.X_OK)
    assert unit("scored-kiosk-restart.timer")["OnCalendar"] == ["*-*-* 04:00:00"]
    (restart,) = unit("scored-kiosk-restart.service")["ExecStart"]
    assert "scored-kiosk.service" in restart and "scored-kiosk-browser.service" in restart


def test_the_example_settings_file_documents_every_kiosk_setting() -> None:
    text = (DEPLOY / "scored-kiosk.env").read_text()
    values = dict(line.split("=", 1) for line in text.splitlines() if line and not line.startswith("#"))
    assert values["SCORED_KIOSK_IDLE_SECONDS"] == "90"
    assert values["SCORED_KIOSK_WARNING_SECONDS"] == "30"
    assert values["PORT"] == "8000"
    assert {"SCORED_KIOSK_PERSONAS", "SCORED_KIOSK_ENTRY_POINTS"} <= set(values)


def test_the_chromium_policy_allows_the_exhibit_and_nothing_else() -> None:
    policy = json.loads((DEPLOY / "policies" / "managed" / "exhibit.json").read_text())
    assert policy["URLBlocklist"] == ["*"]
    assert policy["URLAllowlist"] == ["http://127.0.0.1:8000"]
    assert policy["DeveloperToolsAvailability"] == 2
    assert policy["DownloadRestrictions"] == 3
    assert policy["PrintingEnabled"] is False
    assert policy["TranslateEnabled"] is False
    assert policy["PasswordManagerEnabled"] is False
    assert policy["AllowDinosaurEasterEgg"] is False


# The system check: a misconfigured kiosk fails at start, not page by page.

KIOSK = {"SCORED_KIOSK": True, "SCORED_KIOSK_PERSONAS": [], "SCORED_KIOSK_ENTRY_POINTS": ["stories", "you"]}


@pytest.mark.parametrize(
    ("settings", "error"),
    [
        ({"SCORED_KIOSK_PERSONAS": ["gao-ming", "nobody"]}, "exhibit.E010"),
        ({"SCORED_KIOSK_ENTRY_POINTS": ["stories", "shop"]}, "exhibit.E011"),
        ({"SCORED_KIOSK_IDLE_SECONDS": 9}, "exhibit.E012"),
        ({"SCORED_KIOSK_WARNING_SECONDS": 19}, "exhibit.E013"),
    ],
)
def test_the_system_check_reports_each_misconfiguration(settings: dict[str, object], error: str) -> None:
    with override_settings(**(KIOSK | settings)):
        assert [message.id for message in kiosk_settings_are_valid(None)] == [error]
        with pytest.raises(SystemCheckError, match=error.replace(".", r"\.")):
            call_command("check")


@override_settings(**KIOSK, SCORED_KIOSK_IDLE_SECONDS=10, SCORED_KIOSK_WARNING_SECONDS=20)
def test_the_system_check_accepts_the_shortest_allowed_timers() -> None:
    assert kiosk_settings_are_valid(None) == []


@override_settings(SCORED_KIOSK=False, SCORED_KIOSK_PERSONAS=["nobody"], SCORED_KIOSK_IDLE_SECONDS=1)
def test_the_system_check_ignores_kiosk_settings_when_kiosk_mode_is_off() -> None:
    assert kiosk_settings_are_valid(None) == []


# `make kiosk` itself, without a display.


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def get(url: str) -> tuple[int, str]:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.status, response.read().decode()


def group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True


def test_make_kiosk_without_a_display_serves_the_kiosk_and_stops_cleanly(tmp_path: Path) -> None:
    if shutil.which("make") is None:
        pytest.skip("`make` is not installed on this machine")
    if not (ROOT / ".venv" / ".base").exists():
        pytest.skip("the venv is not installed (`make install`); this test does not download it")
    port = free_port()
    secret = tmp_path / "kiosk-secret"
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DISPLAY", "WAYLAND_DISPLAY", "DJANGO_SETTINGS_MODULE"}
        and not key.startswith(("DJANGO_", "SCORED_"))
    }
    env["SCORED_KIOSK_SECRET_FILE"] = str(secret)
    # -o: the venv is there; do not reinstall it (no network, nothing outside the checkout).
    command = ["make", "-s", "-o", ".venv/.base", "-o", ".venv/bin/python", "kiosk", f"PORT={port}"]
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, start_new_session=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )
    base = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 90
        while True:
            assert process.poll() is None, process.communicate()[0].decode()
            try:
                status, _ = get(base + "healthz")
                break
            except OSError:
                assert time.monotonic() < deadline, "make kiosk did not answer /healthz within 90 s"
                time.sleep(0.5)
        assert status == 200
        status, html = get(base)
        assert status == 200 and 'data-kiosk-idle="90"' in html and 'class="kiosk"' in html
        assert stat.S_IMODE(secret.stat().st_mode) == 0o600 and len(secret.read_text().strip()) >= 50

        started = time.monotonic()
        process.send_signal(signal.SIGTERM)
        output = process.communicate(timeout=15)[0].decode()
        stopped_in = time.monotonic() - started
    finally:
        if group_alive(process.pid):
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    assert "no display: serving only, open " + base + " on the kiosk's browser" in output
    assert stopped_in < 10, f"stopping took {stopped_in:.1f} s"
    time.sleep(0.5)
    assert not group_alive(process.pid), "make kiosk left a process behind"
    with pytest.raises(urllib.error.URLError, match="refused"):
        get(base + "healthz")
