"""Predict, then reveal: the comparison's guess form and answer, the claims as guesses.

Each state is checked as a full page and as the htmx fragment that swaps in place.
"""

import re

import pytest
from django.test import Client

from scenarios.claims import CLAIMS, Verdict
from scenarios.everyday import EVERYDAY
from scenarios.systems import SYSTEMS
from tests.exhibit.crawl import reachable
from tests.exhibit.html import Page

HTMX = {"HX-Request": "true"}


def text(html: str) -> str:
    return re.sub(r"\s+", " ", "".join(Page(html).text))


def card(html: str, claim_id: str) -> str:
    return html.split(f'id="claim-{claim_id}"')[1].split("</article>")[0]


# The comparison.


def test_a_comparison_asks_for_a_guess_before_it_shows_the_answer(client: Client) -> None:
    html = client.get("/compare/jaywalk/").content.decode()
    boxes = [i for i in Page(html).all("input") if i.get("type") == "checkbox"]
    assert sorted(b["value"] for b in boxes) == sorted(SYSTEMS)
    assert {b["name"] for b in boxes} == {"guess"}
    assert "<fieldset" in html and "<legend>The systems that will see it</legend>" in html
    assert 'id="sys-rongcheng"' not in html  # no answer yet
    assert 'href="/compare/jaywalk/?revealed=1"' in html  # skip, and the crawl's way in
    form = Page(html).all("form")[0]
    assert form["method"] == "get" and form["action"] == "/compare/jaywalk/"
    assert form["data-hx-get"] == "/compare/jaywalk/" and form["data-hx-target"] == "#reveal"


def test_every_checkbox_has_a_label(client: Client) -> None:
    html = client.get("/compare/taxes/").content.decode()
    labelled = re.findall(
        r'<label class="check"><input type="checkbox" name="guess" value="([a-z_0-9]+)">', html
    )
    assert sorted(labelled) == sorted(SYSTEMS)


def test_a_guess_is_shown_beside_the_answer(client: Client) -> None:
    url = "/compare/jaywalk/?guess=rongcheng&guess=sesame&guess=surveillance&revealed=1"
    html = client.get(url).content.decode()
    words = text(html)
    assert "You guessed 3; 4 see it; 16 stay dark." in words
    assert "There is no single score." in words
    assert "Rongcheng personal credit points You guessed it" in words
    assert "Honest Shanghai app You did not guess it" in words
    assert "Sesame Credit (Zhima Credit) You guessed it, but it stays dark" in words
    assert 'id="sys-rongcheng"' in html  # then the side-by-side detail
    assert 'type="checkbox"' not in html


def test_skipping_shows_the_answer_without_a_guess(client: Client) -> None:
    words = text(client.get("/compare/jaywalk/?revealed=1").content.decode())
    assert "4 see it; 16 stay dark." in words
    assert "You guessed" not in words and "You did not guess it" not in words


def test_an_event_no_system_sees_says_so(client: Client) -> None:
    words = text(client.get("/compare/parents/?guess=sesame&revealed=1").content.decode())
    assert "You guessed 1; 0 see it; 20 stay dark." in words
    assert "No system sees it." in words


def test_the_reveal_swaps_in_alone_for_htmx(client: Client) -> None:
    response = client.get("/compare/jaywalk/?guess=rongcheng&revealed=1", headers=HTMX)
    html = response.content.decode()
    assert response.status_code == 200
    assert html.strip().startswith('<section id="reveal"')
    assert "<html" not in html and "<h1" not in html
    assert "You guessed 1; 4 see it; 16 stay dark." in text(html)
    assert "HX-Request" in response["Vary"]


def test_the_guess_form_swaps_back_in_for_htmx(client: Client) -> None:
    html = client.get("/compare/jaywalk/", headers=HTMX).content.decode()
    assert html.strip().startswith('<section id="reveal"') and 'type="checkbox"' in html


@pytest.mark.parametrize(
    "query",
    [
        "guess=nobody&revealed=1",
        "guess=rongcheng&guess=rongcheng&guess=rongcheng",
        "guess=%3Cscript%3E&revealed=yes",
        "guess=" + "x" * 2000,
        "&".join(["guess=sesame"] * 300),
        "revealed=1&revealed=0",
    ],
)
def test_a_strange_guess_still_reveals_and_never_fails(client: Client, query: str) -> None:
    response = client.get(f"/compare/jaywalk/?{query}")
    assert response.status_code == 200
    html = response.content.decode()
    assert "4 see it; 16 stay dark." in text(html)
    assert "<script>" not in html.split("</head>")[1]


def test_unknown_ids_are_dropped_from_the_count(client: Client) -> None:
    words = text(
        client.get("/compare/jaywalk/?guess=nobody&guess=rongcheng&guess=rongcheng").content.decode()
    )
    assert "You guessed 1; 4 see it; 16 stay dark." in words


# The claims.


def test_no_verdict_shows_before_a_guess(client: Client) -> None:
    html = client.get("/claims/").content.decode()
    for claim in CLAIMS:
        body = card(html, claim.id)
        assert 'class="verdict' not in body and 'class="caveat"' not in body
        assert claim.record[:40] not in body
        assert '<button class="button" type="submit" name="guess" value="wrong">Wrong</button>' in body
        assert f'href="/claims/?claim={claim.id}#claim-{claim.id}"' in body  # just show me
        assert 'class="quote"' in body  # the claim's own words come first


