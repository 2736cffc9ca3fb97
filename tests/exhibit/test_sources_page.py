"""The sources page: the five texts, what each gets wrong, every quote and source, and where used."""

from django.test import Client

from scenarios.citations import index
from scenarios.claims import CLAIMS, Verdict
from scenarios.evidence import QUOTES, REFERENCES, SEEDS
from scenarios.systems import SYSTEMS


def test_every_seed_quote_and_reference_is_on_the_page(client: Client) -> None:
    html = client.get("/sources/").content.decode()
    for seed in SEEDS.values():
        assert f'id="seed-{seed.file[:3]}"' in html
    for quote_id in QUOTES:
        assert f'id="quote-{quote_id}"' in html
    for reference_id in REFERENCES:
        assert f'id="ref-{reference_id}"' in html


def test_each_seed_lists_the_disputed_claims_that_quote_it(client: Client) -> None:
    html = client.get("/sources/").content.decode()
    for claim in CLAIMS:
        if claim.verdict is not Verdict.RIGHT:
            assert f'href="/claims/#claim-{claim.id}"' in html


def test_every_outside_source_is_used_somewhere() -> None:
    unused = set(REFERENCES) - set(index().references)
    assert unused == set()


def test_a_reported_figure_is_indexed_under_its_source() -> None:
    uses = index().references["npr-2018-rongcheng"]
    assert any(use.where == "system" and use.target == "rongcheng" for use in uses)
    assert all(use.target in SYSTEMS or use.where != "system" for use in uses)
