"""Checks every system must pass, parametrised over the registry.

A new system listed in `SYSTEMS` is checked here without new test code: its quotes
are verbatim, every id it names resolves (rules, consequences, figures, milestones),
its history runs in date order, and it answers every kind of event with a reason.
"""

from pathlib import Path

import pytest

from scenarios.engine import AnySystem, Channel, EventKind, Milestone
from scenarios.evidence import QUOTES, REFERENCES
from scenarios.provenance import Provenance
from scenarios.systems import SYSTEMS
from tests.factories import EventFactory

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"
EVERY = pytest.mark.parametrize("system", list(SYSTEMS.values()), ids=list(SYSTEMS))


def _cited(system: AnySystem) -> list[object]:
    items: list[object] = [*system.rules, *system.consequences, *system.history]
    items += [r.change for r in system.rules if r.change]
    items += [f for c in system.consequences for f in (c.threshold, c.amount) if f]
    return items


@EVERY
@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not beside this checkout")
def test_every_quote_a_system_shows_is_verbatim_from_its_seed(system: AnySystem) -> None:
    ids = {*system.quote_ids, *(q for item in _cited(system) for q in getattr(item, "quote_ids", ()))}
    for quote_id in sorted(ids):
        quote = QUOTES[quote_id]
        assert quote.text in (SEEDS / quote.seed).read_text(encoding="utf-8"), quote_id


@EVERY
def test_every_id_a_system_names_resolves(system: AnySystem) -> None:
    assert all(q in QUOTES for q in system.quote_ids), system.id
    for item in _cited(system):
        assert all(q in QUOTES for q in getattr(item, "quote_ids", ())), item
        assert all(r in REFERENCES for r in getattr(item, "reference_ids", ())), item


@EVERY
def test_every_milestone_is_sourced_by_its_label(system: AnySystem) -> None:
    for milestone in system.history:
        if milestone.provenance is Provenance.SOURCE_TEXT:
            assert milestone.quote_ids, milestone
        if milestone.provenance in (Provenance.REPORT, Provenance.OFFICIAL):
            assert milestone.reference_ids, milestone


@EVERY
def test_history_runs_in_date_order(system: AnySystem) -> None:
    dates = [_sortable(m) for m in system.history]
    assert dates == sorted(dates), system.id


def _sortable(milestone: Milestone) -> str:
    return milestone.when.ljust(10, "-")


@EVERY
@pytest.mark.parametrize("kind", list(EventKind))
def test_every_event_kind_gets_a_reason_seen_or_not(system: AnySystem, kind: EventKind) -> None:
    profile = system.example_profile
    for channels in (frozenset[Channel](), frozenset(Channel)):
        event = EventFactory.build(kind=kind, when=system.example_when, channels=channels)
        step = system.step(system.start(profile), event, profile)
        assert step.visibility.reason
        assert system.read(step.after).status
