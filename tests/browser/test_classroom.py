"""Classroom mode in real Chromium: a teacher and three students in separate browsers."""

import re
from typing import Any

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from tests.browser.test_accessibility import assert_no_violations

PHONE: dict[str, Any] = {"viewport": {"width": 320, "height": 640}, "has_touch": True, "is_mobile": True}
PROJECTOR: dict[str, Any] = {"viewport": {"width": 1920, "height": 1080}}


@pytest.fixture
def contexts(browser: Browser, live_server: Any, transactional_db: None) -> Any:
    made: list[BrowserContext] = []

    def new(**options: Any) -> BrowserContext:
        context = browser.new_context(base_url=str(live_server.url), **options)
        made.append(context)
        return context

    yield new
    for context in made:
        context.close()


def start(page: Page, pace: str = "own") -> str:
    page.goto("/class/")
    page.get_by_label("Everyone follows one persona").check()
    page.get_by_label("The persona").select_option("gao-ming")
    page.locator(f"input[name=pace][value={pace}]").check()
    page.get_by_role("button", name="Start the lesson").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your lesson")
    return page.locator("[data-join-code]").first.get_attribute("data-join-code") or ""


def join(page: Page, code: str) -> str:
    page.goto(f"/join/?code={code}")
    page.get_by_role("button", name="Join").click()
    nickname = page.locator("[data-nickname]")
    expect(nickname).to_have_text(re.compile(r"^[a-z]+ [a-z]+$"))
    return nickname.inner_text()


def walk(page: Page, answers: tuple[str, ...]) -> None:
    page.get_by_role("link", name="Begin the story").click()
    page.get_by_role("link", name="Begin").first.click() if page.get_by_role(
        "link", name="Begin"
    ).count() else None
    page.goto(page.url.split("/walk/")[0] + "/walk/gao-ming/end/?path=" + ".".join(answers))
    expect(page.get_by_role("heading", level=1)).to_have_text("How the year ended for Gao Ming")


def test_three_students_join_walk_and_the_dashboard_counts_them_within_five_seconds(contexts: Any) -> None:
    teacher = contexts(**PROJECTOR).new_page()
    code = start(teacher)
    students = [contexts(**PHONE).new_page() for _ in range(3)]
    names = [join(student, code) for student in students]
    assert len(set(names)) == 3
    paths = [("ignore", "games", "refuse"), ("ignore", "course", "pay"), ("pay", "course")]
    for student, path in zip(students, paths, strict=True):
        walk(student, path)
    # The dashboard checks every 4 s, untouched: the counts arrive within 5 s.
    expect(teacher.locator("[data-joined-count]")).to_have_text("3", timeout=5000)
    expect(teacher.locator("[data-finished-count]")).to_have_text("3")
    court = teacher.locator('[data-choice="gao-ming-court"]')
    expect(court.locator('[data-option="ignore"]')).to_have_text("2")
    expect(court.locator('[data-option="pay"]')).to_have_text("1")
    for name in names:
        expect(teacher.locator("main")).not_to_contain_text(name)  # no nicknames unless turned on


def test_a_poll_answered_and_skipped_then_the_lock_and_the_end(contexts: Any) -> None:
    teacher = contexts(**PROJECTOR).new_page()
    code = start(teacher)
    student = contexts(**PHONE).new_page()
    join(student, code)
    walk(student, ("ignore", "games", "refuse"))
    teacher.get_by_role("button", name="Open the poll (the ending's questions)").click()
    student.goto(f"/class/{code}/")
    polls = student.locator("form.poll")
    expect(polls).to_have_count(3)
    polls.first.get_by_role("button", name="Agree", exact=True).click()
    student.locator("form.poll").first.get_by_role("button", name="Skip", exact=True).click()
    expect(student.locator("form.poll")).to_have_count(1)
    teacher.reload()
    poll = teacher.locator("section.tally", has_text="The anonymous poll")
    expect(poll.locator("tbody tr").first.locator("td").first).to_have_text("1")
    teacher.get_by_role("button", name="Lock: no new joins").click()
    latecomer = contexts(**PHONE).new_page()
    latecomer.goto(f"/join/?code={code}")
    latecomer.get_by_role("button", name="Join").click()
    expect(latecomer.get_by_role("alert")).to_contain_text("locked")
    teacher.get_by_role("button", name="End the lesson").click()
    expect(teacher.locator("[data-lesson-state]")).to_contain_text("will be deleted on")


