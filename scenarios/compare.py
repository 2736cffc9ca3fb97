"""One everyday event, every system side by side.

Each system is asked as it would treat someone it covers: the event happens in the
city of the system's `example_profile`, in a month when it was running. A city's
scheme is shown for one of its residents, an opt-in score for someone who signed up.
The screen says so; otherwise a Rongcheng ledger would "not see" every event.
"""

from dataclasses import dataclass, replace
from functools import cache

from scenarios.engine import AnySystem, Event, Month, Profile, SystemStep
from scenarios.everyday import BY_SLUG, EverydayEvent
from scenarios.systems import SYSTEMS


class UnknownEvent(LookupError):
    """No everyday event has this slug."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Answer:
    """What one system does with the event, for the person it was asked about."""

    system: AnySystem
    profile: Profile
    result: SystemStep


@dataclass(frozen=True, slots=True, kw_only=True)
class Comparison:
    everyday: EverydayEvent
    answers: tuple[Answer, ...]

    @property
    def seen_by(self) -> tuple[Answer, ...]:
        return tuple(answer for answer in self.answers if answer.result.visibility.seen)

    @property
    def unseen_by(self) -> tuple[Answer, ...]:
        return tuple(answer for answer in self.answers if not answer.result.visibility.seen)


def _placed(event: Event, system: AnySystem, when: Month) -> Event:
    return replace(event, city=system.example_profile.home_city, when=when)


def ask(system: AnySystem, everyday: EverydayEvent) -> Answer:
    """Run the setup, then the event, through one system for someone it covers."""
    profile = system.example_profile
    standing = system.start(profile)
    for setup in everyday.setup:
        standing = system.step(standing, _placed(setup, system, system.example_when.plus(-1)), profile).after
    result = system.step(standing, _placed(everyday.event, system, system.example_when), profile)
    return Answer(system=system, profile=profile, result=result)


@cache
def compare(slug: str) -> Comparison:
    try:
        everyday = BY_SLUG[slug]
    except KeyError:
        raise UnknownEvent(slug) from None
    return Comparison(everyday=everyday, answers=tuple(ask(system, everyday) for system in SYSTEMS.values()))
