"""Test settings: the real settings, served over plain HTTP to the test client."""

import os

os.environ.setdefault("DJANGO_SECRET_KEY", "tests-only-" + "k3y-" * 16)
os.environ.setdefault("DJANGO_DEBUG", "0")

import dj_database_url

from exhibit.settings import *  # noqa: F403

SECURE_SSL_REDIRECT = False
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
# The database the tests run on: DATABASE_URL when it is set (PostgreSQL in CI, see .ci/run),
# else SQLite in memory with the same options as a deployment's.
if os.environ.get("DATABASE_URL"):
    DATABASES = {"default": dj_database_url.parse(os.environ["DATABASE_URL"])}
else:
    DATABASES = {
        "default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:", "OPTIONS": {"timeout": 20}}
    }
# Serve static files from the source folders, as in development: no collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
