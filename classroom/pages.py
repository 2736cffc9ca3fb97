"""The classroom's fixed pages: the privacy notice, the teacher's guide, the worksheet and its key."""

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from scenarios.glossary import GLOSSARY
from scenarios.personas import PERSONAS


@require_safe
def privacy(request: HttpRequest) -> HttpResponse:
    context = {"keep_days": settings.SCORED_CLASS_KEEP_DAYS, "idle_hours": settings.SCORED_CLASS_IDLE_HOURS}
    return render(request, "classroom/privacy.html", context)


@require_safe
def guide(request: HttpRequest) -> HttpResponse:
    """The teacher's guide: objectives, a 20- and a 45-minute plan, vocabulary, questions."""
    return render(
        request, "classroom/guide.html", {"personas": list(PERSONAS.values()), "glossary": GLOSSARY}
    )


@require_safe
def worksheet(request: HttpRequest) -> HttpResponse:
    """A worksheet for Gao Ming's year, to print (at most two pages)."""
    return render(request, "classroom/worksheet.html")


@require_safe
def answers(request: HttpRequest) -> HttpResponse:
    """The worksheet's answer key, to print (at most two pages)."""
    return render(request, "classroom/answers.html")
