"""Pages that are a function of their address, rendered once and then answered as bytes.

A walkthrough page depends only on its URL (and, with htmx, on `HX-Request`): the same
address gives the same bytes to everyone, so this middleware, outermost, keeps the final
response of each one (every header the layers below set, the CSP and security headers
among them) and answers the next request for it from memory, as a static file server
would. It also gives those pages what a reverse proxy or CDN needs to keep them: a
strong `ETag` (the SHA-256 of the bytes), `304 Not Modified` for `If-None-Match`,
`Cache-Control: public` and a `Vary` that names every header the bytes depend on.

Only the exhibit's own pages are kept (`CACHEABLE`): lesson and teacher pages, the
health check and anything with a cookie, a non-200 status or `Cache-Control: private`
pass through untouched. Compression is done here, deterministically (no random bytes,
no timestamp), so every worker of a release gives a page the same bytes and the same
ETag; the GZip middleware below still compresses what is not kept. Each worker keeps up
to `SCORED_PAGE_CACHE_MB` of pages, least recently used first out.
"""

import gzip
import hashlib
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.core.signals import setting_changed
from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.urls import Resolver404, resolve
from django.utils import translation
from django.utils.cache import patch_vary_headers

# The exhibit's pages whose bytes depend only on the address (exhibit/page_urls.py).
CACHEABLE = frozenset(
    {
        "start",
        "persona",
        "step",
        "ending",
        "ending_card",
        "systems",
        "system",
        "compare_index",
        "compare",
        "claims",
        "you",
        "you_result",
        "you_card",
        "sources",
        "perspectives",
    }
)
ACCEPTS_GZIP = re.compile(r"\bgzip\b")
COMPRESSIBLE = ("text/", "application/json", "image/svg+xml")
# Headers that are the representation's own: rebuilt for each variant, never copied.
OWN_HEADERS = frozenset({"content-length", "content-encoding", "etag", "vary", "cache-control"})
# What 304 keeps of the headers (RFC 9110, 15.4.5), with the security headers beside them.
NOT_MODIFIED_DROPS = frozenset({"content-length", "content-encoding", "content-type"})

Key = tuple[str, str, str, bool, bool]


@dataclass(frozen=True, slots=True)
class Stored:
    """One representation of one page: its bytes and every header, ready to send."""

    body: bytes
    headers: tuple[tuple[str, str], ...]
    etag: str


class PageStore:
    """A bounded, thread-safe LRU of stored pages (runserver and the test server use threads)."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.size = 0
        self._pages: OrderedDict[Key, Stored] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Key) -> Stored | None:
        with self._lock:
            stored = self._pages.get(key)
            if stored is not None:
                self._pages.move_to_end(key)
            return stored

    def put(self, key: Key, stored: Stored) -> None:
        if len(stored.body) > self.max_bytes // 8:
            return  # one page may not push out most of the others
        with self._lock:
            old = self._pages.pop(key, None)
            if old is not None:
                self.size -= len(old.body)
            self._pages[key] = stored
            self.size += len(stored.body)
            while self.size > self.max_bytes:
                _key, dropped = self._pages.popitem(last=False)
                self.size -= len(dropped.body)

    def clear(self) -> None:
        with self._lock:
            self._pages.clear()
            self.size = 0

    def __len__(self) -> int:
        return len(self._pages)


STORE = PageStore(max_bytes=settings.SCORED_PAGE_CACHE_MB * 1024 * 1024)


def _clear_on_setting_change(**_kwargs: object) -> None:
    """A test that changes a setting (the kiosk, say) gets freshly rendered pages."""
    STORE.clear()


setting_changed.connect(_clear_on_setting_change)


def environ_key(environ: Mapping[str, Any]) -> Key:
    """The page's address as the WSGI server gave it, and the headers its bytes depend on.

    The middleware and the WSGI fast path (`serve_kept`) both use this, so they agree.
    """
    proxy_header = settings.SECURE_PROXY_SSL_HEADER
    scheme = str(environ.get("wsgi.url_scheme", "http"))
    if proxy_header and environ.get(proxy_header[0], "").split(",")[0].strip() == proxy_header[1]:
        scheme = "https"
    host = environ.get("HTTP_HOST") or f"{environ.get('SERVER_NAME', '')}:{environ.get('SERVER_PORT', '')}"
    query = environ.get("QUERY_STRING", "")
    address = environ.get("SCRIPT_NAME", "") + environ.get("PATH_INFO", "") + (f"?{query}" if query else "")
    htmx = environ.get("HTTP_HX_REQUEST") == "true"
    gzipped = bool(ACCEPTS_GZIP.search(environ.get("HTTP_ACCEPT_ENCODING", "")))
    return (scheme, str(host), address, htmx, gzipped)


def _key(request: HttpRequest) -> Key | None:
    try:
        request.get_host()
    except DisallowedHost:
        return None  # the layers below answer it (400); such a host is never a key
    return environ_key(request.META)


def _plain_key(key: Key) -> Key:
    """The same page for a client that takes no compression."""
    return (key[0], key[1], key[2], key[3], False)


def _cacheable_address(request: HttpRequest) -> bool:
    # Outermost, before LocaleMiddleware: the address's own language resolves its prefix.
    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    try:
        with translation.override(language):
            return resolve(request.path_info).url_name in CACHEABLE
    except Resolver404:
        return False


def _keepable(response: HttpResponseBase) -> bool:
    control = response.get("Cache-Control", "")
    return (
        isinstance(response, HttpResponse)
        and response.status_code == 200
        and not response.cookies
        and "Cookie" not in response.get("Vary", "")
        and "private" not in control
        and "no-store" not in control
        and not response.has_header("Content-Encoding")
    )


def _variant(headers: list[tuple[str, str]], vary: str, body: bytes, encoding: str | None) -> Stored:
    """A representation: the page's own headers, and those that belong to these bytes."""
    etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
    own = [
        ("Content-Length", str(len(body))),
        ("ETag", etag),
        ("Cache-Control", f"public, max-age={settings.SCORED_PAGE_MAX_AGE}"),
        ("Vary", vary),
    ]
    if encoding:
        own.append(("Content-Encoding", encoding))
    return Stored(body=body, headers=tuple(headers + own), etag=etag)


