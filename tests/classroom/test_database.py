"""The tests run on the database they say: DATABASE_URL when set, else SQLite in memory."""

import os

import pytest
from django.db import connection

from exhibit import settings as deployed


@pytest.mark.django_db
def test_the_tests_run_where_database_url_points() -> None:
    url = os.environ.get("DATABASE_URL", "")
    expected = "postgresql" if url.startswith(("postgres://", "postgresql://")) else "sqlite"
    assert connection.vendor == expected
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        assert cursor.fetchone() == (1,)


def test_a_deployment_on_sqlite_uses_write_ahead_logging_and_waits_for_the_lock() -> None:
    assert "journal_mode=WAL" in str(deployed.SQLITE_OPTIONS["init_command"])
    assert int(deployed.SQLITE_OPTIONS["timeout"]) >= 20
    assert deployed.SQLITE_OPTIONS["transaction_mode"] == "IMMEDIATE"


@pytest.mark.django_db
def test_on_sqlite_the_tests_use_a_file_in_write_ahead_mode_like_a_deployment() -> None:
    if connection.vendor != "sqlite":
        pytest.skip("the tests run on another database here")
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA journal_mode")
        assert cursor.fetchone() == ("wal",)
    assert connection.settings_dict["NAME"] != ":memory:"
