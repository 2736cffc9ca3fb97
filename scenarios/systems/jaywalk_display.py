"""Jaywalkers caught on camera and shown on a public screen: display, not a score.

Documented (seed 000): pilot cities use face recognition on jaywalkers, and pictures of
jaywalkers are shown on video billboards. The seed places the billboards in Taishan; no
other source confirms that, so Taishan is not modelled. Seed 000's "loss of rating points"
has no published value in any named city; this system takes no points.

Reported: Shenzhen's face-recognition screens from 15 April 2017 (NextShark), showing the
photo, family name and part of the ID number, 13,930 people in ten months at one Futian
junction, and a police webpage from March 2018 (South China Morning Post, That's
Shenzhen); a small screen in Shijiazhuang (2014); a replay screen in Beijing's Tongzhou
district, whose police said recordings would be linked to the social credit system
(2018); a face-recognition screen in Nanjing (July 2019). Guangzhou's Panyu district
instead asked jaywalkers to watch a safety video or collect likes on WeChat (2018).

Each city is seen from the first month a source confirms its screen. Tongzhou's report is
undated in the copy read, so the exhibit counts it only from the end of 2018.
"""

from dataclasses import dataclass, replace

from scenarios.engine import (
    Channel,
    Consequence,
    ConsequenceKind,
    Event,
    EventKind,
    Milestone,
    Month,
    Outcome,
    PilotSystem,
    Profile,
    Reading,
    Rule,
    Shape,
    Standing,
    SystemGroup,
    Visibility,
)
from scenarios.i18n import _
from scenarios.provenance import Figure, Provenance
from scenarios.systems.common import outcome

ID = "jaywalk_display"
SHENZHEN = ("nextshark-2017-jaywalkers", "scmp-2018-jaywalkers-text")
WEBPAGE = ("scmp-2018-jaywalkers-text", "thatsshenzhen-2018-jaywalker-webpage")
TONGZHOU = ("globaltimes-2018-tongzhou-jaywalkers",)
SHIJIAZHUANG = ("chinadaily-2014-shijiazhuang-jaywalkers",)
NANJING = ("cepa-2019-nanjing-jaywalkers",)
PANYU = ("chinadaily-2018-panyu-jaywalkers",)
SCREENS = (*SHENZHEN, *SHIJIAZHUANG, *TONGZHOU, *NANJING)
WEBPAGE_SINCE = Month(2018, 3)

FACE_MATCH = Rule(
    id="jaywalk_display.face_match",
    system_id=ID,
    label=_(
        "A camera at the crossing photographs a person who walks on red, and face recognition "
        "finds who they are in police records."
    ),
    provenance=Provenance.REPORT,
    quote_ids=("jaywalk_display.face_recognition",),
    reference_ids=SHENZHEN,
)
SHOWN_ON_SCREEN = Rule(
    id="jaywalk_display.shown",
    system_id=ID,
    label=_("The picture is shown on a public screen beside the crossing."),
    provenance=Provenance.REPORT,
    quote_ids=("claim.taishan",),
    reference_ids=SCREENS,
    note=_("The seed names Taishan; the sources found name Shenzhen, Shijiazhuang, Tongzhou and Nanjing."),
)
CREDIT_LINK = Rule(
    id="jaywalk_display.credit_link",
    system_id=ID,
    label=_(
        "Police in Tongzhou said the recordings would be linked to the social credit system. "
        "No points value for jaywalking was published."
    ),
    provenance=Provenance.REPORT,
    quote_ids=("claim.jaywalk_points",),
    reference_ids=TONGZHOU,
)
VIDEO_OR_LIKES = Rule(
    id="jaywalk_display.video_or_likes",
    system_id=ID,
    label=_(
        "In Panyu, police stop a jaywalker caught on camera. Instead of a public display, the "
        "person watches a traffic-safety video at the crossing or posts about it on WeChat."
    ),
    provenance=Provenance.REPORT,
    reference_ids=PANYU,
)
RULES = (FACE_MATCH, SHOWN_ON_SCREEN, CREDIT_LINK, VIDEO_OR_LIKES)

