"""Citizens rating each other: a plan reported in 2015, not a rule anyone found in force.

Documented: that the plans were reported (seed 003, which also mentions rating doctors
and companies). Reported: that the coverage seed 003 follows described plans (BestVPN,
2015, retelling de Volkskrant), and that a system scoring every citizen does not exist
(MIT Technology Review, 2022). Illustrative: nothing; there are no rules to model.
"""

from scenarios.engine import Milestone, Profile, Role, Shape, SystemGroup
from scenarios.i18n import _
from scenarios.provenance import Provenance
from scenarios.systems.common import NotAnInput

ID = "peer_rating"


class PeerRating(NotAnInput):
    id = ID
    name = _("Citizens rating each other")
    operator = _("Nobody: a plan described in press reports, not a system anyone runs")
    shape = Shape.NONE
    role = Role.CLAIM
    group = SystemGroup.CLAIMS
    summary = _(
        "One source text says that people would one day rate each other, their doctors and "
        "polluting companies. It repeats reports about plans. No source found shows such a "
        "rating in force anywhere in China."
    )
    covers = _("Nobody. No rule was found that lets one citizen rate another.")
    data_sources = _("None. Without a rule in force, no record is kept.")
    entry = _("There is no way in: no such system was found.")
    exit = _("There is nothing to leave.")
    scale = _("No scale: no such rating was found.")
    quote_ids = ("peer_rating.rate_each_other", "peer_rating.doctors", "peer_rating.financial_only")
    rules = ()
    consequences = ()
    history = (
        Milestone(
            when="2015-05-04",
            text=_(
                "Reports on China's plans, retelling a Dutch newspaper, quote the same experts "
                "as the source text. They describe plans, not rules in force."
            ),
            provenance=Provenance.REPORT,
            quote_ids=("peer_rating.rate_each_other",),
            reference_ids=("bestvpn-2015-moral-behaviour",),
        ),
        Milestone(
            when="2022-11-22",
            text=_(
                "MIT Technology Review writes that a system scoring every citizen does not "
                "exist. The real project is mostly about financial credit, sharing records "
                "between agencies and moral campaigns."
            ),
            provenance=Provenance.REPORT,
            reference_ids=("mittr-2022-no-score",),
        ),
        Milestone(
            when="2025-03-31",
            text=_(
                "The national opinions on improving the social credit system, published that March, "
                "are about markets, records and credit repair. No source read shows people rating "
                "one another in them."
            ),
            provenance=Provenance.REPORT,
            reference_ids=("peoplesdaily-2025-opinions",),
        ),
    )
    example_profile = Profile(home_city="Beijing", years_resident=10, age=35)
    status = _("A plan, never found in force")
    not_seen = _("Nothing goes into it: no source shows a rule in force that lets citizens rate each other.")


SYSTEM = PeerRating()
