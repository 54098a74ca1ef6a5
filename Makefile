# Le Labo: `make run` serves the demo site, `make test` runs every check.
SHELL := /bin/bash

# The first interpreter that is Python >= 3.12: on PATH, then pyenv's versions.
PYTHON ?= $(shell for candidate in python3.13 python3.12 python3 \
	$$(ls -d $$(pyenv root 2>/dev/null)/versions/3.1[2-9]*/bin/python3 2>/dev/null | sort -rV); do \
	"$$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null \
	&& { echo "$$candidate"; break; }; done)
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
# PostgreSQL used by `make test` when DATABASE_URL is not set and the port answers.
LOCAL_POSTGRES_URL := postgres://postgres@127.0.0.1:5432/labo

.PHONY: run test check-runtime lint test-sqlite test-postgres test-browser screenshots bench bench-personal-data soak lock clean

$(BIN)/activate:
	@if [ -z "$(PYTHON)" ]; then \
		echo "Le Labo needs Python >= 3.12 (python3.13, python3.12 or python3). Install one, or run: make PYTHON=/path/to/python3.12"; \
		exit 1; fi
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed-run: $(BIN)/activate pyproject.toml constraints.txt
	$(BIN)/pip install --quiet -c constraints.txt -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed-run
	$(BIN)/pip install --quiet -c constraints.txt -e ".[test]"
	touch $@

# The site as its visitors see it: DEBUG off (`make run DEBUG=1` to turn it on), so
# runserver serves the static files only when told to (--insecure).
PORT ?= 8000
run: $(VENV)/.installed-run
	$(MANAGE) migrate --no-input
	$(MANAGE) seed_demo
	@echo "Le Labo : http://127.0.0.1:$(PORT)/   administration : http://127.0.0.1:$(PORT)/admin/"
	$(MANAGE) runserver --insecure 127.0.0.1:$(PORT)

test: $(VENV)/.installed-test check-runtime lint test-sqlite test-postgres test-browser

# The runtime dependencies alone, without the test extras, in a virtual environment
# of their own, rebuilt whenever pyproject.toml or constraints.txt changes; `make run`
# and the production set-up must work with them. manage.py runs from the working
# tree, so the code checked is always the current one; the demo content is read
# once more from the installed package, outside the tree, to check its data files
# are installed.
RUNTIME_VENV := var/runtime-venv
$(RUNTIME_VENV)/.installed: pyproject.toml constraints.txt
	@if [ -z "$(PYTHON)" ]; then echo "Le Labo needs Python >= 3.12."; exit 1; fi
	rm -rf $(RUNTIME_VENV)
	$(PYTHON) -m venv $(RUNTIME_VENV)
	$(RUNTIME_VENV)/bin/pip install --quiet -c constraints.txt .
	rm -rf build
	touch $@

check-runtime: $(RUNTIME_VENV)/.installed
	@database=$$(mktemp -d) && trap 'rm -rf "$$database"' EXIT && \
	export DATABASE_URL="sqlite:///$$database/db.sqlite3" && \
	manage() { \
		echo "== runtime dependencies only, $${DJANGO_SETTINGS_MODULE:-labo.settings.dev}: manage.py $$*"; \
		$(RUNTIME_VENV)/bin/python manage.py "$$@" >"$$database/output" 2>&1 \
		|| { cat "$$database/output"; exit 1; }; } && \
	DJANGO_SETTINGS_MODULE=labo.settings.production SECRET_KEY=check ALLOWED_HOSTS=localhost \
		manage check && \
	manage check --fail-level WARNING && \
	manage migrate --no-input && \
	manage site_tree && \
	manage seed_demo && \
	echo "== runtime dependencies only: demo content of the installed package" && \
	(cd "$$database" && $(CURDIR)/$(RUNTIME_VENV)/bin/python -c \
		'from labo.demo.content import demo_content; demo_content("experiences")')

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(MANAGE) check --fail-level WARNING
	$(MANAGE) makemigrations --check --dry-run

# Both suites spread their tests over every core (pytest-xdist); TEST_WORKERS=0
# runs them in one process. Each worker migrates a test database of its own
# (test_labo_gw0, test_labo_gw1… on PostgreSQL); slow tests are handed out first.
TEST_WORKERS ?= auto

test-sqlite: $(VENV)/.installed-test
	env -u DATABASE_URL $(BIN)/pytest -n $(TEST_WORKERS)

test-postgres: $(VENV)/.installed-test
	@url="$${DATABASE_URL:-}"; \
	if [ -z "$$url" ] && $(BIN)/python -c "import socket; socket.create_connection(('127.0.0.1', 5432), 2)" 2>/dev/null; then \
		url="$(LOCAL_POSTGRES_URL)"; fi; \
	if [ -n "$$url" ]; then \
		echo "== pytest on PostgreSQL"; DATABASE_URL="$$url" $(BIN)/pytest -n $(TEST_WORKERS); \
	elif [ "$${LABO_REQUIRE_POSTGRES:-}" = 1 ]; then \
		echo "PostgreSQL is required (LABO_REQUIRE_POSTGRES=1) but neither DATABASE_URL nor 127.0.0.1:5432 answers."; exit 1; \
	else \
		echo "SKIPPED: PostgreSQL suite (no DATABASE_URL and nothing on 127.0.0.1:5432)."; fi

# axe-core for the accessibility checks, pinned in tests/e2e/package-lock.json.
E2E_NODE_MODULES := tests/e2e/node_modules/.package-lock.json
$(E2E_NODE_MODULES): tests/e2e/package.json tests/e2e/package-lock.json
	@if command -v npm >/dev/null; then npm ci --silent --prefix tests/e2e; \
	else echo "npm not found: axe-core not installed, browser tests will be skipped."; fi

# Browser suite: headless chromium against a live server on a seeded test database.
# Without chromium it is skipped (and says so), unless LABO_REQUIRE_BROWSER=1.
test-browser: $(VENV)/.installed-test $(E2E_NODE_MODULES)
	env -u DATABASE_URL $(BIN)/pytest -rs tests/e2e

screenshots: $(VENV)/.installed-test $(E2E_NODE_MODULES)
	env -u DATABASE_URL $(BIN)/pytest -q tests/e2e -k screenshots
	@echo "Screenshots in tests/e2e/artefacts/"

# Performance at network scale, written to BENCHMARKS.md: search latency beside
# the plain Wagtail approaches and the bare full-text lookup, server time and SQL
# queries per page, throughput under wrk, index rebuild speed and peak memory. The
# SQLite file var/bench.sqlite3 and the PostgreSQL database labo_bench
# (BENCH_POSTGRES_URL) are recreated, then seeded up to each of BENCH_SIZES.
# About 40 minutes at "10000 100000" on 2 cores; BENCH_SIZES=2000 for a quick run.
BENCH_SIZES ?= 10000 100000
bench: $(VENV)/.installed-run
	@command -v wrk >/dev/null || echo "wrk is not installed: no throughput figures (apt-get install wrk)."
	$(BIN)/python -m infra.bench run --sizes "$(BENCH_SIZES)"
	$(BIN)/python -m infra.personal_data --benchmarks BENCHMARKS.md

# The personal-data detector on infra/personal_data/sentences.jsonl: recall and
# precision per kind, false alarms, time per 1 000 characters, the worst
# adversarial text, memory with spaCy's model (docs/personal-data.md). About a
# minute; `make bench` writes the same figures into BENCHMARKS.md.
bench-personal-data: $(VENV)/.installed-run
	$(BIN)/python -m infra.personal_data

# Load and concurrency on a real gunicorn and PostgreSQL: 50 members post 20
# comments each at once, two coordinators publish the same page at once. The
# database (SOAK_DATABASE_URL, default labo_soak) is recreated, then dropped.
soak: $(VENV)/.installed-test
	$(BIN)/python -m infra.soak

# Refresh the pinned versions after changing pyproject.toml.
lock: $(BIN)/activate
	$(BIN)/pip install --quiet -e ".[test]"
	$(BIN)/pip freeze --exclude-editable | grep -v '^-e' > constraints.txt

clean:
	rm -rf $(VENV) db.sqlite3 media static
