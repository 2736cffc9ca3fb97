"""factory-boy factories for the domain's value objects."""

from factory.base import Factory

from scenarios.engine import Channel, Event, EventKind, Profile, Standing
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
    when = "2018-01"
    channels = frozenset({Channel.ALIPAY})
    amount_yuan = 0


class StandingFactory(Factory[Standing]):
    class Meta:
        model = Standing

    tracked = True
    value = 1000
    provenance = Provenance.SOURCE_TEXT
    owed_yuan = 0
    appeal_pending = False
