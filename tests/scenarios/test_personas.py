"""Personas are fictional, plainly written, and their storylines hang together."""

import pytest

from scenarios.personas import PERSONAS
from scenarios.storyline import Persona

ALL = list(PERSONAS.values())


def beats(persona: Persona) -> list[str]:
    return [b.text for step in persona.steps for b in (step.beat, *(v.beat for v in step.variants))]


@pytest.mark.parametrize("persona", ALL, ids=lambda p: p.slug)
def test_every_screen_of_text_is_30_to_70_words(persona: Persona) -> None:
    for text in beats(persona):
        assert 30 <= len(text.split()) <= 70, text


@pytest.mark.parametrize("persona", ALL, ids=lambda p: p.slug)
def test_sentences_are_short(persona: Persona) -> None:
    for text in beats(persona):
        for sentence in text.replace("!", ".").replace("?", ".").split(". "):
            assert len(sentence.split()) <= 25, sentence


@pytest.mark.parametrize("persona", ALL, ids=lambda p: p.slug)
def test_the_introduction_says_the_persona_is_not_real(persona: Persona) -> None:
    assert "not a real person" in persona.introduction


@pytest.mark.parametrize("persona", ALL, ids=lambda p: p.slug)
def test_variants_and_conditions_name_real_choices_and_options(persona: Persona) -> None:
    options = {
        (step.choice.id, option.id) for step in persona.steps if step.choice for option in step.choice.options
    }
    for step in persona.steps:
        for variant in step.variants:
            assert variant.after in options, (step.id, variant.after)
        if step.only_after:
            assert step.only_after in options, step.id
    ids = [step.id for step in persona.steps]
    assert len(ids) == len(set(ids))
