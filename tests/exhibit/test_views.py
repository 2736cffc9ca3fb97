"""Every URL, as a full page and as the htmx fragment."""

import dataclasses
import re

import pytest
from django.test import Client

from scenarios.personas import PERSONAS
from scenarios.replay import all_paths, replay
from scenarios.storyline import Epilogue
from scenarios.systems import SYSTEMS

PATHS = all_paths("gao-ming")
HTMX = {"HX-Request": "true"}


def query(answers: tuple[str, ...]) -> str:
    return f"?path={'.'.join(answers)}" if answers else ""


def step_urls() -> list[str]:
    """Every step of every path of every persona."""
    urls = set()
    for slug in PERSONAS:
        for answers in all_paths(slug):
            for frame in replay(slug, answers).frames:
                urls.add(f"/walk/{slug}/{frame.number}/{query(frame.answers_before)}")
    return sorted(urls)


def test_the_start_page_says_there_is_no_single_score(client: Client) -> None:
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "There is no single score" in html
    assert "Fictional persona" in html
    assert 'href="/walk/gao-ming/"' in html
    assert "There is no single social credit system." in html


def test_the_persona_page_shows_starting_standings(client: Client) -> None:
    html = client.get("/walk/gao-ming/").content.decode()
    assert "Gao Ming is not a real person." in html
    assert 'href="/walk/gao-ming/1/"' in html
    assert '<data value="1000">1,000</data>' in html
    assert '<data value="641">641</data>' in html


def test_the_persona_fragment_is_only_the_step_panel(client: Client) -> None:
    response = client.get("/walk/gao-ming/", headers=HTMX)
    html = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in html and html.lstrip().startswith('<section id="step"')
    assert "HX-Request" in response["Vary"]


@pytest.mark.parametrize("url", step_urls())
def test_every_step_of_every_path_renders_in_full_and_as_a_fragment(client: Client, url: str) -> None:
    full = client.get(url)
    assert full.status_code == 200
    page = full.content.decode()
    assert "<html" in page and "Fictional persona" in page
    if 'name="guess"' in page:  # a step that asks for a guess first: every system is on the form
        assert all(f'name="guess" value="{system_id}"' in page for system_id in SYSTEMS)
        joiner = "&" if "?" in url else "?"
        page = client.get(f"{url}{joiner}revealed=1").content.decode()
    for system_id in SYSTEMS:  # a full panel, or a line saying why it does not see this
        assert f'id="sys-{system_id}"' in page or f'href="/systems/{system_id}/"' in page
    fragment = client.get(url, headers=HTMX)
    assert fragment.status_code == 200
    part = fragment.content.decode()
    assert "<html" not in part and '<section id="step"' in part
    assert "Fictional persona" in part


@pytest.mark.parametrize("answers", PATHS)
def test_every_ending_renders_charts_tables_and_alternatives(
    client: Client, answers: tuple[str, ...]
) -> None:
    url = f"/walk/gao-ming/end/{query(answers)}"
    html = client.get(url).content.decode()
    assert html.count("<svg") == html.count("<table") - 1 >= 2  # each chart has its table, then the standings
    assert 'id="chart-rongcheng-title"' in html and 'id="chart-sesame-title"' in html
    listed = answers[0] == "ignore"  # a list is charted only when the person's standing on it changed
    assert ('id="chart-court_list-title"' in html) is listed
    assert "Other choices, other endings" in html
    assert "Fictional persona" in html
    fragment = client.get(url, headers=HTMX).content.decode()
    assert "<html" not in fragment and "<svg" in fragment


def test_the_ending_opens_with_the_standings_of_the_systems_that_saw_him(client: Client) -> None:
    html = client.get("/walk/gao-ming/end/?path=ignore.games.refuse").content.decode()
    standings = html[html.index('<table class="standings">') : html.index("</table>")]
    assert standings.count("<tr>") == 6
    for name in ("Rongcheng personal credit points", "The court&#x27;s list of dishonest debtors"):
        assert name in standings
    for never in ("Not shown", "No ratings yet", "Jaywalkers on public screens"):
        assert never not in standings
    assert "14 other systems the exhibit models never saw Gao Ming this year." in html
    assert (
        html.index('class="standings"')
        < html.index("What the year brought")
        < html.index("Other choices, other endings")
        < html.index("Questions to discuss")
        < html.index("Each system over time")
    )


def test_the_ending_tells_each_consequence_once(client: Client) -> None:
    html = client.get("/walk/gao-ming/end/?path=ignore.games.refuse").content.decode()
    rows = re.findall(r'<span class="consequence__label">(.*?)</span>', html)
    labels = [label.strip() for row in rows for label in row.split(" · ")]
    assert len(labels) == len(set(labels)) == 15
    # The bans a listing brings together share one row: 15 consequences in 11 rows.
    assert len(rows) == 11
    assert "Perks held, then lost" not in html and "Would have avoided:" not in html
    row = html[html.index("Rent a flat through Alipay without a deposit.") :][:600]
    assert (
        '<time datetime="2018-01">January 2018</time>, lost in <time datetime="2018-05">May 2018</time>'
        in row
    )


