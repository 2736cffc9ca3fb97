"""Where a number comes from: every figure on screen carries one of four labels.

The labels rank the evidence honestly, strongest first: the acting body's own text
(a law, a court's or a regulator's document, usually read in translation), a named
report or study, one of the exhibit's five source texts (secondhand articles from
2015-2019, some of them wrong), and the exhibit's own assumption.
"""

from dataclasses import dataclass
from enum import StrEnum

from scenarios.i18n import _


class Provenance(StrEnum):
    """How far the record supports a rule or a number, strongest first."""

    OFFICIAL = "official"  # the acting body's own text: a law, a court's or regulator's document
    REPORT = "report"  # a named report or study, with its outlet and date
    SOURCE_TEXT = "source-text"  # one of the five source texts says it, and nothing stronger does
    ASSUMPTION = "assumption"  # the exhibit's own assumption

    @property
    def label(self) -> str:
        return PROVENANCE_LABELS[self]

    @property
    def explanation(self) -> str:
        return PROVENANCE_EXPLANATIONS[self]


PROVENANCE_LABELS = {
    Provenance.OFFICIAL: _("Official text"),
    Provenance.REPORT: _("Named report"),
    Provenance.SOURCE_TEXT: _("Source article"),
    Provenance.ASSUMPTION: _("Our assumption"),
}

PROVENANCE_EXPLANATIONS = {
    Provenance.OFFICIAL: _(
        "The body that acts says this in its own text: a law, or a court's, ministry's or "
        "regulator's document, usually read in a named English translation."
    ),
    Provenance.REPORT: _(
        "A named news report or study says this. Its outlet, title and date are listed with the sources."
    ),
    Provenance.SOURCE_TEXT: _(
        "Only one of the exhibit's five source articles (2015 to 2019) says this. They are "
        "secondhand accounts and some are wrong, so read it as a claim."
    ),
    Provenance.ASSUMPTION: _(
        "The exhibit's own assumption: no source gives this, so the exhibit chose a value "
        "to show how the rule works."
    ),
}


@dataclass(frozen=True, slots=True, kw_only=True)
class Figure:
    """A number shown to visitors, with the record behind it.

    `quote_ids` name seed quotes; `reference_ids` name outside sources. A source-text
    figure needs a quote; an official or report figure needs a reference of its kind;
    a test enforces both.
    """

    value: int
    provenance: Provenance
    quote_ids: tuple[str, ...] = ()
    reference_ids: tuple[str, ...] = ()
    note: str = ""
    unit: str = ""  # "yuan", "months", "days": shown after the number


_STRENGTH = (Provenance.ASSUMPTION, Provenance.SOURCE_TEXT, Provenance.REPORT, Provenance.OFFICIAL)


def weakest(*provenances: Provenance) -> Provenance:
    """The weakest of several provenances: a sum is only as good as its worst part."""
    return min(provenances, key=_STRENGTH.index)
