"""What a class chose, pooled: the aggregation a lesson's dashboard shows (issue 12).

Pure: it replays each student's path like every other page does, and counts. It never
sees who walked which path, only the paths (a persona and its answers), so the same
counts come out whatever order the paths arrive in. A path that no longer replays (a
tampered or stale one) is counted as joined and otherwise left out.
"""

from collections import Counter
from dataclasses import dataclass

from scenarios.engine import ConsequenceKind
from scenarios.guessing import seeing
from scenarios.replay import InvalidPath, UnknownPersona, UnknownStep, Walk, replay, walk_to
from scenarios.storyline import Choice
from scenarios.systems import SYSTEMS
from scenarios.you import QUESTIONS, InvalidAnswers, score

YOU = "you"  # a path of "You are scored": the answers to its questions, in order


@dataclass(frozen=True, slots=True)
class ClassPath:
    """One student's walk so far: the persona and the answers given."""

    persona: str
    answers: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class OptionCount:
    option_id: str
    label: str
    count: int


@dataclass(frozen=True, slots=True)
class Followed:
    """What one option led to, up to the next choice: the consequences met or gained."""

    option_id: str
    labels: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ChoiceTally:
    """How many chose each option at one choice of one persona's story.

    `followed` is what each option led to on the path most of the class took to this
    choice (`before`), for the projector's reveal.
    """

    persona: str
    step_number: int
    choice: Choice
    options: tuple[OptionCount, ...]
    before: tuple[str, ...] = ()
    followed: tuple[Followed, ...] = ()

    @property
    def answered(self) -> int:
        return sum(option.count for option in self.options)


@dataclass(frozen=True, slots=True)
class StandingCount:
    """How many ended the year at one standing of one system ("Listed", "603")."""

    status: str
    level: int
    count: int


@dataclass(frozen=True, slots=True)
class QuestionTally:
    """How many gave each answer to one of the "You are scored" questions."""

    question_id: str
    text: str
    options: tuple[OptionCount, ...]


@dataclass(frozen=True, slots=True)
class SystemSpread:
    """One system over the class: how many it scored, and where it left them."""

    system_id: str
    scored: int  # students whose standing it changed, or who met one of its consequences
    finals: tuple[StandingCount, ...]  # finished walks only, mildest standing first


@dataclass(frozen=True, slots=True)
class ClassResults:
    joined: int
    finished: int
    listed: int  # finished walks that put the person under a ban at some point of the year
    choices: tuple[ChoiceTally, ...]
    systems: tuple[SystemSpread, ...]  # most scored first
    questions: tuple[QuestionTally, ...] = ()  # "You are scored" answers, when the class did it


def _walk(path: ClassPath) -> Walk | None:
    try:
        return score(path.answers) if path.persona == YOU else replay(path.persona, path.answers)
    except (UnknownPersona, InvalidPath, InvalidAnswers):
        return None


def _questions(walks: list[Walk]) -> tuple[QuestionTally, ...]:
    answered = [walk.answers for walk in walks if walk.persona.slug == YOU]
    if not answered:
        return ()
    return tuple(
        QuestionTally(
            question_id=question.id,
            text=question.text,
            options=tuple(
                OptionCount(o.id, o.label, sum(answers[index] == o.id for answers in answered))
                for o in question.options
            ),
        )
        for index, question in enumerate(QUESTIONS)
    )


def followed(slug: str, before: tuple[str, ...], choice: Choice) -> tuple[Followed, ...]:
    """For each option: what the steps after it brought, until the next choice or the end."""
    found = []
    for option in choice.options:
        walk = replay(slug, (*before, option.id))
        after = [f for f in walk.frames if len(f.answers_before) == len(before) + 1]
        labels = dict.fromkeys(c.label for frame in after for c in frame.met)
        found.append(Followed(option.id, tuple(labels)))
    return tuple(found)


