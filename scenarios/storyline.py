"""Personas and their storylines: steps, the events in them, and the choices.

A step tells one moment of a persona's life and carries one event. A step may end
with a choice; the steps after it read differently depending on the answer (a
`Variant`), or appear only after one answer (`only_after`), so a path is a real
branch, not a cosmetic one.
"""

from dataclasses import dataclass

from scenarios.engine import Event, Month, Profile


@dataclass(frozen=True, slots=True, kw_only=True)
class Beat:
    """What happens: the words on screen and the event the systems see.

    `title` replaces the step's title when a variant tells a different story.
    """

    text: str
    event: Event
    title: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Option:
    """One answer to a choice. `id` is what the URL carries."""

    id: str
    label: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Choice:
    id: str
    question: str
    options: tuple[Option, ...]

    def option(self, option_id: str) -> Option | None:
        return next((o for o in self.options if o.id == option_id), None)


@dataclass(frozen=True, slots=True, kw_only=True)
class Variant:
    """The beat a step tells instead when an earlier choice was answered so."""

    after: tuple[str, str]  # (choice id, option id)
    beat: Beat


@dataclass(frozen=True, slots=True, kw_only=True)
class Step:
    id: str
    when: Month
    title: str
    beat: Beat
    choice: Choice | None = None
    variants: tuple[Variant, ...] = ()
    only_after: tuple[str, str] | None = None

    def applies(self, chosen: dict[str, str]) -> bool:
        """Whether this step is part of a path with these earlier answers."""
        if self.only_after is None:
            return True
        choice_id, option_id = self.only_after
        return chosen.get(choice_id) == option_id

    def beat_for(self, chosen: dict[str, str]) -> Beat:
        """The beat for a path: the first variant that matches, or the default."""
        for variant in self.variants:
            choice_id, option_id = variant.after
            if chosen.get(choice_id) == option_id:
                return variant.beat
        return self.beat


@dataclass(frozen=True, slots=True, kw_only=True)
class Epilogue:
    """How the year ended, in the story's voice: the first thing the ending shows.

    `after` lists every (choice id, option id) the path must have taken; the first
    epilogue whose conditions all hold is the one told, so the most specific comes first.
    """

    after: tuple[tuple[str, str], ...]
    text: str

    def fits(self, chosen: dict[str, str]) -> bool:
        return all(chosen.get(choice_id) == option_id for choice_id, option_id in self.after)


@dataclass(frozen=True, slots=True, kw_only=True)
class Persona:
    """A fictional person. Every screen that shows one says so."""

    slug: str
    name: str
    name_zh: str
    tagline: str
    introduction: str
    profile: Profile
    steps: tuple[Step, ...]
    questions: tuple[str, ...] = ()
    epilogues: tuple[Epilogue, ...] = ()

    def path(self, answers: tuple[str, ...]) -> tuple[Step, ...]:
        """The steps a path with these answers takes, up to its first unanswered choice.

        The steps a replay of the same answers plays, without playing them: a page asks
        this to know where a link leads.
        """
        chosen: dict[str, str] = {}
        remaining = list(answers)
        taken: list[Step] = []
        for step in self.steps:
            if not step.applies(chosen):
                continue
            taken.append(step)
            if step.choice is None:
                continue
            if not remaining:
                break
            chosen[step.choice.id] = remaining.pop(0)
        return tuple(taken)

    def ends_after(self, answers: tuple[str, ...], number: int) -> bool:
        """Whether the ending, not another step, follows step `number` on this path."""
        return len(self.path(answers)) <= number

    def epilogue_for(self, chosen: dict[str, str]) -> str:
        """The epilogue of the path with these answers, or "" if none is written."""
        return next((e.text for e in self.epilogues if e.fits(chosen)), "")
