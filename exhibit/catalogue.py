"""Shape the systems, the comparison and the claims for their pages.

Like `panels`, it holds no rule: it groups and pairs what `scenarios` computed.
"""

from dataclasses import dataclass

from django.utils.translation import gettext as _

from exhibit import charts
from exhibit.panels import Panel, panels, split, standing_readings
from exhibit.predict import rows
from scenarios import elsewhere as elsewheres
from scenarios import you as you_scored
from scenarios.citations import index
from scenarios.claims import CLAIMS, Claim, Verdict, claims_about
from scenarios.compare import Answer, Comparison, compare
from scenarios.engine import AnySystem, ConsequenceKind, Month, Profile, SystemGroup
from scenarios.everyday import EVERYDAY, EverydayEvent
from scenarios.evidence import QUOTES, REFERENCES, SEEDS, Quote, Reference, Seed
from scenarios.perspectives import Side, by_side
from scenarios.predict import Reveal
from scenarios.provenance import Provenance
from scenarios.replay import Walk
from scenarios.systems import SYSTEMS


@dataclass(frozen=True, slots=True, kw_only=True)
class Group:
    group: SystemGroup
    systems: list[AnySystem]


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


def system_context(system: AnySystem) -> dict[str, object]:
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
        "voices": voices(system.id, shown=system.quote_ids),
    }


@dataclass(frozen=True, slots=True)
class Voices:
    """One side's perspective quotes, in the speakers' words."""

    side: Side
    quote_ids: tuple[str, ...]


def voices(bearing_on: str | None = None, shown: tuple[str, ...] = ()) -> list[Voices]:
    """Each side with its quotes (all, or those bearing on one system), leaving out the `shown` ones."""
    sides = [
        Voices(side=side, quote_ids=tuple(p.quote_id for p in found if p.quote_id not in shown))
        for side, found in by_side(bearing_on).items()
    ]
    return [side for side in sides if side.quote_ids]


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
    when: Month
    text: str
    seen: list[Panel]


@dataclass(frozen=True, slots=True, kw_only=True)
class LossCard:
    """One loss as its card shows it: the systems by name."""

    loss: you_scored.Loss
    systems: list[AnySystem]


def _cards(losses: tuple[you_scored.Loss, ...]) -> list[LossCard]:
    return [LossCard(loss=loss, systems=[SYSTEMS[sid] for sid in loss.system_ids]) for loss in losses]


@dataclass(frozen=True, slots=True, kw_only=True)
class PlaceCard:
    """One other place in "same year, somewhere else", with systems by name."""

    place: elsewheres.Place
    seen: list[AnySystem]
    seen_appears: list[AnySystem]
    seen_vanishes: list[AnySystem]


def _place_card(place: elsewheres.Place) -> PlaceCard:
    return PlaceCard(
        place=place,
        seen=[SYSTEMS[sid] for sid in place.seen],
        seen_appears=[SYSTEMS[sid] for sid in place.seen_appears],
        seen_vanishes=[SYSTEMS[sid] for sid in place.seen_vanishes],
    )


def you_context(walk: Walk) -> dict[str, object]:
    """A visitor's result: what the year cost and what nobody saw first, then the detail."""
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
    ever_seen = set(you_scored.seen_by(walk))
    never = [s for sid, s in SYSTEMS.items() if sid not in ever_seen and not walk.final[sid].tracked]
    losses = you_scored.losses(walk)
    counted = you_scored.assumptions(walk)
    home = dict(zip((q.id for q in you_scored.QUESTIONS), walk.answers, strict=True))["home"]
    return {
        "walk": walk,
        "persona": walk.persona,
        "answered": answered,
        "query": you_scored.query(walk.answers),
        "city": you_scored.CITIES[home][0],
        "moments": moments,
        "finals": standing_readings(walk, final=True),
        "charts": charts.for_walk(walk),
        "barred": _cards(tuple(loss for loss in losses if loss.barred)),
        "told": _cards(tuple(loss for loss in losses if loss.kind is ConsequenceKind.WARNING)),
        "gained": _cards(tuple(loss for loss in losses if loss.kind is ConsequenceKind.PERK)),
        "unseen": you_scored.unseen(walk),
        "seen_by": [SYSTEMS[sid] for sid in you_scored.seen_by(walk)],
        "notes": you_scored.scope_notes(walk.answers),
        "elsewhere": [_place_card(place) for place in elsewheres.elsewhere(walk.answers)],
        "never": never,
        "assumptions": counted,
        "assumption_rows": [(kind, counted.counts.get(kind, 0)) for kind in Provenance],
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