NAME_AND_ID_ON_SCREEN = Consequence(
    id="jaywalk_display.name_and_id_on_screen",
    system_id=ID,
    kind=ConsequenceKind.WARNING,
    label=_(
        "Shown on a big screen above the crossing: the photo, the family name and part of the ID number."
    ),
    provenance=Provenance.REPORT,
    quote_ids=("claim.taishan",),
    reference_ids=SHENZHEN,
)
PICTURE_ON_SCREEN = Consequence(
    id="jaywalk_display.picture_on_screen",
    system_id=ID,
    kind=ConsequenceKind.WARNING,
    label=_("The picture, or a video replay, is shown on a screen at the crossing."),
    provenance=Provenance.REPORT,
    quote_ids=("claim.taishan",),
    reference_ids=(*SHIJIAZHUANG, *TONGZHOU, *NANJING),
)
NAMED_ONLINE = Consequence(
    id="jaywalk_display.named_online",
    system_id=ID,
    kind=ConsequenceKind.WARNING,
    label=_("Also shown on a police webpage of recent jaywalkers, with part of the name and ID number."),
    provenance=Provenance.REPORT,
    reference_ids=WEBPAGE,
    note=_("That's Shenzhen reported that most faces on the webpage were blurred."),
)
VIDEO_OR_LIKES_CHOICE = Consequence(
    id="jaywalk_display.safety_video_or_post",
    system_id=ID,
    kind=ConsequenceKind.COST,
    label=_(
        "Watch a traffic-safety video at the crossing, or post about it on WeChat and wait for "
        "this many likes before leaving."
    ),
    provenance=Provenance.REPORT,
    reference_ids=PANYU,
    threshold=Figure(value=20, provenance=Provenance.REPORT, reference_ids=PANYU, unit=_("likes")),
)
CONSEQUENCES = (NAME_AND_ID_ON_SCREEN, PICTURE_ON_SCREEN, NAMED_ONLINE, VIDEO_OR_LIKES_CHOICE)


@dataclass(frozen=True, slots=True, kw_only=True)
class Crossing:
    """A city with a documented jaywalker screen: from when, and what it shows."""

    since: Month  # the first month a source confirms it
    shows: Consequence
    fired: tuple[Rule, ...]


CROSSINGS: dict[str, Crossing] = {
    "Shenzhen": Crossing(
        since=Month(2017, 4),
        shows=NAME_AND_ID_ON_SCREEN,
        fired=(FACE_MATCH, SHOWN_ON_SCREEN),
    ),
    "Shijiazhuang": Crossing(since=Month(2014, 9), shows=PICTURE_ON_SCREEN, fired=(SHOWN_ON_SCREEN,)),
    "Tongzhou": Crossing(
        since=Month(2018, 12),
        shows=PICTURE_ON_SCREEN,
        fired=(SHOWN_ON_SCREEN, CREDIT_LINK),
    ),
    "Nanjing": Crossing(
        since=Month(2019, 7),
        shows=PICTURE_ON_SCREEN,
        fired=(FACE_MATCH, SHOWN_ON_SCREEN),
    ),
    "Panyu": Crossing(since=Month(2018, 3), shows=VIDEO_OR_LIKES_CHOICE, fired=(VIDEO_OR_LIKES,)),
}


