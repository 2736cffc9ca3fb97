"""The television story "Nosedive", which the source texts compare China's systems with.

Documented: that two source texts open with, or point to, the episode, and that in it
highly rated people get more rights (seeds 002 and 004); seed 001 notes the comparison
is common. Reported: that a system like it, scoring every citizen, does not exist (MIT
Technology Review, 2022), and that China's system is many separate schemes, not one
score (Foreign Policy, 2018). Illustrative: nothing. It is fiction and sees no event.
"""

from scenarios.engine import Milestone, Profile, Role, Shape, SystemGroup
from scenarios.i18n import _
from scenarios.provenance import Provenance
from scenarios.systems.common import NotAnInput

ID = "nosedive"


class Nosedive(NotAnInput):
    id = ID
    name = _("“Nosedive”: a television story")
    operator = _("Nobody: it was written for a Netflix drama series")
    shape = Shape.NONE
    role = Role.COMPARISON
    group = SystemGroup.COMPARISON
    summary = _(
        "An episode of a Netflix drama series in which everyone has a personal rating, and "
        "highly rated people get more rights than others. Two source texts point readers to "
        "it. It is a story: no real system in China works like it."
    )
    covers = _("Nobody real. Only the characters in the story.")
    data_sources = _("None. It is fiction.")
    entry = _("There is no way in: it is a story.")
    exit = _("There is nothing to leave.")
    scale = _("Not a real scale: the story's ratings are invented.")
    quote_ids = (
        "nosedive.caption",
        "nosedive.seems_familiar",
        "nosedive.season_three",
        "nosedive.often_compared",
    )
    rules = ()
    consequences = ()
    history = (
        Milestone(
            when="2018-04-03",
            text=_(
                "Foreign Policy reports that China's social credit system is meant to be many "
                "separate schemes, not one platform that gives everyone a single score."
            ),
            provenance=Provenance.REPORT,
            reference_ids=("fp-2018-rongcheng",),
        ),
        Milestone(
            when="2022-11-22",
            text=_(
                "MIT Technology Review writes that a system like the one in the story, scoring "
                "every citizen, does not exist in China."
            ),
            provenance=Provenance.REPORT,
            reference_ids=("mittr-2022-no-score",),
        ),
    )
    example_profile = Profile(home_city="London", years_resident=6, age=28, country="United Kingdom")
    status = _("Fiction, not a real system")
    not_seen = _("A television story, not a real system: nothing that happens to a real person goes into it.")


SYSTEM = Nosedive()
