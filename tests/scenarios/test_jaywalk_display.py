import pytest

from scenarios.engine import Channel, Event, EventKind, Month, Profile
from scenarios.evidence import QUOTES
from scenarios.provenance import Provenance
from scenarios.systems.jaywalk_display import CROSSINGS, SYSTEM
from tests.factories import EventFactory, StandingFactory

SEPTEMBER_2018 = Month(2018, 9)


def jaywalk(city: str = "Shenzhen", when: Month = SEPTEMBER_2018, *channels: Channel) -> Event:
    return EventFactory.build(
        kind=EventKind.JAYWALKS_AT_CAMERA,
        city=city,
        when=when,
        channels=frozenset(channels or (Channel.FACE_CAMERA, Channel.TRAFFIC_POLICE)),
    )


def test_nobody_starts_on_a_screen(resident: Profile) -> None:
    start = SYSTEM.start(resident)
    assert start.tracked and start.state is False
    reading = SYSTEM.read(start)
    assert reading.status == "Not shown" and reading.value is None and reading.level == 0


def test_visitors_and_residents_alike_are_seen_at_a_screen(
    resident: Profile, visitor_from_beijing: Profile
) -> None:
    assert SYSTEM.sees(jaywalk(), resident).seen
    assert SYSTEM.sees(jaywalk(), visitor_from_beijing).seen


def test_a_city_without_a_documented_screen_sees_nothing(resident: Profile) -> None:
    seen = SYSTEM.sees(jaywalk("Rongcheng"), resident)
    assert not seen.seen and "No public jaywalker screen" in seen.reason


def test_taishan_is_not_modelled_because_it_is_unverified(resident: Profile) -> None:
    seen = SYSTEM.sees(jaywalk("Taishan"), resident)
    assert not seen.seen and "no other source confirms" in seen.reason
    assert QUOTES["claim.taishan"].caveat


@pytest.mark.parametrize(
    ("city", "before", "since"),
    [
        ("Shenzhen", Month(2017, 3), Month(2017, 4)),
        ("Shijiazhuang", Month(2014, 8), Month(2014, 9)),
        ("Tongzhou", Month(2018, 11), Month(2018, 12)),
        ("Nanjing", Month(2019, 6), Month(2019, 7)),
        ("Panyu", Month(2018, 2), Month(2018, 3)),
    ],
)
def test_each_screen_is_seen_from_the_first_month_a_source_confirms(
    resident: Profile, city: str, before: Month, since: Month
) -> None:
    assert CROSSINGS[city].since == since
    assert not SYSTEM.sees(jaywalk(city, before), resident).seen
    assert SYSTEM.sees(jaywalk(city, since), resident).seen


def test_only_jaywalking_at_a_camera_is_seen(resident: Profile) -> None:
    red_light = EventFactory.build(
        kind=EventKind.RED_LIGHT_AT_CAMERA,
        city="Shenzhen",
        when=Month(2018, 9),
        channels=frozenset({Channel.TRAFFIC_POLICE}),
    )
    assert not SYSTEM.sees(red_light, resident).seen
    no_camera = jaywalk("Shenzhen", Month(2018, 9), Channel.TRAFFIC_POLICE)
    seen = SYSTEM.sees(no_camera, resident)
    assert not seen.seen and "camera" in seen.reason


def test_in_shenzhen_face_name_and_part_of_the_id_go_on_the_screen(resident: Profile) -> None:
    outcome = SYSTEM.apply(SYSTEM.start(resident), jaywalk("Shenzhen", Month(2017, 6)), resident)
    assert outcome.standing.state is True
    assert [r.id for r in outcome.fired] == ["jaywalk_display.face_match", "jaywalk_display.shown"]
    assert [c.id for c in outcome.met] == ["jaywalk_display.name_and_id_on_screen"]
    (shown,) = outcome.met
    assert shown.provenance is Provenance.REPORT
    assert shown.reference_ids == ("nextshark-2017-jaywalkers", "scmp-2018-jaywalkers-text")
    assert shown.quote_ids == ("claim.taishan",)


def test_from_march_two_thousand_eighteen_shenzhen_also_names_jaywalkers_online(resident: Profile) -> None:
    outcome = SYSTEM.apply(SYSTEM.start(resident), jaywalk("Shenzhen", Month(2018, 3)), resident)
    assert [c.id for c in outcome.met] == [
        "jaywalk_display.name_and_id_on_screen",
        "jaywalk_display.named_online",
    ]
    online = SYSTEM.consequence("jaywalk_display.named_online")
    assert online.reference_ids == ("scmp-2018-jaywalkers-text", "thatsshenzhen-2018-jaywalker-webpage")


@pytest.mark.parametrize("city", ["Shijiazhuang", "Tongzhou", "Nanjing"])
def test_other_screens_show_the_picture(resident: Profile, city: str) -> None:
    outcome = SYSTEM.apply(SYSTEM.start(resident), jaywalk(city, Month(2019, 9)), resident)
    assert [c.id for c in outcome.met] == ["jaywalk_display.picture_on_screen"]
    assert outcome.standing.state is True


def test_tongzhou_announced_a_credit_link_but_no_points(resident: Profile) -> None:
    outcome = SYSTEM.apply(SYSTEM.start(resident), jaywalk("Tongzhou", Month(2019, 1)), resident)
    assert "jaywalk_display.credit_link" in [r.id for r in outcome.fired]
    rule = SYSTEM.rule("jaywalk_display.credit_link")
    assert rule.provenance is Provenance.REPORT and rule.change is None
    assert rule.quote_ids == ("claim.jaywalk_points",)
    assert rule.reference_ids == ("globaltimes-2018-tongzhou-jaywalkers",)


def test_no_rule_takes_points(resident: Profile) -> None:
    assert all(rule.change is None for rule in SYSTEM.rules)
    assert not SYSTEM.shape.has_number


def test_panyu_offers_a_video_or_twenty_reported_likes_instead_of_a_display(resident: Profile) -> None:
    event = jaywalk("Panyu", Month(2018, 4), Channel.TRAFFIC_POLICE)
    assert SYSTEM.sees(event, resident).seen
    outcome = SYSTEM.apply(SYSTEM.start(resident), event, resident)
    assert outcome.standing.state is False
    assert [r.id for r in outcome.fired] == ["jaywalk_display.video_or_likes"]
    (choice,) = outcome.met
    assert choice.id == "jaywalk_display.safety_video_or_post"
    assert choice.threshold is not None
    assert (choice.threshold.value, choice.threshold.unit, choice.threshold.provenance) == (
        20,
        "likes",
        Provenance.REPORT,
    )
    assert choice.threshold.reference_ids == ("chinadaily-2018-panyu-jaywalkers",)


def test_display_is_shown_in_words_and_holds_nothing() -> None:
    shown = StandingFactory.build(state=True)
    reading = SYSTEM.read(shown)
    assert reading.status == "Has been shown on a public screen" and reading.value is None
    assert reading.level == 1
    assert SYSTEM.holds(shown) == ()


def test_the_face_recognition_quote_carries_its_caveat() -> None:
    assert QUOTES["jaywalk_display.face_recognition"].caveat


def test_the_history_has_the_futian_count() -> None:
    (futian,) = [m for m in SYSTEM.history if "Futian" in m.text]
    assert "13,930" in futian.text and "scmp-2018-jaywalkers-text" in futian.reference_ids
