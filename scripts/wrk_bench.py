"""Each page kind under wrk beside the same bytes served as a static file, in one run.

The page's bytes are fetched from the running server, written into STATIC_ROOT, and the
server restarted so WhiteNoise (which indexes its files at start-up) serves them: the
baseline is the same bytes from the same server, with the same workers.
"""

import re
import shutil
import subprocess
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BASELINE_DIR = ROOT / "staticfiles" / "bench"

KINDS = {
    "step": "/walk/gao-ming/4/?path=ignore",
    "ending": "/walk/gao-ming/end/?path=ignore.games.pay",
    "comparison": "/compare/miss-court-payment/",
    "share card": "/walk/gao-ming/end/card.png?path=ignore.games.pay",
    "you result": (
        "/you/result/?home=rongcheng&pay=sesame&app=no&business=no&evenings=games&money=miss"
        "&crossing=cross&court=refuse&rubbish=one-bin&flight=shout&trip=fly"
    ),
}
CONNECTIONS = 50
SECONDS = 8


@dataclass(frozen=True)
class WrkRun:
    requests_per_second: float
    p50_ms: float
    p99_ms: float
    requests: int
    errors: int


UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def _ms(text: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", text).groups()  # type: ignore[union-attr]
    return float(number) * UNITS_MS[unit]


def parse_wrk(output: str) -> WrkRun:
    """The numbers from wrk's --latency report."""
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output)[1])  # type: ignore[index]
    requests = int(re.search(r"(\d+) requests in", output)[1])  # type: ignore[index]
    p50 = _ms(re.search(r"\s50%\s+(\S+)", output)[1])  # type: ignore[index]
    p99 = _ms(re.search(r"\s99%\s+(\S+)", output)[1])  # type: ignore[index]
    errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", output))
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return WrkRun(rps, p50, p99, requests, errors + (int(bad[1]) if bad else 0))


def wrk(
    url: str, seconds: int = SECONDS, connections: int = CONNECTIONS, script: str | None = None
) -> WrkRun:
    args = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", "--timeout", "5s"]
    if script:
        args += ["-s", script]
    done = subprocess.run([*args, url], capture_output=True, text=True, check=True)
    return parse_wrk(done.stdout)


def write_baselines(base: str, kinds: dict[str, str]) -> dict[str, str]:
    """Each page's bytes as a static file; the static URL for each kind."""
    shutil.rmtree(BASELINE_DIR, ignore_errors=True)
    BASELINE_DIR.mkdir(parents=True)
    urls = {}
    for kind, url in kinds.items():
        with urllib.request.urlopen(base + url, timeout=30) as response:
            body = response.read()
            suffix = ".png" if response.headers.get_content_type() == "image/png" else ".html"
        name = kind.replace(" ", "-") + suffix
        (BASELINE_DIR / name).write_bytes(body)
        urls[kind] = f"/static/bench/{name}"
    return urls


def table(base: str, kinds: dict[str, str], static: dict[str, str], cold: Callable[[str], float]) -> None:
    print(
        f"wrk: {CONNECTIONS} connections, {SECONDS} s each, gunicorn 2 workers; "
        "the static file holds the same bytes, from the same server, in the same run"
    )
    header = (
        f"{'kind':<12}{'page req/s':>12}{'static req/s':>14}{'ratio':>7}"
        f"{'p50 ms':>8}{'p99 ms':>8}{'errors':>8}{'cold ms':>9}"
    )
    print(header)
    for kind, url in kinds.items():
        first = cold(base + url)
        page = wrk(base + url)
        baseline = wrk(base + static[kind])
        ratio = page.requests_per_second / baseline.requests_per_second
        print(
            f"{kind:<12}{page.requests_per_second:>12.0f}{baseline.requests_per_second:>14.0f}"
            f"{ratio:>7.2f}{page.p50_ms:>8.1f}{page.p99_ms:>8.1f}{page.errors:>8}{first:>9.1f}"
            f"   (static p99 {baseline.p99_ms:.1f} ms)"
        )
