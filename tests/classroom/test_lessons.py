"""The classroom's models and views: start, join, walk inside the lesson, teach, keep little."""

import csv
import io
import re

import pytest
from django.test import Client, override_settings

from classroom import keys, lessons, throttle
from classroom.models import Lesson, Participant, PollAnswer
from tests.classroom.conftest import Started, join, start_lesson

pytestmark = pytest.mark.django_db


def test_a_lesson_has_a_six_character_code_and_a_secret_dashboard(started: Started) -> None:
    code = started.lesson.code
    assert re.fullmatch(r"[A-HJ-NP-Z2-9]{6}", code)
    assert len(started.secret) >= 22  # 192 random bits, URL-safe: well over 128
    assert started.lesson.teacher_key_hash == keys.digest(started.secret)
    assert started.secret not in str(Lesson.objects.values_list())  # only its hash is kept
    html = Client().get(started.dashboard).content.decode()
    assert f'data-join-code="{code}"' in html and "<svg" in html
    assert f"/join/?code={code}" in html


def test_a_wrong_dashboard_address_opens_nothing(started: Started) -> None:
    response = Client().get("/class/t/not-the-secret/")
    assert response.status_code == 404 and "There is no such lesson" in response.content.decode()


@pytest.mark.parametrize(
    ("form", "problem"),
    [
        ({"mode": "persona", "persona": "nobody", "pace": "own"}, "Choose the persona"),
        ({"mode": "everything", "persona": "gao-ming", "pace": "own"}, "Choose what the class will do"),
        ({"mode": "choice", "persona": "", "pace": "fast"}, "Choose who sets the pace"),
    ],
)
def test_a_bad_lesson_form_says_what_is_missing(db: None, form: dict[str, str], problem: str) -> None:
    response = Client().post("/class/", form)
    assert response.status_code == 400 and problem in response.content.decode()
    assert not Lesson.objects.exists()


@override_settings(SCORED_TEACHER_PASSPHRASE="river stones")
def test_a_public_server_asks_for_the_teacher_passphrase(db: None) -> None:
    form = {"mode": "persona", "persona": "gao-ming", "pace": "own"}
    assert Client().post("/class/", {**form, "passphrase": "guess"}).status_code == 400
    assert Client().post("/class/", {**form, "passphrase": "river stones"}).status_code == 302


def test_joining_sets_one_cookie_scoped_to_the_lessons_pages(started: Started) -> None:
    response = Client().post("/join/", {"code": started.lesson.code.lower()})
    assert response.status_code == 302 and response["Location"] == f"/class/{started.lesson.code}/"
    cookie = response.cookies["scored_class"]
    assert cookie["path"] == f"/class/{started.lesson.code}/"
    assert cookie["httponly"] and cookie["samesite"] == "Strict"
    participant = Participant.objects.get()
    assert participant.token_hash == keys.digest(cookie.value) and cookie.value not in participant.token_hash
    assert re.fullmatch(r"[a-z]+ [a-z]+", participant.nickname)


def test_the_walk_outside_a_lesson_still_sets_no_cookie(started: Started) -> None:
    client = join(Client(), started.lesson.code)
    response = client.get("/walk/gao-ming/4/?path=ignore")
    assert response.status_code == 200 and not response.cookies


@pytest.mark.parametrize(
    ("typed", "status", "message"),
    [("ZZZZZZ", 404, "No lesson has that code"), ("hello", 404, "No lesson has that code")],
)
def test_a_wrong_code_gets_a_clear_message(started: Started, typed: str, status: int, message: str) -> None:
    response = Client().post("/join/", {"code": typed})
    assert response.status_code == status and message in response.content.decode()


def test_guessing_codes_is_slowed_for_everyone_without_storing_who(started: Started) -> None:
    for _ in range(throttle.WRONG_CODES_PER_MINUTE):
        Client().post("/join/", {"code": "ZZZZZZ"})
    response = Client().post("/join/", {"code": started.lesson.code})
    assert response.status_code == 429 and "Too many wrong codes" in response.content.decode()
    assert not Participant.objects.exists()


def test_a_locked_or_ended_lesson_refuses_new_students_and_says_so(started: Started) -> None:
    teacher = Client()
    teacher.post(started.dashboard + "do/", {"action": "lock"})
    locked = Client().post("/join/", {"code": started.lesson.code})
    assert locked.status_code == 403 and "locked" in locked.content.decode()
    teacher.post(started.dashboard + "do/", {"action": "end"})
    ended = Client().post("/join/", {"code": started.lesson.code})
    assert ended.status_code == 410 and "ended" in ended.content.decode()


