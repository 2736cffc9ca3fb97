"""Scored's settings: one file, read from the environment, safe for local use.

DJANGO_DEBUG, DJANGO_SECRET_KEY, DJANGO_ALLOWED_HOSTS and DATABASE_URL are the ones
most deployments set; the README lists the rest.
"""

import os
from pathlib import Path

import dj_database_url
from django.utils.csp import CSP

BASE_DIR = Path(__file__).resolve().parent.parent
DEV_SECRET_KEY = "scored-local-development-key-not-for-deployment"


def env_str(name: str, default: str) -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    return int(value) if value else default


def env_list(name: str, default: str) -> list[str]:
    return [item.strip() for item in env_str(name, default).split(",") if item.strip()]


DEBUG = env_bool("DJANGO_DEBUG", False)
# The local key keeps `make run` working; `check --deploy` refuses it (exhibit.E001).
SECRET_KEY = env_str("DJANGO_SECRET_KEY", DEV_SECRET_KEY)
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", "")

INSTALLED_APPS = [
    "django.contrib.staticfiles",
    "django_htmx",
    "exhibit",
    "classroom",
]

MIDDLEWARE = [
    # Outermost: a page already rendered for its address is answered from memory, with
    # every header the layers below gave it the first time (exhibit/page_cache.py).
    "exhibit.page_cache.PageCache",
    "django.middleware.security.SecurityMiddleware",
    # Pages carry no secrets (no tokens, no personal data), so compressing them is safe.
    "django.middleware.gzip.GZipMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "exhibit.middleware.permissions_policy",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "exhibit.middleware.KioskScope",
]

ROOT_URLCONF = "exhibit.urls"
WSGI_APPLICATION = "exhibit.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "exhibit.kiosk.context",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("DJANGO_CONN_MAX_AGE", 60),
    )
}
# SQLite holds several classes writing at once: write-ahead logging lets readers and the
# writer work together, a writer waits up to 20 s for the lock rather than failing, and
# IMMEDIATE transactions take the write lock up front (no "database is locked" upgrades).
SQLITE_OPTIONS: dict[str, str | int] = {
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    "timeout": 20,
    "transaction_mode": "IMMEDIATE",
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {**SQLITE_OPTIONS, **DATABASES["default"].get("OPTIONS", {})}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

LANGUAGE_CODE = "en"
# English at the unprefixed addresses, Simplified Chinese under /zh-hans/ (i18n_patterns);
# the language is read from the address only, never from a cookie or Accept-Language.
LANGUAGES = [("en", "English"), ("zh-hans", "简体中文")]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = "UTC"
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if env_bool("DJANGO_STATIC_MANIFEST", False)
            else "whitenoise.storage.CompressedStaticFilesStorage"
        )
    },
}

# Security. The exhibit sets no cookies on walkthrough pages and loads nothing from
# another host; the policy below forbids inline script, inline style and eval. Every
# script is a file from 'self' (htmx, exhibit.js, kiosk.js), so no nonce is needed: a
# nonce would make every response's bytes differ, and a page could not be cached.
SECURE_CSP = {
    "default-src": [CSP.NONE],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "manifest-src": [CSP.SELF],
    "base-uri": [CSP.NONE],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}
# Rendered pages kept per worker (exhibit/page_cache.py), and how long a browser, proxy or
# CDN may keep one without asking again (a release changes pages: purge a proxy on deploy).
SCORED_PAGE_CACHE_MB = env_int("SCORED_PAGE_CACHE_MB", 64)
SCORED_PAGE_MAX_AGE = env_int("SCORED_PAGE_MAX_AGE", 86_400)
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", not DEBUG)
SECURE_HSTS_SECONDS = env_int("DJANGO_HSTS_SECONDS", 0 if DEBUG else 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("DJANGO_HSTS_PRELOAD", True)
if env_bool("DJANGO_BEHIND_TLS_PROXY", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("DJANGO_LOG_LEVEL", "WARNING")},
}

# Museum kiosk mode (docs/kiosk.md). Off: the exhibit is the ordinary website.
# Classroom mode (docs/classroom.md). Unset passphrase: anyone can start a lesson, as on a
# school's own server; set it on a public server.
SCORED_TEACHER_PASSPHRASE = env_str("SCORED_TEACHER_PASSPHRASE", "")
SCORED_CLASS_KEEP_DAYS = env_int("SCORED_CLASS_KEEP_DAYS", 7)  # days a lesson is kept after it ends
SCORED_CLASS_IDLE_HOURS = env_int("SCORED_CLASS_IDLE_HOURS", 24)  # a lesson idle this long ends

SCORED_KIOSK = env_bool("SCORED_KIOSK", False)
SCORED_KIOSK_IDLE_SECONDS = env_int("SCORED_KIOSK_IDLE_SECONDS", 90)
SCORED_KIOSK_WARNING_SECONDS = env_int("SCORED_KIOSK_WARNING_SECONDS", 30)
# Which personas and which ways in the kiosk offers; empty = all of them.
SCORED_KIOSK_PERSONAS = env_list("SCORED_KIOSK_PERSONAS", "")
SCORED_KIOSK_LANGUAGE = env_str("SCORED_KIOSK_LANGUAGE", "en")  # en or zh-hans: where the reset returns
SCORED_KIOSK_ENTRY_POINTS = env_list("SCORED_KIOSK_ENTRY_POINTS", "stories,you,compare,claims,systems")
