"""The writing on screen: step length, plain language, discussion questions, and coverage.

Step text is 30 to 70 words, with short sentences at about a grade 8 reading level
(Flesch-Kincaid grade, counted with a simple syllable rule). Between them, the
personas' stories must reach every system that can see an event at all.
"""

import re

import pytest

from scenarios.personas import PERSONAS
from scenarios.replay import all_paths, replay
from scenarios.systems import SYSTEMS
from scenarios.systems.common import NotAnInput


def words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z0-9][A-Za-z0-9'’,.-]*", text)


def syllables(word: str) -> int:
    word = re.sub(r"[^a-z]", "", word.lower())
    if not word:
        return 1
    count = len(re.findall(r"[aeiouy]+", word))
    if word.endswith("e") and not word.endswith(("le", "ee")) and count > 1:
        count -= 1
    return max(1, count)


def grade(text: str) -> float:
    """Flesch-Kincaid grade level."""
    sentences = max(1, len(re.findall(r"[.!?]+(?:\s|$)", text)))
    found = words(text)
    syllable_count = sum(syllables(w) for w in found)
    return 0.39 * len(found) / sentences + 11.8 * syllable_count / len(found) - 15.59


def beats(slug: str) -> list[tuple[str, str]]:
    """Every beat on every path of a persona, once each: (title, text)."""
    found: dict[str, str] = {}
    for answers in all_paths(slug):
        for frame in replay(slug, answers).frames:
            found.setdefault(frame.beat.text, frame.title)
    return [(title, text) for text, title in found.items()]


@pytest.mark.parametrize("slug", list(PERSONAS))
def test_every_step_is_thirty_to_seventy_words(slug: str) -> None:
    for title, text in beats(slug):
        assert 30 <= len(words(text)) <= 70, (title, len(words(text)))


@pytest.mark.parametrize("slug", list(PERSONAS))
def test_the_story_reads_at_about_grade_eight(slug: str) -> None:
    texts = [text for _, text in beats(slug)]
    assert grade(" ".join(texts)) <= 9.0
    for title, text in beats(slug):
        assert grade(text) <= 12.0, title  # no single step much harder than the rest


@pytest.mark.parametrize("slug", list(PERSONAS))
def test_each_persona_has_eight_to_twelve_steps_and_two_or_more_choices(slug: str) -> None:
    persona = PERSONAS[slug]
    assert sum(1 for step in persona.steps if step.choice is not None) >= 2
    for answers in all_paths(slug):
        assert 8 <= len(replay(slug, answers).frames) <= 12


@pytest.mark.parametrize("slug", list(PERSONAS))
def test_each_persona_says_it_is_fictional_and_has_questions_to_discuss(slug: str) -> None:
    persona = PERSONAS[slug]
    assert "not a real person" in persona.introduction
    assert 2 <= len(persona.questions) <= 3
    assert all(q.rstrip().endswith("?") for q in persona.questions)


def test_grade_counts_harder_text_as_harder() -> None:
    assert grade("The cat sat. The dog ran.") < grade(
        "Institutional accountability mechanisms necessitate comprehensive administrative documentation."
    )


def test_between_them_the_personas_touch_every_system_that_takes_inputs() -> None:
    """Claims, context and fiction never see an event; every other system sees a persona."""
    seen = {
        result.system_id
        for slug in PERSONAS
        for answers in all_paths(slug)
        for frame in replay(slug, answers).frames
        for result in frame.results
        if result.visibility.seen
    }
    takes_inputs = {sid for sid, system in SYSTEMS.items() if not isinstance(system, NotAnInput)}
    assert takes_inputs - seen == set()
