# Chaperone: two commands on a fresh machine.
#   make run    install, migrate, load the demo organisation, serve on http://127.0.0.1:8000
#   make test   install and run the whole test suite
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_ARGS ?=

.PHONY: run install install-test test lint format eval train bench clean-data help

help:
	@sed -n '2,4p' Makefile

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' || \
	  { echo "Chaperone needs Python 3.11 (found $$($(PYTHON) --version))"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e .
	@touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(BIN)/pip install --quiet -e ".[test]"
	@touch $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

run: install
	CHAPERONE_DEBUG=1 $(BIN)/chaperone migrate --noinput -v 0
	CHAPERONE_DEBUG=1 $(BIN)/chaperone demo
	CHAPERONE_DEBUG=1 $(BIN)/chaperone serve --host $(HOST) --port $(PORT)

test: install-test
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: install-test
	$(BIN)/ruff check src tests scripts bench
	$(BIN)/ruff format --check src tests scripts bench

format: install-test
	$(BIN)/ruff format src tests scripts bench
	$(BIN)/ruff check --fix src tests scripts bench

train: install
	$(BIN)/python scripts/train_screening.py

eval: install
	$(BIN)/python scripts/eval_screening.py

bench: install
	$(BIN)/python bench/bench_screening.py
	$(BIN)/python bench/bench_send.py
