"""Personas are fictional, plainly written, and their storylines hang together."""

import re

import pytest

from scenarios.evidence import QUOTES
from scenarios.personas import PERSONAS
from scenarios.replay import all_paths, replay
from scenarios.scenes import SCENES, scene_for
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


# Epilogues: every complete path ends with how the year went, in three or four sentences.

PATHS = [(slug, answers) for slug in PERSONAS for answers in all_paths(slug)]


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]


@pytest.mark.parametrize(("slug", "answers"), PATHS, ids=lambda v: v if isinstance(v, str) else "-".join(v))
def test_every_complete_path_has_an_epilogue_of_three_or_four_sentences(
    slug: str, answers: tuple[str, ...]
) -> None:
    epilogue = replay(slug, answers).epilogue
    assert epilogue, (slug, answers)
    assert 3 <= len(sentences(epilogue)) <= 4, epilogue
    assert not re.search(r"\b(Documented|Reported|Illustrative)\b", epilogue)


def test_an_open_walk_has_no_epilogue_yet() -> None:
    assert replay("gao-ming", ("ignore",)).epilogue == ""


@pytest.mark.parametrize(
    ("slug", "answers", "words"),
    [
        ("gao-ming", ("ignore", "games", "refuse"), ("day late", "still on the court's list")),
        ("gao-ming", ("ignore", "course", "pay"), ("same 9,000 yuan", "did not come back")),
        ("gao-ming", ("appeal", "course"), ("3,000 yuan", "without a deposit")),
        ("gao-ming", ("pay", "games"), ("flew to the wedding", "cost a deposit")),
        ("li-jing", ("refuse", "counter", "slow-train"), ("phoned her", "slow train")),
        ("li-jing", ("refuse", "alipay", "pay"), ("eleven months late", "within days")),
        ("li-jing", ("appeal", "alipay"), ("12,000 yuan",)),
        ("lu-chen", ("tutor", "dodge"), ("ran out in January", "rumour")),
        ("lu-chen", ("games", "pay"), ("does not exist", "went through")),
        ("shen-lan", ("shop", "mix", "shout"), ("two lists", "rubbish")),
        ("shen-lan", ("online", "sort", "calm"), ("without a deposit", "cot and a pram")),
        ("zhang-wei", ("miss", "crops"), ("two missed repayments", "roof")),
        ("zhang-wei", ("borrow", "volunteer"), ("sister's loan", "ditches")),
        ("lin-xiaoyan", ("cross", "late", "miss"), ("five years", "Futian")),
        ("lin-xiaoyan", ("wait", "on-time", "pay"), ("stayed clean", "no screen")),
        ("claire-dawson", ("keep", "miss"), ("serious dishonesty", "missed car payment")),
        ("claire-dawson", ("change", "pay"), ("no record was made", "every payment on time")),
    ],
)
def test_the_epilogue_tells_the_path_taken(
    slug: str, answers: tuple[str, ...], words: tuple[str, ...]
) -> None:
    epilogue = replay(slug, answers).epilogue
    for word in words:
        assert word in epilogue, (slug, answers, word)


def test_the_refusing_paths_and_the_paying_paths_end_differently() -> None:
    refused = replay("gao-ming", ("ignore", "games", "refuse")).epilogue
    assert "flew" not in refused
    assert "flew to the wedding" in replay("gao-ming", ("pay", "course")).epilogue


# Scenes: every consequence a persona meets is shown as the persona meets it.


def met_anywhere() -> set[str]:
    return {c.id for slug, answers in PATHS for frame in replay(slug, answers).frames for c in frame.met}


def test_every_consequence_met_on_any_path_has_a_scene() -> None:
    assert met_anywhere() - set(SCENES) == set()


def test_scenes_are_short_name_where_and_quote_real_seed_text() -> None:
    for consequence_id, scene in SCENES.items():
        assert scene.consequence_id == consequence_id
        assert scene.where and scene.where[0].isupper(), consequence_id
        assert 0 < len(scene.says.split()) < 25, consequence_id
        assert not re.search(r"\d", scene.says), consequence_id  # numbers carry labels elsewhere
        if scene.quote_id:
            assert scene.quote_id in QUOTES, consequence_id
        assert scene_for(consequence_id) is scene
    assert scene_for("nothing.here") is None


def test_the_booking_screen_says_not_qualified_in_liu_hus_words() -> None:
    scene = SCENES["court_list.flight_refused"]
    assert scene.where == "The airline's booking site"
    assert "Not qualified" in scene.says
    assert "not qualified" in QUOTES[scene.quote_id].text


def test_scenes_name_only_consequences_that_exist() -> None:
    from scenarios.systems import SYSTEMS

    known = {c.id for system in SYSTEMS.values() for c in system.consequences}
    assert set(SCENES) <= known


# Labels: the old provenance words never appear as labels in the story.

OLD_LABELS = re.compile(r"\b(Documented|Reported|Illustrative)\b")


@pytest.mark.parametrize("persona", ALL, ids=lambda p: p.slug)
def test_no_story_text_uses_the_old_provenance_labels(persona: Persona) -> None:
    texts = [persona.introduction, persona.tagline, *persona.questions, *beats(persona)]
    texts += [e.text for e in persona.epilogues]
    texts += [step.title for step in persona.steps]
    for text in texts:
        assert not OLD_LABELS.search(text), text


def test_cases_do_not_use_the_old_provenance_labels() -> None:
    from scenarios.cases import CASES

    for case in CASES.values():
        assert not OLD_LABELS.search(case.title + case.summary)
