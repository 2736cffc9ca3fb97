"""Thin, typed views: parse the request, ask `scenarios`, render.

Every step is a GET URL that works without JavaScript. With htmx, the same URL
returns only the part that changes ("page.html#step"), and `Vary: HX-Request`
keeps the two apart in caches.
"""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from django.views.decorators.vary import vary_on_headers

from exhibit import cards, catalogue, charts, kiosk, panels, paths, predict
from exhibit.attract import attract
from scenarios import ending as endings
from scenarios import guessing
from scenarios import you as you_scored
from scenarios.compare import UnknownEvent, compare
from scenarios.personas import PERSONAS
from scenarios.perspectives import GENERAL
from scenarios.predict import parse_guess
from scenarios.replay import (
    Frame,
    InvalidPath,
    UnknownPersona,
    UnknownStep,
    Walk,
    complete_walk,
    replay,
    walk_to,
)
from scenarios.systems import SYSTEMS


def _page(request: HttpRequest, template: str, context: dict[str, object], status: int = 200) -> HttpResponse:
    """The full page, or only its `#step` partial when htmx asks.

    Error handlers can run before HtmxMiddleware has seen the request (a bad Host
    header), so `request.htmx` may be missing there.
    """
    name = f"{template}#step" if _htmx(request) else template
    return render(request, name, context, status=status)


def _htmx(request: HttpRequest) -> bool:
    return bool(getattr(request, "htmx", False))


def _error(request: HttpRequest, status: int, title: str, message: str) -> HttpResponse:
    context = {"title": title, "message": message, "status": status}
    return _page(request, "exhibit/error.html", context, status=status)


def _unknown(request: HttpRequest) -> HttpResponse:
    return _error(
        request,
        404,
        _("There is no such page"),
        _("This persona or step does not exist. The story may have changed since the link was made."),
    )


def _impossible(request: HttpRequest) -> HttpResponse:
    return _error(
        request,
        400,
        _("That path is not in the story"),
        _("The choices in this link do not fit the story. It may have been typed by hand or cut short."),
    )


@require_safe
def start(request: HttpRequest) -> HttpResponse:
    context: dict[str, object] = {"personas": list(PERSONAS.values())}
    if (on_kiosk := kiosk.current()) is not None:
        # The kiosk's home begins as the attract screen (kiosk.js dismisses it).
        context["attract"] = attract(on_kiosk)
    return render(request, "exhibit/start.html", context)


@require_safe
@vary_on_headers("HX-Request")
def persona_start(request: HttpRequest, persona: str) -> HttpResponse:
    try:
        walk = replay(persona, ())
    except UnknownPersona:
        return _unknown(request)
    context = {
        "walk": walk,
        "persona": walk.persona,
        "readings": panels.standing_readings(walk),
        "first_step": paths.step_url(persona, 1, ()),
    }
    return _page(request, "exhibit/persona.html", context)


@require_safe
@vary_on_headers("HX-Request")
def step(request: HttpRequest, persona: str, number: int) -> HttpResponse:
    try:
        answers = paths.answers_from(request)
        walk, frame = walk_to(persona, number, answers)
    except (UnknownPersona, UnknownStep):
        return _unknown(request)
    except (paths.MalformedPath, InvalidPath):
        return _impossible(request)
    options = panels.options(walk, frame)
    guessing = step_guess(request, walk, frame)
    context: dict[str, object] = {
        "walk": walk,
        "persona": walk.persona,
        "frame": frame,
        **panels.split(panels.panels(frame)),
        "cases": panels.cases(walk, frame),
        "scenes": panels.scene_cards(frame),
        "changes": panels.standing_changes(frame),
        "options": options,
        "options_have_digits": any(any(ch.isdigit() for ch in str(o.label)) for o in options),
        "all_systems": len(SYSTEMS),
        "next": panels.next_link(walk, frame),
        "back": panels.back_link(walk, frame),
        "announcement": panels.announcement(frame),
        **guessing,
    }
    if kiosk.current() is not None:
        context["standings"] = panels.standings_so_far(walk, frame)
    return _page(request, "exhibit/step.html", context)


def step_guess(request: HttpRequest, walk: Walk, frame: Frame) -> dict[str, object]:
    """At a step that asks for a guess: the form, or (once asked) the answer beside it."""
    if not guessing.asks_for_a_guess(walk, frame):
        return {"asks": False, "reveal": None}
    if "revealed" not in request.GET and "guess" not in request.GET:
        return {"asks": True, "reveal": None, "groups": catalogue.groups()}
    every = tuple(r.system_id for r in frame.results)
    guessed = parse_guess(request.GET.getlist("guess"), every)
    return {"asks": True, "reveal": guessing.step_reveal(frame, guessed)}


@require_safe
@vary_on_headers("HX-Request")
def ending(request: HttpRequest, persona: str) -> HttpResponse:
    try:
        walk = complete_walk(persona, paths.answers_from(request))
    except UnknownPersona:
        return _unknown(request)
    except (paths.MalformedPath, InvalidPath):
        return _impossible(request)
    last = walk.frames[-1]
    standings = panels.seen_standings(walk)
    context = {
        "walk": walk,
        "persona": walk.persona,
        "charts": charts.for_walk(walk),
        "held": endings.grouped(endings.consequences(walk)),
        "alternatives": panels.alternative_views(walk),
        "standings": standings,
        "unseen": len(SYSTEMS) - len(standings),
        "back": panels.Link(
            label=_("Back to the last step"), url=paths.step_url(persona, last.number, last.answers_before)
        ),
    }
    return _page(request, "exhibit/ending.html", context)


