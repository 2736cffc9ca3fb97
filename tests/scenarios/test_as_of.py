"""The record is dated: every milestone has a date no later than the last check, and every
sentence about the present ("still", "now", "today") says as of when (issue 11)."""

import re

import pytest

from scenarios.cases import CASES
from scenarios.claims import CLAIMS
from scenarios.engine import AnySystem, Month
from scenarios.evidence import QUOTES, RECORD_CHECKED, REFERENCES, latest_reference_date
from scenarios.systems import SYSTEMS

PRESENT = re.compile(r"\b(still|now|today|currently|nowadays|to this day|no longer)\b", re.IGNORECASE)
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def record_texts() -> list[tuple[str, str]]:
    """(where, text) for every statement about the record: not the personas' stories."""
    found: list[tuple[str, str]] = []
    for sid, system in SYSTEMS.items():
        for field in ("summary", "covers", "data_sources", "entry", "exit", "scale"):
            found.append((f"{sid}.{field}", getattr(system, field)))
        for rule in system.rules:
            found += [(rule.id, rule.label), (rule.id, rule.note)]
            found += [(rule.id, rule.change.note)] if rule.change else []
        for consequence in system.consequences:
            found += [(consequence.id, consequence.label), (consequence.id, consequence.note)]
            found += [(consequence.id, f.note) for f in (consequence.threshold, consequence.amount) if f]
    found += [(claim.id, claim.record) for claim in CLAIMS]
    found += [(case.id, text) for case in CASES.values() for text in (case.lead, case.summary)]
    found += [(q.id, q.caveat) for q in QUOTES.values()]
    found += [(r.id, r.caveat) for r in REFERENCES.values()]
    return [(where, text) for where, text in found if text]


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text) if s]


def test_every_sentence_about_the_present_says_as_of_when() -> None:
    undated = [
        (where, sentence)
        for where, text in record_texts()
        for sentence in sentences(text)
        if PRESENT.search(sentence) and "as of" not in sentence.lower()
    ]
    assert undated == []


@pytest.mark.parametrize("system", SYSTEMS.values(), ids=lambda s: s.id)
def test_every_milestone_is_dated_and_no_later_than_the_last_check(system: AnySystem) -> None:
    for milestone in system.history:
        assert DATE.match(milestone.when), (system, milestone.when)
        assert milestone.when[:7] <= RECORD_CHECKED


def test_the_last_check_is_no_earlier_than_the_newest_source() -> None:
    assert Month.parse(RECORD_CHECKED) >= Month.parse(latest_reference_date()[:7])


def test_a_history_runs_past_the_source_texts_where_the_record_did() -> None:
    """The histories reach the latest the record holds, not 2019: the national texts to 2025."""
    latest = {sid: max(m.when for m in system.history) for sid, system in SYSTEMS.items()}
    for sid in ("sesame", "court_list", "joint_punishment", "honest_shanghai", "unified_code", "peer_rating"):
        assert latest[sid] >= "2024", (sid, latest[sid])
