"""Classroom mode: the teacher's lesson, the students' join, and the same walk inside it.

Teacher pages live under a secret address (`/class/t/<secret>/`); nothing else names the
teacher. Students join at `/join/` and get a cookie scoped to `/class/<code>/`, where the
exhibit's own pages are served under the lesson's prefix (see `walk`), so a student
walks exactly what a visitor walks while the lesson records the path. Every state change
carries a secret: the dashboard's address, or the student's SameSite=Strict cookie.
"""

import contextlib
import csv
import hmac
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import wraps

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import Resolver404, get_script_prefix, resolve, reverse, set_script_prefix
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.html import escape
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_safe

from classroom import keys, lessons, pattern, throttle
from classroom.models import Lesson, Mode, Pace, Participant, PollAnswer
from exhibit import page_cache, paths
from scenarios import guessing
from scenarios import you as you_scored
from scenarios.classroom import YOU
from scenarios.personas import PERSONAS
from scenarios.predict import parse_guess
from scenarios.replay import InvalidPath, UnknownPersona, UnknownStep, replay, walk_to


@dataclass(frozen=True, slots=True)
class InLesson:
    """What an exhibit page shown inside a lesson says about it."""

    code: str
    nickname: str
    home: str


COOKIE = "scored_class"
COOKIE_DAYS = 8  # outlives the lesson's keeping time by a day; the rows are gone by then
WALK_PAGES = {"persona", "step", "ending"}
YOU_RESULT = "you_result"
ENDING_STEP = 99  # the teacher's step once the class may see the ending


