"""The truthfulness rules, checked over everything the domain can show."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from scenarios.engine import Consequence, Milestone, Rule
from scenarios.evidence import QUOTES, REFERENCES, SEEDS
from scenarios.evidence.types import ReferenceKind
from scenarios.provenance import Figure, Provenance, weakest
from scenarios.systems import SYSTEMS

ROOT = Path(__file__).resolve().parents[2]
CHECKER = ROOT.parent / "shared" / "tools" / "check_quotes.py"

RULES: list[Rule] = [rule for system in SYSTEMS.values() for rule in system.rules]
CONSEQUENCES: list[Consequence] = [c for system in SYSTEMS.values() for c in system.consequences]
MILESTONES: list[Milestone] = [m for system in SYSTEMS.values() for m in system.history]


def figures() -> list[Figure]:
    found = [rule.change for rule in RULES if rule.change]
    found += [c.threshold for c in CONSEQUENCES if c.threshold]
    found += [c.amount for c in CONSEQUENCES if c.amount]
    return found


def test_every_rule_and_consequence_id_is_unique_and_namespaced() -> None:
    items: list[Rule | Consequence] = [*RULES, *CONSEQUENCES]
    ids = [item.id for item in items]
    assert len(ids) == len(set(ids))
    for item in items:
        assert item.id.startswith(item.system_id + "."), item.id
        assert item.system_id in SYSTEMS


def test_every_quote_and_reference_id_resolves() -> None:
    named: list[Rule | Consequence | Figure | Milestone] = [*RULES, *CONSEQUENCES, *figures(), *MILESTONES]
    for item in named:
        for quote_id in item.quote_ids:
            assert quote_id in QUOTES, (item, quote_id)
        for reference_id in item.reference_ids:
            assert reference_id in REFERENCES, (item, reference_id)
    for system in SYSTEMS.values():
        assert all(qid in QUOTES for qid in system.quote_ids)


def _kinds(item: Rule | Consequence | Figure) -> set[ReferenceKind]:
    return {REFERENCES[rid].kind for rid in item.reference_ids}


def test_each_label_names_the_strongest_source_the_item_cites_and_no_stronger() -> None:
    named: list[Rule | Consequence | Figure] = [*RULES, *CONSEQUENCES, *figures()]
    for item in named:
        kinds = _kinds(item)
        if item.provenance is Provenance.OFFICIAL:
            assert ReferenceKind.OFFICIAL in kinds, f"official without an official text: {item}"
        if item.provenance is Provenance.REPORT:
            assert kinds == {ReferenceKind.REPORT}, (
                f"a named report label, but no report or an official one: {item}"
            )
        if item.provenance is Provenance.SOURCE_TEXT:
            assert item.quote_ids and not kinds, (
                f"source article without a seed quote, or with stronger sources: {item}"
            )


def test_the_labels_rank_an_official_text_above_a_source_article() -> None:
    assert weakest(Provenance.OFFICIAL, Provenance.SOURCE_TEXT) is Provenance.SOURCE_TEXT
    assert weakest(Provenance.REPORT, Provenance.SOURCE_TEXT) is Provenance.SOURCE_TEXT
    assert weakest(Provenance.OFFICIAL, Provenance.REPORT) is Provenance.REPORT
    assert weakest(Provenance.SOURCE_TEXT, Provenance.ASSUMPTION) is Provenance.ASSUMPTION
    assert list(Provenance) == [
        Provenance.OFFICIAL,
        Provenance.REPORT,
        Provenance.SOURCE_TEXT,
        Provenance.ASSUMPTION,
    ]


def test_every_illustrative_number_says_why() -> None:
    for figure in figures():
        if figure.provenance is Provenance.ASSUMPTION:
            assert figure.note, f"illustrative number without a note: {figure}"


def test_every_reference_has_outlet_date_and_url() -> None:
    for ref in REFERENCES.values():
        assert ref.title and ref.outlet and ref.date
        assert ref.url.startswith(("http://", "https://"))


def test_quotes_come_from_the_five_seeds_and_wrong_ones_say_so() -> None:
    assert len(SEEDS) == 5
    assert all(q.seed in SEEDS for q in QUOTES.values())
    assert "rewording error" in QUOTES["rongcheng.charity_wrong"].caveat
    assert QUOTES["court.liu_hu_for_his_work"].caveat
    assert QUOTES["frame.mandatory_2020"].caveat


@pytest.mark.skipif(
    not CHECKER.exists(), reason="../shared/tools/check_quotes.py is not beside this checkout"
)
def test_every_quote_is_verbatim_by_the_shared_checker() -> None:
    rows = [{"id": q.id, "source": q.seed, "text": q.text} for q in QUOTES.values()]
    result = subprocess.run(
        [sys.executable, str(CHECKER), "-"],
        input=json.dumps(rows),
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout
    assert f"{len(rows)} verbatim, 0 not" in result.stdout


def test_real_people_appear_only_as_reported_cases_with_sources() -> None:
    from scenarios.cases import CASES, cases_for
    from scenarios.personas import PERSONAS

    rule_ids = {rule.id for rule in RULES} | {consequence.id for consequence in CONSEQUENCES}
    for case in CASES.values():
        assert case.quote_ids and case.reference_ids
        assert all(q in QUOTES for q in case.quote_ids)
        assert all(r in REFERENCES for r in case.reference_ids)
        assert case.triggers <= rule_ids
        assert all(case.name not in str(p.name) for p in PERSONAS.values())
    assert [c.id for c in cases_for({"court_list.listing"})] == ["liu-hu"]
    assert cases_for({"sesame.nappies"}) == []
