"""Where the whole chain's CPU goes by kind of code (issue 19, round 6): Python bytecode or C, and which C.

Run ``python -m bench.profile_kinds FILE [--top N]`` with the code to measure first on ``PYTHONPATH``. The whole
chain runs once on 1 worker in this process (``Pipeline.run``) under cProfile on the CPU clock; each profiled
entry's own time (``tottime``) is put in one kind:

- ``python``: the bytecode of a Python function (its loops, calls, string slicing written in Python, attribute
  lookups, dataclass ``__init__``), excluding the C functions it calls;
- ``re``: the C of a compiled pattern's methods (``search``, ``match``, ``finditer``, ``sub``, ``findall``...);
- ``str``: the C of ``str``'s methods (``split``, ``strip``, ``lower``, ``startswith``, ``join``...);
- ``builtin``: other C functions (``len``, ``isinstance``, ``sorted``, pickle, json, numpy...).

A Python function's entry also includes the profiler's own per-call overhead, so the ``python`` share overstates
what bytecode costs without the profiler; the calls column says how many calls pay that overhead.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import sys
import tempfile
import time
from collections import Counter

RE_METHODS = ("Pattern", "re.Pattern", "_sre.SRE_Pattern", "Match")
STR_HINT = "of 'str' objects"


def kind(func: tuple[str, int, str]) -> str:
    """A pstats key (file, line, name) -> the kind of code it is."""
    filename, _, name = func
    if filename != "~":
        return "python"
    if any(f"of '{owner}' objects" in name for owner in RE_METHODS) or "_sre." in name:
        return "re"
    if STR_HINT in name:
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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("file")
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args()
    import pipeline

    print(f"code: {pipeline.__file__}", file=sys.stderr)
    print(json.dumps(summarise(profile_chain(args.file), args.top), indent=1))


if __name__ == "__main__":
    main()
