"""The repo's nginx configuration, run unprivileged on loopback (the test and the bench).

It writes a main nginx.conf in a folder of its own that includes deploy/nginx/scored.conf
with three things changed: the port it listens on, the app it passes to, and where the
cache lives. Everything else is the file a deployment uses.
"""

import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "deploy" / "nginx" / "scored.conf"
NGINX = "/usr/sbin/nginx"


def write_config(folder: Path, listen: int, app: int) -> Path:
    site = SITE.read_text(encoding="utf-8")
    site = site.replace("listen 80;", f"listen 127.0.0.1:{listen};")
    site = site.replace("server 127.0.0.1:8000;", f"server 127.0.0.1:{app};")
    site = site.replace("/var/cache/nginx/scored", str(folder / "cache"))
    (folder / "scored.conf").write_text(site, encoding="utf-8")
    temp = "".join(
        f"    {kind}_temp_path {folder / kind};\n"
        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    user = "user root;\n" if os.geteuid() == 0 else ""
    main = (
        f"{user}worker_processes auto;\npid {folder / 'nginx.pid'};\nerror_log {folder / 'error.log'} warn;\n"
        "events { worker_connections 1024; }\n"
        f"http {{\n    access_log off;\n{temp}    include {folder / 'scored.conf'};\n}}\n"
    )
    config = folder / "nginx.conf"
    config.write_text(main, encoding="utf-8")
    return config


def check(config: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([NGINX, "-t", "-c", str(config)], capture_output=True, text=True, check=False)


def start(config: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen([NGINX, "-c", str(config), "-g", "daemon off;"])
