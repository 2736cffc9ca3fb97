"""Test settings: the real settings, served over plain HTTP to the test client."""

import os
import tempfile
from pathlib import Path

os.environ.setdefault("DJANGO_SECRET_KEY", "tests-only-" + "k3y-" * 16)
os.environ.setdefault("DJANGO_DEBUG", "0")

import dj_database_url

from exhibit.settings import *  # noqa: F403
from exhibit.settings import SQLITE_OPTIONS

SECURE_SSL_REDIRECT = False
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
# The database the tests run on: DATABASE_URL when it is set (PostgreSQL in CI, see .ci/run),
# else SQLite in a file of its own (one per test process) with the deployment's options:
# WAL, a busy timeout, IMMEDIATE transactions. A file rather than memory: the live
# server's threads then each open their own connection, as a deployment's workers do,
# instead of sharing one connection between threads, which SQLite does not make safe.
if os.environ.get("DATABASE_URL"):
    DATABASES = {"default": dj_database_url.parse(os.environ["DATABASE_URL"])}
else:
    TEST_FILE = Path(tempfile.gettempdir()) / f"scored-tests-{os.getpid()}.sqlite3"
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(TEST_FILE),
            "OPTIONS": dict(SQLITE_OPTIONS),
            "TEST": {"NAME": str(TEST_FILE)},
        }
    }
# Serve static files from the source folders, as in development: no collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
