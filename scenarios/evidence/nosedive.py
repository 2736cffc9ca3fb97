"""Seed quotes for "Nosedive", the television story the sources compare the systems with."""

from scenarios.evidence.types import S001, S002, S004, Quote, Reference
from scenarios.i18n import _

QUOTES: tuple[Quote, ...] = (
    Quote(
        id="nosedive.caption",
        seed=S002,
        text="Netflix drama ‘Black Mirror’ Episode ‘Nosedive’",
        caveat=_("A picture caption: the source text opens with an image from the television story."),
    ),
    Quote(
        id="nosedive.seems_familiar",
        seed=S004,
        text="If this idea of a personal rating seems a little familiar perhaps you have seen the "
        "dystopic Netflix series, Black Mirror.",
    ),
    Quote(
        id="nosedive.season_three",
        seed=S004,
        text="In season three of the show, one particularly dark episode ran through a scenario "
        "where highly rated citizens were afforded more rights than their lowly counterparts "
        "with devastating consequences.",
    ),
    Quote(
        id="nosedive.often_compared",
        seed=S001,
        text="China’s social credit system is often compared to Big Brother, Black Mirror and any "
        "other dystopian futurist sci-fi writer can dream up. Reality is much more complex and, "
        "in some cases, even worse.",
    ),
)

# The one outside source (MIT Technology Review, 2022) is in scenarios/evidence/framing.py.
REFERENCES: tuple[Reference, ...] = ()
