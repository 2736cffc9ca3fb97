"""Benchmarks that print numbers: `make bench`.

1. replay: how long the domain takes to replay every path of every persona.
2. render: full pages and htmx fragments through Django, in process.
3. first visit: bytes a browser fetches for its first step page (HTML, CSS, JS, icon).
4. wrk: gunicorn with 2 workers on 127.0.0.1, each page kind beside a static file of the
   same bytes from the same server (scripts/wrk_bench.py).

Every server this starts listens on loopback only and is stopped at the end.
"""

import os
import re
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from scripts import wrk_bench  # noqa: E402

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")

STEP = "/walk/gao-ming/4/?path=ignore"
PAGES = ["/", "/walk/gao-ming/", STEP, "/walk/gao-ming/end/?path=ignore.games.pay"]
CATALOGUE = ["/systems/", "/systems/court_list/", "/compare/miss-court-payment/", "/claims/"]


def bench_replay() -> None:
    from scenarios.personas import PERSONAS
    from scenarios.replay import all_paths, replay

    paths = [(slug, answers) for slug in PERSONAS for answers in all_paths(slug)]
    rounds = 200
    started = time.perf_counter()
    for _ in range(rounds):
        replay.cache_clear()
        for slug, answers in paths:
            replay(slug, answers)
    elapsed = time.perf_counter() - started
    per = elapsed / (rounds * len(paths)) * 1e6
    print(f"replay: {len(paths)} paths x {rounds} rounds, uncached: {per:.0f} µs per path")


def _median_ms(get: Callable[[], object], before: Callable[[], None]) -> float:
    times = []
    for _ in range(30):
        before()
        started = time.perf_counter()
        get()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def bench_render() -> None:
    """Each page rendered cold (nothing kept: the first request in a worker) and kept."""
    import django

    django.setup()
    from django.test import Client

    from exhibit.page_cache import STORE

    client = Client()
    asked = [(url, htmx) for url in PAGES for htmx in (False, True)] + [(url, False) for url in CATALOGUE]
    for url, htmx in asked:
        headers = {"HX-Request": "true"} if htmx else {}
        size = len(client.get(url, headers=headers).content)
        cold = _median_ms(lambda: client.get(url, headers=headers), STORE.clear)  # noqa: B023
        kept = _median_ms(lambda: client.get(url, headers=headers), lambda: None)  # noqa: B023
        kind = "fragment" if htmx else "page"
        print(f"render: {url} ({kind}): cold {cold:.1f} ms, kept {kept:.2f} ms median, {size:,} bytes")


def bench_cards() -> None:
    import django

    django.setup()
    from exhibit import cards
    from scenarios.personas import PERSONAS
    from scenarios.replay import all_paths, complete_walk

    walks = [complete_walk(slug, answers) for slug in PERSONAS for answers in all_paths(slug)]
    sizes, times = [], []
    for walk in walks:
        started = time.perf_counter()
        png = cards.render_card(cards.card_for_walk(walk))
        times.append(time.perf_counter() - started)
        sizes.append(len(png))
    ms = statistics.median(times) * 1000
    print(
        f"cards: {len(walks)} endings, {ms:.1f} ms median to draw, "
        f"{min(sizes):,}-{max(sizes):,} bytes per PNG"
    )


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def server_env(**extra: str) -> dict[str, str]:
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "exhibit.settings", "DJANGO_DEBUG": "0"}
    env.update({"DJANGO_SECRET_KEY": "bench-" + "x9" * 30, "DJANGO_SECURE_SSL_REDIRECT": "0"})
    return {**env, **extra}


def start_server(port: int, env: dict[str, str] | None = None) -> subprocess.Popen[bytes]:
    env = env or server_env()
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"], cwd=ROOT, env=env, check=True
    )
    gunicorn = Path(sys.executable).with_name("gunicorn")
    args = [
        str(gunicorn),
        "exhibit.wsgi",
        "--workers",
        "2",
        "--bind",
        f"127.0.0.1:{port}",
        "--log-level",
        "warning",
    ]
    server = subprocess.Popen(args, cwd=ROOT, env=env)
    for _ in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1)
            return server
        except OSError:
            time.sleep(0.1)
    server.terminate()
    raise SystemExit("gunicorn did not start")


