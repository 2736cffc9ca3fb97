"""The systems index, every system's page, the comparison for every event, the claims."""

import pytest
from django.test import Client

from scenarios.claims import CLAIMS
from scenarios.compare import compare
from scenarios.everyday import EVERYDAY
from scenarios.systems import SYSTEMS
from tests.exhibit.html import Page


def test_the_index_links_every_system_once_grouped(client: Client) -> None:
    html = client.get("/systems/").content.decode()
    links = [
        a["href"]
        for a in Page(html).all("a")
        if a.get("href", "").startswith("/systems/") and a["href"] != "/systems/"
    ]
    assert sorted(links) == sorted(f"/systems/{sid}/" for sid in SYSTEMS)
    for system in SYSTEMS.values():
        assert system.group.label in html


@pytest.mark.parametrize("system_id", list(SYSTEMS))
def test_every_system_page_states_the_whole_record(client: Client, system_id: str) -> None:
    system = SYSTEMS[system_id]
    response = client.get(f"/systems/{system_id}/")
    assert response.status_code == 200
    html = response.content.decode()
    for heading in ("Who runs it", "Who it covers", "What it draws on", "How you get in", "How you get out"):
        assert heading in html
    assert "What the sources get wrong" in html and "What happened next" in html
    for rule in system.rules:
        assert f'id="rule-{rule.id}"' in html
    for milestone in system.history:
        assert f'datetime="{milestone.when}"' in html
    assert html.count('class="quote"') >= len(system.quote_ids)


def test_the_rules_table_labels_every_number(client: Client) -> None:
    html = client.get("/systems/rongcheng/").content.decode()
    table = html.split('<table class="rules-table">')[1].split("</table>")[0]
    rows = table.split("<tr")[2:]  # skip the header row
    assert len(rows) == len(SYSTEMS["rongcheng"].rules)
    for row in rows:
        assert 'class="prov prov--' in row


@pytest.mark.parametrize("slug", [e.slug for e in EVERYDAY])
def test_every_everyday_event_has_its_own_comparison_url(client: Client, slug: str) -> None:
    response = client.get(f"/compare/{slug}/?revealed=1")
    assert response.status_code == 200
    html = response.content.decode()
    comparison = compare(slug)
    for answer in comparison.answers:  # every system answers: a panel or a reason
        sid = answer.system.id
        assert f'id="sys-{sid}"' in html or f'href="/systems/{sid}/">' in html
    for answer in comparison.seen_by:
        assert f'id="sys-{answer.system.id}"' in html


def test_the_comparison_index_links_every_event(client: Client) -> None:
    html = client.get("/compare/").content.decode()
    for everyday in EVERYDAY:
        assert f'href="/compare/{everyday.slug}/"' in html


def test_the_jaywalking_comparison_shows_rongcheng_deducting_points(client: Client) -> None:
    html = client.get("/compare/jaywalk/?revealed=1").content.decode()
    rongcheng = html.split('id="sys-rongcheng"')[1].split("</article>")[0]
    assert "Crossing against the light" in rongcheng
    assert "−5" in rongcheng


def test_the_claims_page_for_teachers_quotes_every_claim_with_its_verdict(client: Client) -> None:
    html = client.get("/claims/?all=1").content.decode()
    for claim in CLAIMS:
        card = html.split(f'id="claim-{claim.id}"')[1].split("</li>")[0]
        assert f'class="verdict verdict--{claim.verdict.value}"' in card


def test_the_site_navigation_marks_the_current_section(client: Client) -> None:
    html = client.get("/compare/jaywalk/").content.decode()
    current = [a for a in Page(html).all("a") if a.get("aria-current") == "page"]
    assert [a["href"] for a in current] == ["/compare/"]
