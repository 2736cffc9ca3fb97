"""Shape the domain's answer for templates: one panel per system, links onward.

No rule lives here: it only pairs what `scenarios` computed with what the screen
needs (readings before and after, and the URLs of the next and previous steps).
"""

from dataclasses import dataclass

from django.urls import reverse
from django.utils.translation import gettext as _

from exhibit import paths
from scenarios.cases import ReportedCase, cases_for
from scenarios.ending import Alternative, Line, alternatives, one_line, saw
from scenarios.engine import AnySystem, Consequence, Reading, Rule, SystemStep
from scenarios.provenance import Provenance, weakest
from scenarios.replay import Frame, Walk
from scenarios.scenes import Scene, scene_for
from scenarios.systems import SYSTEMS


@dataclass(frozen=True, slots=True, kw_only=True)
class Panel:
    system: AnySystem
    result: SystemStep
    before: Reading
    after: Reading

    @property
    def changed(self) -> bool:
        r = self.result
        return r.before != r.after or bool(r.met or r.gained or r.lost or r.fired)

    @property
    def glance_label(self) -> Provenance | None:
        """The one label of the strip's glance: its numbers' and band's, else the rules'."""
        readings = (self.before, self.after)
        shown = [f.provenance for r in readings for f in (r.value, r.owed) if f is not None]
        shown += [r.band_provenance for r in readings if r.band and r.band_provenance]
        if not shown:
            shown = [rule_label(rule) for rule in self.result.fired]
        return weakest(*shown) if shown else None

    @property
    def moved(self) -> bool:
        """Whether what the screen shows of the standing changed (number, status or band)."""
        return self.before != self.after


@dataclass(frozen=True, slots=True, kw_only=True)
class SceneCard:
    """A consequence as the persona meets it at this step, with the system behind it."""

    consequence: Consequence
    system: AnySystem
    scene: Scene | None


@dataclass(frozen=True, slots=True, kw_only=True)
class StandingChange:
    """What a system's new standing now brings or no longer brings: one row per system."""

    system: AnySystem
    gained: tuple[Consequence, ...]
    lost: tuple[Consequence, ...]

    @property
    def label(self) -> Provenance:
        return weakest(*(c.provenance for c in (*self.gained, *self.lost)))


@dataclass(frozen=True, slots=True, kw_only=True)
class Link:
    label: str
    url: str


def rule_label(rule: Rule) -> Provenance:
    """A rule row's one label: the rule's own, or its number's when that is weaker."""
    return weakest(rule.provenance, rule.change.provenance) if rule.change else rule.provenance


def panels(frame: Frame) -> list[Panel]:
    return [
        Panel(
            system=SYSTEMS[result.system_id],
            result=result,
            before=SYSTEMS[result.system_id].read(result.before),
            after=SYSTEMS[result.system_id].read(result.after),
        )
        for result in frame.results
    ]


def split(all_panels: list[Panel]) -> dict[str, list[Panel]]:
    """Panels shown in full (the system sees the event or something changed) and the rest."""
    return {
        "seen": [p for p in all_panels if p.result.visibility.seen or p.changed],
        "unseen": [p for p in all_panels if not (p.result.visibility.seen or p.changed)],
    }


def scene_cards(frame: Frame) -> list[SceneCard]:
    """Consequences the persona meets at this step (refused, charged), each as a scene."""
    return [
        SceneCard(consequence=c, system=SYSTEMS[r.system_id], scene=scene_for(c.id))
        for r in frame.results
        for c in r.met
    ]


def standing_changes(frame: Frame) -> list[StandingChange]:
    """What each system's new standing brings or takes away from now on."""
    return [
        StandingChange(system=SYSTEMS[r.system_id], gained=r.gained, lost=r.lost)
        for r in frame.results
        if r.gained or r.lost
    ]


def _fired_ids(frame: Frame) -> set[str]:
    ids = {rule.id for result in frame.results for rule in result.fired}
    return ids | {consequence.id for result in frame.results for consequence in result.met}


def cases(walk: Walk, frame: Frame) -> list[ReportedCase]:
    """The real cases this step brings up, each told once: at the first step that does."""
    earlier = set().union(*(_fired_ids(f) for f in walk.frames[: frame.number - 1]))
    told = {case.id for case in cases_for(earlier)}
    return [case for case in cases_for(_fired_ids(frame)) if case.id not in told]


def standing_readings(walk: Walk, final: bool = False) -> list[tuple[AnySystem, Reading]]:
    """The standing of each system that covers the persona or saw part of the walk."""
    standings = walk.final if final else walk.start
    saw = (
        {r.system_id for frame in walk.frames for r in frame.results if r.visibility.seen} if final else set()
    )
    return [
        (system, system.read(standings[sid]))
        for sid, system in SYSTEMS.items()
        if standings[sid].tracked or sid in saw
    ]


@dataclass(frozen=True, slots=True, kw_only=True)
class StandingRow:
    """One system's final standing, with the one label its row carries (the weakest of its parts)."""

    system: AnySystem
    reading: Reading
    provenance: Provenance | None


