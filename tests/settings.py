"""Test settings: the real settings, served over plain HTTP to the test client."""

import os

os.environ.setdefault("DJANGO_SECRET_KEY", "tests-only-" + "k3y-" * 16)
os.environ.setdefault("DJANGO_DEBUG", "0")

from exhibit.settings import *  # noqa: F403

SECURE_SSL_REDIRECT = False
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
# Serve static files from the source folders, as in development: no collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
