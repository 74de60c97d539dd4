# Every target installs the project into its own virtual environment first; nothing is installed by hand.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: clean-data test lint bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,ray]'
	touch $(STAMP)

clean-data: $(STAMP)
	$(BIN)/tipline --no-progress run raw clean

test: $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check pipeline tests bench

bench: $(STAMP)
	$(BIN)/python -m bench --out bench/results.md

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis .ruff_cache
