"""The side-by-side comparison: every everyday event through every system."""

import pytest

from scenarios.compare import UnknownEvent, compare
from scenarios.engine import EventKind
from scenarios.everyday import EVERYDAY
from scenarios.systems import SYSTEMS
from tests.scenarios.storylines import change


@pytest.mark.parametrize("slug", [e.slug for e in EVERYDAY])
def test_every_system_answers_every_everyday_event_with_a_reason(slug: str) -> None:
    comparison = compare(slug)
    assert [a.system.id for a in comparison.answers] == list(SYSTEMS)
    for answer in comparison.answers:
        assert answer.result.visibility.reason.strip()


def test_each_system_is_asked_about_someone_it_covers() -> None:
    for answer in compare("jaywalk").answers:
        assert answer.profile is answer.system.example_profile


def test_rongcheng_deducts_for_jaywalking_with_an_illustrative_value() -> None:
    answer = next(a for a in compare("jaywalk").answers if a.system.id == "rongcheng")
    assert answer.result.visibility.seen
    assert change(answer.result) == -5
    (rule,) = answer.result.fired
    assert rule.id == "rongcheng.jaywalking" and rule.change is not None
    assert rule.change.provenance == "assumption"


def test_a_missed_court_payment_lists_the_person_after_the_order() -> None:
    answer = next(a for a in compare("miss-court-payment").answers if a.system.id == "court_list")
    owed = answer.system.read(answer.result.before).owed  # the setup ran first
    assert owed is not None and owed.value == 5000
    assert answer.result.after.state.listed
    assert [r.id for r in answer.result.fired] == ["court_list.listing"]


def test_sesame_sees_nappies_and_the_court_list_does_not() -> None:
    answers = {a.system.id: a for a in compare("nappies").answers}
    sesame = answers["sesame"]
    assert sesame.result.visibility.seen
    assert change(sesame.result) == 12
    assert not answers["court_list"].result.visibility.seen


def test_every_event_kind_the_comparison_uses_is_a_real_kind() -> None:
    assert {e.event.kind for e in EVERYDAY} <= set(EventKind)
    assert len({e.slug for e in EVERYDAY}) == len(EVERYDAY)


def test_an_unknown_event_is_refused() -> None:
    with pytest.raises(UnknownEvent):
        compare("moonwalk")