def test_a_student_walks_the_same_pages_inside_the_lesson_and_the_path_is_kept(started: Started) -> None:
    code = started.lesson.code
    student = join(Client(), code)
    inside = student.get(f"/class/{code}/walk/gao-ming/4/?path=ignore").content.decode()
    outside = Client().get("/walk/gao-ming/4/?path=ignore").content.decode()
    assert f'href="/class/{code}/walk/gao-ming/5/?path=ignore"' in inside
    assert inside.count('class="quote"') == outside.count('class="quote"')
    assert Participant.objects.get().path == "ignore"
    student.get(f"/class/{code}/walk/gao-ming/end/?path=ignore.games.refuse")
    student.get(f"/class/{code}/walk/gao-ming/2/")  # going back keeps the place
    participant = Participant.objects.get()
    assert (participant.path, participant.finished) == ("ignore.games.refuse", True)
    home = student.get(f"/class/{code}/").content.decode()
    assert f'href="/class/{code}/walk/gao-ming/end/?path=ignore.games.refuse"' in home


def test_without_the_cookie_a_lesson_page_sends_the_student_to_join(started: Started) -> None:
    response = Client().get(f"/class/{started.lesson.code}/walk/gao-ming/2/")
    assert response.status_code == 302 and response["Location"] == f"/join/?code={started.lesson.code}"


def test_a_tampered_path_inside_the_lesson_is_a_clear_400_and_records_nothing(started: Started) -> None:
    student = join(Client(), started.lesson.code)
    response = student.get(f"/class/{started.lesson.code}/walk/gao-ming/4/?path=DROP%20TABLE")
    assert response.status_code == 400 and Participant.objects.get().path == ""


def test_the_dashboard_counts_the_class_choices(started: Started) -> None:
    code = started.lesson.code
    for path in ("ignore.games.refuse", "ignore.course.pay", "pay.course"):
        student = join(Client(), code)
        student.get(f"/class/{code}/walk/gao-ming/end/?path={path}")
    live = Client().get(started.dashboard + "live/").content.decode()
    assert "<strong data-joined-count>3</strong>" in live
    court = live[live.index('data-choice="gao-ming-court"') :]
    assert '<td data-option="ignore">2</td>' in court and '<td data-option="pay">1</td>' in court
    assert "nickname" not in live.lower() or "Who is where" not in live  # no nicknames unless turned on


def test_nicknames_show_only_when_the_teacher_turns_them_on(started: Started) -> None:
    join(Client(), started.lesson.code)
    name = Participant.objects.get().nickname
    assert name not in Client().get(started.dashboard).content.decode()
    Client().post(started.dashboard + "do/", {"action": "show-nicknames"})
    assert name in Client().get(started.dashboard).content.decode()


def test_a_teacher_paced_class_votes_before_it_sees_what_follows(db: None) -> None:
    started = start_lesson(Client(), pace="teacher")
    code = started.lesson.code
    Lesson.objects.filter(pk=started.lesson.pk).update(step=3)
    student = join(Client(), code)
    held = student.get(f"/class/{code}/walk/gao-ming/4/?path=ignore").content.decode()
    assert "Your answer is in" in held and "The deadline passes" not in held
    assert Participant.objects.get().path == "ignore"  # the vote counts
    Client().post(started.dashboard + "do/", {"action": "next"})
    assert (
        "The deadline passes" in student.get(f"/class/{code}/walk/gao-ming/4/?path=ignore").content.decode()
    )


def test_the_poll_is_anonymous_one_answer_each_and_can_be_skipped(started: Started) -> None:
    code = started.lesson.code
    student = join(Client(), code)
    student.get(f"/class/{code}/walk/gao-ming/end/?path=ignore.games.refuse")
    assert (
        student.post(f"/class/{code}/poll/", {"question": 1, "answer": "agree"}).status_code == 400
    )  # closed
    Client().post(started.dashboard + "do/", {"action": "open-poll"})
    student.post(f"/class/{code}/poll/", {"question": 1, "answer": "agree"})
    student.post(f"/class/{code}/poll/", {"question": 1, "answer": "disagree"})  # a second answer is ignored
    student.post(f"/class/{code}/poll/", {"question": 2, "answer": "skip"})
    assert sorted(PollAnswer.objects.values_list("question", "answer")) == [(1, "agree"), (2, "skip")]
    assert [f.name for f in PollAnswer._meta.get_fields()] == [
        "id",
        "lesson",
        "question",
        "persona",
        "answer",
    ]


def test_three_rerolls_and_no_more(started: Started) -> None:
    student = join(Client(), started.lesson.code)
    names = {Participant.objects.get().nickname}
    for _ in range(5):
        student.post(f"/class/{started.lesson.code}/nickname/")
        names.add(Participant.objects.get().nickname)
    assert Participant.objects.get().rerolls == lessons.MAX_REROLLS and len(names) <= 4