def test_a_student_who_reloads_or_goes_back_keeps_their_place(contexts: Any) -> None:
    teacher = contexts(**PROJECTOR).new_page()
    code = start(teacher)
    student = contexts(**PHONE).new_page()
    join(student, code)
    student.goto(f"/class/{code}/walk/gao-ming/4/?path=ignore")
    student.go_back()
    student.reload()
    student.goto(f"/class/{code}/")
    student.get_by_role("link", name="Go on where you left off").click()
    expect(student).to_have_url(re.compile(rf"/class/{code}/walk/gao-ming/\d+/\?path=ignore"))


def test_the_classroom_pages_pass_axe_and_work_by_keyboard(contexts: Any) -> None:
    teacher = contexts(**PROJECTOR).new_page()
    teacher.goto("/class/")
    assert_no_violations(teacher, "/class/")
    teacher.keyboard.press("Tab")
    code = start(teacher)
    assert_no_violations(teacher, "dashboard")
    teacher.get_by_role("link", name="Open the join screen for the projector").click()
    expect(teacher.locator(".join-code--big")).to_have_text(code)
    assert_no_violations(teacher, "projector")
    student = contexts(**PHONE).new_page()
    student.goto("/join/")
    assert_no_violations(student, "/join/")
    student.get_by_label("The lesson's code").focus()
    student.keyboard.type(code.lower())
    student.keyboard.press("Enter")
    expect(student.locator("[data-nickname]")).to_be_visible()
    assert_no_violations(student, "lesson home")
    for url in ("/class/guide/", "/class/privacy/"):
        student.goto(url)
        assert_no_violations(student, url)


@pytest.mark.parametrize("url", ["/class/guide/worksheet/", "/class/guide/answers/"])
def test_the_worksheet_and_the_answer_key_print_on_at_most_two_pages(contexts: Any, url: str) -> None:
    page = contexts().new_page()
    page.goto(url)
    page.emulate_media(media="print")
    pdf = page.pdf(format="A4", margin={"top": "15mm", "bottom": "15mm", "left": "15mm", "right": "15mm"})
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    assert 1 <= pages <= 2, f"{url} prints on {pages} pages"
    assert_no_violations(page, url)


def test_the_guide_prints_on_a_few_pages(contexts: Any) -> None:
    page = contexts().new_page()
    page.goto("/class/guide/")
    page.emulate_media(media="print")
    pdf = page.pdf(format="A4", margin={"top": "15mm", "bottom": "15mm", "left": "15mm", "right": "15mm"})
    assert len(re.findall(rb"/Type\s*/Page[^s]", pdf)) <= 5


def test_no_timer_ever_hurries_a_student(contexts: Any) -> None:
    teacher = contexts(**PROJECTOR).new_page()
    code = start(teacher)
    student = contexts(**PHONE).new_page()
    student.clock.install()
    join(student, code)
    student.goto(f"/class/{code}/walk/gao-ming/3/")
    url = student.url
    student.clock.fast_forward("01:00:00")
    expect(student.locator("dialog[open], [role=dialog]:visible")).to_have_count(0)
    assert student.url == url
    expect(student.get_by_role("heading", level=1)).to_have_text("A court orders him to pay")


def test_the_summary_the_class_results_and_the_waiting_page_pass_axe(contexts: Any) -> None:
    teacher = contexts(**PROJECTOR).new_page()
    code = start(teacher, pace="teacher")
    dashboard = teacher.url
    student = contexts(**PHONE).new_page()
    join(student, code)
    student.goto(f"/class/{code}/walk/gao-ming/4/?path=ignore")
    expect(student.get_by_role("heading", level=1)).to_have_text("Your answer is in")
    assert_no_violations(student, "waiting page")
    teacher.get_by_role("button", name="Open the ending").click()
    student.goto(f"/class/{code}/walk/gao-ming/end/?path=ignore.games.refuse")
    student.goto(f"/class/{code}/results/")
    expect(student.get_by_role("heading", level=1)).to_have_text("How the class chose")
    assert_no_violations(student, "class results")
    teacher.goto(dashboard + "summary/")
    assert_no_violations(teacher, "summary")


def test_a_waiting_student_moves_on_when_the_teacher_opens_the_step(contexts: Any) -> None:
    teacher = contexts(**PROJECTOR).new_page()
    code = start(teacher, pace="teacher")
    student = contexts(**PHONE).new_page()
    join(student, code)
    student.goto(f"/class/{code}/walk/gao-ming/2/")
    expect(student.get_by_role("heading", level=1)).to_have_text("Your answer is in")
    teacher.get_by_role("button", name="Open the next step").click()
    expect(student.get_by_role("heading", level=1)).not_to_have_text("Your answer is in", timeout=6000)
    assert student.url.endswith(f"/class/{code}/walk/gao-ming/2/")


