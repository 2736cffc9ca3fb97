"""One everyday event, every system side by side.

Each system is asked as it would treat someone it covers: the event happens in the
city of the system's `example_profile`, in a month when it was running. A city's
scheme is shown for one of its residents, an opt-in score for someone who signed up.
The screen says so; otherwise a Rongcheng ledger would "not see" every event.
"""

from dataclasses import dataclass, replace
from functools import cache

from scenarios.engine import Event, PilotSystem, Profile, SystemStep
from scenarios.everyday import BY_SLUG, EverydayEvent
from scenarios.systems import SYSTEMS


class UnknownEvent(LookupError):
    """No everyday event has this slug."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Answer:
    """What one system does with the event, for the person it was asked about."""

    system: PilotSystem
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


def _placed(event: Event, system: PilotSystem, when: str) -> Event:
    return replace(event, city=system.example_profile.home_city, when=when)


def _earlier(when: str) -> str:
    """The month before `when`: a setup event happens before the event itself."""
    year, month = (int(part) for part in when[:7].split("-"))
    return f"{year - 1:04d}-12" if month == 1 else f"{year:04d}-{month - 1:02d}"


def ask(system: PilotSystem, everyday: EverydayEvent) -> Answer:
    """Run the setup, then the event, through one system for someone it covers."""
    profile = system.example_profile
    standing = system.start(profile)
    for setup in everyday.setup:
        standing = system.step(standing, _placed(setup, system, _earlier(system.example_when)), profile).after
    result = system.step(standing, _placed(everyday.event, system, system.example_when), profile)
    return Answer(system=system, profile=profile, result=result)


@cache
def compare(slug: str) -> Comparison:
    try:
        everyday = BY_SLUG[slug]
    except KeyError:
        raise UnknownEvent(slug) from None
    return Comparison(everyday=everyday, answers=tuple(ask(system, everyday) for system in SYSTEMS.values()))
