"""Every persona, by the slug its URLs use. Each one is fictional and says so."""

from scenarios.personas.gao_ming import GAO_MING
from scenarios.storyline import Persona

PERSONAS: dict[str, Persona] = {persona.slug: persona for persona in (GAO_MING,)}
