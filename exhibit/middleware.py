"""Headers Django does not set on its own."""

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse

from exhibit import kiosk


def permissions_policy(
    get_response: Callable[[HttpRequest], HttpResponse],
) -> Callable[[HttpRequest], HttpResponse]:
    """Deny the camera, microphone and location: an exhibit about surveillance asks for none."""

    def middleware(request: HttpRequest) -> HttpResponse:
        response = get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response

    return middleware


class KioskScope:
    """On a kiosk, a page of a way in the curator did not offer is the kiosk's 404.

    The navigation hides those ways in; this also closes the in-page links to them.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(
        self, request: HttpRequest, view: Callable[..., HttpResponse], args: object, kwargs: object
    ) -> HttpResponse | None:
        on_kiosk = kiosk.current()
        match = request.resolver_match
        if on_kiosk is None or match is None or not on_kiosk.refuses(match.url_name or ""):
            return None
        from exhibit.views import not_found  # the views import this module's neighbours

        return not_found(request)
