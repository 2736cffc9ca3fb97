"""The tourism authority's blacklist of tourists who behave in an "uncivilized" way.

A list, not a score. From 7 April 2015 the China National Tourism Administration named
Chinese tourists whose misbehaviour on a trip it confirmed: destroying cultural relics or
causing trouble on a flight, among other grounds.

Documented (seed 002): the list exists, names tourists and operators, and covers
destroying relics and causing trouble on a flight. Reported: the start date and grounds
(SoraNews24, Shanghai Daily), the two-year record under the 2015 rules and sharing with
other agencies (Shanghai Daily, The Nation), appeals (The Nation), and the 2016 revision
that grades records from one to five years (China Daily). Illustrative: which grade a
given act falls in after the revision, so how long such a listing lasts from June 2016.

The ten-year listing of May 2015 sits oddly with the two-year rule then in force; the
exhibit shows it as a reported fact in the history and does not model it.
"""

from dataclasses import replace

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
from scenarios.provenance import Figure, Provenance, weakest
from scenarios.systems.common import NOT_LISTED, Listing, lapse_listing, list_person, list_reading, outcome

ID = "tourism_list"
STARTED = Month(2015, 4)  # the rules took effect on 7 April 2015
REVISED = Month(2016, 6)  # the revised regulation grading records by severity
SEED = ("tourism_list.blacklist",)
FIRST_RULES = ("shanghaidaily-2015-tourist-blacklist", "nation-2015-tourist-blacklist")
REVISION = ("chinadaily-2016-tourist-blacklist-revised",)
MISBEHAVIOUR = frozenset({EventKind.CAUSES_TROUBLE_ON_FLIGHT, EventKind.DAMAGES_RELIC_ON_TOUR})

TWO_YEARS = Figure(value=2, provenance=Provenance.REPORT, reference_ids=FIRST_RULES, unit=_("years"))
SHORTEST = Figure(value=1, provenance=Provenance.REPORT, reference_ids=REVISION, unit=_("years"))
LONGEST = Figure(value=5, provenance=Provenance.REPORT, reference_ids=REVISION, unit=_("years"))
ASSUMED = Figure(
    value=3,
    provenance=Provenance.ASSUMPTION,
    unit=_("years"),
    note=_(
        "The revised rules sort misbehaviour into three grades by how serious it is, kept from "
        "one to five years. The sources read do not say which grade causing trouble on a flight "
        "or damaging a relic falls in, so the exhibit assumes the middle of the range."
    ),
)

LISTING = Rule(
    id="tourism_list.listing",
    system_id=ID,
    label=_(
        "Destroying cultural relics or causing trouble on a flight, once the tourism authority "
        "confirms it, puts a tourist on the list."
    ),
    provenance=Provenance.REPORT,
    quote_ids=SEED,
    reference_ids=("soranews-2015-tourist-blacklist", "shanghaidaily-2015-tourist-blacklist"),
)
KEPT_TWO_YEARS = Rule(
    id="tourism_list.kept_two_years",
    system_id=ID,
    label=_(
        "Under the first rules, a record stays on the list for a fixed time from the day it is confirmed."
    ),
    provenance=Provenance.REPORT,
    reference_ids=FIRST_RULES,
    change=TWO_YEARS,
)
GRADED_SHORTEST = Rule(
    id="tourism_list.graded_shortest",
    system_id=ID,
    label=_("Under the revised rules, a record in the least serious grade stays this long."),
    provenance=Provenance.REPORT,
    reference_ids=REVISION,
    change=SHORTEST,
)
GRADED_LONGEST = Rule(
    id="tourism_list.graded_longest",
    system_id=ID,
    label=_("Under the revised rules, a record in the most serious grade stays this long."),
    provenance=Provenance.REPORT,
    reference_ids=REVISION,
    change=LONGEST,
)
GRADED_ASSUMED = Rule(
    id="tourism_list.graded_assumed",
    system_id=ID,
    label=_(
        "Under the revised rules, how long a record stays depends on how serious the act was. "
        "The exhibit assumes the middle grade."
    ),
    provenance=Provenance.REPORT,
    reference_ids=REVISION,
    change=ASSUMED,
)
EXPIRY = Rule(
    id="tourism_list.expiry",
    system_id=ID,
    label=_("When the record's time is up, the tourist comes off the list."),
    provenance=Provenance.REPORT,
    reference_ids=(*FIRST_RULES, *REVISION),
)
APPEAL = Rule(
    id="tourism_list.appeal",
    system_id=ID,
    label=_("A listed tourist may appeal against the record."),
    provenance=Provenance.REPORT,
    reference_ids=("nation-2015-tourist-blacklist",),
    note=_("The sources read do not say how appeals are decided or how often they succeed."),
)
RULES = (LISTING, KEPT_TWO_YEARS, GRADED_SHORTEST, GRADED_LONGEST, GRADED_ASSUMED, EXPIRY, APPEAL)

NAMED = Consequence(
    id="tourism_list.named",
    system_id=ID,
    kind=ConsequenceKind.WARNING,
    label=_("Named on the tourism authority's public list, with what the tourist did."),
    provenance=Provenance.REPORT,
    quote_ids=SEED,
    reference_ids=("soranews-2015-tourist-blacklist", *REVISION),
)
SHARED = Consequence(
    id="tourism_list.shared",
    system_id=ID,
    kind=ConsequenceKind.WARNING,
    label=_(
        "The record may be passed to the police, customs, border control, transport "
        "authorities and the central bank's credit department."
    ),
    provenance=Provenance.REPORT,
    reference_ids=(*FIRST_RULES, "chinadaily-2015-red-army-statue"),
    note=_("The first rules did not say what these agencies would do with it."),
)
CONSEQUENCES = (NAMED, SHARED)


