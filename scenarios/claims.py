"""Claims and the record: what the seeds say, set beside what the record shows.

Each claim quotes a seed verbatim and gives a verdict with the outside sources
behind it. A system's page lists the claims that name its id.
"""

from dataclasses import dataclass
from enum import StrEnum

from scenarios.i18n import _


class Verdict(StrEnum):
    WRONG = "wrong"  # the record contradicts it
    DID_NOT_HAPPEN = "did_not_happen"  # a forecast or plan that did not come true
    UNVERIFIED = "unverified"  # no source found either way
    PARTLY = "partly"  # right in part, wrong or garbled in part
    RIGHT = "right"  # the record agrees

    @property
    def label(self) -> str:
        return VERDICT_LABELS[self]


VERDICT_LABELS = {
    Verdict.WRONG: _("The record says otherwise"),
    Verdict.DID_NOT_HAPPEN: _("Did not happen"),
    Verdict.UNVERIFIED: _("Not confirmed by any source found"),
    Verdict.PARTLY: _("Partly right"),
    Verdict.RIGHT: _("The record agrees"),
}


@dataclass(frozen=True, slots=True, kw_only=True)
class Claim:
    """A claim in a seed, quoted, and what the record shows about it."""

    id: str
    title: str  # the claim in a few plain words: "One score for every citizen"
    quote_ids: tuple[str, ...]  # the seed's own words, verbatim
    verdict: Verdict
    record: str  # what the record shows, in plain words
    reference_ids: tuple[str, ...]  # the outside sources behind `record`
    system_ids: tuple[str, ...] = ()  # systems whose page lists this claim


CLAIMS: tuple[Claim, ...] = ()


def claims_about(system_id: str) -> tuple[Claim, ...]:
    return tuple(claim for claim in CLAIMS if system_id in claim.system_ids)
