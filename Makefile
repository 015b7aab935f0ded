# The README's two commands: `make run` and `make test`.
PYTHON ?= $(shell scripts/find-python)
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test lint format install install-dev messages translations bench clean

$(BIN)/python:
	@test -n "$(PYTHON)" || { scripts/find-python; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e .
	@touch $@

$(VENV)/.installed-dev: $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e ".[dev]"
	@touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

# Compiled with Babel, so no system gettext is needed.
translations: $(VENV)/.installed
	$(BIN)/python scripts/compile_translations.py

run: install translations
	@mkdir -p var
	$(BIN)/amity migrate --no-input
	$(BIN)/amity demo
	@echo ""
	@echo "Amity runs at http://$(HOST):$(PORT)/ (the public portal); the back office is at /admin/, sign in with a login above."
	$(BIN)/amity runserver $(HOST):$(PORT)

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install-dev
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

test: install-dev translations lint
	DATABASE_URL=sqlite://:memory: $(BIN)/amity makemigrations --check --dry-run \
		--settings=config.settings.test
	$(BIN)/pytest

# Every benchmark of bench/ (the load test on SQLite, and on PostgreSQL when one answers
# at BENCH_POSTGRES), then bench/RESULTS.md; about 15 minutes.
bench: install-dev translations
	$(BIN)/python bench/run_all.py

# Re-extract our strings into the .po files (needs GNU gettext's xgettext).
messages: install
	cd amity && ../$(BIN)/amity makemessages --locale vi --locale zh_Hans --no-obsolete \
		--ignore 'demo/data.py' --ignore 'demo/aid_data.py' --ignore 'demo/portal_data.py' \
		--ignore 'demo/mobilization_data.py' --ignore 'demo/engagements_data.py'

clean:
	rm -rf $(VENV) var .pytest_cache
