"""The kiosk's home page carries the attract screen, built from the exhibit's own data."""

from django.test import Client, override_settings

from exhibit.attract import CLAIM, EVENT
from scenarios.claims import CLAIMS
from scenarios.compare import compare
from scenarios.evidence import QUOTES


def test_the_website_has_no_attract(client: Client) -> None:
    assert "data-attract" not in client.get("/").content.decode()


@override_settings(SCORED_KIOSK=True)
def test_the_kiosk_home_begins_with_the_attract_and_its_real_content(client: Client) -> None:
    html = client.get("/").content.decode()
    assert html.count("data-attract ") == 1 and "Touch to start" in html
    assert "Gao Ming" in html and "A delivery rider in Rongcheng" in html
    comparison = compare(EVENT)
    assert str(comparison.everyday.title) in html
    for answer in comparison.seen_by:
        assert str(answer.system.name).replace("'", "&#x27;") in html
    claim = next(claim for claim in CLAIMS if claim.id == CLAIM)
    assert str(claim.title) in html
    assert QUOTES[claim.quote_ids[0]].text.replace("'", "&#x27;") in html


@override_settings(SCORED_KIOSK=True, SCORED_KIOSK_PERSONAS=["shen-lan"])
def test_the_attract_shows_the_kiosks_first_persona(client: Client) -> None:
    html = client.get("/").content.decode()
    assert "Shen Lan" in html.split("data-attract")[1].split("</dialog>")[0]


@override_settings(SCORED_KIOSK=True)
def test_only_the_home_page_has_the_attract_and_every_page_has_the_dialogs(client: Client) -> None:
    for url in ("/walk/gao-ming/1/", "/claims/", "/no-such-page/"):
        html = client.get(url).content.decode()
        assert "data-attract" not in html, url
        assert 'data-kiosk-dialog="idle"' in html and 'data-kiosk-dialog="start-over"' in html, url
        assert 'data-control="more-time"' in html and 'data-control="text-size"' in html, url