def seen_standings(walk: Walk) -> list[StandingRow]:
    """The final standing of each system that saw the persona on this walk, and no other."""
    rows = []
    for sid in saw(walk):
        reading = SYSTEMS[sid].read(walk.final[sid])
        parts = [f.provenance for f in (reading.value, reading.out_of, reading.owed) if f is not None]
        if reading.band and reading.band_provenance is not None:
            parts.append(reading.band_provenance)
        rows.append(
            StandingRow(system=SYSTEMS[sid], reading=reading, provenance=weakest(*parts) if parts else None)
        )
    return rows


def after_answers(walk: Walk, answers: tuple[str, ...], number: int) -> str:
    """The URL that follows step `number` on the path given by `answers`."""
    if walk.persona.ends_after(answers, number):
        return paths.ending_url(walk.persona.slug, answers)
    return paths.step_url(walk.persona.slug, number + 1, answers)


def options(walk: Walk, frame: Frame) -> list[Link]:
    choice = frame.step.choice
    if choice is None:
        return []
    return [
        Link(label=option.label, url=after_answers(walk, (*frame.answers_before, option.id), frame.number))
        for option in choice.options
    ]


def next_link(walk: Walk, frame: Frame) -> Link | None:
    if frame.step.choice is not None:
        return None
    is_end = walk.persona.ends_after(frame.answers_before, frame.number)
    url = after_answers(walk, frame.answers_before, frame.number)
    return Link(label=_("See the ending") if is_end else _("Next step"), url=url)


def back_link(walk: Walk, frame: Frame) -> Link:
    slug = walk.persona.slug
    if frame.number == 1:
        return Link(label=_("Back to the start of the story"), url=reverse("persona", args=[slug]))
    previous = walk.frames[frame.number - 2]
    return Link(label=_("Previous step"), url=paths.step_url(slug, previous.number, previous.answers_before))


def announcement(frame: Frame) -> str:
    """For screen readers: what each system that sees the step does, in one sentence each."""
    parts = []
    for panel in split(panels(frame))["seen"]:
        name = str(_(panel.system.name))
        if panel.before == panel.after:
            parts.append(
                _("%(system)s: %(status)s, no change.") % {"system": name, "status": _describe(panel.after)}
            )
        else:
            parts.append(
                _("%(system)s: from %(before)s to %(after)s.")
                % {"system": name, "before": _describe(panel.before), "after": _describe(panel.after)}
            )
    parts.append(_("The other systems do not see this."))
    return " ".join(parts)


def _describe(reading: Reading) -> str:
    status = str(_(reading.status))
    if reading.value is None:
        return status
    band = f" ({_(reading.band)})" if reading.band else ""
    return f"{reading.value.value:,} {status}{band}"


@dataclass(frozen=True, slots=True, kw_only=True)
class Difference:
    system: AnySystem
    here: Reading
    there: Reading


@dataclass(frozen=True, slots=True, kw_only=True)
class AlternativeView:
    alternative: Alternative
    differences: list[Difference]
    line: Line
    url: str


def alternative_views(walk: Walk) -> list[AlternativeView]:
    """Each computed alternative, with the final standings it would change."""
    return [
        AlternativeView(
            alternative=alt,
            differences=[
                Difference(
                    system=SYSTEMS[sid],
                    here=SYSTEMS[sid].read(walk.final[sid]),
                    there=SYSTEMS[sid].read(alt.final[sid]),
                )
                for sid in alt.changed_systems
            ],
            line=one_line(walk, alt),
            url=paths.ending_url(walk.persona.slug, alt.answers),
        )
        for alt in alternatives(walk)
    ]


@dataclass(frozen=True, slots=True, kw_only=True)
class StripItem:
    """One item of the kiosk's standings strip: a system that has seen the persona so far."""

    system: AnySystem
    reading: Reading
    changed: bool  # this step moved what the strip shows


@dataclass(frozen=True, slots=True, kw_only=True)
class StandingsStrip:
    items: tuple[StripItem, ...]
    provenance: Provenance | None  # the one label of the strip: the weakest of its readings


def standings_so_far(walk: Walk, frame: Frame) -> StandingsStrip:
    """The reading after this step of each system that has seen the persona up to it, in registry order."""
    frames = walk.frames[: frame.number]
    seen = {r.system_id for f in frames for r in f.results if r.visibility.seen or r.before != r.after}
    items = []
    for result in frame.results:
        if result.system_id not in seen:
            continue
        system = SYSTEMS[result.system_id]
        after = system.read(result.after)
        items.append(StripItem(system=system, reading=after, changed=system.read(result.before) != after))
    labels = [f.provenance for s in items for f in (s.reading.value, s.reading.owed) if f is not None]
    labels += [s.reading.band_provenance for s in items if s.reading.band and s.reading.band_provenance]
    return StandingsStrip(items=tuple(items), provenance=weakest(*labels) if labels else None)
