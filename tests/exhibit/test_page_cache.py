"""Pages kept as bytes per address, with strong ETags, 304s and the right Cache-Control and Vary."""

import gzip
import io

import pytest
from django.test import Client

from exhibit.page_cache import STORE, PageStore, Stored, compress

STEP = "/walk/gao-ming/4/?path=ignore"
PAGES = [
    "/",
    STEP,
    "/walk/gao-ming/end/?path=ignore.games.pay",
    "/compare/miss-court-payment/",
    "/systems/court_list/",
    "/claims/",
    "/sources/",
    "/walk/gao-ming/end/card.png?path=ignore.games.pay",
]


@pytest.mark.parametrize("url", PAGES)
def test_a_page_is_the_same_bytes_every_time_with_a_strong_etag_and_public_caching(
    client: Client, url: str
) -> None:
    first = client.get(url)
    STORE.clear()  # another worker, rendering it afresh
    second = client.get(url)
    third = client.get(url)  # from memory
    assert first.status_code == 200
    assert first.content == second.content == third.content
    etag = first["ETag"]
    assert etag.startswith('"') and not etag.startswith("W/")
    assert etag == second["ETag"] == third["ETag"]
    assert first["Cache-Control"] == "public, max-age=86400"
    assert {"HX-Request", "Accept-Encoding"} <= {v.strip() for v in first["Vary"].split(",")}
    assert first["Content-Length"] == str(len(first.content))


def test_if_none_match_gets_304_with_no_body_and_the_same_headers(client: Client) -> None:
    etag = client.get(STEP)["ETag"]
    for asked in (etag, f"W/{etag}", f'"other", {etag}', "*"):
        response = client.get(STEP, headers={"If-None-Match": asked})
        assert response.status_code == 304, asked
        assert response.content == b"" and response["ETag"] == etag
        assert "default-src 'none'" in response["Content-Security-Policy"]
        assert response["Cache-Control"] == "public, max-age=86400"
    assert client.get(STEP, headers={"If-None-Match": '"stale"'}).status_code == 200


def test_gzip_is_its_own_representation_and_the_same_bytes_in_every_worker(client: Client) -> None:
    plain = client.get(STEP)
    packed = client.get(STEP, headers={"Accept-Encoding": "gzip, br"})
    assert packed["Content-Encoding"] == "gzip"
    assert gzip.decompress(packed.content) == plain.content
    assert packed["ETag"] != plain["ETag"]
    STORE.clear()
    again = client.get(STEP, headers={"Accept-Encoding": "gzip"})
    assert again.content == packed.content and again["ETag"] == packed["ETag"]
    assert compress(b"x" * 500) == compress(b"x" * 500)


def test_the_htmx_fragment_and_the_page_are_kept_apart(client: Client) -> None:
    page = client.get(STEP)
    fragment = client.get(STEP, headers={"HX-Request": "true"})
    assert fragment.content != page.content and b"<html" not in fragment.content
    assert client.get(STEP).content == page.content


def test_head_answers_from_the_kept_page_without_a_body(client: Client) -> None:
    etag = client.get(STEP)["ETag"]
    response = client.head(STEP)
    assert response.status_code == 200 and response.content == b"" and response["ETag"] == etag


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/class/", "/join/", "/class/guide/", "/healthz"])
def test_lesson_teacher_and_health_pages_are_not_kept(client: Client, url: str) -> None:
    response = client.get(url)
    assert "ETag" not in response
    assert "public" not in response.get("Cache-Control", "")
    assert len(STORE) == 0


@pytest.mark.parametrize(
    ("url", "status"),
    [("/walk/nobody/", 404), ("/walk/gao-ming/4/?path=nonsense", 400), ("/no/such/page/", 404)],
)
def test_errors_are_never_kept(client: Client, url: str, status: int) -> None:
    assert client.get(url).status_code == status
    assert len(STORE) == 0


def test_a_request_for_an_unknown_host_is_a_400_not_a_kept_page() -> None:
    response = Client(HTTP_HOST="evil.example").get(STEP)
    assert response.status_code == 400 and len(STORE) == 0


def test_the_store_keeps_the_most_recently_used_pages_within_its_bytes() -> None:
    store = PageStore(max_bytes=1000)
    page = Stored(body=b"x" * 100, headers=(), etag='"a"')
    for n in range(12):
        store.put(("http", "h", f"/{n}", False, False), page)
    assert len(store) == 10 and store.size == 1000
    assert store.get(("http", "h", "/0", False, False)) is None
    assert store.get(("http", "h", "/11", False, False)) is page
    store.put(("http", "h", "/big", False, False), Stored(body=b"x" * 200, headers=(), etag='"b"'))
    assert store.get(("http", "h", "/big", False, False)) is None  # over an eighth of the store


def _wsgi(path: str, query: str = "", **headers: str) -> tuple[str, dict[str, str], bytes]:
    """A request straight to `exhibit.wsgi.application`, as gunicorn makes it."""
    from exhibit.wsgi import application

    environ = {
        "REQUEST_METHOD": headers.pop("method", "GET"),
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "SCRIPT_NAME": "",
        "SERVER_NAME": "testserver",
        "SERVER_PORT": "80",
        "HTTP_HOST": "127.0.0.1",
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(),
        "wsgi.errors": io.StringIO(),
        **{"HTTP_" + name.upper(): value for name, value in headers.items()},  # host= replaces HTTP_HOST
    }
    answered: dict[str, object] = {}

    def start_response(status: str, headers: list[tuple[str, str]], *_exc: object) -> None:
        answered["status"], answered["headers"] = status, dict(headers)

    body = b"".join(application(environ, start_response))
    return str(answered["status"]), answered["headers"], body  # type: ignore[return-value]


@pytest.mark.django_db  # Django's handler closes old connections after each request
def test_gunicorns_entry_answers_a_kept_page_before_django_with_the_same_bytes_and_headers() -> None:
    status, first_headers, first = _wsgi("/walk/gao-ming/4/", "path=ignore")
    kept = len(STORE)
    status_again, headers, again = _wsgi("/walk/gao-ming/4/", "path=ignore")
    assert status == status_again == "200 OK" and again == first and len(STORE) == kept
    for name in ("ETag", "Content-Security-Policy", "Cache-Control", "Vary", "X-Frame-Options"):
        assert headers[name] == first_headers[name], name
    assert _wsgi("/walk/gao-ming/4/", "path=ignore", if_none_match=headers["ETag"])[0] == "304 Not Modified"
    head = _wsgi("/walk/gao-ming/4/", "path=ignore", method="HEAD")
    assert head[0] == "200 OK" and head[2] == b"" and head[1]["Content-Length"] == str(len(first))
    assert _wsgi("/walk/gao-ming/4/", "path=ignore", hx_request="true")[2] != first  # the fragment


@pytest.mark.django_db
def test_gunicorns_entry_passes_a_bad_host_and_a_post_to_django() -> None:
    _wsgi("/walk/gao-ming/4/", "path=ignore")
    assert _wsgi("/walk/gao-ming/4/", "path=ignore", method="POST")[0][:3] in ("403", "405")
    assert _wsgi("/walk/gao-ming/4/", "path=ignore", host="evil.example")[0].startswith("400")