def test_each_alternative_is_one_line_with_a_link_to_its_ending(client: Client) -> None:
    html = client.get("/walk/gao-ming/end/?path=ignore.games.refuse").content.decode()
    assert html.count('<li class="alternative">') == html.count("would have meant") == 4
    assert 'href="/walk/gao-ming/end/?path=pay.games"' in html


def test_a_written_epilogue_opens_the_ending(client: Client, monkeypatch: pytest.MonkeyPatch) -> None:
    persona = PERSONAS["gao-ming"]
    told = "Gao Ming went to the wedding by the slow train. In January he was still on the list."
    epilogue = Epilogue(after=(("court", "ignore"),), text=told)
    monkeypatch.setitem(PERSONAS, "gao-ming", dataclasses.replace(persona, epilogues=(epilogue,)))
    replay.cache_clear()
    try:
        html = client.get("/walk/gao-ming/end/?path=ignore.games.refuse").content.decode()
    finally:
        replay.cache_clear()
    opening = html[html.index('<p class="epilogue">') :]
    assert opening.index(f'<p class="epilogue">{told}</p>') < opening.index('class="standings"')
    assert html.index('<p class="epilogue">') < html.index("What the year brought")


def test_a_choice_step_links_each_option_to_the_next_step(client: Client) -> None:
    html = client.get("/walk/gao-ming/3/").content.decode()
    for option in ("pay", "appeal", "ignore"):
        assert f'href="/walk/gao-ming/4/?path={option}"' in html
        assert f'data-hx-get="/walk/gao-ming/4/?path={option}"' in html
    assert 'data-hx-push-url="true"' in html


def test_the_last_step_leads_to_the_ending(client: Client) -> None:
    html = client.get("/walk/gao-ming/9/?path=pay.games").content.decode()
    assert 'href="/walk/gao-ming/end/?path=pay.games"' in html


def test_the_ignore_path_shows_the_listing_and_the_refused_ticket(client: Client) -> None:
    listing = client.get("/walk/gao-ming/4/?path=ignore").content.decode()
    assert "The deadline passes" in listing
    assert "Able to pay but refuses: after an enforcement notice that warns of the list" in listing
    assert "May not buy plane tickets." in listing
    wedding = client.get("/walk/gao-ming/5/?path=ignore").content.decode()
    assert "Plane ticket refused" in wedding
    paid = client.get("/walk/gao-ming/5/?path=pay").content.decode()
    assert "Plane ticket refused" not in paid


def test_score_changes_are_written_out_for_screen_readers(client: Client) -> None:
    html = client.get("/walk/gao-ming/2/").content.decode()
    assert "data-announce" in html
    assert "Rongcheng personal credit points: from 1,000 points (Grade A) to 995 points (Grade A)." in html
    assert 'id="announcer"' in html and 'aria-live="polite"' in html


def test_the_wrong_seed_quote_is_shown_with_its_correction(client: Client) -> None:
    html = client.get("/walk/gao-ming/6/?path=pay").content.decode()
    assert "Good behaviour, such as giving to charity, gets you 1,000 points." in html
    assert "Wrong. This is a rewording error" in html


def test_healthz_answers_ok(client: Client) -> None:
    assert client.get("/healthz").content == b"ok"


def test_liu_hu_is_told_as_a_reported_case_where_the_persona_is_listed(client: Client) -> None:
    html = client.get("/walk/gao-ming/4/?path=ignore").content.decode()
    assert "A real case: the journalist Liu Hu" in html
    assert "A real person, not part of the simulation." in html
    assert "The Globe and Mail" in html
    assert "Liu Hu" not in client.get("/walk/gao-ming/4/?path=pay").content.decode()


@pytest.mark.parametrize("url", ["/", "/sources/"])
def test_the_start_and_sources_pages_say_up_to_when_the_record_was_checked(client: Client, url: str) -> None:
    html = client.get(url).content.decode()
    line = html[html.index("data-record-checked") :][:400]
    assert 'checked up to <time datetime="2026-12">December 2026</time>' in line
    if url == "/sources/":
        assert 'The newest outside source is dated <time datetime="2025-11">November 2025</time>' in line
    assert "with the record checked up to" in html  # the header, on every page


def test_the_perspectives_page_sets_the_three_sides_side_by_side(client: Client) -> None:
    html = client.get("/perspectives/").content.decode()
    heads = [html.index(f'id="voices-{side}"') for side in ("aim", "critic", "middle")]
    assert heads == sorted(heads)
    assert "The stated aims" in html and "The critics" in html and "In between" in html
    assert "Murong Xuecun, writer and critic of Chinese censorship." in html
    assert html.count('class="quote"') == 33


def test_a_system_page_hears_the_voices_that_bear_on_it_once(client: Client) -> None:
    html = client.get("/systems/court_list/").content.decode()
    voices = html[html.index('id="voices-heading"') : html.index('id="rules-heading"')]
    assert "nothing you can do" in voices and "roam everywhere under heaven" in voices
    assert "Bring your money" not in voices  # already quoted above, in the sources' words
    assert 'href="/perspectives/"' in voices
    assert 'id="voices-heading"' not in client.get("/systems/experian/").content.decode()


def test_the_claims_page_ends_with_every_side(client: Client) -> None:
    html = client.get("/claims/").content.decode()
    assert html.index('id="voices-heading"') > html.index('<ol class="claims">')
    assert "The Chinese government says it’s all about trust building." in html
