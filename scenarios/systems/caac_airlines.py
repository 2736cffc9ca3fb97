"""The aviation regulator's 2018 letters to foreign airlines: corporate credit as a threat.

A case study, not a score. In early 2018 the Civil Aviation Administration of China
(CAAC) wrote to foreign airlines about how their websites named Taiwan, Hong Kong and
Macau; in April it sent letters to 36 of them. The letter to United Airlines set a
25 May deadline and threatened to invoke the Civil Aviation Industry Credit Management
Trial Measures, "make a record of your company's serious dishonesty" and take disciplinary
action. The White House called the demand "Orwellian nonsense" (research §13).

Documented: the letters and the threat of a record of serious dishonesty (seed 001).
Reported: the 36 airlines and the earlier letters (AirlineRatings, Mapsofworld), the
deadline and the name of the trial measures (WorldTribune), the White House statement
(Kinaforum, WorldTribune). Not confirmed: seed 001's "All of them did", and whether any
airline was ever recorded. Seed 001 garbles the measures' name; its quote says so.

It covers companies, not people: only a profile whose business is a foreign airline.
The standing counts what is on the regulator's file: a letter, then the record the letter
threatened if the website still lists Taiwan as a country after the deadline.
"""

from dataclasses import replace
from enum import StrEnum

