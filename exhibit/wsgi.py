"""WSGI entry point: `gunicorn exhibit.wsgi`."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "exhibit.settings")
django_application = get_wsgi_application()

from exhibit.page_cache import serve_kept  # noqa: E402  (needs the settings loaded above)

# A page already kept is answered before Django builds a request (exhibit/page_cache.py).
application = serve_kept(django_application)
