"""Seed quotes and outside sources for the claim that citizens would rate each other."""

from scenarios.evidence.types import S003, Quote, Reference
from scenarios.i18n import _

QUOTES: tuple[Quote, ...] = (
    Quote(
        id="peer_rating.rate_each_other",
        seed=S003,
        text="Plans for the future of the system include citizens being able to rate each other.",
        caveat=_(
            "A plan reported in 2015, not a rule. No source found shows a rule in force "
            "that lets citizens rate each other."
        ),
    ),
    Quote(
        id="peer_rating.doctors",
        seed=S003,
        text="It is envisaged that citizens will\u00a0be able to rate their doctors or even give a "
        "poor score to a company with a high carbon footprint, as the system\u00a0expands to "
        "include companies and institutions.",
        caveat=_("A plan, not a rule. No source found shows such ratings in force."),
    ),
    Quote(
        id="peer_rating.financial_only",
        seed=S003,
        text="The Chinese press has presented the system as being limited to financial credibility scoring.",
    ),
)

REFERENCES: tuple[Reference, ...] = (
    Reference(
        id="bestvpn-2015-moral-behaviour",
        title="China to rate citizens' online moral behavior",
        outlet="BestVPN",
        date="2015-05-04",
        url="https://www.bestvpn.com/china-to-rate-citizens-online-moral-behavior/",
        caveat=_(
            "Retells a report in the Dutch newspaper de Volkskrant, which the exhibit did not "
            "read itself. It quotes the same experts as the source text."
        ),
    ),
)
