"""'You are scored': answers become a profile and a year, and every system scores it."""

import itertools

import pytest

from scenarios.engine import BusinessKind, Channel
from scenarios.provenance import Provenance
from scenarios.replay import Walk, play
from scenarios.systems import SYSTEMS
from scenarios.you import (
    QUESTIONS,
    InvalidAnswers,
    assumptions,
    parse,
    profile_for,
    query,
    score,
    storyline_for,
    year_for,
)

DEFAULTS = {q.id: q.options[0].id for q in QUESTIONS}


def answers(**changes: str) -> tuple[str, ...]:
    return parse({**DEFAULTS, **changes})


def seen_by(walk_answers: tuple[str, ...]) -> set[str]:
    walk = score(walk_answers)
    return {r.system_id for f in walk.frames for r in f.results if r.visibility.seen}


def listed(walk: Walk) -> int:
    """The court list's level at the end of the year: 0 not listed, 1 listed."""
    return SYSTEMS["court_list"].read(walk.final["court_list"]).level


def test_eight_to_twelve_questions_each_with_a_choice() -> None:
    assert 8 <= len(QUESTIONS) <= 12
    assert all(len(q.options) >= 2 for q in QUESTIONS)
    assert len({q.id for q in QUESTIONS}) == len(QUESTIONS)


def test_every_answer_changes_the_profile_or_the_year() -> None:
    for question in QUESTIONS:
        results = set()
        for option in question.options:
            given = answers(**{question.id: option.id})
            walk = score(given)
            results.add(
                (profile_for(given), tuple((f.beat.event.kind, f.beat.event.channels) for f in walk.frames))
            )
        assert len(results) == len(question.options), question.id


def test_where_you_live_decides_which_city_systems_see_you() -> None:
    assert "rongcheng" in seen_by(answers(home="rongcheng", crossing="cross"))
    assert "rongcheng" not in seen_by(answers(home="shanghai", crossing="cross"))
    assert "jaywalk_display" in seen_by(answers(home="shenzhen", crossing="cross"))
    assert "debtor_calls" in seen_by(answers(home="zhengzhou", court="refuse"))
    assert "garbage_credit" in seen_by(answers(home="hangzhou", rubbish="one-bin"))
    leeds = answers(home="leeds", money="miss", court="refuse")
    assert "experian" in seen_by(leeds)
    assert listed(score(leeds)) == 0  # a court abroad lists nobody in China


def test_refusing_the_court_lists_you_and_the_plane_ticket_is_refused() -> None:
    walk = score(answers(home="shanghai", court="refuse", trip="fly"))
    assert listed(walk) == 1
    last = walk.frames[-1]
    court = next(r for r in last.results if r.system_id == "court_list")
    assert [c.id for c in court.met] == ["court_list.flight_refused"]


def test_paying_keeps_you_off_the_list() -> None:
    assert listed(score(answers(court="pay"))) == 0


def test_opting_in_is_what_lets_the_company_scores_see_you() -> None:
    assert "sesame" in seen_by(answers(pay="sesame", evenings="games"))
    assert "sesame" not in seen_by(answers(pay="alipay", evenings="games"))
    assert "tencent_credit" in seen_by(answers(pay="tencent", evenings="games"))
    assert "honest_shanghai" in seen_by(answers(home="shanghai", app="yes", crossing="cross"))
    assert "honest_shanghai" not in seen_by(answers(home="shanghai", app="no", crossing="cross"))


def test_a_business_gets_a_code_and_a_record() -> None:
    given = answers(business="restaurant")
    profile = profile_for(given)
    assert profile.business is not None and profile.business.kind is BusinessKind.RESTAURANT
    assert {"unified_code", "joint_punishment"} <= seen_by(given)


def test_the_result_counts_the_illustrative_changes() -> None:
    walk = score(answers(home="rongcheng", pay="sesame", evenings="games", crossing="cross"))
    counted = assumptions(walk)
    fired = [r.change for f in walk.frames for s in f.results for r in s.fired if r.change is not None]
    assert counted.total == len(fired) > 0
    assert counted.illustrative == sum(1 for c in fired if c.provenance is Provenance.ASSUMPTION)


@pytest.mark.parametrize(
    "values",
    [
        {},
        {**DEFAULTS, "home": "atlantis"},
        {k: v for k, v in DEFAULTS.items() if k != "trip"},
        {**DEFAULTS, "court": "PAY"},
    ],
)
def test_missing_or_unknown_answers_are_refused(values: dict[str, str]) -> None:
    with pytest.raises(InvalidAnswers):
        parse(values)


def test_the_query_holds_the_answers_and_nothing_else() -> None:
    given = answers(home="leeds")
    assert query(given) == "&".join(f"{q.id}={a}" for q, a in zip(QUESTIONS, given, strict=True))


def test_a_sample_of_all_answer_combinations_scores_without_error() -> None:
    options = [[o.id for o in q.options] for q in QUESTIONS]
    for combo in itertools.islice(itertools.product(*options), 0, None, 97):
        walk = score(tuple(combo))
        assert walk.complete and len(walk.frames) >= 7


def test_the_year_is_played_by_the_same_function_as_a_persona() -> None:
    given = answers(home="shanghai", court="refuse", business="restaurant", flight="shout")
    walk = play(storyline_for(given), ())
    assert score(given).frames == walk.frames
    assert score(given).answers == given


def test_the_year_runs_month_by_month_and_always_has_the_court_order_and_the_holiday_flight() -> None:
    year = year_for(answers(business="restaurant", flight="shout"))
    months = [step.when for step in year]
    assert months == sorted(months)
    titles = [step.title for step in year]
    assert titles.index("Booking a holiday flight") < titles.index("Trouble on the plane")
    assert titles.index("Your restaurant is registered") < titles.index("Taxes on time")
    assert "A court orders you to pay" in titles


def test_abroad_the_records_made_only_in_china_are_left_out() -> None:
    year = year_for(answers(home="leeds", business="restaurant", crossing="cross"))
    registered = next(step for step in year if step.title == "Your restaurant is registered")
    assert registered.beat.text == "You register your small restaurant in Britain."
    assert registered.beat.event.channels == frozenset({Channel.NONE})
    holiday = next(step for step in year if step.title == "Booking a holiday flight")
    assert holiday.beat.event.channels == frozenset({Channel.NONE})