def _plain(response: HttpResponse) -> Stored:
    headers = [(name, value) for name, value in response.items() if name.lower() not in OWN_HEADERS]
    varies = HttpResponse()
    varies["Vary"] = response.get("Vary", "")
    patch_vary_headers(varies, ("HX-Request", "Accept-Encoding"))
    # The language is in the address (i18n_patterns, unprefixed = English), so the bytes do
    # not depend on Accept-Language, though LocaleMiddleware names it for unprefixed pages.
    vary = ", ".join(
        name.strip() for name in varies["Vary"].split(",") if name.strip().lower() != "accept-language"
    )
    return _variant(headers, vary, response.content, None)


def _header(stored: Stored, name: str) -> str:
    return next((value for key, value in stored.headers if key.lower() == name), "")


def _packed(plain: Stored) -> Stored:
    headers = [(name, value) for name, value in plain.headers if name.lower() not in OWN_HEADERS]
    return _variant(headers, _header(plain, "vary"), compress(plain.body), "gzip")


def _compressible(plain: Stored) -> bool:
    return len(plain.body) >= 200 and _header(plain, "content-type").startswith(COMPRESSIBLE)


def compress(body: bytes) -> bytes:
    """The same bytes every time: no timestamp, no random padding (pages hold no secrets)."""
    return gzip.compress(body, compresslevel=6, mtime=0)


def _matches(if_none_match: str, etag: str) -> bool:
    asked = if_none_match.strip()
    return asked == "*" or etag in (tag.strip().removeprefix("W/") for tag in asked.split(","))


def reply(method: str, if_none_match: str, stored: Stored) -> tuple[int, tuple[tuple[str, str], ...], bytes]:
    """Status, headers and body for a kept page: 304 when the client already holds these bytes."""
    if if_none_match and _matches(if_none_match, stored.etag):
        kept = tuple(
            (name, value) for name, value in stored.headers if name.lower() not in NOT_MODIFIED_DROPS
        )
        return 304, kept, b""
    return 200, stored.headers, b"" if method == "HEAD" else stored.body


def answer(request: HttpRequest, stored: Stored) -> HttpResponse:
    status, headers, body = reply(request.method or "GET", request.headers.get("If-None-Match", ""), stored)
    response = HttpResponse(body, status=status)
    for name, value in headers:
        response[name] = value
    return response


STATUS_LINES = {200: "200 OK", 304: "304 Not Modified"}


def serve_kept(application: Callable[..., Any]) -> Callable[..., Any]:
    """WSGI: a kept page is answered before Django builds a request (gunicorn, `exhibit.wsgi`)."""

    def kept_first(environ: dict[str, Any], start_response: Callable[..., Any]) -> Any:
        method = environ.get("REQUEST_METHOD", "")
        if method in ("GET", "HEAD"):
            stored = STORE.get(environ_key(environ))
            if stored is not None:
                status, headers, body = reply(method, environ.get("HTTP_IF_NONE_MATCH", ""), stored)
                start_response(STATUS_LINES[status], list(headers))
                return [body]
        return application(environ, start_response)

    return kept_first


class PageCache:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        if request.method not in ("GET", "HEAD"):
            return self.get_response(request)
        key = _key(request)
        gzipped = key is not None and key[4]
        stored = STORE.get(key) if key is not None else None
        if stored is not None:
            return answer(request, stored)
        if key is None or request.method == "HEAD" or not _cacheable_address(request):
            return self.get_response(request)
        plain = STORE.get(_plain_key(key)) if gzipped else None
        if plain is not None:  # kept uncompressed already: compress it, no need to render
            packed = _packed(plain)
            STORE.put(key, packed)
            return answer(request, packed)
        return self._render_and_keep(request, key, gzipped)

    def _render_and_keep(self, request: HttpRequest, key: Key, gzipped: bool) -> HttpResponseBase:
        # Rendered uncompressed, so the bytes kept are this layer's own deterministic gzip.
        request.META.pop("HTTP_ACCEPT_ENCODING", None)
        response = self.get_response(request)
        if not _keepable(response):
            return response
        assert isinstance(response, HttpResponse)
        plain = _plain(response)
        STORE.put(_plain_key(key), plain)
        if not gzipped:
            return answer(request, plain)
        if not _compressible(plain):  # an image: the same bytes whatever the client accepts
            STORE.put(key, plain)
            return answer(request, plain)
        packed = _packed(plain)
        STORE.put(key, packed)
        return answer(request, packed)
