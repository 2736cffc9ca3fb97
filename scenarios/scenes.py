"""Consequences as a persona meets them: the screen, the letter, the words at a counter.

A step that brings a consequence shows it first as a scene, one large card in the
story's terms ("The booking site: Not qualified"), with the system's rule one tap
away. The words are the exhibit's reconstruction unless `quote_id` names the seed
quote they come from; the card labels them either way.
"""

from dataclasses import dataclass


@dataclass(frozen=True, slots=True, kw_only=True)
class Scene:
    """Where the persona meets a consequence, and what they see or hear there."""

    consequence_id: str
    where: str  # "The airline's booking site"
    says: str  # the words on the screen or in the letter
    quote_id: str = ""  # the seed quote the words come from, if they do


SCENES: dict[str, Scene] = {}


def scene_for(consequence_id: str) -> Scene | None:
    return SCENES.get(consequence_id)