from scenarios.engine import (
    Business,
    BusinessKind,
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
from scenarios.provenance import Provenance
from scenarios.systems.common import outcome

ID = "caac_airlines"
FIRST_LETTERS = Month(2018, 1)  # earlier letters came in January and February 2018 (AirlineRatings)
DEADLINE = Month(2018, 5)  # the letter to United Airlines set 25 May 2018 (WorldTribune)


class File(StrEnum):
    """What the regulator's file on an airline holds, mildest first."""

    NOTHING = "nothing"
    LETTER = "letter"
    RECORD = "record"  # the record of serious dishonesty the letter threatened

    @property
    def level(self) -> int:
        return FILES.index(self)


FILES = (File.NOTHING, File.LETTER, File.RECORD)
LETTERS = ("airlineratings-2018-taiwan", "mapsofworld-2018-caac-circular")
LETTER_TO_UNITED = ("worldtribune-2018-orwellian",)
THREAT = ("caac_airlines.serious_dishonesty",)

LETTER_RULE = Rule(
    id="caac_airlines.letter",
    system_id=ID,
    label=_(
        "An airline's website lists Taiwan as a country: the regulator writes, demands a "
        "change and sets a deadline."
    ),
    provenance=Provenance.REPORT,
    quote_ids=("caac_airlines.letters", *THREAT),
    reference_ids=(*LETTERS, *LETTER_TO_UNITED),
)
RECORD_RULE = Rule(
    id="caac_airlines.record",
    system_id=ID,
    label=_(
        "Taiwan shown as a country after the deadline: the letter says the regulator will record the "
        "company's serious dishonesty under its credit rules and take disciplinary action."
    ),
    provenance=Provenance.REPORT,
    quote_ids=(*THREAT, "caac_airlines.one_pilot", "caac_airlines.all_complied"),
    reference_ids=LETTER_TO_UNITED,
    note=_(
        "This is what the letter threatened. No source found says that any airline was "
        "recorded: seed 001 says all of them complied, which was not confirmed either. "
        "The deadline here is the one in the letter to United Airlines."
    ),
)
RULES = (LETTER_RULE, RECORD_RULE)

LETTER_RECEIVED = Consequence(
    id="caac_airlines.letter_received",
    system_id=ID,
    kind=ConsequenceKind.WARNING,
    label=_("A letter from the regulator: change the website by the deadline, or be recorded as dishonest."),
    provenance=Provenance.REPORT,
    quote_ids=("caac_airlines.letters", *THREAT),
    reference_ids=(*LETTERS, *LETTER_TO_UNITED),
)
DISCIPLINARY_ACTION = Consequence(
    id="caac_airlines.disciplinary_action",
    system_id=ID,
    kind=ConsequenceKind.WARNING,
    label=_("Disciplinary action by the regulator, as the letter warned."),
    provenance=Provenance.REPORT,
    quote_ids=THREAT,
    reference_ids=LETTER_TO_UNITED,
    note=_("The letter, as reported, does not say what the action would be."),
)
CONSEQUENCES = (LETTER_RECEIVED, DISCIPLINARY_ACTION)


class CaacAirlines(PilotSystem[File]):
    id = ID
    name = _("The aviation regulator's letters to foreign airlines")
    operator = _("The Civil Aviation Administration of China (CAAC)")
    shape = Shape.RECORD
    group = SystemGroup.BUSINESS
    summary = _(
        "China's aviation regulator wrote to foreign airlines whose websites listed Taiwan "
        "as a country. It set a deadline and threatened to record the company's serious "
        "dishonesty under its credit rules. It shows that companies, not only people, can "
        "be threatened with a credit record. A case study, not a score."
    )
    covers = _("Foreign airlines that fly to China. Companies, not people.")
    data_sources = _("The regulator's own checks of airlines' websites and apps.")
    entry = _("An airline's website or app names Taiwan, Hong Kong or Macau as if separate from China.")
    exit = _("Change the website by the deadline. No source found says how a record would end.")
    scale = _("No score: a letter, then the record it threatened.")
    quote_ids = ("caac_airlines.letters", *THREAT, "caac_airlines.all_complied", "caac_airlines.one_pilot")
    rules = RULES
    consequences = CONSEQUENCES
    history = (
        Milestone(
            when="2018-02",
            text=_(
                "The regulator first asks foreign airlines to check their websites and apps "
                "for references to Taiwan, Hong Kong and Macau as countries."
            ),
            provenance=Provenance.REPORT,
            reference_ids=("airlineratings-2018-taiwan", *LETTER_TO_UNITED),
        ),
        Milestone(
            when="2018-04",
            text=_(
                "Letters go to 36 foreign airlines: stop implying that Taiwan, Hong Kong or "
                "Macau are separate from China."
            ),
            provenance=Provenance.REPORT,
            quote_ids=("caac_airlines.letters",),
            reference_ids=LETTERS,
        ),
        Milestone(
            when="2018-05-05",
            text=_(
                'The White House calls the demand "Orwellian nonsense", in a statement '
                "reported by Kinaforum and WorldTribune."
            ),
            provenance=Provenance.REPORT,
            reference_ids=("kinaforum-2018-orwellian", *LETTER_TO_UNITED),
        ),
        Milestone(
            when="2018-05-25",
            text=_(
                "The deadline in the letter to United Airlines, which threatened a record of "
                "serious dishonesty under the Civil Aviation Industry Credit Management Trial "
                "Measures."
            ),
            provenance=Provenance.REPORT,
            quote_ids=THREAT,
            reference_ids=LETTER_TO_UNITED,
        ),
    )
    example_profile = Profile(
        home_city="Sydney",
        years_resident=10,
        age=50,
        country="Australia",
        business=Business(name=_("an invented foreign airline"), kind=BusinessKind.FOREIGN_AIRLINE),
    )
    example_when = Month(2018, 4)  # when the letters went out, before the deadline

    def start(self, profile: Profile) -> Standing[File]:
        return Standing(tracked=_airline(profile), state=File.NOTHING, provenance=Provenance.SOURCE_TEXT)

    def sees(self, event: Event, profile: Profile) -> Visibility:
        if not _airline(profile):
            return Visibility(
                seen=False, reason=_("It covers foreign airlines only, and this person runs none.")
            )
        if event.kind is not EventKind.AIRLINE_LISTS_TAIWAN_AS_COUNTRY or (
            Channel.AVIATION_AUTHORITY not in event.channels
        ):
            return Visibility(
                seen=False, reason=_("The regulator's letters were only about how airlines named Taiwan.")
            )
        if event.when < FIRST_LETTERS:
            return Visibility(
                seen=False, reason=_("It happened before the regulator's letters to airlines began.")
            )
        return Visibility(seen=True, reason=_("The aviation regulator checks foreign airlines' websites."))

    def apply(self, standing: Standing[File], event: Event, profile: Profile) -> Outcome[File]:
        if event.kind is not EventKind.AIRLINE_LISTS_TAIWAN_AS_COUNTRY:
            return Outcome(standing=standing)
        if standing.state is File.NOTHING:
            written = replace(standing, state=File.LETTER)
            return outcome(written, LETTER_RULE, met=(LETTER_RECEIVED,))
        if standing.state is File.LETTER and event.when > DEADLINE:
            return outcome(replace(standing, state=File.RECORD), RECORD_RULE)
        return Outcome(standing=standing)

    def holds(self, standing: Standing[File]) -> tuple[Consequence, ...]:
        return (DISCIPLINARY_ACTION,) if standing.tracked and standing.state is File.RECORD else ()

    def read(self, standing: Standing[File]) -> Reading:
        if not standing.tracked:
            return Reading(value=None, status=_("Not covered: not a foreign airline"), tracked=False)
        return Reading(value=None, status=FILE_STATUS[standing.state], level=standing.state.level)


FILE_STATUS = {
    File.NOTHING: _("No letter"),
    File.LETTER: _("Letter received: change the website by the deadline"),
    File.RECORD: _("Recorded as seriously dishonest, as the letter warned"),
}


def _airline(profile: Profile) -> bool:
    return profile.business is not None and profile.business.kind is BusinessKind.FOREIGN_AIRLINE


SYSTEM = CaacAirlines()
