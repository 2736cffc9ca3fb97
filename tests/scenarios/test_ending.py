from scenarios.ending import alternatives, consequences, grouped, lost, met, one_line, saw, series
from scenarios.engine import Month
from scenarios.provenance import Provenance
from scenarios.replay import replay
from tests.scenarios.storylines import read


def test_series_hold_the_start_and_one_point_per_step() -> None:
    walk = replay("gao-ming", ("ignore", "games", "refuse"))
    by_system = {s.system_id: [read(s.system_id, p).level for p in s.points] for s in series(walk)}
    assert by_system["rongcheng"] == [1000, 1000, 995, 995, 945, 945, 950, 950, 950, 950, 950, 950]
    # the court's listing in May 2018 cuts the Sesame score too (connected since July 2015)
    assert by_system["sesame"] == [641, 653, 653, 653, 603, 603, 603, 609, 589, 589, 589, 589]
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
    assert [c.id for c in lost(walk)] == [
        "rongcheng.green_channel",
        "sesame.flat_deposit_waived",
        "sesame.hotel_deposit_waived",
    ]


def test_alternatives_are_computed_for_every_other_option() -> None:
    walk = replay("gao-ming", ("pay", "games"))
    alts = {(a.choice.id, a.instead.id): a for a in alternatives(walk)}
    assert set(alts) == {("court", "appeal"), ("court", "ignore"), ("evenings", "course")}
    ignore = alts[("court", "ignore")]
    assert ignore.answers == ("ignore", "games", "pay")
    assert "court_list.flight_refused" in [c.id for c in ignore.met_instead]
    assert ignore.changed_systems == ("rongcheng", "sesame")
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


def test_each_consequence_appears_once_and_a_lost_perk_says_when() -> None:
    walk = replay("gao-ming", ("ignore", "games", "refuse"))
    held = consequences(walk)
    ids = [h.consequence.id for h in held]
    assert len(ids) == len(set(ids))
    by_id = {h.consequence.id: h for h in held}
    assert set(ids) == {c.id for c in met(walk)} | {c.id for c in lost(walk)}
    assert (by_id["sesame.flat_deposit_waived"].since, by_id["sesame.flat_deposit_waived"].lost) == (
        Month(2018, 1),
        Month(2018, 5),  # lost when the court's listing cut the score
    )
    assert (by_id["rongcheng.green_channel"].since, by_id["rongcheng.green_channel"].lost) == (
        None,
        Month(2018, 5),
    )
    assert by_id["court_list.flight_refused"].event and not by_id["court_list.no_flights"].event
    assert by_id["court_list.no_flights"].lost is None


def test_a_ban_lifted_by_paying_says_when() -> None:
    held = {h.consequence.id: h for h in consequences(replay("gao-ming", ("ignore", "course", "pay")))}
    assert (held["court_list.no_flights"].since, held["court_list.no_flights"].lost) == (
        Month(2018, 5),
        Month(2019, 1),
    )


def test_the_standings_name_only_the_systems_that_saw_the_persona() -> None:
    walk = replay("gao-ming", ("ignore", "games", "refuse"))
    assert saw(walk) == (
        "rongcheng",
        "sesame",
        "court_list",
        "air_rail_list",
        "joint_punishment",
        "pboc_credit_report",
    )
    assert "jaywalk_display" not in saw(walk) and "platform_ratings" not in saw(walk)


def test_refusing_to_pay_has_one_line_per_alternative() -> None:
    walk = replay("gao-ming", ("ignore", "games", "refuse"))
    lines = {(a.choice.id, a.instead.id): one_line(walk, a) for a in alternatives(walk)}
    paid = lines[("court", "pay")]
    assert paid.text == (
        "“Pay the 9,000 yuan now…” would have meant: "
        "spared: Plane ticket refused, "
        "High-speed train ticket refused, 9 standing bans or warnings; "
        "but: Pays the sum the court ordered (9,000 yuan)."
    )
    assert paid.provenance == Provenance.ASSUMPTION  # the sum is the exhibit's
    assert "(6,000 yuan)" in lines[("court", "appeal")].text
    # once listed, the course no longer lifts the Sesame score past the flat's line
    course = lines[("evenings", "course")].text
    assert course.endswith("would have meant: Sesame Credit (Zhima Credit): 609 points.")
    assert "spared" not in course
    assert lines[("repair", "pay")].text.count("would have meant") == 1
    assert "spared" not in lines[("repair", "pay")].text


def test_a_line_that_names_no_number_needs_no_label() -> None:
    walk = replay("gao-ming", ("pay", "games"))
    line = one_line(walk, next(a for a in alternatives(walk) if a.instead.id == "appeal"))
    assert line.text.startswith("“Appeal to a higher court.” would have meant: spared: Pays the sum")
    assert line.provenance is not None  # it names the sums


def test_bans_a_listing_brings_together_share_one_row_and_events_keep_their_own() -> None:
    walk = replay("gao-ming", ("ignore", "games", "refuse"))
    rows = grouped(consequences(walk))
    ids = [[item.consequence.id for item in row.items] for row in rows]
    assert [
        "court_list.no_flights",
        "court_list.no_fast_trains",
        "court_list.no_property",
        "court_list.no_private_school",
    ] in ids
    assert ["court_list.flight_refused"] in ids and ["court_list.train_refused"] in ids
    assert ["sesame.shopping_ban"] in ids
    assert sum(len(row) for row in ids) == 15 and len(rows) == 11
    court_bans = next(row for row in rows if len(row.items) == 4)
    assert court_bans.first.since == Month(2018, 5) and court_bans.provenance is Provenance.OFFICIAL
