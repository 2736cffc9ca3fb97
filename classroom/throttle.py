"""Slow down guessing join codes, without storing who guessed.

Wrong codes are counted per minute for the whole server, not per address: after
`WRONG_CODES_PER_MINUTE` of them, every join waits for the next minute. A student with
the right code is slowed only while someone is guessing. The count lives in Django's
cache (memory by default, or a shared cache when several app servers run).
"""

import time

from django.core.cache import cache

WRONG_CODES_PER_MINUTE = 30
JOINS_PER_LESSON_PER_MINUTE = 60  # a class of 35 joins at once; a flood waits


def _minute_key(name: str) -> str:
    return f"classroom:{name}:{int(time.time() // 60)}"


def _count(key: str) -> int:
    cache.add(key, 0, timeout=120)
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=120)
        return 1


def guessing() -> bool:
    """Whether wrong codes this minute have reached the limit."""
    return (cache.get(_minute_key("wrong")) or 0) >= WRONG_CODES_PER_MINUTE


def wrong_code() -> None:
    _count(_minute_key("wrong"))


def join_allowed(code: str) -> bool:
    """Count one join into this lesson; False once this minute's are used up."""
    return _count(_minute_key(f"join:{code}")) <= JOINS_PER_LESSON_PER_MINUTE


def seconds_to_wait() -> int:
    return 60 - int(time.time() % 60)
