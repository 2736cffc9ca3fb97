"""Shared fixtures: the people the tests are about."""

import pytest

from scenarios.engine import Profile
from tests.factories import ProfileFactory


@pytest.fixture
def resident() -> Profile:
    """Someone like Gao Ming: an adult Rongcheng resident with Sesame switched on."""
    return ProfileFactory.build()


@pytest.fixture
def visitor_from_beijing() -> Profile:
    """Lives elsewhere and never signed up to Sesame Credit."""
    return ProfileFactory.build(home_city="Beijing", opted_in=frozenset())


@pytest.fixture(autouse=True)
def _pages_rendered_afresh() -> None:
    """Each test starts as a new worker would, with no page kept (exhibit/page_cache.py)."""
    from exhibit.page_cache import STORE

    STORE.clear()