def test_a_slow_phone_at_320_px_gets_the_same_lesson_without_sideways_scrolling(contexts: Any) -> None:
    teacher = contexts(**PROJECTOR).new_page()
    code = start(teacher)
    student = contexts(**PHONE).new_page()
    cdp = student.context.new_cdp_session(student)
    cdp.send("Emulation.setCPUThrottlingRate", {"rate": 4})
    join(student, code)
    student.get_by_role("link", name="Begin the story").click()
    student.get_by_role("link", name="Begin the year").click()
    for number in (2, 3):
        assert student.evaluate("document.documentElement.scrollWidth") <= 320
        student.locator(".way-forward a").first.press("Enter")
        expect(student).to_have_url(re.compile(rf"/class/{code}/walk/gao-ming/{number}/"))
    assert student.evaluate("document.documentElement.scrollWidth") <= 320
    expect(student).to_have_url(re.compile(rf"/class/{code}/walk/gao-ming/\d+/"))


def test_a_two_step_join_reads_the_shapes_off_the_projector_and_the_teacher_can_remove_a_student(
    contexts: Any,
) -> None:
    teacher = contexts(**PROJECTOR).new_page()
    code = start(teacher)
    teacher.get_by_role("button", name="Also ask for the projector's shapes").click()
    projector = contexts(**PROJECTOR).new_page()
    projector.goto(teacher.url + "projector/")
    shown = projector.locator("[data-pattern]")
    expect(shown).to_be_visible()
    assert_no_violations(projector, "the projector with its shapes")
    student = contexts(**PHONE).new_page()
    student.goto(f"/join/?code={code}")
    student.get_by_role("button", name="Join").click()
    expect(student.get_by_role("heading", level=1)).to_have_text("Tap the shapes on the big screen")
    assert_no_violations(student, "the shapes to tap")
    shapes = (shown.get_attribute("data-pattern") or "").split(".")
    for place, shape in enumerate(shapes, start=1):
        student.get_by_role("group", name=f"Shape {place}").get_by_label(shape).check()
    student.get_by_role("button", name="Join").click()
    name = student.locator("[data-nickname]").inner_text()
    teacher.get_by_role("button", name="Show who is where, by nickname").click()
    teacher.get_by_role("button", name=f"Remove {name} from the lesson").click()
    student.reload()
    expect(student.get_by_role("heading", level=1)).to_have_text("You were removed from the lesson")
    expect(teacher.locator("[data-joined-count]")).to_have_text("0", timeout=5000)


FAKE_VOICES = """
window.__spoken = [];
const fakeVoice = {localService: true, lang: "en-GB", name: "Local", voiceURI: "local", default: true};
Object.defineProperty(window.speechSynthesis, "getVoices", {value: () => [fakeVoice]});
Object.defineProperty(window.speechSynthesis, "speak", {value: (u) => window.__spoken.push(u.text)});
window.SpeechSynthesisUtterance = function (text) { this.text = text; };  // takes the fake voice
"""


def test_a_steps_words_open_by_keyboard_and_the_step_reads_aloud_with_a_local_voice(contexts: Any) -> None:
    teacher = contexts(**PROJECTOR).new_page()
    code = start(teacher)
    context = contexts(**PHONE)
    context.add_init_script(FAKE_VOICES)
    student = context.new_page()
    join(student, code)
    student.goto(f"/class/{code}/walk/gao-ming/4/?path=ignore")
    term = student.get_by_role("button", name="List of dishonest judgment debtors")
    expect(term).to_have_attribute("aria-expanded", "false")
    definition = student.locator("#word-dishonest-debtors")
    expect(definition).to_be_hidden()
    term.focus()
    student.keyboard.press("Enter")
    expect(term).to_have_attribute("aria-expanded", "true")
    expect(definition).to_contain_text("Supreme People's Court")
    assert_no_violations(student, "a step's words inside a lesson")
    student.get_by_role("button", name="Read this step aloud").click()
    spoken = student.evaluate("window.__spoken")
    assert len(spoken) == 1 and "The deadline passes" in spoken[0]


def test_without_a_local_voice_there_is_no_read_aloud_button(contexts: Any) -> None:
    teacher = contexts(**PROJECTOR).new_page()
    code = start(teacher)
    context = contexts(**PHONE)
    context.add_init_script(FAKE_VOICES.replace("localService: true", "localService: false"))
    student = context.new_page()
    join(student, code)
    student.goto(f"/class/{code}/walk/gao-ming/4/?path=ignore")
    expect(student.locator("[data-step-help]")).to_be_visible()
    expect(student.locator("[data-read-aloud]")).to_be_hidden()