def _private(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Lesson and teacher pages: never cached, never sent as a referrer."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        response = view(request, *args, **kwargs)
        add_never_cache_headers(response)
        response["Referrer-Policy"] = "no-referrer"
        return response

    return wrapped


def _message(request: HttpRequest, status: int, title: str, message: str) -> HttpResponse:
    context = {"title": title, "message": message}
    return render(request, "classroom/message.html", context, status=status)


# The teacher.


@_private
@csrf_exempt  # no cookie is involved: the passphrase is in the form itself
@require_http_methods(["GET", "HEAD", "POST"])
def start(request: HttpRequest) -> HttpResponse:
    needs_passphrase = bool(settings.SCORED_TEACHER_PASSPHRASE)
    context: dict[str, object] = {"personas": list(PERSONAS.values()), "needs_passphrase": needs_passphrase}
    if request.method != "POST":
        return render(request, "classroom/start.html", context)
    mode = request.POST.get("mode", "")
    persona = request.POST.get("persona", "")
    pace = request.POST.get("pace", "")
    problems = []
    if mode not in Mode.values:
        problems.append(_("Choose what the class will do."))
    if mode == Mode.PERSONA and persona not in PERSONAS:
        problems.append(_("Choose the persona the class will follow."))
    if pace not in Pace.values:
        problems.append(_("Choose who sets the pace."))
    typed = request.POST.get("passphrase", "")
    if needs_passphrase and not hmac.compare_digest(
        typed.encode(), settings.SCORED_TEACHER_PASSPHRASE.encode()
    ):
        problems.append(_("That passphrase is not the one this server was given."))
    if problems:
        return render(request, "classroom/start.html", {**context, "problems": problems}, status=400)
    _lesson, secret = lessons.start(mode=mode, persona=persona, pace=pace)
    return HttpResponseRedirect(reverse("class_dashboard", args=[secret]))


def _teacher(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    @wraps(view)
    def wrapped(request: HttpRequest, secret: str, *args: object) -> HttpResponse:
        lesson = lessons.for_teacher(secret)
        if lesson is None:
            return _message(
                request,
                404,
                _("There is no such lesson"),
                _("This address opens no lesson. It may have been deleted, or its address was mistyped."),
            )
        return view(request, lesson, secret, *args)

    return _private(wrapped)


def _on_projector(request: HttpRequest) -> bool:
    """The projector's view, or its live part (which it asks for with ?on=projector)."""
    match = request.resolver_match
    return (match is not None and match.url_name == "class_projector") or request.GET.get("on") == "projector"


def _dashboard_context(request: HttpRequest, lesson: Lesson, secret: str) -> dict[str, object]:
    join_url = request.build_absolute_uri(reverse("class_join")) + f"?code={lesson.code}"
    persona = PERSONAS.get(lesson.persona)
    polls = lessons.poll_counts(lesson)
    empty = dict.fromkeys(PollAnswer.Answer.values, 0)
    questions = list(persona.questions) if persona else []
    stories = sorted({story for story, _number in polls})
    poll_rows = [
        (question, polls.get((story, number), empty))
        for story in stories
        for number, question in enumerate(lessons.questions_for(story), start=1)
    ]
    return {
        "lesson": lesson,
        "secret": secret,
        "join_url": join_url,
        "persona": persona,
        "results": lessons.results(lesson),
        "guesses": lessons.guesses(lesson),
        "poll_rows": poll_rows,
        "questions": list(enumerate(questions, start=1)),
        "participants": lesson.participants.order_by("nickname") if lesson.show_nicknames else [],
        "keep_days": settings.SCORED_CLASS_KEEP_DAYS,
        "idle_hours": settings.SCORED_CLASS_IDLE_HOURS,
        "on_projector": _on_projector(request),
        "join_pattern": pattern.pattern(lesson.code) if lesson.two_step else (),
        "pattern_seconds": pattern.PATTERN_SECONDS,
    }


@_teacher
@require_safe
def dashboard(request: HttpRequest, lesson: Lesson, secret: str) -> HttpResponse:
    return render(request, "classroom/dashboard.html", _dashboard_context(request, lesson, secret))


@_teacher
@require_safe
def live(request: HttpRequest, lesson: Lesson, secret: str) -> HttpResponse:
    """The part of the dashboard that updates itself (htmx polls it every few seconds)."""
    return render(request, "classroom/_live.html", _dashboard_context(request, lesson, secret))


@_teacher
@require_safe
def join_pattern(request: HttpRequest, lesson: Lesson, secret: str) -> HttpResponse:
    """The projector's changing shapes, for a two-step join (htmx polls it)."""
    return render(request, "classroom/_pattern.html", _dashboard_context(request, lesson, secret))


@_teacher
@require_safe
def projector(request: HttpRequest, lesson: Lesson, secret: str) -> HttpResponse:
    return render(request, "classroom/projector.html", _dashboard_context(request, lesson, secret))


ACTIONS: dict[str, Callable[[Lesson], None]] = {
    "lock": lambda lesson: setattr(lesson, "locked", True),
    "unlock": lambda lesson: setattr(lesson, "locked", False),
    "end": lambda lesson: lessons.end(lesson),
    "next": lambda lesson: setattr(lesson, "step", min(lesson.step + 1, ENDING_STEP)),
    "to-ending": lambda lesson: setattr(lesson, "step", ENDING_STEP),
    "back": lambda lesson: setattr(lesson, "step", max(lesson.step - 1, 1)),
    "open-poll": lambda lesson: setattr(lesson, "poll_open", True),
    "close-poll": lambda lesson: setattr(lesson, "poll_open", False),
    "show-nicknames": lambda lesson: setattr(lesson, "show_nicknames", True),
    "allow-names": lambda lesson: setattr(lesson, "allow_names", True),
    "no-names": lambda lesson: setattr(lesson, "allow_names", False),
    "hide-nicknames": lambda lesson: setattr(lesson, "show_nicknames", False),
    "two-step": lambda lesson: setattr(lesson, "two_step", True),
    "one-step": lambda lesson: setattr(lesson, "two_step", False),
}


PARTICIPANT_ACTIONS: dict[str, Callable[[Lesson, int], None]] = {
    "remove-name": lessons.remove_name,
    "remove": lessons.remove,
}


@_teacher
@csrf_exempt  # the secret address is the credential; no cookie is sent or read
@require_http_methods(["POST"])
def act(request: HttpRequest, lesson: Lesson, secret: str) -> HttpResponse:
    one_student = PARTICIPANT_ACTIONS.get(request.POST.get("action", ""))
    if one_student is not None:
        with contextlib.suppress(ValueError):
            one_student(lesson, int(request.POST.get("participant", "")))
        return HttpResponseRedirect(reverse("class_dashboard", args=[secret]))
    action = ACTIONS.get(request.POST.get("action", ""))
    if action is None:
        return _message(
            request, 400, _("That is not something a lesson can do"), _("Go back to the dashboard.")
        )
    action(lesson)
    lesson.save()
    lessons.touch(lesson)
    return HttpResponseRedirect(reverse("class_dashboard", args=[secret]))


@_teacher
@require_safe
def summary(request: HttpRequest, lesson: Lesson, secret: str) -> HttpResponse:
    """One printable page: what the class chose and where the systems left it."""
    return render(request, "classroom/summary.html", _dashboard_context(request, lesson, secret))


@_teacher
@require_safe
def results_csv(request: HttpRequest, lesson: Lesson, secret: str) -> HttpResponse:
    """The class's aggregate results: counts only, no tokens, no nicknames."""
    results = lessons.results(lesson)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="scored-lesson-{lesson.code}.csv"'
    out = csv.writer(response)
    out.writerow(["section", "persona", "step", "item", "option", "count"])
    out.writerow(["class", "", "", "joined", "", results.joined])
    out.writerow(["class", "", "", "finished", "", results.finished])
    out.writerow(["class", "", "", "endings with a ban", "", results.listed])
    for tally in results.choices:
        for option in tally.options:
            out.writerow(
                ["choice", tally.persona, tally.step_number, tally.choice.id, option.option_id, option.count]
            )
    for spread in results.systems:
        out.writerow(["scored", "", "", spread.system_id, "", spread.scored])
        for final in spread.finals:
            out.writerow(["final standing", "", "", spread.system_id, final.status, final.count])
    for (story, question), counts in sorted(lessons.poll_counts(lesson).items()):
        for answer, count in counts.items():
            out.writerow(["poll", story, "", f"question {question}", answer, count])
    return response


# The student.


@_private
@csrf_exempt  # the code is the credential and no cookie is read; joining sets the lesson's own
@require_http_methods(["GET", "HEAD", "POST"])
def join(request: HttpRequest) -> HttpResponse:
    typed = request.POST.get("code", "") if request.method == "POST" else request.GET.get("code", "")
    code = keys.normal_code(typed)
    context = {"code": code}
    if request.method != "POST":
        return render(request, "classroom/join.html", context)
    if throttle.guessing():
        wait = throttle.seconds_to_wait()
        problem = _(
            "Too many wrong codes were tried on this server just now. Try again in %(wait)d seconds."
        ) % {"wait": wait}
        return render(request, "classroom/join.html", {**context, "problem": problem}, status=429)
    lesson = lessons.by_code(code)
    if lesson is None:
        throttle.wrong_code()
        problem = _("No lesson has that code. Check it against the screen: six letters and numbers.")
        return render(request, "classroom/join.html", {**context, "problem": problem}, status=404)
    if lesson.ended:
        problem = _("That lesson has ended. Ask your teacher for the new code.")
        return render(request, "classroom/join.html", {**context, "problem": problem}, status=410)
    if lesson.locked:
        problem = _("That lesson is locked: the teacher has closed it to new students.")
        return render(request, "classroom/join.html", {**context, "problem": problem}, status=403)
    if lesson.two_step:
        refused = _pattern_refused(request, lesson, context)
        if refused is not None:
            return refused
    if not throttle.join_allowed(lesson.code):
        wait = throttle.seconds_to_wait()
        problem = _("Many students are joining at once. Try again in %(wait)d seconds.") % {"wait": wait}
        return render(request, "classroom/join.html", {**context, "problem": problem}, status=429)
    try:
        _participant, token = lessons.join(lesson)
    except lessons.LessonFull:
        problem = _("That lesson is full.")
        return render(request, "classroom/join.html", {**context, "problem": problem}, status=403)
    response = HttpResponseRedirect(reverse("class_home", args=[lesson.code]))
    for language, path in _lesson_paths(lesson):  # the same place in either language
        response.set_cookie(
            _cookie(language),
            token,
            max_age=COOKIE_DAYS * 24 * 3600,
            path=path,
            secure=request.is_secure(),
            httponly=True,
            samesite="Strict",
        )
    return response


def _cookie(language: str) -> str:
    """One cookie per language: each is sent only under its own lesson address."""
    return COOKIE if language == settings.LANGUAGE_CODE else f"{COOKIE}_{language}"


def _lesson_paths(lesson: Lesson) -> list[tuple[str, str]]:
    paths_by_language = []
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            paths_by_language.append((language, reverse("class_home", args=[lesson.code])))
    return paths_by_language


def _pattern_refused(
    request: HttpRequest, lesson: Lesson, context: Mapping[str, object]
) -> HttpResponse | None:
    """The second step of a two-step join: None once the projector's shapes are given right."""
    typed = tuple(request.POST.get(f"shape{place}", "") for place in range(1, pattern.LENGTH + 1))
    asking = {**context, "pattern_places": range(1, pattern.LENGTH + 1), "shapes": pattern.SHAPES}
    if not any(typed):
        return render(request, "classroom/join_pattern.html", asking)
    if pattern.matches(lesson.code, typed):
        return None
    throttle.wrong_code()
    problem = _(
        "Those are not the shapes on the big screen. They change every %(seconds)d seconds: look again."
    ) % {"seconds": pattern.PATTERN_SECONDS}
    return render(request, "classroom/join_pattern.html", {**asking, "problem": problem}, status=403)


def _student(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """The student's lesson and their row, from the code in the address and their cookie."""

    @wraps(view)
    def wrapped(request: HttpRequest, code: str, *args: object, **kwargs: object) -> HttpResponse:
        lesson = lessons.by_code(code)
        if lesson is None:
            return _message(
                request, 404, _("There is no such lesson"), _("No lesson has that code any more.")
            )
        token = request.COOKIES.get(_cookie(translation.get_language() or settings.LANGUAGE_CODE))
        participant = lessons.participant(lesson, token)
        if participant is None and token:
            return _removed(request, lesson)
        if participant is None:
            join_url = reverse("class_join") + f"?code={lesson.code}"
            return HttpResponseRedirect(join_url)
        return view(request, lesson, participant, *args, **kwargs)

    return _private(wrapped)


def _removed(request: HttpRequest, lesson: Lesson) -> HttpResponse:
    """A cookie for this lesson that opens no place in it: the teacher removed the student."""
    context = {"lesson": lesson, "joinable": lesson.joinable}
    response = render(request, "classroom/removed.html", context, status=403)
    for language, path in _lesson_paths(lesson):
        response.delete_cookie(_cookie(language), path=path, samesite="Strict")
    return response


def _place(participant: Participant) -> str | None:
    """Where the student got to, as an address inside the lesson; None before they start."""
    if not participant.persona or not (participant.path or participant.finished):
        return None  # before the first choice, the story starts from its beginning
    if participant.persona == YOU:
        return reverse(YOU_RESULT) + "?" + you_scored.query(participant.answers)
    try:
        walk = replay(participant.persona, participant.answers)
    except (UnknownPersona, InvalidPath):
        return None
    if walk.complete:
        return paths.ending_url(participant.persona, participant.answers)
    return paths.step_url(participant.persona, len(walk.frames), participant.answers)


def _in_lesson(lesson: Lesson) -> "_Prefix":
    return _Prefix(reverse("class_home", args=[lesson.code]))


class _Prefix:
    """Serve the exhibit's pages under the lesson's address: every link they build stays inside."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.before = ""

    def __enter__(self) -> None:
        self.before = get_script_prefix()
        set_script_prefix(self.prefix)

    def __exit__(self, *exc: object) -> None:
        set_script_prefix(self.before)


@_student
@require_safe
def home(request: HttpRequest, lesson: Lesson, participant: Participant) -> HttpResponse:
    with _in_lesson(lesson):
        place = _place(participant)
        begin = reverse("persona", args=[lesson.persona]) if lesson.persona else None
        if lesson.mode == Mode.YOU:
            begin = reverse("you")
        choose = reverse("start")
    persona = PERSONAS.get(participant.persona)
    story_questions = lessons.questions_for(participant.persona)
    context = {
        "lesson": lesson,
        "participant": participant,
        "place": place,
        "begin": begin,
        "choose": choose,
        "persona": persona,
        "questions": list(enumerate(story_questions, start=1)),
        "answered": set(participant.answered_polls.split(".")),
        "can_reroll": participant.rerolls < lessons.MAX_REROLLS,
    }
    return render(request, "classroom/home.html", context)


# A student's forms carry no CSRF token: their cookie is SameSite=Strict, so no other site
# can send it, and the pages send no referrer, so the browser's Origin is null.
@csrf_exempt
@_student
@require_http_methods(["POST"])
def nickname(request: HttpRequest, lesson: Lesson, participant: Participant) -> HttpResponse:
    """A new drawn nickname, or (when the teacher allows it) a typed name."""
    if "name" in request.POST:
        lessons.rename(participant, request.POST["name"])
    else:
        lessons.reroll(participant)
    return HttpResponseRedirect(reverse("class_home", args=[lesson.code]))


@csrf_exempt
@_student
@require_http_methods(["POST"])
def poll(request: HttpRequest, lesson: Lesson, participant: Participant) -> HttpResponse:
    answer = request.POST.get("answer", "")
    try:
        question = int(request.POST.get("question", ""))
    except ValueError:
        question = 0
    asked = lessons.questions_for(participant.persona)
    if not lesson.poll_open or not 1 <= question <= len(asked):
        return _message(request, 400, _("That poll is not open"), _("Go back to the lesson."))
    if answer not in PollAnswer.Answer.values:
        return _message(
            request, 400, _("Choose agree, disagree, unsure or skip"), _("Go back to the lesson.")
        )
    lessons.answer_poll(participant, question, answer)
    return HttpResponseRedirect(reverse("class_home", args=[lesson.code]) + "#poll")


@_student
@require_safe
def class_results(request: HttpRequest, lesson: Lesson, participant: Participant) -> HttpResponse:
    with _in_lesson(lesson):
        place = _place(participant)
    context = {
        "lesson": lesson,
        "participant": participant,
        "results": lessons.results(lesson),
        "place": place,
    }
    return render(request, "classroom/class_results.html", context)


@_student
def walk(request: HttpRequest, lesson: Lesson, participant: Participant, rest: str) -> HttpResponse:
    """Any exhibit page, under the lesson's address; a step or an ending records the path."""
    try:
        match = resolve("/" + rest, urlconf="exhibit.page_urls")
    except Resolver404 as missing:
        raise Http404("no such page in the exhibit") from missing
    persona = str(match.kwargs.get("persona", ""))
    if match.url_name in WALK_PAGES:
        held = _teacher_holds(request, lesson, participant, match.url_name, match.kwargs)
        if held is not None:  # rendered at the site's own addresses: it links to the lesson's pages
            _record(request, participant, match.url_name, persona, held=True)
            return held
    request.resolver_match = match  # the page's navigation marks where the student is
    # Inside a lesson: a line saying so, and no share buttons (C-09).
    home_url = reverse("class_home", args=[lesson.code])
    request.in_lesson = InLesson(code=lesson.code, nickname=NICKNAME_MARK, home=home_url)  # type: ignore[attr-defined]
    with _in_lesson(lesson):
        response = _kept_for_the_lesson(
            request, lesson, lambda: match.func(request, *match.args, **match.kwargs)
        )
    response.content = response.content.replace(NICKNAME_MARK.encode(), escape(participant.nickname).encode())
    if response.status_code == 200 and match.url_name == YOU_RESULT:
        _record_you(request, participant)
    if response.status_code == 200 and match.url_name in WALK_PAGES:
        _record(request, participant, match.url_name, persona)
        if match.url_name == "step" and "revealed" in request.GET:
            _pool_guess(request, participant, persona, int(match.kwargs["number"]))
    return response


# The exhibit's page inside a lesson is the same for every student but for the nickname in
# its banner: it is rendered once per lesson and address with this mark, and the mark is
# replaced by each student's own nickname.
NICKNAME_MARK = "\u27e6nickname\u27e7"


def _kept_for_the_lesson(
    request: HttpRequest, lesson: Lesson, render_page: Callable[[], HttpResponse]
) -> HttpResponse:
    htmx = request.headers.get("HX-Request") == "true"
    key = ("lesson", lesson.code, request.get_full_path(), htmx, False)
    kept = page_cache.STORE.get(key)
    if kept is None:
        response = render_page()
        if response.status_code != 200 or response.cookies:
            return response
        headers = tuple((name, value) for name, value in response.items() if name.lower() != "content-length")
        kept = page_cache.Stored(body=response.content, headers=headers, etag="")
        page_cache.STORE.put(key, kept)
    response = HttpResponse(kept.body)
    for name, value in kept.headers:
        response[name] = value
    return response


def _teacher_holds(
    request: HttpRequest, lesson: Lesson, participant: Participant, url_name: str, kwargs: dict[str, object]
) -> HttpResponse | None:
    """In a teacher-paced lesson, a step beyond the teacher's waits on a page that checks back."""
    if lesson.pace != Pace.TEACHER:
        return None
    number = (
        int(str(kwargs["number"])) if url_name == "step" else (ENDING_STEP if url_name == "ending" else 0)
    )
    if number <= lesson.step:
        return None
    context = {"lesson": lesson, "participant": participant, "asked": request.get_full_path(), "step": number}
    return render(request, "classroom/wait.html", context)


@_student
@require_safe
def opened(request: HttpRequest, lesson: Lesson, participant: Participant) -> HttpResponse:
    """Whether the teacher has opened a step: 204 while not, else htmx goes to the page."""
    try:
        step = int(request.GET.get("step", ""))
    except ValueError:
        return HttpResponse(status=400)
    then = request.GET.get("then", "")
    inside = reverse("class_home", args=[lesson.code])
    if step > lesson.step or not then.startswith(inside):
        return HttpResponse(status=204)
    response = HttpResponse(status=200)
    response["HX-Redirect"] = then
    return response


def _record(
    request: HttpRequest, participant: Participant, url_name: str, persona: str, held: bool = False
) -> None:
    """Keep the path this page shows; a page the teacher holds back still counts as a vote."""
    if persona not in PERSONAS:
        return
    try:
        answers = () if url_name == "persona" else paths.answers_from(request)
    except paths.MalformedPath:
        return
    lessons.record(participant, persona, answers, finished=url_name == "ending" and not held)


def _record_you(request: HttpRequest, participant: Participant) -> None:
    """A "You are scored" result: the answers, in question order, as the path."""
    try:
        answers = you_scored.parse({key: request.GET.get(key, "") for key in you_scored.BY_ID})
    except you_scored.InvalidAnswers:
        return
    lessons.record(participant, YOU, answers, finished=True)


def _pool_guess(request: HttpRequest, participant: Participant, persona: str, number: int) -> None:
    """At a step that asks for a guess, the student's ticks join the class's pool."""
    try:
        answers = paths.answers_from(request)
        walk, frame = walk_to(persona, number, answers)
    except (paths.MalformedPath, UnknownPersona, InvalidPath, UnknownStep):
        return
    if guessing.asks_for_a_guess(walk, frame):
        ticked = parse_guess(request.GET.getlist("guess"), (r.system_id for r in frame.results))
        lessons.guess(participant, persona, number, answers, ticked)