def fetch(url: str, gzip_ok: bool = False) -> tuple[int, bytes]:
    headers = {"Accept-Encoding": "gzip"} if gzip_ok else {}
    with urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=10) as response:
        return response.status, response.read()


def bench_first_visit(base: str, page: str = STEP) -> None:
    _, html = fetch(base + page)
    assets = re.findall(rb'(?:src|href)="(/static/[^"]+)"', html)
    for stylesheet in [a for a in assets if a.endswith(b".css")]:
        # Fonts named in the stylesheet: the page shows Chinese characters, so the
        # browser fetches the CJK subset too.
        folder = stylesheet.rsplit(b"/", 1)[0]
        for relative in re.findall(rb'url\("\.\./([^"]+)"\)', fetch(base + stylesheet.decode())[1]):
            assets.append(folder.rsplit(b"/", 1)[0] + b"/" + relative)
    plain = len(html) + sum(len(fetch(base + a.decode())[1]) for a in assets)
    wire = sum(len(fetch(base + url, gzip_ok=True)[1]) for url in [page, *(a.decode() for a in assets)])
    print(f"first visit: {page}: {1 + len(assets)} requests, {plain:,} bytes uncompressed")
    print(f"first visit: {wire:,} bytes on the wire with gzip (HTML by Django, static files by WhiteNoise)")


def cold_fetch(url: str) -> float:
    """Milliseconds for a page's first request (nothing cached for it yet)."""
    started = time.perf_counter()
    fetch(url)
    return (time.perf_counter() - started) * 1000


def main() -> None:
    """Everything; `bench.py server` runs only what needs the server."""
    if sys.argv[1:] != ["server"]:
        bench_replay()
        bench_render()
        bench_cards()
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = start_server(port)
    try:
        static = wrk_bench.write_baselines(base, wrk_bench.KINDS)
    finally:
        stop(server)
    server = start_server(port)  # WhiteNoise indexes the baseline files at start-up
    try:
        bench_first_visit(base)
        bench_first_visit(base, "/zh-hans" + STEP)  # Chinese: the reader's own fonts, no download
        wrk_bench.table(base, wrk_bench.KINDS, static, cold_fetch)
        bench_proxy(port)
    finally:
        stop(server)


def bench_proxy(app_port: int) -> None:
    """Once, deploy/nginx/scored.conf in front of the same gunicorn: pages served from its cache."""
    import tempfile

    from scripts import nginx_local

    with tempfile.TemporaryDirectory() as folder:
        port = free_port()
        config = nginx_local.write_config(Path(folder), listen=port, app=app_port)
        proxy = nginx_local.start(config)
        try:
            proxied = f"http://127.0.0.1:{port}"
            for _ in range(100):
                try:
                    fetch(proxied + "/healthz")
                    break
                except OSError:
                    time.sleep(0.1)
            for kind, url in wrk_bench.KINDS.items():
                statuses = [_cache_status(proxied + url) for _ in range(2)]
                run = wrk_bench.wrk(proxied + url)
                print(
                    f"nginx in front ({kind}): {run.requests_per_second:.0f} req/s, p50 {run.p50_ms:.1f} ms, "
                    f"p99 {run.p99_ms:.1f} ms, {run.errors} errors; cache: {' then '.join(statuses)}"
                )
            print(f"nginx in front (a lesson page, /class/): cache {_cache_status(proxied + '/class/')}")
        finally:
            proxy.terminate()
            proxy.wait(timeout=10)


def _cache_status(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as response:
        response.read()
        return str(response.headers.get("X-Cache-Status", "not cached"))


def stop(server: subprocess.Popen[bytes]) -> None:
    server.terminate()
    server.wait(timeout=10)


if __name__ == "__main__":
    main()
