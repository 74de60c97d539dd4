# Every target installs the project into its own virtual environment first; nothing is installed by hand.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
BASE_STAMP := $(VENV)/.installed-base
BENCH_STAMP := $(VENV)/.installed-bench

.PHONY: clean-data test test-fast lint bench fuzz clean chromium install-check

# The base package and the report's plots: all `make clean-data` uses (no Ray, pandas, pyarrow or datasketch).
$(BASE_STAMP): pyproject.toml setup.py
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[report]'
	touch $(BASE_STAMP)

# The test extras: Parquet, the report, Ray (so CI tests the engine) and the loaders of the consumer tests.
$(STAMP): $(BASE_STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

clean-data: $(BASE_STAMP)
	$(BIN)/tipline --no-progress run raw clean
	$(BIN)/tipline report clean -o clean/report.html

test: $(STAMP) chromium
	$(BIN)/python -m pytest
	$(BIN)/tipline check clean

# The fast suite while developing (no Ray, browser, bench smoke, fuzz subprocesses): `make test` runs everything.
test-fast: $(STAMP)
	$(BIN)/python -m pytest -m "not slow"

# The report's browser test needs Debian's chromium; install it when absent and we may (root, or sudo without a
# password). Where it cannot be installed the test is skipped and says why.
chromium:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || \
	{ command -v apt-get >/dev/null 2>&1 && \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO="sudo -n"; fi && \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; } || \
	echo "make: chromium is not installed and could not be; the report's browser test will be skipped" >&2

lint: $(STAMP)
	$(BIN)/ruff check pipeline tests bench fuzz

# The bench extras (rensa, datatrove) are installed only for `make bench`; the benchmarks skip what is missing.
$(BENCH_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	touch $(BENCH_STAMP)

bench: $(BENCH_STAMP)
	$(BIN)/python -m bench --out bench/results.md

# Issue 12: the fixed adversarial corpus, then FUZZ_SECONDS of hypothesis's random examples (seed FUZZ_SEED);
# failures and peak memory go to bench/results.md ("Fuzz"), reproducers to fuzz/work/repro (git-ignored).
# `make test` runs the short pass (tests/test_fuzz.py: CI sizes, about a minute).
FUZZ_SECONDS ?= 600
FUZZ_SEED ?= 0
fuzz: $(STAMP)
	$(BIN)/python -m fuzz --seconds $(FUZZ_SECONDS) --seed $(FUZZ_SEED) --results bench/results.md

# `pip install .` (the base, nothing else) into a fresh venv: its size, and `tipline run` on the seeds with it.
# The number goes to bench/results.md and the README by hand; tests/test_install.py (slow) checks the same.
install-check:
	$(PYTHON) -m bench.install_size

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis .ruff_cache fuzz/work
