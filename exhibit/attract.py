"""The kiosk's attract screen: real content from `scenarios`, shown while no one plays.

Three panels and a call to touch: a persona, one everyday event with the systems
that see it, and one claim beside what the record shows. Nothing here is invented
for the loop; every line comes from the same data the exhibit's pages use.
"""

from dataclasses import dataclass

from exhibit.kiosk import Kiosk
from scenarios.claims import CLAIMS, Claim
from scenarios.compare import Comparison, compare
from scenarios.evidence import QUOTES
from scenarios.evidence.types import Quote
from scenarios.personas import PERSONAS
from scenarios.storyline import Persona

# An ordinary event that few systems see: buying nappies is seen by two company
# scores and by none of the government's lists, which is the exhibit's point.
EVENT = "nappies"
# The best-known claim, and wrong: that every citizen has one score.
CLAIM = "one-score"


@dataclass(frozen=True, slots=True, kw_only=True)
class Attract:
    persona: Persona
    comparison: Comparison
    claim: Claim
    quote: Quote


def attract(kiosk: Kiosk) -> Attract:
    """What the attract loop shows: the kiosk's first persona, the event, the claim."""
    claim = next(claim for claim in CLAIMS if claim.id == CLAIM)
    return Attract(
        persona=PERSONAS[kiosk.personas[0]],
        comparison=compare(EVENT),
        claim=claim,
        quote=QUOTES[claim.quote_ids[0]],
    )
