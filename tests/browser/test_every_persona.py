"""One browser run per persona: from the start page, clicked through to an ending.

Each run takes the last option at every choice, so between them the runs cross
different branches from the first-option paths the unit tests and the Gao Ming
walk favour. Every screen must say the persona is fictional.
"""

import re

import pytest
from playwright.sync_api import Page, expect

from scenarios.personas import PERSONAS
from scenarios.replay import all_paths, replay


@pytest.mark.parametrize("slug", list(PERSONAS))
def test_click_through_a_persona_to_an_ending(page: Page, origin: str, slug: str):
    persona = PERSONAS[slug]
    answers = max(all_paths(slug))  # the last options, in the storyline's order
    walk = replay(slug, answers)
    page.goto(origin + "/")
    page.get_by_role("link", name=re.compile(f"^{re.escape(str(persona.name))}")).click()
    expect(page.locator("#step h1")).to_contain_text(str(persona.name))
    page.get_by_role("link", name="Begin the year").click()
    given = iter(answers)
    for frame in walk.frames:
        expect(page.locator("#step h1")).to_have_text(str(frame.title))
        expect(page.locator("#step .fictional")).to_contain_text("Fictional persona")
        if frame.step.choice is not None:
            option = frame.step.choice.option(next(given))
            assert option is not None
            page.locator("#step .options").get_by_role("link", name=str(option.label)).click()
        else:
            page.locator("#step [data-way-forward] a.button--primary").click()
    expect(page.locator("#step h1")).to_have_text(f"How the year ended for {persona.name}")
    expect(page.locator("#step .fictional")).to_contain_text("Fictional persona")
    questions = page.locator("#step details.discuss")
    questions.locator("summary").click()
    expect(questions.locator("li").first).to_be_visible()
    assert page.url.endswith(f"/walk/{slug}/end/?path={'.'.join(answers)}")
