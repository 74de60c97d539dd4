"""Where the whole chain's CPU goes, one worker (issue 19: "profile first, keep the profile in the bench section").

For each corpus (the 1,000 scale pages and the real texts of ``bench_scale``; 200 pages at smoke size): the chain's
CPU on one worker in this process (``process_time``, best of two runs), read + split of the same file as the anchor
(the issue's target is 1/20 of it, or 1,000 docs per CPU-second), then one run under cProfile on the CPU clock: the
largest own times (the regex engine and the ``str`` methods show there) and the largest cumulative times of
tipline's own functions (which stage and reader they are spent under). cProfile slows Python calls far more than C
calls, so its seconds are only the profile's shares, not the chain's. Last, the costliest regular expressions pattern
by pattern (``bench.regex_costs``, a run of its own with every pattern's calls timed: its seconds are shares of that
slower run), with the line that compiled each and the caller that spent most in it.
"""

from __future__ import annotations

import cProfile
import json
import os
import pstats
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.bench_scale import corpus, real_corpus, split_anchor
from bench.util import table

TITLE = "Whole chain's profile, one worker (issue 19)"
TOP = 12  # rows of each profile table
# The stages are generators pulled by the next one: each stage's run (and the corpus pass's drivers) holds the CPU of
# every stage before it, so the cumulative table leaves them out and starts at the work each stage does.
PLUMBING_FILES = ("api.py", "stats.py", "stage.py", "io/__init__.py", "write.py")
PLUMBING_NAMES = {"run", "run_learned", "<lambda>", "learn", "learn_observed", "observe", "_strip_all", "<listcomp>",
                  "<genexpr>"}
RUNS = 2  # unprofiled chain runs per corpus, the best kept (the machine is shared)
TOP_PATTERNS = 15  # rows of the regex table
ROOT = Path(__file__).resolve().parent.parent


def chain_cpu(path: Path) -> float:
    """CPU seconds of the whole chain on one worker, in this process (the pool is not started for one worker)."""
    from pipeline import Pipeline

    with tempfile.TemporaryDirectory(prefix="tipline-profile-") as out:
        start = time.process_time()
        Pipeline(workers=1, err=lambda line: None).run([str(path)], out + "/o")
        return time.process_time() - start


def chain_profile(path: Path) -> pstats.Stats:
    """One chain run under cProfile, timed on the CPU clock."""
    from pipeline import Pipeline

    profile = cProfile.Profile(time.process_time)
    with tempfile.TemporaryDirectory(prefix="tipline-profile-") as out:
        profile.enable()
        Pipeline(workers=1, err=lambda line: None).run([str(path)], out + "/o")
        profile.disable()
    return pstats.Stats(profile)


def where(key: tuple[str, int, str]) -> str:
    """A profile entry's name: ``module.py:line(function)`` under ``pipeline/``, the bare name for built-ins.

    >>> where(("/x/pipeline/stages/segment.py", 12, "run")), where(("~", 0, "<method 'search' of 're.Pattern'>"))
    ('stages/segment.py:12(run)', "<method 'search' of 're.Pattern'>")
    """
    filename, line, name = key
    if filename == "~":
        return name
    parts = filename.split(os.sep)
    short = "/".join(parts[parts.index("pipeline") + 1:]) if "pipeline" in parts else parts[-1]
    return f"{short}:{line}({name})"


def top_rows(stats: pstats.Stats, by_own: bool, n: int = TOP) -> list[list]:
    """The ``n`` largest entries by own time (every function) or by cumulative time (tipline's functions but the
    stages' plumbing: their readers and line tests), with calls and shares of the profiled total."""
    entries = stats.stats  # type: ignore[attr-defined]
    total = sum(own for _, _, own, _, _ in entries.values()) or 1.0
    rows = []
    for key, (_, calls, own, cumulative, _) in entries.items():
        if not by_own and ("pipeline" not in key[0].split(os.sep) or key[0].endswith(PLUMBING_FILES)
                           or key[2] in PLUMBING_NAMES):
            continue
        rows.append([where(key), calls, own, cumulative, (own if by_own else cumulative) / total])
    rows.sort(key=lambda r: -(r[2] if by_own else r[3]))
    return rows[:n]


def regex_rows(path: Path, n: int = TOP_PATTERNS) -> tuple[list[list], dict]:
    """The ``n`` costliest patterns of a chain run on ``path`` (``bench.regex_costs``, in a process of its own)."""
    proc = subprocess.run([sys.executable, "-m", "bench.regex_costs", str(path), str(n)], capture_output=True,
                          text=True, cwd=ROOT, check=True)
    found = json.loads(proc.stdout.strip().splitlines()[-1])
    rows = [[f"`{p['pattern']}`", p["engine"], p["compiled"], p["calls"], p["seconds"],
             f"{p['seconds'] / found['wall']:.1%}", f"{p['top_caller']} ({p['top_caller_share']:.0%})"]
            for p in found["patterns"]]
    return rows, found


def run(smoke: bool) -> str:
    files = [(f"{n:,} scale pages", corpus(n)[0], n) for n in ([200] if smoke else [1000])]
    real = None if smoke else real_corpus()
    if real is not None:
        files.append((f"{real[1]:,} real texts", *real))
    anchors, profiles = [], []
    for label, path, n in files:
        split_cpu = split_anchor(path, time.process_time)
        cpu = min(chain_cpu(path) for _ in range(1 if smoke else RUNS))
        anchors.append([label, cpu, n / cpu, split_cpu, split_cpu / (n / cpu)])
        stats = chain_profile(path)
        headers = ["function", "calls", "own s", "cumulative s"]
        profiles += [f"{label}, largest own times:", "", table([*headers, "share of profiled"],
                                                               top_rows(stats, True)), "",
                     f"{label}, tipline's largest cumulative times:", "",
                     table([*headers, "share of profiled"], top_rows(stats, False)), ""]
        patterns, found = regex_rows(path, 5 if smoke else TOP_PATTERNS)
        profiles += [f"{label}, costliest regular expressions (all patterns: {found['regex_seconds']:.1f} s in "
                     f"{found['regex_calls']:,} calls, of a {found['wall']:.1f} s timed run):", "",
                     table(["pattern", "engine", "compiled at", "calls", "s", "share of timed run",
                            "costliest caller (its share)"], patterns), ""]
    return "\n".join([
        __doc__.split("\n\n", 1)[1].strip(), "",
        table(["corpus", "chain CPU s (1 worker, best of runs)", "chain docs per CPU-second",
               "read+split docs per CPU-second", "ratio (target <= 20)"], anchors), "",
        *profiles,
    ])
