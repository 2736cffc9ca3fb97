"""Shape the systems, the comparison and the claims for their pages.

Like `panels`, it holds no rule: it groups and pairs what `scenarios` computed.
"""

from dataclasses import dataclass

from django.utils.translation import gettext as _

from exhibit import charts
from exhibit.panels import Panel, panels, split, standing_readings
from exhibit.predict import rows
from scenarios import ending as endings
from scenarios import you as you_scored
from scenarios.citations import index
from scenarios.claims import CLAIMS, Claim, Verdict, claims_about
from scenarios.compare import Answer, Comparison, compare
from scenarios.engine import PilotSystem, Profile, SystemGroup
from scenarios.everyday import EVERYDAY, EverydayEvent
from scenarios.predict import Reveal
from scenarios.replay import Walk
from scenarios.sources import QUOTES, REFERENCES, SEEDS, Quote, Reference, Seed
from scenarios.systems import SYSTEMS


@dataclass(frozen=True, slots=True, kw_only=True)
class Group:
    group: SystemGroup
    systems: list[PilotSystem]


def groups() -> list[Group]:
    """The systems by group, in the registry's order, leaving out empty groups."""
    found = [
        Group(group=group, systems=[s for s in SYSTEMS.values() if s.group is group]) for group in SystemGroup
    ]
    return [group for group in found if group.systems]


def everyday_events() -> dict[str, list[EverydayEvent]]:
    """The everyday events, those of a person first and those of a business after."""
    return {
        "person": [e for e in EVERYDAY if not e.for_business],
        "business": [e for e in EVERYDAY if e.for_business],
    }


def system_context(system: PilotSystem) -> dict[str, object]:
    """Everything a system's page shows, with the everyday events it sees."""
    sees = [
        (everyday, answer_panel(answer))
        for everyday in EVERYDAY
        for answer in compare(everyday.slug).answers
        if answer.system is system and answer.result.visibility.seen
    ]
    return {
        "system": system,
        "claims": claims_about(system.id),
        "sees": sees,
        "asked_as": describe(system.example_profile),
    }


def answer_panel(answer: Answer) -> Panel:
    return Panel(
        system=answer.system,
        result=answer.result,
        before=answer.system.read(answer.result.before),
        after=answer.system.read(answer.result.after),
    )


def comparison_context(comparison: Comparison, result: Reveal | None = None) -> dict[str, object]:
    """The guess form by group of systems, or (`result` given) the answer beside the guess."""
    seen = [(answer_panel(a), describe(a.profile)) for a in comparison.answers if _shows_in_full(a)]
    unseen = [a for a in comparison.answers if not _shows_in_full(a)]
    return {
        "comparison": comparison,
        "everyday": comparison.everyday,
        "seen": seen,
        "unseen": unseen,
        "groups": groups(),
        "reveal": result,
        "rows": rows(result, comparison) if result else {},
    }


def _shows_in_full(answer: Answer) -> bool:
    result = answer.result
    return result.visibility.seen or result.before != result.after or bool(result.fired or result.met)


def describe(profile: Profile) -> str:
    """Who a system was asked about, in words: "someone living in Hangzhou, signed up"."""
    parts = [_("someone living in %(city)s") % {"city": profile.home_city}]
    if profile.opted_in:
        parts.append(_("who has signed up"))
    if profile.business is not None:
        parts.append(_("who runs a business, %(name)s") % {"name": profile.business.name})
    return ", ".join(parts)


@dataclass(frozen=True, slots=True, kw_only=True)
class Moment:
    """One moment of the visitor's year: the systems that see it shown in full."""

    number: int
    title: str
    when: str
    text: str
    seen: list[Panel]


def you_context(walk: Walk) -> dict[str, object]:
    """A visitor's result: the same explanations, quotes and provenance as a persona's."""
    answered = [
        (question, next(o for o in question.options if o.id == answer))
        for question, answer in zip(you_scored.QUESTIONS, walk.answers, strict=True)
    ]
    moments = [
        Moment(
            number=frame.number,
            title=frame.title,
            when=frame.step.when,
            text=frame.beat.text,
            seen=split(panels(frame))["seen"],
        )
        for frame in walk.frames
    ]
    ever_seen = {r.system_id for frame in walk.frames for r in frame.results if r.visibility.seen}
    never = [s for sid, s in SYSTEMS.items() if sid not in ever_seen and not walk.final[sid].tracked]
    return {
        "walk": walk,
        "persona": walk.persona,
        "answered": answered,
        "query": you_scored.query(walk.answers),
        "moments": moments,
        "finals": standing_readings(walk, final=True),
        "charts": charts.for_walk(walk),
        "met": endings.met(walk),
        "never": never,
        "assumptions": you_scored.assumptions(walk),
    }


@dataclass(frozen=True, slots=True, kw_only=True)
class SeedEntry:
    seed: Seed
    wrong: list[Claim]  # claims quoting this seed that the record does not bear out
    quotes: list[tuple[Quote, list[object]]]


def sources_context() -> dict[str, object]:
    """The five seeds with what each gets wrong; every quote and outside source, and their uses."""
    uses = index()
    seeds = [
        SeedEntry(
            seed=seed,
            wrong=[
                claim
                for claim in CLAIMS
                if claim.verdict is not Verdict.RIGHT
                and any(QUOTES[q].seed == seed.file for q in claim.quote_ids)
            ],
            quotes=[(q, list(uses.quotes.get(q.id, ()))) for q in QUOTES.values() if q.seed == seed.file],
        )
        for seed in SEEDS.values()
    ]
    references: list[tuple[Reference, list[object]]] = sorted(
        ((ref, list(uses.references.get(ref.id, ()))) for ref in REFERENCES.values()),
        key=lambda pair: (pair[0].outlet.lower(), pair[0].date),
    )
    return {"seeds": seeds, "references": references}
