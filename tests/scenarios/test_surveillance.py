import re

import pytest

from scenarios.engine import Channel, EventKind, Profile, Role, Shape, SystemGroup
from scenarios.evidence import REFERENCES
from scenarios.evidence.surveillance import QUOTES
from scenarios.provenance import Provenance
from scenarios.systems.surveillance import SYSTEM
from tests.factories import EventFactory

BY_ID = {quote.id: quote for quote in QUOTES}


def test_it_is_context_and_never_an_input() -> None:
    assert (SYSTEM.shape, SYSTEM.role, SYSTEM.group) == (Shape.NONE, Role.CONTEXT, SystemGroup.CLAIMS)
    assert SYSTEM.rules == () and SYSTEM.consequences == ()


def test_a_camera_record_is_named_but_still_not_an_input(resident: Profile) -> None:
    jaywalk = EventFactory.build(
        kind=EventKind.JAYWALKS_AT_CAMERA, channels=frozenset({Channel.FACE_CAMERA, Channel.TRAFFIC_POLICE})
    )
    seen = SYSTEM.sees(jaywalk, resident)
    assert not seen.seen and "A camera did record this" in seen.reason
    other = SYSTEM.sees(EventFactory.build(), resident)
    assert not other.seen and other.reason == SYSTEM.not_seen


@pytest.mark.parametrize("kind", list(EventKind))
def test_every_event_passes_through_unchanged_with_a_reason(resident: Profile, kind: EventKind) -> None:
    event = EventFactory.build(kind=kind, channels=frozenset(Channel))
    step = SYSTEM.step(SYSTEM.start(resident), event, resident)
    assert not step.visibility.seen and step.visibility.reason
    assert step.after == step.before and step.fired == () and step.met == ()


def test_the_panel_says_context_in_words(resident: Profile) -> None:
    reading = SYSTEM.read(SYSTEM.start(resident))
    assert reading.value is None and reading.status == "Context, not an input"


def test_the_uighur_scan_quote_is_corrected_to_sanmenxia_and_checks() -> None:
    caveat = BY_ID["surveillance.uighur_faces"].caveat
    assert "Sanmenxia" in caveat and "Henan" in caveat and "not in Xinjiang" in caveat
    assert "checks, not people" in caveat
    (scans,) = [m for m in SYSTEM.history if "nyt-2019-face-scans" in m.reference_ids]
    assert scans.when == "2019-04-14" and "Sanmenxia" in scans.text
    assert "surveillance.uighur_faces" in scans.quote_ids


def test_the_unretrieved_study_and_the_forecasts_carry_caveats() -> None:
    for quote_id in (
        "surveillance.hku_deletions",
        "surveillance.cameras_measure",
        "surveillance.nowhere_to_hide",
    ):
        assert BY_ID[quote_id].caveat, quote_id
    assert BY_ID["surveillance.nowhere_to_hide"].speaker.startswith("Murong Xuecun")


def test_the_bbc_test_is_documented_and_reported_without_a_figure_in_the_text() -> None:
    (bbc,) = [m for m in SYSTEM.history if m.when == "2017-12"]
    assert bbc.quote_ids == ("surveillance.bbc_test",)
    assert bbc.reference_ids == ("hindustantimes-2017-sudworth",)
    assert "seven minutes" in BY_ID["surveillance.bbc_test"].text
    assert "170 million" in BY_ID["surveillance.bbc_test"].text


def test_history_is_reported_with_resolving_references() -> None:
    assert [m.when for m in SYSTEM.history] == sorted(m.when for m in SYSTEM.history)
    for milestone in SYSTEM.history:
        assert milestone.provenance is Provenance.REPORT and milestone.reference_ids
        assert all(ref in REFERENCES for ref in milestone.reference_ids)
    assert REFERENCES["nyt-2019-face-scans"].caveat  # read via a syndicated copy


def test_the_history_states_no_bare_number() -> None:
    assert not [m.text for m in SYSTEM.history if re.search(r"\d", m.text)]
