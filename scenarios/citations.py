"""Where each quote and each outside source is used: the index behind the sources page.

A curator checking a fact starts from a source and asks what the exhibit rests on
it. This walks every system (its quotes, rules, consequences, their figures and its
history), every claim and every reported case, and records each use.
"""

from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from scenarios.cases import CASES
from scenarios.claims import CLAIMS
from scenarios.engine import AnySystem
from scenarios.i18n import Phrase, _
from scenarios.provenance import Figure
from scenarios.systems import SYSTEMS


@dataclass(frozen=True, slots=True, kw_only=True)
class Use:
    """One place a source is used: a system's rule, a claim, a case..."""

    where: str  # "system", "claim" or "case"
    target: str  # the system, claim or case id, for a link
    label: str  # what uses it: a rule's label, a claim's title


@dataclass(frozen=True, slots=True, kw_only=True)
class Index:
    quotes: dict[str, tuple[Use, ...]]
    references: dict[str, tuple[Use, ...]]


Entry = tuple[tuple[str, ...], tuple[str, ...], Use]  # quote ids, reference ids, and the use


def _figure_uses(use: Use, *figures: Figure | None) -> list[Entry]:
    return [(f.quote_ids, f.reference_ids, use) for f in figures if f is not None]


def _system_uses(system: AnySystem) -> list[Entry]:
    found: list[Entry] = [(system.quote_ids, (), Use(where="system", target=system.id, label=system.name))]
    for rule in system.rules:
        use = Use(where="system", target=system.id, label=rule.label)
        found += [(rule.quote_ids, rule.reference_ids, use), *_figure_uses(use, rule.change)]
    for consequence in system.consequences:
        use = Use(where="system", target=system.id, label=consequence.label)
        found.append((consequence.quote_ids, consequence.reference_ids, use))
        found += _figure_uses(use, consequence.threshold, consequence.amount)
    history = Use(
        where="system", target=system.id, label=Phrase(_("%(name)s: what happened next"), name=system.name)
    )
    found.extend((m.quote_ids, m.reference_ids, history) for m in system.history)
    return found


@cache
def index() -> Index:
    quotes: dict[str, list[Use]] = defaultdict(list)
    references: dict[str, list[Use]] = defaultdict(list)
    entries: list[Entry] = [entry for system in SYSTEMS.values() for entry in _system_uses(system)]
    entries += [
        (c.quote_ids, c.reference_ids, Use(where="claim", target=c.id, label=c.title)) for c in CLAIMS
    ]
    entries += [
        (case.quote_ids, case.reference_ids, Use(where="case", target=case.id, label=case.title))
        for case in CASES.values()
    ]
    for quote_ids, reference_ids, use in entries:
        for qid in quote_ids:
            if use not in quotes[qid]:
                quotes[qid].append(use)
        for rid in reference_ids:
            if use not in references[rid]:
                references[rid].append(use)
    return Index(
        quotes={k: tuple(v) for k, v in quotes.items()},
        references={k: tuple(v) for k, v in references.items()},
    )
