"""factory-boy factories for the domain's value objects."""

from typing import Any

from factory.base import Factory

from scenarios.engine import Channel, Event, EventKind, Month, Profile, Standing
from scenarios.provenance import Provenance


class ProfileFactory(Factory[Profile]):
    class Meta:
        model = Profile

    home_city = "Rongcheng"
    years_resident = 6
    age = 34
    opted_in = frozenset({"sesame"})


class EventFactory(Factory[Event]):
    class Meta:
        model = Event

    kind = EventKind.BUYS_NAPPIES
    city = "Rongcheng"
    when = Month(2018, 1)
    channels = frozenset({Channel.ALIPAY})
    amount_yuan = 0


class StandingFactory(Factory[Standing[Any]]):
    """A tracked standing; pass `state=` in the system's own state type (1,000 points by default)."""

    class Meta:
        model = Standing

    tracked = True
    state = 1000
    provenance = Provenance.SOURCE_TEXT
