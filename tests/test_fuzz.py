"""The fuzz harness as a test (issue 12): the fixed adversarial corpus and a few random examples, bounded.

Every example runs the real CLI in a subprocess (see ``fuzz/harness.py`` for the properties). This is the short
pass of ``make test``: CI sizes (a 1 GiB gzip bomb is ~1 MB on disk), a 20 s timeout and a 1 GiB address-space
cap per example, two examples at a time. ``make fuzz`` is the long run.

Defects still on main are listed in ``KNOWN``: their cases are ``xfail(strict=True)``, so the suite stays green
while they are open and turns red the moment one is fixed, until its entry is removed. Triggers and OUT states
with an open defect are left out of the random draws (``QUARANTINED_*``), and each must still have a case in
``KNOWN``. ``FUZZ_STRICT=1`` ignores both lists: every case must pass. Knobs: ``FUZZ_EXAMPLES`` (random examples,
default 6), ``FUZZ_SEED`` (random seed; default: derandomized), ``FUZZ_TIMEOUT`` (seconds per example).
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import seed as hypothesis_seed

from fuzz import cases, corpus
from fuzz.harness import COMMANDS, OUT_MODES, Example, Limits, Session, run_example

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="the corpus needs POSIX FIFOs")

STRICT = os.environ.get("FUZZ_STRICT") == "1"
LIMITS = Limits(timeout=float(os.environ.get("FUZZ_TIMEOUT", "20")), address_space=1 << 30,
                max_bytes=corpus.CI_MAX_BYTES)

# Open defects found by the fuzzer (case id -> what fails), as of main after the issue-12 merges (rel-output,
# rel-input, rel-index-report, repair-ftfy, rel-repair, rel-rest). Remove an entry once its fix is merged. Fixed
# since the first run on main: OUT safety (foreign/file/same/inside/parent), bombs (also through check and
# report), FIFOs, lone surrogates, deep JSON, huge integers, WARC length lies, binary .zst, wrong-typed records,
# stderr floods, file names that are not UTF-8, 1 MB dotted runs (linear since the marker learner was bounded).
KNOWN: dict[str, str] = {}
# Open cases whose run time sits near the CI timeout: xfail, not strict, so a loaded runner cannot turn them red;
# `make fuzz` (60 s timeout) is their judge.
SLOW_KNOWN: frozenset[str] = frozenset()
QUARANTINED_TRIGGERS: frozenset[str] = frozenset()
QUARANTINED_OUT_MODES: frozenset[str] = frozenset()
QUARANTINED_COMMANDS: frozenset[str] = frozenset()

FIXED = cases.fixed_cases(ci=True)


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    return Session(tmp_path_factory.mktemp("fuzz"), LIMITS, corpus.CI)


@pytest.fixture(scope="module")
def fixed_outcomes(session: Session) -> dict[str, object]:
    """Run the whole fixed corpus once, two examples at a time (each is mostly a waiting subprocess)."""
    session.baseline()
    with ThreadPoolExecutor(2) as pool:
        outcomes = pool.map(lambda e: run_example(e, session, session.scratch / "ex" / cases.case_id(e)), FIXED)
        return {cases.case_id(o.example): o for o in outcomes}


def _param(example: Example) -> object:
    key = cases.case_id(example)
    strict = key not in SLOW_KNOWN
    marks = [pytest.mark.xfail(strict=strict, reason=KNOWN[key])] if key in KNOWN and not STRICT else []
    return pytest.param(key, id=key, marks=marks)


def _explain(outcome) -> str:
    lines = [f"{outcome.example.label()}: exit {outcome.exit_code}, {outcome.seconds:.1f} s, "
             f"{outcome.max_rss_mb:.0f} MB; inputs and cmd.sh in {outcome.workdir}"]
    lines += [f"  {v.prop}: {v.detail}" for v in outcome.violations]
    lines.append("  stderr tail: " + outcome.stderr_tail[-600:].replace("\n", "\n    "))
    return "\n".join(lines)


@pytest.mark.slow  # the fixed corpus runs tipline in ~75 subprocesses: ~1 min
@pytest.mark.parametrize("key", [_param(e) for e in FIXED])
def test_fixed_corpus(key: str, fixed_outcomes: dict) -> None:
    outcome = fixed_outcomes[key]
    assert not outcome.violations, _explain(outcome)


def test_known_failures_are_fixed_cases_and_quarantine_is_current() -> None:
    """Every KNOWN entry names a case that runs; every quarantined trigger or OUT state still has an open case
    (so a fixed defect cannot stay silently out of the random draws)."""
    ids = {cases.case_id(e) for e in FIXED}
    assert not set(KNOWN) - ids, f"KNOWN names cases that do not exist: {sorted(set(KNOWN) - ids)}"
    open_cases = [e for e in FIXED if cases.case_id(e) in KNOWN]
    stale = sorted(t for t in QUARANTINED_TRIGGERS if not any(t in e.triggers for e in open_cases))
    stale += sorted(m for m in QUARANTINED_OUT_MODES if not any(m == e.out_mode for e in open_cases))
    stale += sorted(c for c in QUARANTINED_COMMANDS if not any(c == e.command for e in open_cases))
    assert not stale, f"quarantined with no open case left (remove them from QUARANTINED_*): {stale}"


# The big hostile-text triggers are make fuzz's (cases.CI_SKIPPED: slow at any CI timeout)
_RANDOM_TRIGGERS = tuple(t for t in corpus.TRIGGERS
                         if (STRICT or t not in QUARANTINED_TRIGGERS) and t not in cases.CI_SKIPPED)
_RANDOM_OUT_MODES = tuple(m for m in OUT_MODES if STRICT or m not in QUARANTINED_OUT_MODES)
_RANDOM_COMMANDS = tuple(c for c in COMMANDS if STRICT or c not in QUARANTINED_COMMANDS)
_SEED = os.environ.get("FUZZ_SEED")


@pytest.mark.slow  # subprocesses under resource limits
@(hypothesis_seed(int(_SEED)) if _SEED else (lambda f: f))
@settings(max_examples=int(os.environ.get("FUZZ_EXAMPLES", "6")), deadline=None, database=None,
          derandomize=_SEED is None, phases=[Phase.explicit, Phase.generate],
          suppress_health_check=list(HealthCheck))
@given(example=cases.examples(_RANDOM_TRIGGERS, _RANDOM_OUT_MODES, _RANDOM_COMMANDS, max_triggers=2))
def test_random_examples(example: Example, session: Session) -> None:
    outcome = run_example(example, session, session.scratch / "ex" / "random")
    assert not outcome.violations, _explain(outcome)


@pytest.mark.slow  # subprocesses under resource limits
def test_harness_sees_a_failure(session: Session, tmp_path: Path) -> None:
    """The harness itself can fail: a previous OUT replaced by a crashing run is caught (not only exit codes)."""
    from fuzz import harness

    outcome = run_example(Example(("plain",), "run", "previous"), session, tmp_path / "ok")
    assert outcome.exit_code == 0 and not outcome.violations, _explain(outcome)
    slow = harness.Session(session.scratch, Limits(timeout=0.5), corpus.CI)
    outcome = run_example(Example(("plain",), "run", "absent"), slow, tmp_path / "slow")
    assert [v.prop for v in outcome.violations][:1] == ["timeout"]


def test_corpus_is_deterministic_and_bombs_are_small(tmp_path: Path) -> None:
    """The same seed gives the same bytes (a failure found once is found again); bombs cost MBs on disk."""
    from fuzz.harness import snapshot

    names = [t for t in corpus.TRIGGERS if t != "fifo"]  # FIFOs have no bytes to compare
    corpus.build(names, tmp_path / "a", 5, corpus.CI)
    corpus.build(names, tmp_path / "b", 5, corpus.CI)
    assert snapshot(tmp_path / "a") == snapshot(tmp_path / "b")
    for bomb in ("gzip_bomb/bomb.jsonl.gz", "zstd_bomb/bomb.jsonl.zst"):
        assert (tmp_path / "a" / bomb).stat().st_size < 4 << 20


def test_write_section_replaces_only_its_own(tmp_path: Path) -> None:
    from fuzz.report import SECTION, write_section

    results = tmp_path / "results.md"
    results.write_text("# r\n\n## A\n\nold a\n\n## B\n\nold b\n", encoding="utf-8")
    write_section(results, f"{SECTION}\n\nfirst\n")
    write_section(results, f"{SECTION}\n\nsecond\n")
    assert results.read_text(encoding="utf-8") == f"# r\n\n## A\n\nold a\n\n## B\n\nold b\n\n{SECTION}\n\nsecond\n"
