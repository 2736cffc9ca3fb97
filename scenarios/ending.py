"""The end of a walk: each system over time, what was met, and what other answers change.

The alternatives are computed, never written by hand: each answer the visitor gave
is swapped for each other option, the rest of the path is kept where it still fits,
and the two endings are compared.
"""

from dataclasses import dataclass
from typing import Any

from scenarios.engine import Consequence, ConsequenceKind, Month, Reading, Standing
from scenarios.i18n import Cut, Joined, Phrase, Verbatim, _
from scenarios.provenance import Provenance, weakest
from scenarios.replay import Walk, replay
from scenarios.storyline import Choice, Option
from scenarios.systems import SYSTEMS


@dataclass(frozen=True, slots=True, kw_only=True)
class Series:
    """One system's standing before the first step and after each step."""

    system_id: str
    points: tuple[Standing[Any], ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Alternative:
    """What a different answer to one choice would have changed by the end."""

    choice: Choice
    made: Option
    instead: Option
    answers: tuple[str, ...]
    final: dict[str, Standing[Any]]
    changed_systems: tuple[str, ...]
    met_instead: tuple[Consequence, ...]  # met on the other path, not on this one
    avoided: tuple[Consequence, ...]  # met on this path, not on the other one


def series(walk: Walk) -> tuple[Series, ...]:
    return tuple(
        Series(
            system_id=sid,
            points=(walk.start[sid], *(frame.results[i].after for frame in walk.frames)),
        )
        for i, sid in enumerate(SYSTEMS)
    )


def met(walk: Walk) -> tuple[Consequence, ...]:
    """Every consequence met on the walk, once each, in the order first met."""
    seen: dict[tuple[str, int], Consequence] = {}
    for frame in walk.frames:
        for consequence in frame.met:
            amount = consequence.amount.value if consequence.amount else 0
            seen.setdefault((consequence.id, amount), consequence)
    return tuple(seen.values())


def lost(walk: Walk) -> tuple[Consequence, ...]:
    """Standing perks held at some point and lost later."""
    return tuple(c for frame in walk.frames for r in frame.results for c in r.lost)


def alternatives(walk: Walk) -> tuple[Alternative, ...]:
    """For each choice on the walk, each other option, played to the end."""
    found = []
    choice_frames = [frame for frame in walk.frames if frame.step.choice is not None]
    for position, frame in enumerate(choice_frames):
        choice = frame.step.choice
        assert choice is not None
        made = choice.option(walk.answers[position])
        assert made is not None
        for option in choice.options:
            if option.id != made.id:
                found.append(_compare(walk, choice, made, option, position))
    return tuple(found)


def _compare(walk: Walk, choice: Choice, made: Option, instead: Option, position: int) -> Alternative:
    answers = _complete(walk, (*walk.answers[:position], instead.id))
    other = replay(walk.persona.slug, answers)
    here, there = met(walk), met(other)
    return Alternative(
        choice=choice,
        made=made,
        instead=instead,
        answers=answers,
        final=other.final,
        changed_systems=tuple(sid for sid in SYSTEMS if other.final[sid] != walk.final[sid]),
        met_instead=tuple(c for c in there if c not in here),
        avoided=tuple(c for c in here if c not in there),
    )


def _complete(walk: Walk, answers: tuple[str, ...]) -> tuple[str, ...]:
    """Finish a path: keep the visitor's later answers where they fit, else option one."""
    given = _answers_by_choice(walk)
    while not (other := replay(walk.persona.slug, answers)).complete:
        choice = other.frames[-1].step.choice
        assert choice is not None
        kept = given.get(choice.id)
        answers = (*answers, kept if kept and choice.option(kept) else choice.options[0].id)
    return answers


def _answers_by_choice(walk: Walk) -> dict[str, str]:
    choices = [frame.step.choice for frame in walk.frames if frame.step.choice is not None]
    return {choice.id: answer for choice, answer in zip(choices, walk.answers, strict=True)}


@dataclass(frozen=True, slots=True, kw_only=True)
class Held:
    """A consequence as the walk lived it: since when, and until when if it was lost.

    `since` is the month first met or gained (None when held from the start of the
    year); `lost` is the month it was lost, if it was not regained after.
    """

    consequence: Consequence
    since: Month | None
    lost: Month | None = None
    event: bool = False  # met once, as an event (a ticket refused), not a standing held


def consequences(walk: Walk) -> tuple[Held, ...]:
    """Every consequence of the walk once: met, gained, or held and then lost."""
    since: dict[str, Month | None] = {}
    lost: dict[str, Month] = {}
    found: dict[str, Consequence] = {}
    events: set[str] = set()
    for frame in walk.frames:
        when = frame.step.when
        for result in frame.results:
            events.update(c.id for c in result.met)
            for consequence in (*result.met, *result.gained):
                found.setdefault(consequence.id, consequence)
                since.setdefault(consequence.id, when)
                lost.pop(consequence.id, None)
            for consequence in result.lost:
                found.setdefault(consequence.id, consequence)
                since.setdefault(consequence.id, None)  # lost without being gained: held from the start
                lost[consequence.id] = when
    return tuple(
        Held(consequence=c, since=since[cid], lost=lost.get(cid), event=cid in events)
        for cid, c in found.items()
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class HeldGroup:
    """Standing consequences of one system that began and ended together: one row.

    A listing brings several bans at once; the ending names them in one line. A
    consequence met as an event (a ticket refused) always has a row of its own.
    """

    items: tuple[Held, ...]

    @property
    def first(self) -> Held:
        return self.items[0]

    @property
    def system_id(self) -> str:
        return self.first.consequence.system_id

    @property
    def provenance(self) -> Provenance:
        """One label for the row: the weakest of its consequences and their numbers."""
        found = [item.consequence.provenance for item in self.items]
        for c in (item.consequence for item in self.items):
            found += [f.provenance for f in (c.threshold, c.amount) if f is not None]
        return weakest(*found)


def grouped(held: tuple[Held, ...]) -> tuple[HeldGroup, ...]:
    """The consequences in rows, in the order first met; see HeldGroup."""
    rows: dict[tuple[object, ...], list[Held]] = {}
    for item in held:
        c = item.consequence
        key = (c.id,) if item.event else (c.system_id, c.kind, item.since, item.lost)
        rows.setdefault(key, []).append(item)
    return tuple(HeldGroup(items=tuple(items)) for items in rows.values())


def saw(walk: Walk) -> tuple[str, ...]:
    """The systems that saw the persona on this walk, or whose standing changed, in registry order."""
    seen = {r.system_id for frame in walk.frames for r in frame.results if r.visibility.seen}
    return tuple(sid for sid in SYSTEMS if sid in seen or walk.final[sid] != walk.start[sid])


@dataclass(frozen=True, slots=True, kw_only=True)
class Line:
    """One alternative as one sentence of what would have been different.

    `provenance` is the weakest provenance of the figures and consequences it names,
    so that one label can stand for the whole line; None when it names no number.
    """

    text: str
    provenance: Provenance | None


def one_line(walk: Walk, alternative: Alternative) -> Line:
    """'“Pay the 9,000 yuan now…” would have meant: …', built from the computed alternative.

    What the other path spares and what it brings instead; only when it changes no
    consequence, the standings it leaves differently. Consequences met as events are
    named; those that come with a standing (the bans of a listing) are counted, as the
    standings above already name them.
    """
    other = replay(walk.persona.slug, alternative.answers)
    standing = {c.id for w in (walk, other) for f in w.frames for r in f.results for c in r.gained}
    named: list[Provenance] = []
    perk = ConsequenceKind.PERK
    groups = (
        (_("spared"), [c for c in alternative.avoided if c.kind is not perk]),
        (_("without"), [c for c in alternative.avoided if c.kind is perk]),
        (_("with"), [c for c in alternative.met_instead if c.kind is perk]),
        (_("but"), [c for c in alternative.met_instead if c.kind is not perk]),
    )
    parts = [_listed(word, found, standing, named) for word, found in groups if found]
    if not parts and alternative.changed_systems:
        # Nothing met or spared: only where the systems leave the person differs.
        parts = [_changed(sid, alternative.final[sid], named) for sid in alternative.changed_systems]
    lead = Phrase(_("“%(option)s” would have meant"), option=Cut(alternative.instead.label, _first_clause))
    if parts:
        text: str = Phrase(_("%(lead)s: %(parts)s."), lead=lead, parts=Joined(parts, _("; ")))
    else:
        text = Phrase(_("%(lead)s no difference that any system records."), lead=lead)
    if not any(ch.isdigit() for ch in text):
        return Line(text=text, provenance=None)
    # A number only in the option's own words is part of the invented story.
    return Line(text=text, provenance=weakest(*named) if named else Provenance.ASSUMPTION)


def _changed(system_id: str, there: Standing[Any], named: list[Provenance]) -> str:
    system = SYSTEMS[system_id]
    # Where this walk left the system is in the standings above the alternatives.
    return Phrase(_("%(system)s: %(there)s"), system=system.name, there=_state(system.read(there), named))


def _state(reading: Reading, named: list[Provenance]) -> str:
    """A reading in words for a sentence; the provenance of what it names is collected."""
    if reading.value is None:
        return reading.status
    named.append(reading.value.provenance)
    value = Verbatim(f"{reading.value.value:,}")
    if not reading.band:
        return Phrase(_("%(value)s %(status)s"), value=value, status=reading.status)
    if reading.band_provenance is not None:
        named.append(reading.band_provenance)
    return Phrase(_("%(value)s %(status)s (%(band)s)"), value=value, status=reading.status, band=reading.band)


CLAUSE_ENDS = (", ", "，", ". ", "。")  # a comma first, then a full stop (in either script)


def _first_clause(label: str) -> str:
    """An option's words up to its first comma or full stop, with "…" if cut."""
    for mark in CLAUSE_ENDS:
        at = label.find(mark)
        if 0 <= at < len(label.rstrip()) - len(mark):
            return label[:at] + "…"
    return label


def _gist(label: str) -> str:
    """ "Plane ticket refused: the booking system says …" as "Plane ticket refused".

    Only a colon followed by "the" is detail; "Score below the threshold: a deposit
    must be paid" needs its second half to make sense. The choice is made on the English
    and applied to the translation (whose colon is "：").
    """
    _head, colon, tail = label.partition(": ")
    return Cut(label, _before_colon if colon and tail.startswith("the ") else _without_full_stop)


def _before_colon(label: str) -> str:
    for colon in (": ", "："):
        head, found, _tail = label.partition(colon)
        if found:
            return head.rstrip(".。")
    return label.rstrip(".。")


def _without_full_stop(label: str) -> str:
    return label.rstrip(".。")


def _listed(word: str, found: list[Consequence], standing: set[str], named: list[Provenance]) -> str:
    labels: list[str] = []
    for consequence in (c for c in found if c.id not in standing):
        label = _gist(consequence.label)
        if consequence.amount is not None:
            named.append(consequence.amount.provenance)
            amount = Verbatim(f"{consequence.amount.value:,}")
            unit = consequence.amount.unit or _("yuan")
            label = Phrase(_("%(label)s (%(amount)s %(unit)s)"), label=label, amount=amount, unit=unit)
        labels.append(label)
    counted = [c for c in found if c.id in standing]
    if counted:
        named.extend(c.provenance for c in counted)
        kind = (
            _("standing perks") if counted[0].kind is ConsequenceKind.PERK else _("standing bans or warnings")
        )
        labels.append(Phrase(_("%(count)s %(kind)s"), count=Verbatim(str(len(counted))), kind=kind))
    return Phrase(_("%(word)s: %(labels)s"), word=word, labels=Joined(labels, _(", ")))
