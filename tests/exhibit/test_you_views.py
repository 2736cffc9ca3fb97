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
    assert "How much of this is our assumption" in html and "Questions to discuss" in html
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


REFUSED = (
    "home=rongcheng&pay=sesame&app=no&business=no&evenings=games&money=miss&crossing=cross"
    "&court=refuse&rubbish=one-bin&flight=shout&trip=fly"
)


def test_the_result_opens_with_what_you_could_no_longer_do_then_what_nobody_saw(client: Client) -> None:
    html = client.get(f"/you/result/?{REFUSED}").content.decode()
    order = [
        "How the systems score you",
        "What you could no longer do",
        "Your plane ticket was refused",
        "What no system saw",
        "<strong>Rubbish in one bin</strong>: nobody recorded it.",
        "Same year, somewhere else",
        "The detail",
        "How much of this is our assumption",
        "Questions to discuss",
    ]
    positions = [html.index(text) for text in order]
    assert positions == sorted(positions)
    assert html.count('class="loss loss--ban') == 7  # each loss once: two lists bar flying, one card
    assert html.count("Your plane ticket was refused") == 2  # the card, and gone in Leeds
    assert html.count('<details class="more">') == 6  # the detail is behind disclosures
    assert "How much of this rests on assumptions" not in html
    assert "Our assumption" in html


def test_same_year_somewhere_else_links_to_each_places_full_result(client: Client) -> None:
    html = client.get(f"/you/result/?{REFUSED}").content.decode()
    section = html[html.index('id="elsewhere"') : html.index('id="detail-heading"')]
    links = [a["href"] for a in Page(section).all("a")]
    expected = [
        REFUSED.replace("home=rongcheng", f"home={place}") for place in ("shanghai", "hangzhou", "leeds")
    ]
    assert links == [f"/you/result/?{query}" for query in expected]
    assert section.count('class="place"') == 3
    assert "Zhejiang&#x27;s garbage rules" in section or "Zhejiang's garbage rules" in section
    assert "What the record says about Leeds" in section
    for query in expected:
        assert client.get(f"/you/result/?{query}").status_code == 200


def test_a_leeds_result_says_what_the_record_says_instead_of_applying_chinas_lists(client: Client) -> None:
    html = client.get(f"/you/result/?{REFUSED.replace('home=rongcheng', 'home=leeds')}").content.decode()
    top = html[: html.index('id="elsewhere"')]
    assert "Nothing. No system barred you from anything or made you pay." in top
    assert "What your answers mean in Leeds" in top
    assert "only China&#x27;s courts keep that list" in top or "only China's courts keep that list" in top
    assert "Your plane ticket was refused" not in top
    assert "Your plane ticket was refused" in html  # in the places where it is refused


def test_the_result_is_the_same_with_htmx_and_sets_nothing(client: Client) -> None:
    plain = client.get(f"/you/result/?{REFUSED}")
    htmx = client.get(f"/you/result/?{REFUSED}", headers={"HX-Request": "true"})
    assert plain.status_code == htmx.status_code == 200
    assert not plain.cookies and not htmx.cookies
    assert "Same year, somewhere else" in htmx.content.decode()


@pytest.mark.parametrize("home", ["rongcheng", "hangzhou", "leeds", "shenzhen"])
def test_every_number_on_a_refused_result_carries_a_label(client: Client, home: str) -> None:
    from tests.exhibit.test_numbers import bare_digits, unlabelled_blocks

    html = client.get(f"/you/result/?{REFUSED.replace('home=rongcheng', f'home={home}')}").content.decode()
    assert bare_digits(html) == [] and unlabelled_blocks(html) == []
