# Scored: one entry point. `make run` serves the exhibit; `make test` runs every test.
# Both install what they need into .venv on a fresh machine (Python >= 3.12 required).

VENV := .venv
PY := $(VENV)/bin/python
SHARED := ../shared
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install install-dev run serve kiosk test lint format quotes snapshot bench messages clean

$(PY):
	"$$(scripts/find-python)" -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip

$(VENV)/.base: $(PY) requirements/base.txt
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements/base.txt
	touch $@

$(VENV)/.dev: $(VENV)/.base requirements/dev.txt
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements/dev.txt
	touch $@

install: $(VENV)/.base

install-dev: $(VENV)/.dev
	scripts/install-browser
	scripts/debian-package java default-jre-headless
	scripts/debian-package nginx nginx
	VENV=$(VENV) scripts/install-vnu

## run: install, prepare SQLite and static files, and serve at http://127.0.0.1:8000/
run: install
	$(PY) manage.py migrate --noinput -v0
	$(PY) manage.py collectstatic --noinput -v0
	$(MAKE) -s messages
	DJANGO_DEBUG=$${DJANGO_DEBUG:-1} $(PY) manage.py runserver $(HOST):$(PORT)

## serve: production-style server (gunicorn, 2 workers) on the same address; on loopback
## it speaks plain HTTP (no redirect to https, no HSTS), as `make kiosk` does
serve: install
	$(PY) manage.py migrate --noinput -v0
	$(PY) manage.py collectstatic --noinput -v0
	$(MAKE) -s messages
	case "$(HOST)" in 127.*|localhost|::1) \
		export DJANGO_SECURE_SSL_REDIRECT=$${DJANGO_SECURE_SSL_REDIRECT:-0} DJANGO_HSTS_SECONDS=$${DJANGO_HSTS_SECONDS:-0};; \
	esac; \
	exec $(VENV)/bin/gunicorn exhibit.wsgi --workers 2 --bind $(HOST):$(PORT)

## kiosk: the museum kiosk (docs/kiosk.md): serve in kiosk mode, production-style, on
## 127.0.0.1 and, when a display is available, open Chromium full-screen on it
kiosk: install
	@if [ -n "$${DISPLAY:-}$${WAYLAND_DISPLAY:-}" ]; then scripts/install-browser; fi
	exec env PORT=$(PORT) VENV=$(VENV) scripts/kiosk

## test: lint, the quote check, and every test (unit, views, browser)
## (on 2 workers: WORKERS=0 runs them in one process)
WORKERS ?= 2
## and the classroom's tests again on PostgreSQL when SCORED_TEST_POSTGRES_URL names one
## (.ci/run starts Debian's PostgreSQL with scripts/postgres-for-tests and sets it)
test: install-dev lint quotes messages
	$(PY) -m pytest -n $(WORKERS) $(PYTEST_ARGS)
	@if [ -n "$${SCORED_TEST_POSTGRES_URL:-}" ]; then \
		echo "classroom tests on PostgreSQL ($${SCORED_TEST_POSTGRES_URL%%@*}@...)"; \
		DATABASE_URL="$$SCORED_TEST_POSTGRES_URL" $(PY) -m pytest -n $(WORKERS) -q tests/classroom; \
	else \
		echo "classroom tests on PostgreSQL: skipped (SCORED_TEST_POSTGRES_URL is not set; see scripts/postgres-for-tests)"; \
	fi

lint: $(VENV)/.dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/djade --check $$(find templates -name '*.html') >/dev/null
	$(VENV)/bin/mypy .

format: $(VENV)/.dev
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .
	$(VENV)/bin/djade $$(find templates -name '*.html') >/dev/null || true

## quotes: every quote the exhibit can show is verbatim from its seed (needs ../shared)
quotes: $(VENV)/.base
	@if [ -f $(SHARED)/tools/check_quotes.py ]; then \
		$(PY) manage.py quotes --json | $(PY) $(SHARED)/tools/check_quotes.py -; \
	else \
		echo "quotes: $(SHARED)/tools/check_quotes.py not found; the pytest quote test skips too"; \
	fi

## snapshot: record the text of every page after a deliberate change to the content
snapshot: $(VENV)/.dev
	SCORED_UPDATE_SNAPSHOT=1 $(PY) -m pytest -p no:xdist -q tests/exhibit/test_same_text.py

## bench: replay speed and pages per second under load (prints numbers)
bench: install-dev
	scripts/debian-package wrk wrk
	$(PY) scripts/bench.py
	$(PY) scripts/bench_classroom.py
	$(PY) scripts/bench_museum.py

## messages: compile the translations (locale/*/LC_MESSAGES/django.po) with Debian's gettext
messages: install
	scripts/debian-package msgfmt gettext
	$(PY) manage.py compilemessages -v0 --ignore '.venv/*'

clean:
	rm -rf $(VENV) staticfiles db.sqlite3
