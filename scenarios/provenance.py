"""Where a number comes from: every figure on screen carries one of three labels."""

from dataclasses import dataclass
from enum import StrEnum

from scenarios.i18n import _


class Provenance(StrEnum):
    """How far the record supports a rule or a number."""

    DOCUMENTED = "documented"  # a seed quote says it
    REPORTED = "reported"  # a named outside source, with its date, says it
    ILLUSTRATIVE = "illustrative"  # the exhibit's own assumption

    @property
    def label(self) -> str:
        return PROVENANCE_LABELS[self]

    @property
    def explanation(self) -> str:
        return PROVENANCE_EXPLANATIONS[self]


PROVENANCE_LABELS = {
    Provenance.DOCUMENTED: _("Documented"),
    Provenance.REPORTED: _("Reported"),
    Provenance.ILLUSTRATIVE: _("Illustrative"),
}

PROVENANCE_EXPLANATIONS = {
    Provenance.DOCUMENTED: _("One of the exhibit's five source texts says this."),
    Provenance.REPORTED: _("A named outside source says this; its title and date are given."),
    Provenance.ILLUSTRATIVE: _("The exhibit's own assumption: no source gives this number."),
}


@dataclass(frozen=True, slots=True, kw_only=True)
class Figure:
    """A number shown to visitors, with the record behind it.

    `quote_ids` name seed quotes; `reference_ids` name outside sources. A documented
    figure needs a quote, a reported one a reference; a test enforces both.
    """

    value: int
    provenance: Provenance
    quote_ids: tuple[str, ...] = ()
    reference_ids: tuple[str, ...] = ()
    note: str = ""
    unit: str = ""  # "yuan", "months", "days": shown after the number


_STRENGTH = (Provenance.ILLUSTRATIVE, Provenance.REPORTED, Provenance.DOCUMENTED)


def weakest(*provenances: Provenance) -> Provenance:
    """The weakest of several provenances: a sum is only as good as its worst part."""
    return min(provenances, key=_STRENGTH.index)
