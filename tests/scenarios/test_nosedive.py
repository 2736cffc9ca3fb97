import re

import pytest

from scenarios.engine import Channel, EventKind, Profile, Role, Shape, SystemGroup
from scenarios.evidence.nosedive import QUOTES
from scenarios.provenance import Provenance
from scenarios.systems.nosedive import SYSTEM
from tests.factories import EventFactory


def test_it_is_fiction_shown_for_comparison() -> None:
    assert (SYSTEM.shape, SYSTEM.role, SYSTEM.group) == (Shape.NONE, Role.COMPARISON, SystemGroup.COMPARISON)
    assert SYSTEM.rules == () and SYSTEM.consequences == ()
    assert "television story" in SYSTEM.name


@pytest.mark.parametrize("kind", list(EventKind))
def test_no_real_event_goes_in(resident: Profile, kind: EventKind) -> None:
    event = EventFactory.build(kind=kind, channels=frozenset(Channel))
    step = SYSTEM.step(SYSTEM.start(resident), event, resident)
    assert not step.visibility.seen and "television story" in step.visibility.reason
    assert step.after == step.before and step.fired == () and step.met == ()


def test_the_panel_says_fiction(resident: Profile) -> None:
    reading = SYSTEM.read(SYSTEM.start(resident))
    assert reading.value is None and reading.status == "Fiction, not a real system"


def test_the_record_says_no_such_system_exists() -> None:
    refs = [ref for milestone in SYSTEM.history for ref in milestone.reference_ids]
    assert "mittr-2022-no-score" in refs and "fp-2018-rongcheng" in refs
    assert all(m.provenance is Provenance.REPORT for m in SYSTEM.history)


def test_the_seeds_that_make_the_comparison_are_quoted() -> None:
    assert {quote.seed[:3] for quote in QUOTES} == {"001", "002", "004"}
    assert set(SYSTEM.quote_ids) == {quote.id for quote in QUOTES}


def test_the_history_states_no_bare_number() -> None:
    assert not [m.text for m in SYSTEM.history if re.search(r"\d", m.text)]


def test_the_series_is_named_only_in_quotes() -> None:
    texts = [SYSTEM.name, SYSTEM.operator, SYSTEM.summary, SYSTEM.covers, SYSTEM.data_sources]
    texts += [SYSTEM.entry, SYSTEM.exit, SYSTEM.scale, SYSTEM.status, SYSTEM.not_seen]
    texts += [m.text for m in SYSTEM.history]
    assert not [text for text in texts if "Black Mirror" in text]  # E-07: fiction named in quotes only
