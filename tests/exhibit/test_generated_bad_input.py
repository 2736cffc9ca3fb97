"""Bad input at volume: Hypothesis generates addresses, answers, query strings and headers.

Whatever arrives, plain or as an htmx request, the answer is never a 5xx; an error is the
exhibit's own page in its layout (or, for htmx, a fragment htmx will not swap in), and
nothing is logged as a server error.
"""

import gzip
import logging
from urllib.parse import quote, urlencode

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scenarios.personas import PERSONAS

REAL_ANSWERS = sorted(
    {
        option.id
        for persona in PERSONAS.values()
        for step in persona.steps
        if step.choice
        for option in step.choice.options
    }
)
SLUGS = st.one_of(st.sampled_from(sorted(PERSONAS)), st.text(min_size=0, max_size=30))
ANSWER = st.one_of(st.sampled_from(REAL_ANSWERS), st.text(max_size=12))
PATH = st.lists(ANSWER, max_size=14).map(".".join)
NUMBER = st.one_of(st.integers(min_value=-3, max_value=40), st.integers(min_value=10**6, max_value=10**30))
QUERY = st.dictionaries(st.text(max_size=12), st.text(max_size=40), max_size=5)
HEADER_TEXT = st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=60)
HEADERS = st.fixed_dictionaries(
    {},
    optional={
        "HX-Request": st.sampled_from(["true", "false", "", "TRUE", "1"]),
        "HX-Target": HEADER_TEXT,
        "HX-Current-URL": HEADER_TEXT,
        "HX-History-Restore-Request": st.sampled_from(["true", "x"]),
        "Accept-Encoding": st.sampled_from(["gzip", "br", "gzip;q=0", "*", "identity", ""]),
        "If-None-Match": HEADER_TEXT,
        "Accept-Language": st.sampled_from(["zh-Hans", "en", "xx", "*", ""]),
    },
)
PAGES = st.sampled_from(
    [
        "/walk/{slug}/",
        "/walk/{slug}/{number}/",
        "/walk/{slug}/end/",
        "/walk/{slug}/end/card.png",
        "/systems/{slug}/",
        "/compare/{slug}/",
        "/claims/",
        "/you/result/",
        "/you/result/card.png",
        "/",
    ]
)
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _assert_clear(response: object, htmx: bool, caplog: pytest.LogCaptureFixture) -> None:
    status = response.status_code  # type: ignore[attr-defined]
    assert status < 500, status
    server_errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert not server_errors, [r.getMessage() for r in server_errors]
    if status >= 400 and not htmx:
        body = response.content  # type: ignore[attr-defined]
        if response.get("Content-Encoding") == "gzip":  # type: ignore[attr-defined]
            body = gzip.decompress(body)
        html = body.decode()
        assert '<main id="main"' in html and 'class="site' in html


@FUZZ
@given(page=PAGES, slug=SLUGS, number=NUMBER, path=PATH, query=QUERY, headers=HEADERS)
def test_generated_addresses_answers_and_headers_never_break_a_page(
    page: str,
    slug: str,
    number: int,
    path: str,
    query: dict[str, str],
    headers: dict[str, str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.clear()
    url = page.format(slug=quote(slug, safe=""), number=number)
    asked = {**query, "path": path} if page.startswith("/walk/") else query
    response = Client().get(url + "?" + urlencode(asked), headers=headers)
    _assert_clear(response, headers.get("HX-Request") == "true", caplog)


@FUZZ
@pytest.mark.django_db
@given(code=st.text(max_size=20), action=st.text(max_size=20), rest=st.text(max_size=40), headers=HEADERS)
def test_generated_codes_actions_and_lesson_addresses_never_break_the_classroom(
    code: str, action: str, rest: str, headers: dict[str, str], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.clear()
    client = Client()
    htmx = headers.get("HX-Request") == "true"
    for response in (
        client.post("/join/", {"code": code}, headers=headers),
        client.get("/join/?" + urlencode({"code": code}), headers=headers),
        client.get(f"/class/{quote(code, safe='')}/{quote(rest)}", headers=headers),
        client.post(f"/class/t/{quote(code, safe='')}/do/", {"action": action}, headers=headers),
        client.get(f"/class/t/{quote(rest, safe='')}/live/", headers=headers),
    ):
        _assert_clear(response, htmx, caplog)
