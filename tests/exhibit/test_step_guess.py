"""A step that asks "which systems saw this?" first: the form, the skip, the answer, bad input."""

import pytest
from django.test import Client

from scenarios.systems import SYSTEMS

FLIGHT = "/walk/gao-ming/5/?path=ignore"
HTMX = {"HX-Request": "true"}


@pytest.mark.parametrize("headers", [{}, HTMX])
def test_a_guess_step_shows_the_form_and_holds_back_the_systems(
    client: Client, headers: dict[str, str]
) -> None:
    html = client.get(FLIGHT, headers=headers).content.decode()
    assert "Guess first: which of the 20 systems saw this?" in html
    assert all(f'name="guess" value="{sid}"' in html for sid in SYSTEMS)
    assert 'name="path" value="ignore"' in html
    assert 'href="/walk/gao-ming/5/?path=ignore&amp;revealed=1"' in html  # skip, just show me
    assert 'id="sys-court_list"' not in html
    assert "Not qualified." in html  # the story and the scene still come first
    assert "data-way-forward" in html  # and the way on


@pytest.mark.parametrize("headers", [{}, HTMX])
def test_the_answer_sets_the_guess_beside_who_saw_it(client: Client, headers: dict[str, str]) -> None:
    url = FLIGHT + "&revealed=1&guess=court_list&guess=sesame"
    html = " ".join(client.get(url, headers=headers).content.decode().split())
    assert "You guessed 2 systems; 1 of your guesses saw it. You missed 1. 18 systems stayed dark." in html
    assert "they never learned of it: Sesame Credit (Zhima Credit)." in html
    assert 'id="sys-court_list"' in html and 'id="sys-air_rail_list"' in html
    assert "Guess first" not in html


def test_skipping_shows_the_systems_without_a_score_for_the_guess(client: Client) -> None:
    html = " ".join(client.get(FLIGHT + "&revealed=1").content.decode().split())
    assert "18 systems stayed dark." in html and "You guessed" not in html
    assert 'id="sys-court_list"' in html


@pytest.mark.parametrize(
    "query",
    ["&guess=nobody", "&guess=" + "x" * 500, "&guess=court_list&guess=court_list", "&revealed=<script>"],
)
def test_a_strange_guess_is_dropped_never_an_error(client: Client, query: str) -> None:
    response = client.get(FLIGHT + query)
    assert response.status_code == 200
    assert 'id="sys-court_list"' in response.content.decode()


def test_a_step_that_does_not_ask_ignores_a_guess(client: Client) -> None:
    html = client.get("/walk/gao-ming/6/?path=ignore&guess=rongcheng&revealed=1").content.decode()
    assert "Guess first" not in html and "You guessed" not in html
    assert 'id="sys-rongcheng"' in html
