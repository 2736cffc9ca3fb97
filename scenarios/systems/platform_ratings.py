"""Marketplace and ride-hailing ratings (eBay, Uber), for comparison.

Documented: that eBay sellers are rated on shipping and communication, that Uber drivers
and passengers rate each other and a low rating is bad news, and Hoffman's view that
these company ratings are "fundamentally distinct" from China's state system (seed 001).
Reported: that researchers treat China's systems as one case of a wider practice that
includes eBay, Uber and credit ratings (Mac Síthigh and Siems, 2019). Illustrative: no
rating value is invented; the exhibit shows only that a rating was given.
"""

from dataclasses import replace

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
    Rule,
    Standing,
    SystemGroup,
    SystemKind,
    Visibility,
)
from scenarios.i18n import _
from scenarios.provenance import Provenance

ID = "platform_ratings"
# The standing records which ratings a person has, as flags: no rating has a value here.
NONE, AS_SELLER, AS_PASSENGER = 0, 1, 2
EUI = ("eui-2019-model-for-others",)  # names eBay and Uber among rating systems like it
NO_VALUE = _("The sources give no rating scale. The exhibit shows that a rating was given, never its value.")

RULES = (
    Rule(
        id="platform_ratings.seller_rated",
        system_id=ID,
        label=_("After a sale, the buyer rates the seller on shipping and communication."),
        provenance=Provenance.REPORT,
        quote_ids=("platform_ratings.ebay",),
        reference_ids=EUI,
        note=NO_VALUE,
    ),
    Rule(
        id="platform_ratings.rate_each_other",
        system_id=ID,
        label=_("After a ride, the driver and the passenger rate each other."),
        provenance=Provenance.REPORT,
        quote_ids=("platform_ratings.uber",),
        reference_ids=EUI,
        note=NO_VALUE,
    ),
)
_RULE_FOR = {
    (EventKind.SELLS_ONLINE, Channel.ONLINE_MARKETPLACE): (RULES[0], AS_SELLER),
    (EventKind.RIDES_HAILED_CAR, Channel.RIDE_HAILING_APP): (RULES[1], AS_PASSENGER),
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
    NONE: _("No ratings yet"),
    AS_SELLER: _("Rated by a buyer"),
    AS_PASSENGER: _("Rated by a driver"),
    AS_SELLER | AS_PASSENGER: _("Rated by a buyer and by a driver"),
}


class PlatformRatings(PilotSystem):
    id = ID
    name = _("Marketplace and ride-hailing ratings (eBay, Uber)")
    operator = _("Private companies such as eBay and Uber, in many countries")
    kind = SystemKind.COMPARISON
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

    def start(self, profile: Profile) -> Standing:
        return Standing(tracked=True, value=NONE, provenance=Provenance.SOURCE_TEXT)

    def sees(self, event: Event, profile: Profile) -> Visibility:
        if _match(event) is not None:
            return Visibility(seen=True, reason=_("It happened in the app, and the app asks for a rating."))
        if event.kind in (EventKind.SELLS_ONLINE, EventKind.RIDES_HAILED_CAR):
            return Visibility(seen=False, reason=_("It did not go through a rating app."))
        return Visibility(
            seen=False,
            reason=_("Not a sale or a ride in an app: nobody there is asked to rate it."),
        )

    def apply(self, standing: Standing, event: Event, profile: Profile) -> Outcome:
        found = _match(event)
        if found is None:
            return Outcome(standing=standing)
        rule, flag = found
        return Outcome(standing=replace(standing, value=standing.value | flag), fired=(rule,))

    def holds(self, standing: Standing) -> tuple[Consequence, ...]:
        return ()  # no rating has a value here, so none is ever too low

    def read(self, standing: Standing) -> Reading:
        return Reading(value=None, status=STATUS[standing.value & (AS_SELLER | AS_PASSENGER)])


def _match(event: Event) -> tuple[Rule, int] | None:
    for (kind, channel), found in _RULE_FOR.items():
        if event.kind is kind and channel in event.channels:
            return found
    return None


SYSTEM = PlatformRatings()