def test_the_csv_holds_counts_and_no_tokens_or_nicknames(started: Started) -> None:
    code = started.lesson.code
    join(Client(), code).get(f"/class/{code}/walk/gao-ming/end/?path=ignore.games.refuse")
    participant = Participant.objects.get()
    response = Client().get(started.dashboard + "results.csv")
    body = response.content.decode()
    rows = list(csv.reader(io.StringIO(body)))
    assert rows[0] == ["section", "persona", "step", "item", "option", "count"]
    assert ["class", "", "", "joined", "", "1"] in rows
    assert ["choice", "gao-ming", "3", "court", "ignore", "1"] in rows
    assert participant.nickname not in body and participant.token_hash not in body


def test_no_table_has_a_column_for_names_emails_addresses_or_browsers() -> None:
    forbidden = re.compile(r"(^|_)(name|email|ip|address|agent|user)($|_)", re.IGNORECASE)
    for model in (Lesson, Participant, PollAnswer):
        fields = [f.name for f in model._meta.get_fields() if f.name != "nickname"]
        assert not [f for f in fields if forbidden.search(f)], model


def test_lesson_pages_are_never_cached_and_send_no_referrer(started: Started) -> None:
    response = Client().get(started.dashboard)
    assert "no-store" in response["Cache-Control"] and response["Referrer-Policy"] == "no-referrer"


def test_the_privacy_page_is_short_and_linked(started: Started) -> None:
    html = Client().get("/class/privacy/").content.decode()
    text = re.sub(r"<[^>]+>", " ", html[html.index("<h1") : html.index("</section>")])
    assert len(text.split()) < 300 and "7 days after it ends" in text
    assert 'href="/class/privacy/"' in Client().get("/join/").content.decode()
    assert 'href="/class/privacy/"' in Client().get(started.dashboard).content.decode()


@override_settings(SCORED_KIOSK=True)
def test_a_museum_kiosk_runs_no_lessons(started: Started) -> None:
    assert Client().get("/class/").status_code == 404
    assert Client().get("/join/").status_code == 404


def test_the_class_guesses_are_pooled_beside_what_really_saw_each_step(started: Started) -> None:
    code = started.lesson.code
    first, second = join(Client(), code), join(Client(), code)
    first.get(f"/class/{code}/walk/gao-ming/3/?revealed=1&guess=court_list&guess=sesame")
    first.get(f"/class/{code}/walk/gao-ming/3/?revealed=1&guess=rongcheng")  # one guess each per step
    second.get(f"/class/{code}/walk/gao-ming/3/?revealed=1")  # skipped: a guess of none
    assert list(PollAnswer.objects.all()) == []
    from classroom.models import Prediction

    assert sorted(Prediction.objects.values_list("guessed", flat=True)) == ["", "court_list,sesame"]
    live = Client().get(started.dashboard + "live/").content.decode()
    pooled = live[live.index('data-guesses="gao-ming-3"') :]
    assert "2 guesses" in pooled
    court = pooled[pooled.index('data-system="court_list"') :]
    assert "<td data-ticked>1</td><td data-saw>2</td>" in court.replace("\n", "")


def test_once_the_teacher_moves_on_the_dashboard_shows_what_followed_each_answer(db: None) -> None:
    started = start_lesson(Client(), pace="teacher")
    code = started.lesson.code
    Lesson.objects.filter(pk=started.lesson.pk).update(step=3)
    join(Client(), code).get(f"/class/{code}/walk/gao-ming/4/?path=ignore")
    assert "What followed from each answer" not in Client().get(started.dashboard + "live/").content.decode()
    Client().post(started.dashboard + "do/", {"action": "next"})
    live = Client().get(started.dashboard + "live/").content.decode()
    assert "What followed from each answer" in live and 'data-followed="ignore"' in live


def test_a_you_are_scored_lesson_keeps_each_students_answers_and_counts_them(db: None) -> None:
    from scenarios.you import QUESTIONS, query

    started = start_lesson(Client(), mode="you", persona="")
    code = started.lesson.code
    student = join(Client(), code)
    home = student.get(f"/class/{code}/").content.decode()
    assert f'href="/class/{code}/you/"' in home
    answers = tuple(q.options[0].id for q in QUESTIONS)
    result = student.get(f"/class/{code}/you/result/?{query(answers)}")
    assert result.status_code == 200
    participant = Participant.objects.get()
    assert (participant.persona, participant.answers, participant.finished) == ("you", answers, True)
    live = Client().get(started.dashboard + "live/").content.decode()
    first = QUESTIONS[0]
    tally = live[live.index(f'data-question="{first.id}"') :]
    assert f'<td data-option="{first.options[0].id}">1</td>' in tally
    assert "<strong data-finished-count>1</strong>" in live


