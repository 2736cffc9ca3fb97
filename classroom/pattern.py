"""The optional second step of joining: four shapes that only the projected screen shows.

A join code can leave the room (a photo, a message to a friend); the pattern cannot, because
it changes every `PATTERN_SECONDS`. It is derived, not stored: an HMAC of the lesson's code
and the current time window under the server's secret key, so every app server behind a
load balancer shows and accepts the same pattern. The window before the current one is
accepted too, so a student who was still tapping when it changed is not turned away.
"""

import hashlib
import hmac
import time

from django.conf import settings

SHAPES = ("triangle", "circle", "square", "diamond")
LENGTH = 4
PATTERN_SECONDS = 20


def _window(at: float | None) -> int:
    return int((time.time() if at is None else at) // PATTERN_SECONDS)


def pattern(code: str, at: float | None = None) -> tuple[str, ...]:
    """The four shapes the projector shows for this lesson at this moment."""
    message = f"join-pattern:{code}:{_window(at)}".encode()
    mac = hmac.new(settings.SECRET_KEY.encode(), message, hashlib.sha256).digest()
    return tuple(SHAPES[byte % len(SHAPES)] for byte in mac[:LENGTH])


def matches(code: str, typed: tuple[str, ...], at: float | None = None) -> bool:
    """Whether the shapes typed are the screen's now, or just before it changed."""
    now = time.time() if at is None else at
    wanted = ".".join(typed).encode()
    return any(
        hmac.compare_digest(".".join(pattern(code, now - back * PATTERN_SECONDS)).encode(), wanted)
        for back in (0, 1)
    )


def seconds_left(at: float | None = None) -> int:
    """How long the pattern on the screen stays as it is."""
    now = time.time() if at is None else at
    return PATTERN_SECONDS - int(now % PATTERN_SECONDS)
