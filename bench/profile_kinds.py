"""Where the whole chain's CPU goes by kind of code (issue 19, round 6): Python bytecode or C, and which C.

What a compiled core (mypyc, Cython) can speed up is the bytecode; the regex engine's and ``str``'s C run as they
do now. Two ways to see the shares, with the code to measure first on ``PYTHONPATH``:

- ``python -m bench.profile_kinds FILE [--top N]``: the whole chain once on 1 worker in this process
  (``Pipeline.run``) under cProfile on the CPU clock. Each entry's own time (``tottime``) is put in one kind:
  ``python`` (a Python function's bytecode: loops, calls, slicing, attribute lookups, dataclass ``__init__``),
  ``re`` (a compiled pattern's methods), ``str`` (``str``'s methods), ``builtin`` (other C: ``len``, pickle, json,
  numpy). cProfile adds its own cost to every call, most of it to the Python entries, so their share is
  overstated; it also names the functions and the regex call sites.
- ``python -m bench.profile_kinds --spy RAW [RAW ...]``: the same split from py-spy's samples, which cost the
  chain nothing: ``py-spy record --native --format raw -o RAW -- python -c '...Pipeline(workers=1).run(...)'``
  (py-spy is not a dependency of the project: install it in a venv of your own). Each sample's innermost frame
  decides its kind (a Python frame: the interpreter running bytecode; ``sre_*``: the regex engine; ``unicode_*``:
  ``str``; numpy's loops; the collector) and its innermost ``pipeline/stages/`` frame its stage.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import re
import sys
import tempfile
import time
from collections import Counter

# cProfile's names for C functions ("~" as file): the owner of a method in its text
RE_OWNERS = ("'re.Pattern'", "'_sre.SRE_Pattern'", "'re.Match'")
STR_OWNER = "of 'str' objects"

# py-spy's native frames, by the start of their symbol
SPY_STR = ("unicode", "PyUnicode", "_PyUnicode", "stringlib", "asciilib", "ucs1lib", "ucs2lib", "ucs4lib",
           "do_strip", "do_argstrip", "fastsearch", "any_find_slice", "tailmatch", "split", "replace")
SPY_GC = ("gc_", "visit_", "subtract_refs", "update_refs", "move_unreachable")
SPY_NUMPY = ("ULONG", "npy", "array_", "PyArray", "binsearch", "mapiter", "DOUBLE", "FLOAT", "LONG_", "HALF",
             "BOOL_", "UINT_", "simd_", "ufunc_", "_aligned_contig", "_contig_to_contig", "count_nonzero")
SPY_STAGE = re.compile(r"\(pipeline/stages/(?:(\w+)\.py|(\w+)/)")
NO_STAGE = "none (imports, models, manifest)"


def kind(func: tuple[str, int, str]) -> str:
    """A pstats key (file, line, name) -> the kind of code it is."""
    filename, _, name = func
    if filename != "~":
        return "python"
    if any(f"of {owner} objects" in name for owner in RE_OWNERS):
        return "re"
    if STR_OWNER in name:
        return "str"
    return "builtin"


def module_of(func: tuple[str, int, str]) -> str:
    filename = func[0]
    if filename == "~":
        return "~"
    if "/pipeline/" in filename:
        return "pipeline/" + filename.rsplit("/pipeline/", 1)[1]
    return "(libraries)"


def profile_chain(path: str) -> pstats.Stats:
    import pipeline.stats as stats_module
    from pipeline import Pipeline

    class _CpuClock:
        perf_counter = staticmethod(time.process_time)

    stats_module.time = _CpuClock  # type: ignore[assignment]
    profiler = cProfile.Profile(time.process_time)
    with tempfile.TemporaryDirectory(prefix="tipline-kinds-") as out:
        profiler.enable()
        Pipeline(workers=1, err=lambda line: None).run([path], out + "/o")
        profiler.disable()
    return pstats.Stats(profiler)


def summarise(stats: pstats.Stats, top: int) -> dict:
    by_kind: Counter = Counter()
    calls_by_kind: Counter = Counter()
    by_module: Counter = Counter()
    re_by_caller: Counter = Counter()
    rows = []
    for func, (_cc, nc, tt, ct, callers) in stats.stats.items():  # type: ignore[attr-defined]
        k = kind(func)
        by_kind[k] += tt
        calls_by_kind[k] += nc
        if k == "python":
            by_module[module_of(func)] += tt
        if k == "re":
            for caller, (_, _, ctt, _) in callers.items():
                re_by_caller[f"{module_of(caller)}:{caller[2]}"] += ctt
        rows.append((tt, ct, nc, func))
    total = sum(by_kind.values())
    rows.sort(reverse=True)
    cum = sorted(((ct, tt, nc, func) for tt, ct, nc, func in rows if func[0] != "~"), reverse=True)
    return {
        "total_s": total,
        "kinds": {k: [round(v, 3), round(v / total, 3), calls_by_kind[k]] for k, v in by_kind.most_common()},
        "python_by_module": {k: round(v, 3) for k, v in by_module.most_common(15)},
        "re_by_caller": {k: round(v, 3) for k, v in re_by_caller.most_common(15)},
        "top_tottime": [[round(tt, 3), round(ct, 3), nc, f"{module_of(f)}:{f[1]}:{f[2]}"] for tt, ct, nc, f in
                        rows[:top]],
        "top_cumulative_pipeline": [[round(ct, 3), round(tt, 3), nc, f"{module_of(f)}:{f[1]}:{f[2]}"]
                                    for ct, tt, nc, f in cum if "pipeline/" in module_of(f)][:top],
    }


def spy_kind(frame: str) -> str:
    """py-spy's innermost frame ("name (file:line)" for Python, a bare symbol for C) -> the kind of code."""
    name = frame.split(" (")[0]
    if ".py:" in frame:
        return "python"
    if "sre" in name.lower() or name == "basic_match":
        return "re"
    if name.startswith(SPY_STR):
        return "str"
    if name.startswith(SPY_GC):
        return "gc"
    if name.startswith(SPY_NUMPY):
        return "numpy"
    return "other C"


