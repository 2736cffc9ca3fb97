"""Marketplace and ride-hailing ratings (eBay, Uber), for comparison.

Documented: that eBay sellers are rated on shipping and communication, that Uber drivers
and passengers rate each other and a low rating is bad news, and Hoffman's view that
these company ratings are "fundamentally distinct" from China's state system (seed 001).
Reported: that researchers treat China's systems as one case of a wider practice that
includes eBay, Uber and credit ratings (Mac Síthigh and Siems, 2019). Illustrative: no
rating value is invented; the exhibit shows only that a rating was given.
"""

from dataclasses import dataclass, replace

from scenarios.engine import (
    Channel,
    Consequence,
    ConsequenceKind,
    Event,
    EventKind,
    Milestone,
    Outcome,
    PilotSystem,
    Profile,
    Reading,
    Role,
    Rule,
    Shape,
    Standing,
    SystemGroup,
    Visibility,
)
from scenarios.i18n import _
from scenarios.provenance import Provenance

ID = "platform_ratings"


@dataclass(frozen=True, slots=True, kw_only=True)
class Ratings:
    """Which ratings a person has been given: no rating has a value here."""

    as_seller: bool = False  # a buyer rated them after a sale
    as_passenger: bool = False  # a driver rated them after a ride

    @property
    def level(self) -> int:
        """How many kinds of rating the person has: 0, 1 or 2."""
        return int(self.as_seller) + int(self.as_passenger)


NO_RATINGS = Ratings()
EUI = ("eui-2019-model-for-others",)  # names eBay and Uber among rating systems like it
NO_VALUE = _("The sources give no rating scale. The exhibit shows that a rating was given, never its value.")

SELLER_RATED = Rule(
    id="platform_ratings.seller_rated",
    system_id=ID,
    label=_("After a sale, the buyer rates the seller on shipping and communication."),
    provenance=Provenance.REPORT,
    quote_ids=("platform_ratings.ebay",),
    reference_ids=EUI,
    note=NO_VALUE,
)

RATE_EACH_OTHER = Rule(
    id="platform_ratings.rate_each_other",
    system_id=ID,
    label=_("After a ride, the driver and the passenger rate each other."),
    provenance=Provenance.REPORT,
    quote_ids=("platform_ratings.uber",),
    reference_ids=EUI,
    note=NO_VALUE,
)
RULES = (SELLER_RATED, RATE_EACH_OTHER)
_RULE_FOR = {
    (EventKind.SELLS_ONLINE, Channel.ONLINE_MARKETPLACE): (SELLER_RATED, Ratings(as_seller=True)),
    (EventKind.RIDES_HAILED_CAR, Channel.RIDE_HAILING_APP): (RATE_EACH_OTHER, Ratings(as_passenger=True)),
}

LOW_RATING = Consequence(
    id="platform_ratings.low_rating",
    system_id=ID,
    kind=ConsequenceKind.WARNING,
    label=_("A rating that falls too low is bad news for a driver or a passenger."),
    provenance=Provenance.SOURCE_TEXT,
    quote_ids=("platform_ratings.uber",),
    note=_("The sources do not say how low is too low, or what follows; the exhibit does not guess."),
)
CONSEQUENCES = (LOW_RATING,)

STATUS = {
    NO_RATINGS: _("No ratings yet"),
    Ratings(as_seller=True): _("Rated by a buyer"),
    Ratings(as_passenger=True): _("Rated by a driver"),
    Ratings(as_seller=True, as_passenger=True): _("Rated by a buyer and by a driver"),
}


class PlatformRatings(PilotSystem[Ratings]):
    id = ID
    name = _("Marketplace and ride-hailing ratings (eBay, Uber)")
    operator = _("Private companies such as eBay and Uber, in many countries")
    shape = Shape.RATING
    role = Role.COMPARISON
    group = SystemGroup.COMPARISON
    summary = _(
        "On a marketplace app, buyers rate sellers. In a ride-hailing app, drivers and "
        "passengers rate each other. One source text offers these as something readers "
        "already know; a researcher it quotes calls them a problem, but fundamentally "
        "different from China's state system."
    )
    covers = _("Anyone, anywhere, who sells on a marketplace app or rides with a ride-hailing app.")
    data_sources = _("What other users of the same app say about you after a sale or a ride.")
    entry = _("Sign up to the app and use it.")
    exit = _("Stop using the app. Its ratings stay with the company.")
    scale = _("Ratings given by other users; shown here in words, with no value.")
    quote_ids = ("platform_ratings.ebay", "platform_ratings.uber", "platform_ratings.fundamentally_distinct")
    rules = RULES
    consequences = CONSEQUENCES
    history = (
        Milestone(
            when="2019-06",
            text=_(
                "Wired UK's updated article quotes the researcher Samantha Hoffman: company "
                "ratings are a problem, but fundamentally different from China's state system. "
                "The source text is a reworded copy of it."
            ),
            provenance=Provenance.REPORT,
            quote_ids=("platform_ratings.fundamentally_distinct",),
            reference_ids=("wired-2019-complicated-truth",),
        ),
    )
    example_profile = Profile(home_city="London", years_resident=6, age=28, country="United Kingdom")

    def start(self, profile: Profile) -> Standing[Ratings]:
        return Standing(tracked=True, state=NO_RATINGS, provenance=Provenance.SOURCE_TEXT)

    def sees(self, event: Event, profile: Profile) -> Visibility:
        if _match(event) is not None:
            return Visibility(seen=True, reason=_("It happened in the app, and the app asks for a rating."))
        if event.kind in (EventKind.SELLS_ONLINE, EventKind.RIDES_HAILED_CAR):
            return Visibility(seen=False, reason=_("It did not go through a rating app."))
        return Visibility(
            seen=False,
            reason=_("Not a sale or a ride in an app: nobody there is asked to rate it."),
        )

    def apply(self, standing: Standing[Ratings], event: Event, profile: Profile) -> Outcome[Ratings]:
        found = _match(event)
        if found is None:
            return Outcome(standing=standing)
        rule, given = found
        ratings = Ratings(
            as_seller=standing.state.as_seller or given.as_seller,
            as_passenger=standing.state.as_passenger or given.as_passenger,
        )
        return Outcome(standing=replace(standing, state=ratings), fired=(rule,))

    def holds(self, standing: Standing[Ratings]) -> tuple[Consequence, ...]:
        return ()  # no rating has a value here, so none is ever too low

    def read(self, standing: Standing[Ratings]) -> Reading:
        return Reading(value=None, status=STATUS[standing.state], level=standing.state.level)


def _match(event: Event) -> tuple[Rule, Ratings] | None:
    for (kind, channel), found in _RULE_FOR.items():
        if event.kind is kind and channel in event.channels:
            return found
    return None


SYSTEM = PlatformRatings()