class TourismList(PilotSystem[Listing]):
    id = ID
    name = _("The tourism authority's blacklist of uncivilized tourists")
    operator = _("The China National Tourism Administration, with provincial tourism offices")
    shape = Shape.LIST
    group = SystemGroup.NATIONAL
    summary = _(
        "A list of Chinese tourists who misbehaved on a trip, at home or abroad. Causing "
        "trouble on a flight or damaging a historic site can put a name on it. A record lasts "
        "a set time and then drops off. There is no score."
    )
    covers = _(
        "Chinese tourists, at home and abroad. From the revision, travel agencies and their staff too."
    )
    data_sources = _("Misbehaviour reported to and confirmed by national or provincial tourism offices.")
    entry = _(
        "The tourism authority confirms that a tourist broke one of its listed rules, such as "
        "damaging relics or disrupting a flight."
    )
    exit = _(
        "Wait until the record's time is up: a fixed time under the first rules, longer or "
        "shorter by severity after the revision. A tourist may also appeal."
    )
    scale = _("Listed or not listed, until a set month.")
    quote_ids = SEED
    rules = RULES
    consequences = CONSEQUENCES
    history = (
        Milestone(
            when="2014-12",
            text=_(
                "On an AirAsia flight from Thailand to China, two passengers throw hot noodles at "
                "a flight attendant and threaten to blow up the plane."
            ),
            provenance=Provenance.REPORT,
            reference_ids=("soranews-2015-tourist-blacklist",),
        ),
        Milestone(
            when="2015-04-07",
            text=_(
                "The tourism authority's blacklist rules take effect. A record is kept for two "
                "years and may be passed to other agencies."
            ),
            provenance=Provenance.REPORT,
            reference_ids=("soranews-2015-tourist-blacklist", *FIRST_RULES),
        ),
        Milestone(
            when="2015-05",
            text=_("The first names are published. They include the two passengers from the AirAsia flight."),
            provenance=Provenance.REPORT,
            reference_ids=("soranews-2015-tourist-blacklist", "chinadaily-2015-red-army-statue"),
        ),
        Milestone(
            when="2015-05-05",
            text=_(
                "A young man who climbed onto a Red Army statue for a photo is listed for ten "
                "years. That sits oddly with the two-year rule then in force, and no source read "
                "explains it."
            ),
            provenance=Provenance.REPORT,
            reference_ids=("chinadaily-2015-red-army-statue",),
        ),
        Milestone(
            when="2016-06",
            text=_(
                "A revised regulation names nine kinds of tourist misbehaviour and five for travel "
                "agencies and their staff. Records are graded by severity and kept one to five years."
            ),
            provenance=Provenance.REPORT,
            reference_ids=REVISION,
        ),
        Milestone(
            when="2020-12",
            text=_(
                "New State Council guidance says punishments for untrustworthy conduct must be "
                "lawful and in proportion, and lets people repair their credit."
            ),
            provenance=Provenance.OFFICIAL,
            reference_ids=("clt-2020-guidance",),
        ),
    )
    example_profile = Profile(home_city="Chengdu", years_resident=10, age=38)

    def start(self, profile: Profile) -> Standing[Listing]:
        return Standing(tracked=_covered(profile), state=NOT_LISTED, provenance=Provenance.SOURCE_TEXT)

    def sees(self, event: Event, profile: Profile) -> Visibility:
        if not _covered(profile):
            return Visibility(
                seen=False, reason=_("The list records tourists from China; this person is not one.")
            )
        if event.when < STARTED:
            return Visibility(seen=False, reason=_("The tourism authority's list had not started yet."))
        if event.kind in MISBEHAVIOUR:
            if Channel.TOURISM_AUTHORITY in event.channels:
                return Visibility(
                    seen=True, reason=_("It was reported to the tourism authority, which keeps the list.")
                )
            return Visibility(
                seen=False, reason=_("Nobody reported it to the tourism authority, so it is not on the list.")
            )
        return Visibility(
            seen=False,
            reason=_("The list records only misbehaviour on trips that the tourism authority confirms."),
        )

    def apply(self, standing: Standing[Listing], event: Event, profile: Profile) -> Outcome[Listing]:
        if event.kind not in MISBEHAVIOUR:
            return outcome(standing)
        rule = KEPT_TWO_YEARS if event.when < REVISED else GRADED_ASSUMED
        duration = rule.change or TWO_YEARS
        listing = list_person(
            standing.state, event.when, Figure(value=duration.value * 12, provenance=duration.provenance)
        )
        earlier = standing.state.until
        if (
            standing.state.listed
            and earlier is not None
            and listing.until is not None
            and earlier > listing.until
        ):
            listing = replace(listing, until=earlier)  # a later listing never shortens an earlier one
        after = replace(standing, state=listing, provenance=weakest(LISTING.provenance, duration.provenance))
        return outcome(after, LISTING, rule)

    def lapse(self, standing: Standing[Listing], when: Month) -> tuple[Standing[Listing], tuple[Rule, ...]]:
        return lapse_listing(standing, when, EXPIRY)

    def holds(self, standing: Standing[Listing]) -> tuple[Consequence, ...]:
        return CONSEQUENCES if standing.tracked and standing.state.listed else ()

    def read(self, standing: Standing[Listing]) -> Reading:
        return list_reading(standing)


def _covered(profile: Profile) -> bool:
    return profile.country == "China"


SYSTEM = TourismList()
