"""Every side in its own words: whose side each perspective quote speaks for (issue 11).

The seeds quote the government's stated aims, its critics, and researchers in between.
Each perspective names the quote, the side and the systems it bears on ("general": the
social credit system as a whole). The pages set the sides side by side; a system page shows
the voices that bear on it.
"""

from dataclasses import dataclass
from enum import StrEnum

from scenarios.i18n import _


class Side(StrEnum):
    AIM = "aim"  # the stated aims: the government, planners, operators
    CRITIC = "critic"  # the strongest critique: rights groups, critics, some researchers
    MIDDLE = "middle"  # researchers and analysts in between

    @property
    def label(self) -> str:
        return SIDE_LABELS[self]


SIDE_LABELS = {
    Side.AIM: _("The stated aims"),
    Side.CRITIC: _("The critics"),
    Side.MIDDLE: _("In between"),
}

GENERAL = "general"


@dataclass(frozen=True, slots=True)
class Perspective:
    quote_id: str
    side: Side
    bears_on: tuple[str, ...]  # system ids, or GENERAL


PERSPECTIVES: tuple[Perspective, ...] = (
    # The stated aims.
    Perspective("voice.improve_society", Side.AIM, (GENERAL,)),
    Perspective("voice.trust_building", Side.AIM, (GENERAL,)),
    Perspective("voice.trust_not_rewarded", Side.AIM, (GENERAL, "joint_punishment")),
    Perspective("voice.cass_morality", Side.AIM, (GENERAL,)),
    Perspective("voice.wang_shuqin_ready", Side.AIM, (GENERAL, "pboc_credit_report")),
    Perspective("voice.sesame_consent", Side.AIM, ("sesame",)),
    Perspective(
        "claim.roam_under_heaven", Side.AIM, (GENERAL, "court_list", "joint_punishment", "air_rail_list")
    ),
    Perspective(
        "pboc_credit_report.outside_banking", Side.AIM, (GENERAL, "pboc_credit_report", "suining_2010")
    ),
    # The critics.
    Perspective("voice.murong_survive", Side.CRITIC, (GENERAL, "court_list", "joint_punishment")),
    Perspective("voice.rights_groups", Side.CRITIC, (GENERAL,)),
    Perspective("voice.hrw_all_people", Side.CRITIC, (GENERAL, "surveillance")),
    Perspective("voice.hoffman_state_power", Side.CRITIC, (GENERAL,)),
    Perspective("voice.liu_hu_stuck", Side.CRITIC, ("court_list", "air_rail_list")),
    Perspective("voice.ohlberg_linked_up", Side.CRITIC, ("sesame", "tencent_credit")),
    Perspective("voice.ohlberg_abuse", Side.CRITIC, (GENERAL, "surveillance", "rongcheng")),
    Perspective("voice.lal_police_state", Side.CRITIC, (GENERAL,)),
    Perspective("claim.merics", Side.CRITIC, (GENERAL, "joint_punishment")),
    Perspective("court.liu_hu_no_notice", Side.CRITIC, ("court_list", "air_rail_list")),
    Perspective("frame.negative_spiral", Side.CRITIC, ("rongcheng", "joint_punishment")),
    Perspective("surveillance.nowhere_to_hide", Side.CRITIC, ("surveillance", "jaywalk_display")),
    # In between.
    Perspective("voice.natkin_objectives", Side.MIDDLE, (GENERAL,)),
    Perspective("voice.natkin_framework", Side.MIDDLE, (GENERAL, "joint_punishment")),
    Perspective("voice.zeng_in_between", Side.MIDDLE, (GENERAL,)),
    Perspective("voice.ohlberg_in_between", Side.MIDDLE, (GENERAL,)),
    Perspective("voice.lagerkvist_tricky", Side.MIDDLE, (GENERAL, "sesame", "tencent_credit")),
    Perspective("voice.ramli_experiment", Side.MIDDLE, (GENERAL, "rongcheng", "honest_shanghai")),
    Perspective("voice.zeng_food_safety", Side.MIDDLE, ("joint_punishment", "unified_code")),
    Perspective("voice.creemers_symbiotic", Side.MIDDLE, ("sesame",)),
    Perspective("claim.no_national_system", Side.MIDDLE, (GENERAL,)),
    Perspective("frame.record_not_score", Side.MIDDLE, (GENERAL, "unified_code")),
    Perspective(
        "honest_shanghai.natkin_recourse", Side.MIDDLE, ("court_list", "honest_shanghai", "joint_punishment")
    ),
    Perspective("court.bring_your_money", Side.MIDDLE, ("court_list",)),
    Perspective("honest_shanghai.hu_scrub", Side.MIDDLE, ("honest_shanghai",)),
)


def by_side(bearing_on: str | None = None) -> dict[Side, list[Perspective]]:
    """The perspectives grouped by side, in the order above; only those bearing on one system if given."""
    found: dict[Side, list[Perspective]] = {side: [] for side in Side}
    for perspective in PERSPECTIVES:
        if bearing_on is None or bearing_on in perspective.bears_on:
            found[perspective.side].append(perspective)
    return found
