""" "You are scored": a visitor's answers become a profile and a year of events.

Nothing about the visitor's identity is asked and nothing is stored: the answers are
the whole state, carried in the URL. Each answer either sets a fact of the profile
(where you live, which apps you use) or adds events to the year. Then every system
scores the year exactly as it scores a persona. The result opens with what the year
cost (`losses`) and what nobody saw (`unseen`), says what an answer means where you
live (`scope_notes`), and counts how much of it rests on the exhibit's own assumptions.
"""

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from scenarios.engine import Channel, Consequence, ConsequenceKind, Event, Month, Profile
from scenarios.i18n import _
from scenarios.provenance import Provenance, weakest
from scenarios.replay import Frame, Walk, play
from scenarios.storyline import Beat, Persona, Step
from scenarios.systems import SYSTEMS
from scenarios.you_answers import (
    ALWAYS,
    CITIES,
    DEBT_YUAN,
    LOAN_YUAN,
    QUESTIONS,
    Happening,
    Option,
    Question,
)

__all__ = ["CITIES", "DEBT_YUAN", "LOAN_YUAN", "QUESTIONS", "Option", "Question"]

SLUG = "you"


class InvalidAnswers(ValueError):
    """Answers missing, unknown or left over: the URL was cut short or typed by hand."""


BY_ID = {question.id: question for question in QUESTIONS}

# Records that reach China's lists only when the act happens in China: a flight from
# Britain is not sold against China's passenger lists, a British crew's report does not
# reach them, and a restaurant in Leeds is registered and taxed in Britain. Someone living
# outside China leaves these records somewhere the exhibit does not model (`scope_notes`).
IN_CHINA_ONLY = frozenset(
    {
        Channel.AIRLINE_BOOKING,
        Channel.RAIL_BOOKING,
        Channel.CABIN_CREW_REPORT,
        Channel.TOURISM_AUTHORITY,
        Channel.MARKET_REGULATOR,
        Channel.TAX_AUTHORITY,
    }
)
NOWHERE = frozenset({Channel.NONE})


def parse(values: dict[str, str]) -> tuple[str, ...]:
    """The answers in question order, from a mapping of question id to option id."""
    answers = []
    for question in QUESTIONS:
        answer = values.get(question.id, "")
        if answer not in {option.id for option in question.options}:
            raise InvalidAnswers(question.id)
        answers.append(answer)
    return tuple(answers)


def query(answers: tuple[str, ...]) -> str:
    """The answers as a URL query, in question order: all a result's URL holds."""
    return "&".join(f"{q.id}={a}" for q, a in zip(QUESTIONS, answers, strict=True))


def rows(answers: tuple[str, ...]) -> tuple[Option, ...]:
    """The row of the table each answer picks, in question order."""
    return tuple(
        next(option for option in question.options if option.id == answer)
        for question, answer in zip(QUESTIONS, answers, strict=True)
    )


def profile_for(answers: tuple[str, ...]) -> Profile:
    """The profile the answers set: where you live, what you opted into, your business."""
    picked = rows(answers)
    city, country = next(row.home for row in picked if row.home is not None)
    return Profile(
        home_city=city,
        years_resident=5,
        age=30,
        opted_in=frozenset().union(*(row.opts_in for row in picked)),
        country=country,
        business=next((row.runs for row in picked if row.runs is not None), None),
    )


def _step(number: int, happening: Happening, profile: Profile, paid_with: Channel) -> Step:
    """One moment of the year as a storyline step, recorded as it would be where you live."""
    in_china = profile.country == "China"
    channels = frozenset((*happening.channels, paid_with) if happening.paid else happening.channels)
    kept = channels if in_china else channels - IN_CHINA_ONLY
    event = Event(
        kind=happening.kind,
        city=profile.home_city,
        when=happening.when,
        channels=kept or NOWHERE,
        amount_yuan=happening.amount_yuan,
    )
    text = happening.text if in_china or not happening.text_abroad else happening.text_abroad
    return Step(
        id=f"moment-{number}", when=happening.when, title=happening.title, beat=Beat(text=text, event=event)
    )


