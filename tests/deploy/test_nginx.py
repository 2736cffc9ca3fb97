"""The nginx configuration in the repo is valid nginx (`nginx -t` on Debian's nginx)."""

from pathlib import Path

from scripts import nginx_local


def test_the_nginx_configuration_passes_nginx_t(tmp_path: Path) -> None:
    checked = nginx_local.check(nginx_local.write_config(tmp_path, listen=18080, app=18000))
    assert checked.returncode == 0, checked.stderr
    assert "syntax is ok" in checked.stderr and "test is successful" in checked.stderr


def test_lessons_are_never_kept_and_pages_are_kept_by_the_apps_headers() -> None:
    site = nginx_local.SITE.read_text(encoding="utf-8")
    lessons = site.split("location ~ ^/(class|join)/")[1]
    assert "proxy_no_cache 1;" in lessons and "proxy_cache_bypass 1;" in lessons
    pages = site.split("location / {")[1].split("}")[0]
    assert (
        "proxy_cache scored;" in pages and "proxy_cache_valid" not in pages
    )  # the app's Cache-Control rules
    assert "$http_hx_request" in pages