@require_safe
def systems_index(request: HttpRequest) -> HttpResponse:
    return render(request, "exhibit/systems.html", {"groups": catalogue.groups()})


@require_safe
def system_page(request: HttpRequest, system: str) -> HttpResponse:
    found = SYSTEMS.get(system)
    if found is None:
        return _error(
            request,
            404,
            _("There is no such system"),
            _("The exhibit models no system by that name. The list of systems has every one."),
        )
    return render(request, "exhibit/system.html", catalogue.system_context(found))


@require_safe
def compare_index(request: HttpRequest) -> HttpResponse:
    return render(request, "exhibit/compare_index.html", {"events": catalogue.everyday_events()})


@require_safe
@vary_on_headers("HX-Request")
def compare_event(request: HttpRequest, event: str) -> HttpResponse:
    """The guess form; with `?revealed=1` or a `guess`, the answer beside the guess.

    With htmx, only the `#reveal` part is sent, to swap in place.
    """
    try:
        comparison = compare(event)
    except UnknownEvent:
        return _error(
            request,
            404,
            _("There is no such event"),
            _("The comparison has no event by that name. Pick one from the list of events."),
        )
    context = catalogue.comparison_context(comparison, predict.comparison_reveal(request.GET, comparison))
    name = "exhibit/compare.html#reveal" if _htmx(request) else "exhibit/compare.html"
    return render(request, name, context)


@require_safe
@vary_on_headers("HX-Request")
def claims(request: HttpRequest) -> HttpResponse:
    """Each claim a guess first; `?claim=<id>&guess=<answer>`, `?verdict=` or `?all=1` reveal.

    With htmx and a `claim`, only that claim's card is sent.
    """
    try:
        asked = predict.claims_query(request.GET)
    except predict.BadClaimsQuery as bad:
        return _error(request, bad.status, bad.title, bad.message)
    context = {**predict.claims_context(asked), "voices": catalogue.voices(GENERAL)}
    if _htmx(request) and asked.claim is not None:
        current = predict.card(asked.claim, asked)
        return render(request, "exhibit/claims.html#claim", {**context, "card": current})
    return render(request, "exhibit/claims.html", context)


@require_safe
def you_questions(request: HttpRequest) -> HttpResponse:
    """The questions, with any answers already in the URL chosen (to change them)."""
    chosen = {key: request.GET.get(key, "") for key in you_scored.BY_ID}
    return render(request, "exhibit/you.html", {"questions": you_scored.QUESTIONS, "chosen": chosen})


def _you_answers(request: HttpRequest) -> tuple[str, ...]:
    return you_scored.parse({key: request.GET.get(key, "") for key in you_scored.BY_ID})


def _missing_answers(request: HttpRequest) -> HttpResponse:
    return _error(
        request,
        400,
        _("Some answers are missing"),
        _("Every question needs one of its answers. Go back to the questions and choose one for each."),
    )


@require_safe
def you_result(request: HttpRequest) -> HttpResponse:
    try:
        answers = _you_answers(request)
    except you_scored.InvalidAnswers:
        return _missing_answers(request)
    return render(request, "exhibit/you_result.html", catalogue.you_context(you_scored.score(answers)))


@require_safe
def you_card(request: HttpRequest) -> HttpResponse:
    """The result's share card: a PNG drawn from the answers in the URL, and nothing else."""
    try:
        answers = _you_answers(request)
    except you_scored.InvalidAnswers:
        return _missing_answers(request)
    response = HttpResponse(cards.you_png(answers, get_language()), content_type="image/png")
    response["Cache-Control"] = "public, max-age=86400"
    response["Content-Disposition"] = 'inline; filename="scored-you.png"'
    return response


@require_safe
def perspectives(request: HttpRequest) -> HttpResponse:
    """The stated aims, the critics and the researchers in between, side by side."""
    return render(request, "exhibit/perspectives.html", {"sides": catalogue.voices()})


@require_safe
def sources_page(request: HttpRequest) -> HttpResponse:
    return render(request, "exhibit/sources.html", catalogue.sources_context())


def healthz(request: HttpRequest) -> HttpResponse:
    return HttpResponse("ok", content_type="text/plain")


def bad_request(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return _impossible(request)


def not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return _unknown(request)


def server_error(request: HttpRequest) -> HttpResponse:
    context = {
        "title": _("Something went wrong"),
        "message": _("The exhibit hit a fault. Please start again."),
        "status": 500,
    }
    return render(request, "exhibit/error.html", context, status=500)


@require_safe
def ending_card(request: HttpRequest, persona: str) -> HttpResponse:
    """The ending's share card, a PNG (exhibit/cards.py); errors are the ending's pages."""
    try:
        png = cards.ending_png(persona, paths.answers_from(request), get_language())
    except UnknownPersona:
        return _unknown(request)
    except (paths.MalformedPath, InvalidPath):
        return _impossible(request)
    response = HttpResponse(png, content_type="image/png")
    response["Cache-Control"] = "public, max-age=86400"
    response["Content-Disposition"] = f'inline; filename="scored-{persona}.png"'
    return response