def year_for(answers: tuple[str, ...]) -> tuple[Step, ...]:
    """The visitor's year, month by month: what the answers add, and what always happens."""
    picked = rows(answers)
    paid_with = next(row.pays_with for row in picked if row.pays_with is not None)
    happenings = sorted((*ALWAYS, *(h for row in picked for h in row.adds)), key=lambda h: h.when)
    profile = profile_for(answers)
    return tuple(_step(n, h, profile, paid_with) for n, h in enumerate(happenings, start=1))


YOU_QUESTIONS = (
    _("Which of your answers did no system see at all? Which did several see?"),
    _(
        "Where you live changed which systems could see you. Is it fair that the same act "
        "counts in one city and not in another?"
    ),
    _(
        "Much of your result rests on the exhibit's own assumptions. What would you need to know "
        "before trusting a score like this? Would you ask the same of a credit score or an "
        "app rating where you live?"
    ),
)


def storyline_for(answers: tuple[str, ...]) -> Persona:
    """The visitor's year as a storyline with no choices left: the answers are all given."""
    return Persona(
        slug=SLUG,
        name=_("You"),
        name_zh="",
        tagline=_("A simulation built from your answers, and nothing else."),
        introduction=_("No name, no account and nothing stored: only the answers in the address bar."),
        profile=profile_for(answers),
        steps=year_for(answers),
        questions=YOU_QUESTIONS,
    )


@lru_cache(maxsize=256)
def score(answers: tuple[str, ...]) -> Walk:
    """Every system scores the visitor's year, played by `replay.play` as for a persona."""
    if len(answers) != len(QUESTIONS):
        raise InvalidAnswers("expected one answer per question")
    parse({q.id: a for q, a in zip(QUESTIONS, answers, strict=True)})
    return replace(play(storyline_for(answers), ()), answers=answers)