def spy_stage(frames: list[str]) -> str:
    for frame in reversed(frames):
        if (m := SPY_STAGE.search(frame)) is not None:
            return m.group(1) or m.group(2)
    return NO_STAGE


def summarise_spy(path: str, top: int) -> dict:
    """Shares of py-spy's samples by kind, by stage and kind, and the regex engine's samples by call site."""
    kinds: Counter = Counter()
    stages: dict[str, Counter] = {}
    re_sites: Counter = Counter()
    total = 0
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            stack, _, count = line.rstrip("\n").rpartition(" ")
            if not stack:
                continue
            n, frames = int(count), stack.split(";")
            total += n
            k = spy_kind(frames[-1])
            kinds[k] += n
            stages.setdefault(spy_stage(frames), Counter())[k] += n
            if k == "re":
                python = [f for f in frames if ".py:" in f]
                re_sites[python[-1] if python else "?"] += n

    def share(c: Counter, whole: int) -> dict:
        return {k: round(v / whole, 3) for k, v in c.most_common()}

    return {
        "samples": total,
        "kinds": share(kinds, total),
        "stages": {s: {"share": round(sum(c.values()) / total, 3), "kinds": share(c, sum(c.values()))}
                   for s, c in sorted(stages.items(), key=lambda kv: -sum(kv[1].values()))},
        "re_sites": {k: round(v / total, 4) for k, v in re_sites.most_common(top)},
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("file", nargs="+", help="a JSONL corpus (cProfile), or py-spy raw files with --spy")
    parser.add_argument("--spy", action="store_true", help="read py-spy raw files instead of profiling")
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args()
    if args.spy:
        for path in args.file:
            print(json.dumps({"file": path, **summarise_spy(path, args.top)}, indent=1))
        return
    import pipeline

    print(f"code: {pipeline.__file__}", file=sys.stderr)
    print(json.dumps(summarise(profile_chain(args.file[0]), args.top), indent=1))


if __name__ == "__main__":
    main()