def test_nickname_typeds_only_when_the_teacher_allows_them_and_the_teacher_can_remove_one(
    started: Started,
) -> None:
    code = started.lesson.code
    student = join(Client(), code)
    student.post(f"/class/{code}/nickname/", {"name": "Mei"})
    assert Participant.objects.get().nickname != "Mei"  # not allowed yet
    Client().post(started.dashboard + "do/", {"action": "allow-names"})
    student.post(f"/class/{code}/nickname/", {"name": "  Mei <script>  "})
    participant = Participant.objects.get()
    assert (participant.nickname, participant.nickname_typed) == ("Mei script", True)
    Client().post(started.dashboard + "do/", {"action": "remove-name", "participant": participant.pk})
    participant.refresh_from_db()
    assert participant.nickname != "Mei script" and not participant.nickname_typed
    assert re.fullmatch(r"[a-z]+ [a-z]+", participant.nickname)


def test_no_share_buttons_inside_a_lesson(started: Started) -> None:
    code = started.lesson.code
    student = join(Client(), code)
    inside = student.get(f"/class/{code}/walk/gao-ming/end/?path=ignore.games.refuse").content.decode()
    outside = Client().get("/walk/gao-ming/end/?path=ignore.games.refuse").content.decode()
    assert "Download a picture of this ending" in outside and "Download a picture" not in inside


def test_a_lesson_idle_for_a_day_stops_taking_joins_at_once(started: Started) -> None:
    from datetime import timedelta

    from django.utils import timezone

    Lesson.objects.filter(pk=started.lesson.pk).update(active_at=timezone.now() - timedelta(hours=25))
    response = Client().post("/join/", {"code": started.lesson.code})
    assert response.status_code == 410 and "ended" in response.content.decode()


def test_a_typed_name_with_a_blocked_word_is_refused(started: Started) -> None:
    Client().post(started.dashboard + "do/", {"action": "allow-names"})
    student = join(Client(), started.lesson.code)
    drawn = Participant.objects.get().nickname
    student.post(f"/class/{started.lesson.code}/nickname/", {"name": "Big Shit"})
    assert Participant.objects.get().nickname == drawn


def test_in_a_free_choice_lesson_each_student_is_polled_on_their_own_story(db: None) -> None:
    started = start_lesson(Client(), mode="choice", persona="")
    code = started.lesson.code
    Client().post(started.dashboard + "do/", {"action": "open-poll"})
    gao, lu = join(Client(), code), join(Client(), code)
    gao.get(f"/class/{code}/walk/gao-ming/end/?path=ignore.games.refuse")
    lu.get(f"/class/{code}/walk/lu-chen/2/")
    gao.post(f"/class/{code}/poll/", {"question": 1, "answer": "agree"})
    lu.post(f"/class/{code}/poll/", {"question": 1, "answer": "unsure"})
    assert sorted(PollAnswer.objects.values_list("persona", "answer")) == [
        ("gao-ming", "agree"),
        ("lu-chen", "unsure"),
    ]
    live = Client().get(started.dashboard + "live/").content.decode()
    from scenarios.personas import PERSONAS

    for slug in ("gao-ming", "lu-chen"):
        assert PERSONAS[slug].questions[0].replace("'", "&#x27;") in live


def test_the_waiting_page_asks_whether_the_step_is_open_and_goes_only_inside_the_lesson(db: None) -> None:
    started = start_lesson(Client(), pace="teacher")
    code = started.lesson.code
    student = join(Client(), code)
    held = student.get(f"/class/{code}/walk/gao-ming/2/").content.decode()
    assert f'data-hx-get="/class/{code}/opened/?step=2&amp;then=/class/{code}/walk/gao-ming/2/"' in held
    assert "http-equiv" not in held  # no timed refresh (WCAG 2.2.1)
    opened = f"/class/{code}/opened/?step=2&then=/class/{code}/walk/gao-ming/2/"
    assert student.get(opened).status_code == 204
    assert student.get(f"/class/{code}/opened/?step=two").status_code == 400
    Client().post(started.dashboard + "do/", {"action": "next"})
    assert student.get(opened)["HX-Redirect"] == f"/class/{code}/walk/gao-ming/2/"
    assert student.get(f"/class/{code}/opened/?step=2&then=https://elsewhere.example/").status_code == 204


def test_every_page_inside_a_lesson_says_so_and_links_back(started: Started) -> None:
    code = started.lesson.code
    student = join(Client(), code)
    name = Participant.objects.get().nickname
    page = student.get(f"/class/{code}/walk/gao-ming/2/").content.decode()
    line = page[page.index("data-in-lesson") :][:300]
    assert f"Lesson {code} · you are {name}" in line and f'href="/class/{code}/"' in line
    assert "data-in-lesson" not in Client().get("/walk/gao-ming/2/").content.decode()
