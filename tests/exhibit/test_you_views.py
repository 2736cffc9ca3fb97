"""The questions page, the result page and their bad input."""

import pytest
from django.test import Client

from scenarios.you import QUESTIONS
from tests.exhibit.html import Page

ANSWERS = {q.id: q.options[-1].id for q in QUESTIONS}
QUERY = "&".join(f"{k}={v}" for k, v in ANSWERS.items())


def test_the_questions_are_radio_groups_with_no_free_text(client: Client) -> None:
    html = client.get("/you/").content.decode()
    inputs = Page(html).all("input")
    assert inputs and all(i["type"] == "radio" and "required" in i for i in inputs)
    assert {i["name"] for i in inputs} == {q.id for q in QUESTIONS}
    assert html.count("<fieldset") == len(QUESTIONS)
    assert '<form class="questions" action="/you/result/" method="get">' in html


def test_changing_answers_keeps_the_ones_given(client: Client) -> None:
    html = client.get(f"/you/?{QUERY}").content.decode()
    checked = [i for i in Page(html).all("input") if "checked" in i]
    assert {i["name"]: i["value"] for i in checked} == ANSWERS


def test_the_result_scores_the_answers_and_links_back_with_only_them(client: Client) -> None:
    response = client.get(f"/you/result/?{QUERY}&extra=%3Cscript%3E")
    assert response.status_code == 200
    html = response.content.decode()
    assert "How much of this rests on assumptions" in html and "Questions to discuss" in html
    assert f'href="/you/?{QUERY.replace("&", "&amp;")}"' in html
    assert "extra" not in html and "<script>" not in html
    assert not response.cookies


@pytest.mark.parametrize(
    "query", ["", "home=leeds", QUERY.replace("home=leeds", "home=mars"), QUERY + "&home=rongcheng&home=x"]
)
def test_missing_or_unknown_answers_are_a_clear_400(client: Client, query: str) -> None:
    response = client.get(f"/you/result/?{query}")
    assert response.status_code == 400  # a repeated key: the last value counts, and x is unknown
    assert "Some answers are missing" in response.content.decode()
    htmx = client.get(f"/you/result/?{query}", headers={"HX-Request": "true"})
    assert htmx.status_code == 400


def test_the_result_has_a_share_card_of_its_answers(client: Client) -> None:
    import io

    from PIL import Image

    html = client.get(f"/you/result/?{QUERY}").content.decode()
    assert f'content="http://testserver/you/result/card.png?{QUERY.replace("&", "&amp;")}"' in html
    response = client.get(f"/you/result/card.png?{QUERY}")
    assert response.status_code == 200 and response["Content-Type"] == "image/png"
    image = Image.open(io.BytesIO(response.content))
    assert image.size == (1200, 630)
    assert client.get("/you/result/card.png?home=leeds").status_code == 400