def test_the_index_links_every_claim_by_its_title(client: Client) -> None:
    html = client.get("/claims/").content.decode()
    index = html.split('<details class="claims-index">')[1].split("</details>")[0]
    for claim in CLAIMS:
        assert f'<a href="#claim-{claim.id}">{claim.title}</a>' in index.replace("&#x27;", "'")


def test_the_filter_counts_each_verdict(client: Client) -> None:
    words = text(client.get("/claims/").content.decode())
    assert "Guess each one (28)" in words
    assert "The record says otherwise (6)" in words
    assert "Partly right (16)" in words
    assert "Did not happen (2)" in words and "The record agrees (1)" in words
    assert "Not confirmed by any source found (3)" in words


def test_a_guess_reveals_that_claim_only(client: Client) -> None:
    html = client.get("/claims/?claim=charity-points&guess=right").content.decode()
    guessed = card(html, "charity-points")
    assert 'class="verdict verdict--wrong"' in guessed
    assert "You said “Right”. The record says something else." in text(guessed)
    assert '<details class="claim__record" open>' in guessed
    assert 'class="verdict' not in card(html, "one-score")


def test_a_guess_that_fits_the_record_says_so(client: Client) -> None:
    html = client.get("/claims/?claim=compulsory&guess=wrong").content.decode()
    assert "You said “Wrong”. That fits the record." in text(card(html, "compulsory"))


def test_not_sure_is_an_answer_too(client: Client) -> None:
    html = client.get("/claims/?claim=jaywalk-points&guess=not_sure").content.decode()
    assert "You were not sure, and no source found settles it either." in text(card(html, "jaywalk-points"))


def test_just_show_me_reveals_without_a_guess(client: Client) -> None:
    body = card(client.get("/claims/?claim=one-score").content.decode(), "one-score")
    assert 'class="verdict verdict--wrong"' in body and "You said" not in body


def test_a_guess_swaps_in_one_card_for_htmx(client: Client) -> None:
    response = client.get("/claims/?claim=one-score&guess=wrong", headers=HTMX)
    html = response.content.decode()
    assert response.status_code == 200
    assert html.strip().startswith('<li class="claim" id="claim-one-score" data-reveal>')
    assert html.count('class="claim"') == 1 and "<html" not in html
    assert "That fits the record." in text(html)
    assert "HX-Request" in response["Vary"]


def test_the_whole_page_comes_for_htmx_without_a_claim(client: Client) -> None:
    html = client.get("/claims/?verdict=right", headers=HTMX).content.decode()
    assert "<html" in html and html.count('class="claim"') == 1


@pytest.mark.parametrize("verdict", list(Verdict))
def test_a_filter_shows_only_its_claims_with_their_verdicts(client: Client, verdict: Verdict) -> None:
    html = client.get(f"/claims/?verdict={verdict}").content.decode()
    wanted = [c for c in CLAIMS if c.verdict is verdict]
    assert html.count('<li class="claim"') == len(wanted)
    for claim in wanted:
        assert f'class="verdict verdict--{verdict.value}"' in card(html, claim.id)
    assert f'href="/claims/?verdict={verdict}" aria-current="page"' in html


def test_every_verdict_for_teachers(client: Client) -> None:
    html = client.get("/claims/?all=1").content.decode()
    assert html.count('<li class="claim"') == len(CLAIMS) == html.count('class="verdict verdict--')
    assert 'name="guess"' not in html  # nothing left to guess


BAD_CLAIMS = [
    ("?claim=nobody", 404, "There is no such claim"),
    ("?claim=nobody&guess=wrong", 404, "There is no such claim"),
    ("?claim=one-score&guess=maybe", 400, "That is not one of the answers"),
    ("?guess=wrong", 400, "That is not one of the answers"),
    ("?verdict=nonsense", 400, "There is no such verdict"),
    ("?verdict=WRONG", 400, "There is no such verdict"),
    ("?claim=one-score&claim=compulsory", 400, "This link asks two things at once"),
    ("?claim=one-score&guess=wrong&guess=right", 400, "This link asks two things at once"),
    ("?verdict=wrong&verdict=right", 400, "This link asks two things at once"),
    ("?claim=%3Cscript%3E", 404, "There is no such claim"),
]


@pytest.mark.parametrize(("query", "status", "title"), BAD_CLAIMS)
def test_a_bad_claims_link_gets_a_clear_page(client: Client, query: str, status: int, title: str) -> None:
    response = client.get("/claims/" + query)
    assert response.status_code == status
    html = response.content.decode()
    assert "<html" in html and title.replace("'", "&#x27;") in html and "<script>alert" not in html


@pytest.mark.parametrize(("query", "status", "title"), BAD_CLAIMS)
def test_a_bad_claims_link_gets_a_fragment_for_htmx(
    client: Client, query: str, status: int, title: str
) -> None:
    response = client.get("/claims/" + query, headers=HTMX)
    assert response.status_code == status
    html = response.content.decode()
    assert '<section id="step"' in html and "<html" not in html and title in html


def test_an_empty_value_is_no_value(client: Client) -> None:
    response = client.get("/claims/?claim=&guess=&verdict=&all=")
    assert response.status_code == 200
    assert 'class="verdict' not in response.content.decode()


def test_the_crawl_reaches_every_reveal_by_a_link() -> None:
    urls = set(reachable())
    assert {f"/compare/{e.slug}/?revealed=1" for e in EVERYDAY} <= urls
    assert {f"/claims/?claim={c.id}" for c in CLAIMS} <= urls
    assert {f"/claims/?verdict={v}" for v in Verdict} | {"/claims/?all=1"} <= urls
