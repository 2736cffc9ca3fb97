"""Checks every system must pass, parametrised over the registry.

A new system listed in `SYSTEMS` is checked here without new test code: its quotes
are verbatim, its milestones are sourced by their labels and run in date order, it
answers every kind of event with a reason, and no label holds a bare number. That
every id resolves, milestones included, is checked for all systems at once in
`test_record.py`.
"""

import importlib.util
import re
from functools import cache
from itertools import pairwise
from pathlib import Path
from types import ModuleType

import pytest

from scenarios.engine import AnySystem, Channel, EventKind
from scenarios.evidence import QUOTES
from scenarios.provenance import Provenance
from scenarios.systems import SYSTEMS
from tests.factories import EventFactory, ProfileFactory

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
CHECKER = SHARED / "tools" / "check_quotes.py"
EVERY = pytest.mark.parametrize("system", list(SYSTEMS.values()), ids=list(SYSTEMS))


def _cited(system: AnySystem) -> list[object]:
    items: list[object] = [*system.rules, *system.consequences, *system.history]
    items += [r.change for r in system.rules if r.change]
    items += [f for c in system.consequences for f in (c.threshold, c.amount) if f]
    return items


@cache
def _checker() -> ModuleType:
    """The shared quote checker, so that "verbatim" means here what it means to the curators."""
    spec = importlib.util.spec_from_file_location("check_quotes", CHECKER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@cache
def _seeds() -> dict[str, str]:
    """The five seeds, folded once for all twenty systems."""
    seeds: dict[str, str] = _checker().load_seeds()
    return seeds


@EVERY
@pytest.mark.skipif(
    not CHECKER.exists(), reason="../shared/tools/check_quotes.py is not beside this checkout"
)
def test_every_quote_a_system_shows_is_verbatim_from_its_seed(system: AnySystem) -> None:
    checker = _checker()
    seeds = _seeds()
    ids = {*system.quote_ids, *(q for item in _cited(system) for q in getattr(item, "quote_ids", ()))}
    for quote_id in sorted(ids):
        quote = QUOTES[quote_id]
        assert checker.matches(quote.text, seeds[quote.seed]), quote_id


@EVERY
def test_every_milestone_is_sourced_by_its_label(system: AnySystem) -> None:
    for milestone in system.history:
        if milestone.provenance is Provenance.SOURCE_TEXT:
            assert milestone.quote_ids, milestone
        if milestone.provenance in (Provenance.REPORT, Provenance.OFFICIAL):
            assert milestone.reference_ids, milestone


@EVERY
def test_history_runs_in_date_order(system: AnySystem) -> None:
    """Compared as far as both dates go: "2018" may stand before or after "2018-03"."""
    dates = [m.when for m in system.history]
    for earlier, later in pairwise(dates):
        shared = min(len(earlier), len(later))
        assert earlier[:shared] <= later[:shared], (system.id, earlier, later)


@EVERY
@pytest.mark.parametrize("kind", list(EventKind))
def test_every_event_kind_gets_a_reason_seen_or_not(system: AnySystem, kind: EventKind) -> None:
    """Someone the system covers (its example) and someone it may not: both get a reason."""
    for profile in (system.example_profile, ProfileFactory.build(opted_in=frozenset())):
        for channels in (frozenset[Channel](), frozenset(Channel)):
            event = EventFactory.build(kind=kind, when=system.example_when, channels=channels)
            step = system.step(system.start(profile), event, profile)
            assert step.visibility.reason
            assert system.read(step.after).status


@EVERY
def test_no_label_or_reason_holds_a_bare_number(system: AnySystem) -> None:
    """A number reaches the screen as a Figure that says where it comes from.

    Only the scale may state a range (350 to 950) in words.
    """
    texts = [system.name, system.operator, system.summary, system.covers, system.data_sources]
    texts += [
        system.entry,
        system.exit,
        *(r.label for r in system.rules),
        *(c.label for c in system.consequences),
    ]
    texts.append(system.read(system.start(system.example_profile)).status)
    for kind in EventKind:
        event = EventFactory.build(kind=kind, when=system.example_when, channels=frozenset(Channel))
        texts.append(system.sees(event, system.example_profile).reason)
    assert not [text for text in texts if re.search(r"\d", text)], system.id
