"""Seed quotes and outside sources for the air and rail passenger blacklists (research §9, V6-V7).

No seed describes these lists. Seed 001's sentence on losing the right to book a train or
flight is the core quote `court.lose_rights`, reused by the system module.
"""

from scenarios.evidence.types import S001, Quote, Reference
from scenarios.i18n import _

QUOTES: tuple[Quote, ...] = (
    Quote(
        id="air_rail_list.misbehaving_on_train",
        seed=S001,
        text="This could include not paying fines if you are deemed fully capable, misbehaving in a "
        "train or taxi, driving through red lights, and even failing to pay any fines.",
        speaker="Mareike Ohlberg, as reworded by the seed",
        caveat=_(
            "Garbled in this copy, which names unpaid fines twice. It is about local catalogues in "
            "general, not the national air and rail passenger lists."
        ),
    ),
)

REFERENCES: tuple[Reference, ...] = (
    Reference(
        id="travelmole-2018-passenger-blacklists",
        title="China air and rail regulators issue blacklist of banned travellers",
        outlet="TravelMole",
        date="Undated (about June 2018)",
        url="https://www.travelmole.com/news/china-air-and-rail-regulators-issue-blacklist-of-banned-travellers",
    ),
    Reference(
        id="inboundreport-2018-travel-blacklist",
        title="China issues blacklist that bans people from travel",
        outlet="Inbound Report (citing Jing Travel and the Civil Aviation Administration of China)",
        date="2018-06-12",
        url="https://inboundreport.com/2018/06/12/china-issues-blacklist-that-bans-people-from-travel",
        caveat=_("Gives the nine offences as Jing Travel reported them from the aviation authority."),
    ),
    Reference(
        id="rfa-2018-flight-train-bans",
        title="China Bans People From Flights, Trains Over 'Poor Social Credit'",
        outlet="Radio Free Asia",
        date="2018-06-01",
        url="https://www.rfa.org/english/news/china/social-credit-06012018144059.html",
        caveat=_(
            "Not in the exhibit's research file. Added as the source for riding a train without "
            "a valid ticket as a ground for the train ban."
        ),
    ),
)
