"""Same year, somewhere else: the visitor's answers replayed as if they lived in another place.

Only the answer to "Where do you live?" changes; every other answer is kept. Each place
is scored by the same systems as the visitor's own, so one act counts in one place and
vanishes in another. Where an answer does not fit a place (a court in Leeds and China's
list of defaulters), `you.scope_notes` says what the record says instead of applying a
rule that does not exist there.
"""

from dataclasses import dataclass

from scenarios import you
from scenarios.you import Loss, ScopeNote

# The places the exhibit models with their own systems: a Shandong points city, Shanghai's
# app, Zhejiang's rubbish rules, and the British credit check.
PLACES = ("rongcheng", "shanghai", "hangzhou", "leeds")


@dataclass(frozen=True, slots=True, kw_only=True)
class Place:
    """The same year lived in one other place, compared with the visitor's own."""

    place: str  # the option id of the "home" answer
    city: str
    country: str
    answers: tuple[str, ...]
    losses: tuple[Loss, ...]
    seen: tuple[str, ...]  # system ids, in the registry's order
    appears: tuple[Loss, ...]  # met there and not at home
    vanishes: tuple[Loss, ...]  # met at home and not there
    seen_appears: tuple[str, ...]  # systems that see you there and not at home
    seen_vanishes: tuple[str, ...]  # systems that see you at home and not there
    notes: tuple[ScopeNote, ...]

    @property
    def query(self) -> str:
        return you.query(self.answers)

    @property
    def barred(self) -> tuple[Loss, ...]:
        """What you could no longer do there, or had to pay."""
        return tuple(loss for loss in self.losses if loss.barred)

    @property
    def barred_appears(self) -> tuple[Loss, ...]:
        return tuple(loss for loss in self.appears if loss.barred)

    @property
    def barred_vanishes(self) -> tuple[Loss, ...]:
        return tuple(loss for loss in self.vanishes if loss.barred)

    @property
    def others_appear(self) -> int:
        """How many warnings and perks are met there and not at home."""
        return len(self.appears) - len(self.barred_appears)

    @property
    def others_vanish(self) -> int:
        return len(self.vanishes) - len(self.barred_vanishes)


def moved(answers: tuple[str, ...], place: str) -> tuple[str, ...]:
    """The same answers with "Where do you live?" answered `place`."""
    if place not in you.CITIES:
        raise you.InvalidAnswers("home")
    position = [q.id for q in you.QUESTIONS].index("home")
    return (*answers[:position], place, *answers[position + 1 :])


def replay_in(answers: tuple[str, ...], place: str) -> Place:
    """The year in `place`, compared with the year where the answers say you live."""
    here = you.score(answers)
    there_answers = moved(answers, place)
    there = you.score(there_answers)
    here_losses, there_losses = you.losses(here), you.losses(there)
    here_keys = {loss.key for loss in here_losses}
    there_keys = {loss.key for loss in there_losses}
    here_seen, there_seen = you.seen_by(here), you.seen_by(there)
    city, country = you.CITIES[place]
    return Place(
        place=place,
        city=city,
        country=country,
        answers=there_answers,
        losses=there_losses,
        seen=there_seen,
        appears=tuple(loss for loss in there_losses if loss.key not in here_keys),
        vanishes=tuple(loss for loss in here_losses if loss.key not in there_keys),
        seen_appears=tuple(sid for sid in there_seen if sid not in here_seen),
        seen_vanishes=tuple(sid for sid in here_seen if sid not in there_seen),
        notes=you.scope_notes(there_answers),
    )


def elsewhere(answers: tuple[str, ...]) -> tuple[Place, ...]:
    """Every modelled place but the visitor's own, in the order of `PLACES`."""
    home = dict(zip((q.id for q in you.QUESTIONS), answers, strict=True))["home"]
    return tuple(replay_in(answers, place) for place in PLACES if place != home)
