from scenarios.ending import alternatives, lost, met, series
from scenarios.replay import replay


def test_series_hold_the_start_and_one_point_per_step() -> None:
    walk = replay("gao-ming", ("ignore", "games", "refuse"))
    by_system = {s.system_id: [p.value for p in s.points] for s in series(walk)}
    assert by_system["rongcheng"] == [1000, 1000, 995, 995, 945, 945, 950, 950, 950, 950, 950, 950]
    assert by_system["sesame"] == [641, 653, 653, 653, 653, 653, 653, 659, 639, 639, 639, 639]
    assert by_system["court_list"] == [0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1]


def test_every_consequence_met_is_listed_once() -> None:
    walk = replay("gao-ming", ("ignore", "games", "pay"))
    ids = [c.id for c in met(walk)]
    assert len(ids) == len(set(ids))
    assert {
        "court_list.flight_refused",
        "court_list.train_refused",
        "sesame.deposit_paid",
        "court_list.sum_paid",
    } <= set(ids)


def test_perks_lost_on_the_way_are_named() -> None:
    walk = replay("gao-ming", ("ignore", "games", "refuse"))
    assert [c.id for c in lost(walk)] == ["rongcheng.green_channel", "sesame.flat_deposit_waived"]


def test_alternatives_are_computed_for_every_other_option() -> None:
    walk = replay("gao-ming", ("pay", "games"))
    alts = {(a.choice.id, a.instead.id): a for a in alternatives(walk)}
    assert set(alts) == {("court", "appeal"), ("court", "ignore"), ("evenings", "course")}
    ignore = alts[("court", "ignore")]
    assert ignore.answers == ("ignore", "games", "pay")
    assert "court_list.flight_refused" in [c.id for c in ignore.met_instead]
    assert ignore.changed_systems == ("rongcheng",)
    course = alts[("evenings", "course")]
    assert [c.id for c in course.met_instead] == ["sesame.deposit_saved"]
    assert [c.id for c in course.avoided] == ["sesame.deposit_paid"]


def test_paying_after_an_appeal_costs_less_than_paying_at_once() -> None:
    walk = replay("gao-ming", ("pay", "course"))
    appeal = next(a for a in alternatives(walk) if a.instead.id == "appeal")
    (instead,) = appeal.met_instead
    (avoided,) = appeal.avoided
    assert instead.amount is not None and avoided.amount is not None
    assert (instead.amount.value, avoided.amount.value) == (6000, 9000)
