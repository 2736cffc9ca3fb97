"""Surveillance in China: the context the source texts report, never an input to a score.

Documented: the BBC camera test in Guiyang, the camera count, the face scans and the
deleted posts (seed 001), and the forecast that cameras would "measure" behaviour (seed
002). Reported: the BBC test (Hindustan Times, 2017); that the face scans were checks
in one month in Sanmenxia, Henan, not in Xinjiang (The New York Times, 2019); that no
camera system is documented as feeding a personal score (Shazeda Ahmed, Logic, 2019).
Not found: the University of Hong Kong study of deleted posts. Illustrative: nothing.
"""

from scenarios.engine import (
    Channel,
    Event,
    Milestone,
    Profile,
    Role,
    Shape,
    SystemGroup,
    Visibility,
)
from scenarios.i18n import _
from scenarios.provenance import Provenance
from scenarios.systems.common import NotAnInput

ID = "surveillance"


class Surveillance(NotAnInput):
    id = ID
    name = _("Surveillance cameras and censorship")
    operator = _("Police and other state bodies; social media companies delete posts")
    shape = Shape.NONE
    role = Role.CONTEXT
    group = SystemGroup.CLAIMS
    summary = _(
        "The source texts describe street cameras that recognise faces, police checks on a "
        "minority, and deleted posts. This is real, and it matters. But no source found shows "
        "the camera network feeding a personal social credit score, so the exhibit shows it "
        "as context, not as an input."
    )
    covers = _("People in public places where cameras with face recognition are installed.")
    data_sources = _("Street cameras, face recognition, and the monitoring of social media.")
    entry = _("Walking past a camera. Nobody signs up, and nobody is told.")
    exit = _("None that the sources describe.")
    scale = _("No scale: cameras record, they do not score.")
    quote_ids = (
        "surveillance.one_aspect",
        "surveillance.bbc_test",
        "surveillance.uighur_faces",
        "surveillance.hku_deletions",
        "surveillance.cameras_measure",
        "surveillance.nowhere_to_hide",
    )
    rules = ()
    consequences = ()
    history = (
        Milestone(
            when="2017-12",
            text=_(
                "In a test with the BBC in the city of Guiyang, police add the reporter John "
                "Sudworth's photo to their system. Cameras pick him out and officers reach him "
                "within minutes."
            ),
            provenance=Provenance.REPORT,
            quote_ids=("surveillance.bbc_test",),
            reference_ids=("hindustantimes-2017-sudworth",),
        ),
        Milestone(
            when="2019-04",
            text=_(
                "The researcher Shazeda Ahmed warns against a common mistake in reports: "
                "assuming that all surveillance feeds one database and one score."
            ),
            provenance=Provenance.REPORT,
            reference_ids=("logic-2019-messy-truth",),
        ),
        Milestone(
            when="2019-04-14",
            text=_(
                "The New York Times reports that police in Sanmenxia, a city in Henan province, "
                "used face recognition to check whether residents were Uighurs, hundreds of "
                "thousands of times in a single month."
            ),
            provenance=Provenance.REPORT,
            quote_ids=("surveillance.uighur_faces",),
            reference_ids=("nyt-2019-face-scans",),
        ),
    )
    example_profile = Profile(home_city="Guiyang", years_resident=5, age=30)
    status = _("Context, not an input")
    not_seen = _("Surveillance is context here: no source shows it feeding a personal social credit score.")

    def sees(self, event: Event, profile: Profile) -> Visibility:
        if Channel.FACE_CAMERA in event.channels:
            return Visibility(
                seen=False,
                reason=_(
                    "A camera did record this. But no source shows the camera network "
                    "feeding a personal score, so it is context, not an input."
                ),
            )
        return Visibility(seen=False, reason=self.not_seen)


SYSTEM = Surveillance()
