# highlights: `make demo` and `make test` set everything up on a fresh Debian machine.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
UV_VERSION := 0.13.8
UV := .tools/bin/uv
VENV := .venv
BIN := $(VENV)/bin
SAMPLE := assets/samples/zigong-communique.txt
OUT ?= output

# Prefect's embedded server: offline and patient with a cold start (see README).
export PREFECT_SERVER_ANALYTICS_ENABLED ?= false
export DO_NOT_TRACK ?= 1
export PREFECT_SERVER_UI_ENABLED ?= false
export PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS ?= 90

.PHONY: help setup system demo test test-latest lint bench eval clean

help:
	@echo "make demo   set up, then publish the sample article into $(OUT)/"
	@echo "make test   set up, then run the whole test suite"
	@echo "make lint   ruff and mypy --strict"
	@echo "make bench  benchmarks (not part of the tests)"
	@echo "make eval   score the decks of the real-article corpus (writes docs/eval.md)"
	@echo "make test-latest  the suite against the newest Prefect, WeasyPrint, Pillow (not CI)"

system:
	@scripts/setup-system.sh

$(UV):
	$(PYTHON) -m venv .tools
	.tools/bin/pip install --quiet "uv==$(UV_VERSION)"

# Locked dependencies: uv.lock, installed exactly (--frozen never re-resolves). Bytecode is
# compiled once here: where PYTHONDONTWRITEBYTECODE is set (CI images often do), every process
# would otherwise recompile Prefect and WeasyPrint from source, seconds per start.
$(VENV)/.synced: pyproject.toml uv.lock Makefile | $(UV)
	UV_PYTHON=$(PYTHON) $(UV) sync --frozen --quiet --compile-bytecode
	@touch $@

# Migrate Prefect's database once, so parallel first runs don't race on it.
$(VENV)/.prefect-db: $(VENV)/.synced
	$(BIN)/prefect server database upgrade -y >/dev/null
	@touch $@

# Single-face fonts cut from the Noto CJK collections for the PDF workers (~3 s, once; in
# ~/.cache/highlights/fonts or HIGHLIGHTS_FONT_CACHE). A worker makes them itself if missing.
$(VENV)/.single-faces: $(VENV)/.synced
	$(BIN)/python -m highlights.single_faces >/dev/null
	@touch $@

setup: system $(VENV)/.synced $(VENV)/.prefect-db $(VENV)/.single-faces

demo: setup
	$(BIN)/highlights publish $(SAMPLE) --out $(OUT)
	@echo "Published: open the folder above (PDF, EPUB, long.png, cards/, manifest.json)."

test: setup
	$(BIN)/pytest

# The suite against the newest Prefect, WeasyPrint and Pillow on PyPI, in a venv of its own
# (.venv-latest: the lock, then those three upgraded past their pins). Not part of CI: it tells
# whether the next upgrade breaks anything, the fast paths on Pillow internals included.
LATEST := .venv-latest
LATEST_PACKAGES := prefect weasyprint pillow
test-latest: setup
	rm -rf $(LATEST)
	UV_PROJECT_ENVIRONMENT=$(LATEST) UV_PYTHON=$(PYTHON) $(UV) sync --frozen --quiet
	$(UV) pip install --quiet --python $(LATEST)/bin/python --upgrade $(LATEST_PACKAGES)
	@$(LATEST)/bin/python -c "import importlib.metadata as m; print('test-latest:', ', '.join(f'{p} {m.version(p)}' for p in '$(LATEST_PACKAGES)'.split()))"
	$(LATEST)/bin/prefect server database upgrade -y >/dev/null
	$(LATEST)/bin/pytest -q -p no:cacheprovider -n 2 $(PYTEST_ARGS)

lint: setup
	$(BIN)/ruff check src flows tests bench evaluation
	$(BIN)/mypy --strict src flows evaluation

bench: setup
	$(BIN)/python -m bench

# The real-article corpus (tests/data/corpus/) against its hand-written decks.
eval: setup
	$(BIN)/python -m evaluation

clean:
	rm -rf $(VENV) $(LATEST) .tools .mypy_cache .ruff_cache .pytest_cache
	find $(OUT) -mindepth 1 ! -name .gitkeep -exec rm -rf {} +

# Operations (docs/operations.md): the scheduled inbox and the editors' desk.
INBOX ?= inbox
DESK_PORT ?= 8000
.PHONY: serve desk

# Inbox every 10 min (HIGHLIGHTS_INBOX_CRON); starts a local Prefect server if none is set.
serve: setup
	$(BIN)/highlights serve --inbox $(INBOX) --out $(OUT)

desk: setup
	$(BIN)/highlights desk --out $(OUT) --port $(DESK_PORT)