def _choices(walks: list[Walk]) -> tuple[ChoiceTally, ...]:
    counts: dict[tuple[str, int], Counter[str]] = {}
    prefixes: dict[tuple[str, int], Counter[tuple[str, ...]]] = {}
    found: dict[tuple[str, int], Choice] = {}
    for walk in walks:
        for frame in walk.frames:
            choice = frame.step.choice
            if choice is None:
                continue
            key = (walk.persona.slug, frame.number)
            found.setdefault(key, choice)
            prefixes.setdefault(key, Counter())[frame.answers_before] += 1
            tally = counts.setdefault(key, Counter())
            position = len(frame.answers_before)
            if position < len(walk.answers):
                tally[walk.answers[position]] += 1
    tallies = []
    for slug, number in sorted(found):
        choice = found[(slug, number)]
        # the most common path to this choice; ties go to the first in order, whatever the class's order
        before = min(prefixes[(slug, number)].items(), key=lambda item: (-item[1], item[0]))[0]
        options = tuple(OptionCount(o.id, o.label, counts[(slug, number)][o.id]) for o in choice.options)
        tallies.append(
            ChoiceTally(slug, number, choice, options, before=before, followed=followed(slug, before, choice))
        )
    return tuple(tallies)


def _was_listed(walk: Walk) -> bool:
    return any(
        c.kind is ConsequenceKind.BAN for frame in walk.frames for r in frame.results for c in r.gained
    )


def _scored(walk: Walk, system_id: str) -> bool:
    changed = walk.final[system_id] != walk.start[system_id]
    touched = any(r.fired or r.met for f in walk.frames for r in f.results if r.system_id == system_id)
    return changed or touched


def _spread(walks: list[Walk], finished: list[Walk], system_id: str) -> SystemSpread:
    system = SYSTEMS[system_id]
    finals: Counter[tuple[int, str]] = Counter()
    for walk in finished:
        reading = system.read(walk.final[system_id])
        if reading.tracked:
            shown = str(reading.value.value) if reading.value else reading.status
            finals[(reading.level, shown)] += 1
    return SystemSpread(
        system_id=system_id,
        scored=sum(_scored(walk, system_id) for walk in walks),
        finals=tuple(
            StandingCount(status, level, count) for (level, status), count in sorted(finals.items())
        ),
    )


def aggregate(paths: list[ClassPath]) -> ClassResults:
    """The class's choices and standings, from every student's path."""
    walks = [walk for walk in map(_walk, paths) if walk is not None]
    finished = [walk for walk in walks if walk.complete]
    spreads = [_spread(walks, finished, sid) for sid in SYSTEMS]
    seen = [spread for spread in spreads if spread.scored]
    return ClassResults(
        joined=len(paths),
        finished=len(finished),
        listed=sum(_was_listed(walk) for walk in finished),
        choices=_choices([walk for walk in walks if walk.persona.slug != YOU]),
        systems=tuple(sorted(seen, key=lambda spread: -spread.scored)),
        questions=_questions(walks),
    )


@dataclass(frozen=True, slots=True)
class ClassGuess:
    """One guess at a step: the persona, the step, the answers before it, the systems ticked."""

    persona: str
    step: int
    answers: tuple[str, ...]
    guessed: frozenset[str]


@dataclass(frozen=True, slots=True)
class SystemGuess:
    system_id: str
    guessed_by: int  # how many of the class ticked it
    saw: int  # for how many of those guesses the system really saw the step


@dataclass(frozen=True, slots=True)
class StepGuesses:
    """The class's pooled guesses at one step, beside what really saw it."""

    persona: str
    step: int
    guesses: int
    exactly_right: int
    systems: tuple[SystemGuess, ...]  # every system ticked or seeing, most ticked first


def pool_guesses(guesses: list[ClassGuess]) -> tuple[StepGuesses, ...]:
    """The predict-then-reveal of the step screen, pooled for the class."""
    by_step: dict[tuple[str, int], list[tuple[frozenset[str], frozenset[str]]]] = {}
    for guess in guesses:
        try:
            _, frame = walk_to(guess.persona, guess.step, guess.answers)
        except (UnknownPersona, InvalidPath, UnknownStep):
            continue
        by_step.setdefault((guess.persona, guess.step), []).append((guess.guessed, seeing(frame)))
    pooled = []
    for (slug, step), pairs in sorted(by_step.items()):
        ticked: Counter[str] = Counter(sid for guessed, _ in pairs for sid in guessed)
        saw: Counter[str] = Counter(sid for _, seen in pairs for sid in seen)
        ids = sorted(set(ticked) | set(saw), key=lambda sid: (-ticked[sid], list(SYSTEMS).index(sid)))
        pooled.append(
            StepGuesses(
                persona=slug,
                step=step,
                guesses=len(pairs),
                exactly_right=sum(guessed == seen for guessed, seen in pairs),
                systems=tuple(SystemGuess(sid, ticked[sid], saw[sid]) for sid in ids),
            )
        )
    return tuple(pooled)
