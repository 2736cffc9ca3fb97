import re

import pytest

from scenarios.engine import Channel, EventKind, Profile, Role, Shape, SystemGroup
from scenarios.evidence import REFERENCES
from scenarios.evidence.peer_rating import QUOTES
from scenarios.provenance import Provenance
from scenarios.systems.peer_rating import SYSTEM
from tests.factories import EventFactory


def test_it_is_a_claim_with_no_rule_in_force() -> None:
    assert (SYSTEM.shape, SYSTEM.role, SYSTEM.group) == (Shape.NONE, Role.CLAIM, SystemGroup.CLAIMS)
    assert SYSTEM.rules == () and SYSTEM.consequences == ()
    assert "peer_rating.rate_each_other" in SYSTEM.quote_ids


def test_the_seed_says_it_is_a_plan_and_the_quote_says_so_too() -> None:
    by_id = {quote.id: quote for quote in QUOTES}
    plan = by_id["peer_rating.rate_each_other"]
    assert plan.seed == "003_90ffdd06f89c03ea.txt"
    assert "No source found" in plan.caveat
    assert by_id["peer_rating.doctors"].caveat


@pytest.mark.parametrize("kind", list(EventKind))
def test_no_event_is_ever_an_input(resident: Profile, kind: EventKind) -> None:
    event = EventFactory.build(kind=kind, channels=frozenset(Channel))
    step = SYSTEM.step(SYSTEM.start(resident), event, resident)
    assert not step.visibility.seen
    assert "no source shows a rule in force" in step.visibility.reason
    assert step.after == step.before and step.fired == () and step.met == ()


def test_the_panel_shows_a_status_in_words_and_no_number(resident: Profile) -> None:
    reading = SYSTEM.read(SYSTEM.start(resident))
    assert reading.value is None and reading.status == "A plan, never found in force"
    assert not SYSTEM.start(resident).tracked


def test_history_is_reported_and_every_reference_resolves() -> None:
    assert [m.when for m in SYSTEM.history] == ["2015-05-04", "2022-11-22", "2025-03-31"]
    for milestone in SYSTEM.history:
        assert milestone.provenance is Provenance.REPORT
        assert all(ref in REFERENCES for ref in milestone.reference_ids)
    assert REFERENCES["bestvpn-2015-moral-behaviour"].caveat


def test_the_history_states_no_bare_number() -> None:
    assert not [m.text for m in SYSTEM.history if re.search(r"\d", m.text)]
