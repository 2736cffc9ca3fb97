"""The view tests again in Chinese: every step, every ending, the hostile addresses, under /zh-hans/."""

import pytest
from django.test import Client
from django.utils import translation
from django.utils.translation import gettext

from scenarios.systems import SYSTEMS
from tests.exhibit.test_bad_input import HOSTILE
from tests.exhibit.test_views import HTMX, PATHS, query, step_urls


def zh(message: str) -> str:
    with translation.override("zh-hans"):
        return gettext(message)


FICTIONAL = zh("Simulation · Fictional persona")


@pytest.mark.parametrize("url", step_urls())
def test_every_step_of_every_path_renders_in_chinese_in_full_and_as_a_fragment(
    client: Client, url: str
) -> None:
    full = client.get("/zh-hans" + url)
    assert full.status_code == 200
    page = full.content.decode()
    assert (
        '<html lang="zh-Hans">' in page
        and FICTIONAL in page
        and FICTIONAL != "Simulation · Fictional persona"
    )
    if 'name="guess"' in page:
        joiner = "&" if "?" in url else "?"
        page = client.get(f"/zh-hans{url}{joiner}revealed=1").content.decode()
    for system_id in SYSTEMS:
        assert f'id="sys-{system_id}"' in page or f'href="/zh-hans/systems/{system_id}/"' in page
    fragment = client.get("/zh-hans" + url, headers=HTMX).content.decode()
    assert "<html" not in fragment and '<section id="step"' in fragment and FICTIONAL in fragment


@pytest.mark.parametrize("answers", PATHS)
def test_every_ending_renders_in_chinese_with_charts_tables_and_alternatives(
    client: Client, answers: tuple[str, ...]
) -> None:
    html = client.get(f"/zh-hans/walk/gao-ming/end/{query(answers)}").content.decode()
    assert html.count("<svg") == html.count("<table") - 1 >= 2
    assert zh("Other choices, other endings") in html
    assert "would have meant" not in html  # the alternatives are put together in Chinese


@pytest.mark.parametrize(("url", "status"), HOSTILE)
def test_a_hostile_chinese_address_gets_the_same_clear_page_in_chinese(
    client: Client, url: str, status: int
) -> None:
    response = client.get("/zh-hans" + url)
    assert response.status_code == status
    html = response.content.decode()
    assert '<html lang="zh-Hans">' in html and zh("Start over") in html
