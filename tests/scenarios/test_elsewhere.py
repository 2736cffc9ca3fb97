"""Same year, somewhere else: the visitor's answers replayed in each place the exhibit models."""

import pytest

from scenarios.elsewhere import PLACES, elsewhere, moved, replay_in
from scenarios.engine import Month
from scenarios.you import QUESTIONS, InvalidAnswers, Loss, losses, parse, scope_notes, score, seen_by, unseen

DEFAULTS = {q.id: q.options[0].id for q in QUESTIONS}
# A year that ends with a refused plane ticket: the court order refused, trouble on a plane.
REFUSED = {
    "home": "rongcheng",
    "pay": "sesame",
    "app": "no",
    "business": "no",
    "evenings": "games",
    "money": "miss",
    "crossing": "cross",
    "court": "refuse",
    "rubbish": "one-bin",
    "flight": "shout",
    "trip": "fly",
}
CHINA_BARRED = [
    "fly",
    "sesame.shopping_ban",  # Sesame reads the court's list (since July 2015)
    "fast-train",
    "court_list.no_property",
    "court_list.no_private_school",
    "joint_punishment.no_executive_posts",
    "joint_punishment.no_government_jobs",
]
CHINA_WARNINGS = [
    "pboc_credit_report.negative_on_file",
    "joint_punishment.banks_told",
    "pboc_credit_report.listing_on_file",  # courts report their list to the central bank (since 2013)
    "tourism_list.named",
    "tourism_list.shared",
]


def answers(**changes: str) -> tuple[str, ...]:
    return parse({**REFUSED, **changes})


def keys(found: tuple[Loss, ...]) -> list[str]:
    return [loss.key for loss in found]


def test_the_refused_ticket_comes_first_and_each_loss_once() -> None:
    found = losses(score(answers()))
    assert keys(found) == CHINA_BARRED + CHINA_WARNINGS
    fly = found[0]
    assert fly.refused and fly.headline == "Your plane ticket was refused"
    assert fly.when == Month(2018, 8) and fly.moment == "Booking a holiday flight"
    assert fly.system_ids == ("court_list", "air_rail_list")
    # two systems bar flying, and two refuse the tickets: told once, with all four rules
    assert sorted(c.id for c in fly.consequences) == [
        "air_rail_list.flight_refused",
        "air_rail_list.no_flights",
        "court_list.flight_refused",
        "court_list.no_flights",
    ]
    assert [loss.barred for loss in found] == [True] * 7 + [False] * 5
    assert not found[2].refused and found[2].headline == "You may not ride high-speed trains"


def test_what_no_system_saw() -> None:
    assert [f.title for f in unseen(score(answers()))] == ["Rubbish in one bin"]
    assert [f.title for f in unseen(score(answers(home="hangzhou")))] == ["Across on red"]


def test_every_other_place_and_never_the_visitors_own() -> None:
    assert [p.place for p in elsewhere(answers())] == ["shanghai", "hangzhou", "leeds"]
    assert [p.place for p in elsewhere(answers(home="shenzhen"))] == list(PLACES)
    assert all(p.answers == moved(answers(), p.place) for p in elsewhere(answers()))
    assert moved(answers(), "leeds")[0] == "leeds" and moved(answers(), "leeds")[1:] == answers()[1:]


def test_in_shanghai_the_same_losses_and_rongchengs_points_vanish() -> None:
    place = replay_in(answers(), "shanghai")
    assert keys(place.losses) == CHINA_BARRED + CHINA_WARNINGS
    assert place.appears == () and place.vanishes == ()
    assert place.seen_vanishes == ("rongcheng",) and place.seen_appears == ()
    assert len(place.seen) == 6 and len(place.barred) == 7


def test_in_hangzhou_the_rubbish_counts() -> None:
    place = replay_in(answers(), "hangzhou")
    assert keys(place.appears) == ["garbage_credit.told_to_correct", "garbage_credit.loan_risk"]
    assert place.barred_appears == () and place.others_appear == 2 and place.vanishes == ()
    assert place.seen_appears == ("garbage_credit",) and place.seen_vanishes == ("rongcheng",)
    assert len(place.seen) == 7


def test_in_leeds_no_chinese_list_or_ban_applies() -> None:
    place = replay_in(answers(), "leeds")
    assert place.barred == () and keys(place.losses) == ["experian.lenders_see"]
    assert keys(place.vanishes) == CHINA_BARRED + CHINA_WARNINGS
    assert len(place.barred_vanishes) == 7 and place.others_vanish == 5 and place.others_appear == 1
    assert place.seen == ("sesame", "experian")
    assert set(place.seen_vanishes) == {
        "rongcheng",
        "court_list",
        "tourism_list",
        "air_rail_list",
        "joint_punishment",
        "pboc_credit_report",
    }
    assert [n.question_id for n in place.notes] == ["pay", "money", "court", "trip"]


def test_from_leeds_the_bans_appear_in_china() -> None:
    place = replay_in(answers(home="leeds"), "rongcheng")
    assert keys(place.barred_appears) == CHINA_BARRED
    assert keys(place.vanishes) == ["experian.lenders_see"]
    assert place.notes == ()


def test_one_act_counts_in_one_place_and_vanishes_in_another() -> None:
    crossing = answers(court="pay", flight="calm", money="on-time", crossing="cross")
    assert "rongcheng" in seen_by(score(crossing))
    assert "rongcheng" in replay_in(crossing, "shanghai").seen_vanishes
    rubbish = answers(home="hangzhou", court="pay", flight="calm", money="on-time")
    assert keys(replay_in(rubbish, "rongcheng").vanishes) == [
        "garbage_credit.told_to_correct",
        "garbage_credit.loan_risk",
    ]


def test_a_leeds_year_is_not_checked_against_chinas_passenger_lists() -> None:
    walk = score(answers(home="leeds"))
    for frame in walk.frames:
        for result in frame.results:
            if result.system_id in {"court_list", "air_rail_list", "tourism_list", "joint_punishment"}:
                assert not result.visibility.seen, (frame.title, result.system_id)
    assert walk.final["air_rail_list"] == walk.start["air_rail_list"]


def test_a_leeds_restaurant_gets_no_chinese_business_code() -> None:
    given = answers(home="leeds", business="restaurant")
    assert "unified_code" not in seen_by(score(given))
    assert "business" in [n.question_id for n in scope_notes(given)]
    assert "unified_code" in seen_by(score(answers(business="restaurant")))


def test_what_the_record_says_about_a_court_in_britain() -> None:
    court = next(n for n in scope_notes(answers(home="leeds")) if n.question_id == "court")
    assert "only China's courts keep that list" in court.text
    assert "County Court Judgment" in court.text and "nothing here records it" in court.text


def test_a_city_app_exists_only_in_shanghai() -> None:
    assert [n.question_id for n in scope_notes(answers(app="yes"))] == ["app"]
    assert scope_notes(answers(home="shanghai", app="yes")) == ()


def test_an_unknown_place_is_refused() -> None:
    with pytest.raises(InvalidAnswers):
        moved(answers(), "atlantis")
