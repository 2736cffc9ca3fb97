"""The record: every quote the exhibit shows and every outside source, one module per system.

`framing` holds the quotes and sources not tied to one system. Quotes are copied character
for character from `shared/seeds/`; the quote check (`manage.py quotes --json |
check_quotes.py -`) proves it. A quote that a seed got wrong carries a `caveat` that the
exhibit shows beside it. MODULES is the one list: a new module is added here and nowhere else.
"""

from types import ModuleType

from scenarios.evidence import (
    air_rail_list,
    caac_airlines,
    claims,
    court_list,
    debtor_calls,
    experian,
    framing,
    garbage_credit,
    honest_shanghai,
    jaywalk_display,
    joint_punishment,
    nosedive,
    pboc_credit_report,
    peer_rating,
    platform_ratings,
    rongcheng,
    sesame,
    suining_2010,
    surveillance,
    tencent_credit,
    tourism_list,
    unified_code,
    voices,
)
from scenarios.evidence.types import SEEDS, Quote, Reference, ReferenceKind, Seed

__all__ = [
    "MODULES",
    "QUOTES",
    "RECORD_CHECKED",
    "REFERENCES",
    "SEEDS",
    "Quote",
    "Reference",
    "ReferenceKind",
    "Seed",
    "latest_reference_date",
]

MODULES: tuple[ModuleType, ...] = (
    framing,
    rongcheng,
    sesame,
    court_list,
    air_rail_list,
    caac_airlines,
    claims,
    debtor_calls,
    experian,
    garbage_credit,
    honest_shanghai,
    jaywalk_display,
    joint_punishment,
    nosedive,
    pboc_credit_report,
    peer_rating,
    platform_ratings,
    suining_2010,
    surveillance,
    tencent_credit,
    tourism_list,
    unified_code,
    voices,
)


def _by_id[T: (Quote, Reference)](items: tuple[T, ...]) -> dict[str, T]:
    found: dict[str, T] = {}
    for item in items:
        if item.id in found:
            raise ValueError(f"two records share the id {item.id!r}")
        found[item.id] = item
    return found


QUOTES: dict[str, Quote] = _by_id(tuple(q for module in MODULES for q in module.QUOTES))
REFERENCES: dict[str, Reference] = _by_id(tuple(r for module in MODULES for r in module.REFERENCES))

# The month the record was last checked against outside sources: the start and sources
# pages say so, and every "as of" in the text is this month or earlier.
RECORD_CHECKED = "2026-12"


def latest_reference_date() -> str:
    """The date of the newest outside source ("2025-11-26"): dates are ISO, so they sort as text."""
    return max(r.date for r in REFERENCES.values() if r.date[:4].isdigit())