@dataclass(frozen=True, slots=True, kw_only=True)
class Assumptions:
    """How many of the number changes in a result rest on each kind of evidence."""

    counts: dict[Provenance, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def illustrative(self) -> int:
        return self.counts.get(Provenance.ASSUMPTION, 0)


def assumptions(walk: Walk) -> Assumptions:
    """Count every number that moved a standing, by its provenance."""
    counted: Counter[Provenance] = Counter(
        rule.change.provenance
        for frame in walk.frames
        for result in frame.results
        for rule in result.fired
        if rule.change is not None
    )
    return Assumptions(counts=dict(counted))


# Consequences that say the same thing in two systems' words: shown as one loss.
SAME_LOSS = {
    "court_list.flight_refused": "fly",
    "air_rail_list.flight_refused": "fly",
    "court_list.no_flights": "fly",
    "air_rail_list.no_flights": "fly",
    "court_list.train_refused": "fast-train",
    "court_list.no_fast_trains": "fast-train",
}
REFUSED = frozenset({"court_list.flight_refused", "air_rail_list.flight_refused", "court_list.train_refused"})
HEADLINES = {
    # (key, refused at a counter): the loss in plain words
    ("fly", True): _("Your plane ticket was refused"),
    ("fly", False): _("You may not buy plane tickets"),
    ("fast-train", True): _("Your high-speed train ticket was refused"),
    ("fast-train", False): _("You may not ride high-speed trains"),
}
SEVERITY = (ConsequenceKind.BAN, ConsequenceKind.COST, ConsequenceKind.WARNING, ConsequenceKind.PERK)


@dataclass(frozen=True, slots=True, kw_only=True)
class Loss:
    """One thing the year cost or brought, told once, with every system that says it."""

    key: str  # the same key in every place, to compare places
    headline: str
    kind: ConsequenceKind
    refused: bool  # it happened at a counter: a ticket refused, not only a rule held
    when: Month  # the month it was first met
    moment: str  # the title of the moment it was first met at
    consequences: tuple[Consequence, ...]
    system_ids: tuple[str, ...]

    @property
    def provenance(self) -> Provenance:
        return weakest(*(c.provenance for c in self.consequences))

    @property
    def barred(self) -> bool:
        """What you could no longer do, or had to pay: a ban or a cost."""
        return self.kind in (ConsequenceKind.BAN, ConsequenceKind.COST)


def losses(walk: Walk) -> tuple[Loss, ...]:
    """Every consequence met, once each, grouped by meaning, most serious first.

    A ticket refused at a counter comes before the rule that refused it; then bans,
    costs, warnings and perks, each in the order first met.
    """
    found: dict[str, list[tuple[Consequence, Frame]]] = {}
    for frame in walk.frames:
        for consequence in frame.met:
            key = SAME_LOSS.get(consequence.id, consequence.id)
            group = found.setdefault(key, [])
            if all(c.id != consequence.id for c, _frame in group):
                group.append((consequence, frame))
    made = []
    for key, group in found.items():
        refused = any(c.id in REFUSED for c, _frame in group)
        first = next((pair for pair in group if pair[0].id in REFUSED), group[0])
        kind = min((c.kind for c, _frame in group), key=SEVERITY.index)
        made.append(
            Loss(
                key=key,
                headline=HEADLINES.get((key, refused), first[0].label),
                kind=kind,
                refused=refused,
                when=first[1].step.when,
                moment=first[1].title,
                consequences=tuple(c for c, _frame in group),
                system_ids=tuple(dict.fromkeys(c.system_id for c, _frame in group)),
            )
        )
    order = {id(loss): n for n, loss in enumerate(made)}
    return tuple(
        sorted(made, key=lambda loss: (not loss.refused, SEVERITY.index(loss.kind), order[id(loss)]))
    )


def unseen(walk: Walk) -> tuple[Frame, ...]:
    """The moments of the year that no system saw."""
    return tuple(frame for frame in walk.frames if not any(r.visibility.seen for r in frame.results))


def seen_by(walk: Walk) -> tuple[str, ...]:
    """The systems that saw at least one moment, in the registry's order."""
    seen = {r.system_id for frame in walk.frames for r in frame.results if r.visibility.seen}
    return tuple(sid for sid in SYSTEMS if sid in seen)


@dataclass(frozen=True, slots=True, kw_only=True)
class ScopeNote:
    """What the record says an answer means where you live, when it differs from China."""

    question_id: str
    text: str


Chosen = dict[str, str]


def _abroad(chosen: Chosen) -> bool:
    return CITIES[chosen["home"]][1] != "China"


# (question, when the note applies, what the record says): in the order shown.
SCOPE_RULES: tuple[tuple[str, Callable[[Chosen], bool], str], ...] = (
    (
        "app",
        lambda c: c["app"] == "yes" and CITIES[c["home"]][0] != "Shanghai",
        _(
            "The sources know one city credit app, Honest Shanghai, and it is only for "
            "people living in Shanghai. Signing up changes nothing where you live."
        ),
    ),
    (
        "pay",
        lambda c: _abroad(c) and c["pay"] in ("sesame", "tencent"),
        _(
            "Sesame Credit and Tencent's credit test are Chinese companies' scores for "
            "people using their apps. The sources do not say whether someone living in "
            "Britain could switch them on; the result shows them as if you could."
        ),
    ),
    (
        "money",
        lambda c: _abroad(c) and c["money"] == "miss",
        _(
            "A missed repayment in Britain goes on a British credit file (Experian and "
            "other brokers), not on the credit report of China's central bank."
        ),
    ),
    (
        "court",
        _abroad,
        _(
            "A court in Britain cannot put you on China's list of people who do not pay what "
            "a court orders: only China's courts keep that list, and the bans that come with "
            "it do not exist in Britain. A British court judgment left unpaid is a matter for "
            "the British credit file (a County Court Judgment), which the exhibit's sources "
            "do not describe, so nothing here records it."
        ),
    ),
    (
        "trip",
        _abroad,
        _(
            "China's air and rail passenger lists cover flights and trains in China. Your "
            "flights and trains leave from Britain: they are not sold against China's lists, "
            "and a British crew's report does not reach them. The sources do not say what a "
            "British airline does, so nothing here records it."
        ),
    ),
    (
        "business",
        lambda c: _abroad(c) and c["business"] == "restaurant",
        _(
            "China's business credit code is given to organisations registered in China. "
            "A restaurant in Britain is registered and taxed there, which the exhibit "
            "does not model."
        ),
    ),
)


def scope_notes(answers: tuple[str, ...]) -> tuple[ScopeNote, ...]:
    """Where an answer does not fit the place, say so instead of applying a rule."""
    chosen = dict(zip((q.id for q in QUESTIONS), answers, strict=True))
    return tuple(
        ScopeNote(question_id=qid, text=text) for qid, applies, text in SCOPE_RULES if applies(chosen)
    )