class JaywalkDisplay(PilotSystem[bool]):
    """The state says whether the person's picture has been shown on a public screen."""

    id = ID
    name = _("Jaywalkers on public screens")
    operator = _("City traffic police: Shenzhen, Shijiazhuang, Beijing's Tongzhou district, Nanjing")
    shape = Shape.PUBLIC_DISPLAY
    group = SystemGroup.CITY
    summary = _(
        "At some crossings, a camera photographs people who walk on a red light and shows them "
        "on a screen beside the road. In Shenzhen the screen adds the family name and part of "
        "the ID number. It is a display, not a score: no points value was ever published."
    )
    covers = _("Anyone who crosses on red at one of these crossings, resident or visitor.")
    data_sources = _("Cameras at the crossing, some with face recognition linked to police records.")
    entry = _("Cross against the light in front of one of the cameras.")
    exit = _("The sources do not say how long a picture stays on a screen or a webpage.")
    scale = _("Shown or not shown. No number.")
    quote_ids = ("claim.jaywalk_points", "claim.taishan", "jaywalk_display.face_recognition")
    rules = RULES
    consequences = CONSEQUENCES
    history = (
        Milestone(
            when="2014-09-29",
            text=_(
                "Shijiazhuang shows pictures of people crossing on red on a small screen at two junctions."
            ),
            provenance=Provenance.REPORT,
            reference_ids=SHIJIAZHUANG,
        ),
        Milestone(
            when="2017-04-15",
            text=_(
                "Shenzhen's traffic police start a trial: a face-recognition camera shows "
                "jaywalkers on a public screen at a crossing."
            ),
            provenance=Provenance.REPORT,
            reference_ids=("nextshark-2017-jaywalkers",),
        ),
        Milestone(
            when="2018-03",
            text=_(
                "Shenzhen's police say 13,930 jaywalkers were shown in ten months at one junction "
                "in Futian, and open a webpage of recent jaywalkers."
            ),
            provenance=Provenance.REPORT,
            reference_ids=WEBPAGE,
        ),
        Milestone(
            when="2018-04-03",
            text=_(
                "In Guangzhou's Panyu district, police ask jaywalkers to watch a safety video or "
                "to collect likes on WeChat instead."
            ),
            provenance=Provenance.REPORT,
            reference_ids=PANYU,
        ),
        Milestone(
            when="2018",
            text=_(
                "A screen at a crossing in Beijing's Tongzhou district replays jaywalkers. Police "
                "say the recordings will be linked to the social credit system."
            ),
            provenance=Provenance.REPORT,
            reference_ids=TONGZHOU,
        ),
        Milestone(
            when="2019-07-04",
            text=_("A face-recognition screen in Nanjing shows a jaywalker at a crossing."),
            provenance=Provenance.REPORT,
            reference_ids=NANJING,
        ),
    )
    example_profile = Profile(home_city="Shenzhen", years_resident=4, age=26)

    def start(self, profile: Profile) -> Standing[bool]:
        return Standing(tracked=True, state=False, provenance=Provenance.REPORT)

    def sees(self, event: Event, profile: Profile) -> Visibility:
        if event.kind is not EventKind.JAYWALKS_AT_CAMERA:
            return Visibility(
                seen=False, reason=_("The screens show only pedestrians caught crossing against the light.")
            )
        if event.city == "Taishan":
            return Visibility(
                seen=False,
                reason=_("SBS reported jaywalker billboards in Taishan, but no other source confirms them."),
            )
        crossing = CROSSINGS.get(event.city)
        if crossing is None:
            return Visibility(seen=False, reason=_("No public jaywalker screen is documented in this place."))
        if event.when < crossing.since:
            return Visibility(seen=False, reason=_("No source confirms a screen here by this month."))
        if crossing.shows is VIDEO_OR_LIKES_CHOICE:
            if Channel.TRAFFIC_POLICE not in event.channels:
                return Visibility(seen=False, reason=_("Here the police act in person, and none were there."))
            return Visibility(
                seen=True, reason=_("Traffic police at this crossing stop people caught on camera.")
            )
        if Channel.FACE_CAMERA not in event.channels:
            return Visibility(seen=False, reason=_("No camera at a crossing with a screen recorded it."))
        return Visibility(seen=True, reason=_("A camera at a crossing with a public screen recorded it."))

    def apply(self, standing: Standing[bool], event: Event, profile: Profile) -> Outcome[bool]:
        crossing = CROSSINGS.get(event.city)
        if event.kind is not EventKind.JAYWALKS_AT_CAMERA or crossing is None:
            return outcome(standing)
        met: tuple[Consequence, ...] = (crossing.shows,)
        if event.city == "Shenzhen" and event.when >= WEBPAGE_SINCE:
            met = (*met, NAMED_ONLINE)
        shown = crossing.shows is not VIDEO_OR_LIKES_CHOICE
        after = replace(standing, state=True) if shown else standing
        return outcome(after, *crossing.fired, met=met)

    def holds(self, standing: Standing[bool]) -> tuple[Consequence, ...]:
        return ()

    def read(self, standing: Standing[bool]) -> Reading:
        if standing.state:
            return Reading(value=None, status=_("Has been shown on a public screen"), level=1)
        return Reading(value=None, status=_("Not shown"))


SYSTEM = JaywalkDisplay()
