"""CPU of the boilerplate, segment and tips stages, and how often they test the same line (issue 19).

Run ``python bench/profile_share.py FILE [--repeat N] [--profile STAGE] [--count] [--chain]`` with the code to
measure first on ``PYTHONPATH`` (so main's code and a branch's run through the same harness, in one session).
It imports only ``pipeline``:

- stage CPU: the records as each stage receives them (read, repair, boilerplate, segment, dedup in this process,
  not timed) are pickled; each repetition unpickles them, clears every memo cache of the stages, then runs
  boilerplate (corpus pass and stripping), segment and tips in chain order and times each (``process_time``):
  a cache one stage fills is there for the next, as in the chain, never from an earlier repetition;
- ``--profile STAGE``: cProfile (CPU clock) of that stage in the same setting, its top entries;
- ``--count``: every call of the pure line tests (licence and attribution helpers, segment's own line tests)
  counted per document across the three stages: calls, distinct (function, text) pairs, and the pairs seen in
  an earlier document too (what a cache across documents could answer);
- ``--chain``: the whole chain in this process on 1 worker (``Pipeline.run``), the stats' clock swapped for
  ``process_time`` so the per-stage figures are CPU too; peak RSS; with ``--anchor``, first reading the file and
  ``str.split`` of every text in the same process (``bench_scale``'s anchor on the CPU clock, best of 3), and the
  chain's ratio to it.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import json
import pickle
import pstats
import resource
import sys
import tempfile
import time
from collections import Counter, defaultdict

from pipeline.configs import BoilerplateConfig, DedupConfig, RepairConfig, SegmentConfig
from pipeline.records import Article
from pipeline.stages import boilerplate, dedup, read, repair, segment, tips
from pipeline.stats import StageStats


def stage_inputs(path: str) -> dict[str, bytes]:
    """The pickled records each timed stage receives."""
    records = list(read.run([path], read.ReadConfig(), StageStats("read")))
    repaired = list(repair.run(records, RepairConfig(), StageStats("repair")))
    out = {"boilerplate": pickle.dumps(repaired)}
    stripped = list(boilerplate.run(repaired, BoilerplateConfig(), StageStats("boilerplate")))
    segmented = list(segment.run(stripped, SegmentConfig(), StageStats("segment")))
    deduped = list(dedup.run(segmented, DedupConfig(level="article"), StageStats("dedup")))
    out["tips"] = pickle.dumps(deduped)
    return out


def clear_caches() -> None:
    """Empty every memo cache of the pipeline's modules (``functools`` caches and ``clear_line_caches``)."""
    for name, module in list(sys.modules.items()):
        if not name.startswith("pipeline"):
            continue
        if callable(clear := getattr(module, "clear_line_caches", None)):
            clear()
        for value in list(vars(module).values()):
            if callable(getattr(value, "cache_clear", None)) and getattr(value, "__module__", "").startswith(
                    "pipeline"):
                value.cache_clear()


class _CpuClock:  # the stats module's clock, made a CPU clock: a stage's seconds are then its CPU
    perf_counter = staticmethod(time.process_time)


def chain_pass(inputs: dict[str, bytes], profile: str | None = None) -> dict[str, float]:
    """One repetition: boilerplate and segment chained as in a worker (each record through both before the next,
    so what one stage learns of a page is there for the other), then tips (on its own stored input). A stage's
    CPU comes from its stats, timed on the CPU clock (inclusive of the stages before it, subtracted here)."""
    import pipeline.stats as stats_module
    from pipeline.stage import Task

    first = pickle.loads(inputs["boilerplate"])
    later = pickle.loads(inputs["tips"])
    clear_caches()
    gc.collect()
    stats_module.time = _CpuClock  # type: ignore[assignment]
    profiler = cProfile.Profile(time.process_time) if profile else None
    bstats, sstats, tstats = StageStats("boilerplate"), StageStats("segment"), StageStats("tips")
    if profiler is not None and profile in ("boilerplate", "segment"):
        profiler.enable()
    stream = Task(boilerplate.STAGE, BoilerplateConfig(), "boilerplate", False).run(first, bstats)
    list(Task(segment.STAGE, SegmentConfig(), "segment", False).run(stream, sstats))
    if profiler is not None:
        profiler.disable()
    if profiler is not None and profile == "tips":
        profiler.enable()
    list(Task(tips.STAGE, tips.TipsConfig(), "tips", False).run(later, tstats))
    if profiler is not None:
        profiler.disable()
    if profiler is not None:
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(35)
        print(out.getvalue())
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(45)
        print(out.getvalue())
    return {"boilerplate": bstats.seconds, "segment": sstats.seconds - bstats.seconds, "tips": tstats.seconds}


# The pure line tests counted by --count: module, function names.
COUNTED = {
    "pipeline.text.licence": ("find_statements", "parse_copyright", "gatable", "refuses", "covers_issue"),
    "pipeline.text.dates": ("is_date_line",),
    "pipeline.text.attribution": ("is_byline", "parse_byline", "is_nav_line", "is_prose",
                                  "looks_like_title", "may_be_title", "is_attribution_line", "name_in_bio",
                                  "bio_start", "is_meta_line", "name_line", "is_person_name", "split_inline_bio",
                                  "is_contact_line", "entry_footer", "is_footer_chrome", "is_signoff",
                                  "is_valediction", "clean_title"),
    "pipeline.stages.segment": ("_is_text", "_is_meta", "_is_label", "_licence_split", "_signed_note",
                                "_unnumbered", "_dated_label", "_writer_line"),
    "pipeline.stages.boilerplate": ("normalise_line", "_attributes_or_licenses", "_is_site_copyright",
                                    "_may_promote"),
}


def count_repeats(inputs: dict[str, bytes]) -> list[list]:
    """Per function: calls per document, distinct (function, first argument) per document, and the share of calls
    a cache per document (the same pair again in one document) and a cache across documents would answer."""
    originals = {}
    calls: Counter = Counter()
    repeat_in_doc: Counter = Counter()
    repeat_across: Counter = Counter()
    seen_doc: set = set()
    seen_all: set = set()
    for modname, names in COUNTED.items():
        module = sys.modules.get(modname) or __import__(modname, fromlist=["x"])
        for fname in names:
            fn = getattr(module, fname, None)
            if fn is None:
                continue
            originals[(modname, fname)] = fn
            label = f"{modname.rsplit('.', 1)[1]}.{fname}"

            def wrapper(*args, __fn=fn, __name=label, **kwargs):
                key = (__name, args[0] if args and isinstance(args[0], str) else repr(args[:1]))
                calls[__name] += 1
                if key in seen_doc:
                    repeat_in_doc[__name] += 1
                elif key in seen_all:
                    repeat_across[__name] += 1
                seen_doc.add(key)
                seen_all.add(key)
                return __fn(*args, **kwargs)

            for other in list(sys.modules.values()):  # every module holding the function by name
                if getattr(other, "__name__", "").startswith("pipeline"):
                    for attr, value in list(vars(other).items()):
                        if value is fn:
                            setattr(other, attr, wrapper)
    first = pickle.loads(inputs["boilerplate"])
    later = {r.id: r for r in pickle.loads(inputs["tips"]) if isinstance(r, Article)}
    clear_caches()
    config = BoilerplateConfig()
    repeated = boilerplate.learn(first, config, StageStats("boilerplate"))  # the corpus pass: not per document
    docs = 0
    for record in first:
        if not isinstance(record, Article):
            continue
        seen_doc.clear()
        docs += 1
        stripped = list(boilerplate.run_learned([record], config, repeated, StageStats("b")))
        parts = list(segment.run(stripped, SegmentConfig(), StageStats("s")))
        for part in parts:
            if part.id in later:  # as dedup left it
                list(tips.run([later[part.id]], tips.TipsConfig(), StageStats("t")))
    rows = []
    for name, n in calls.most_common():
        rows.append([name, n / docs, (n - repeat_in_doc[name]) / docs, repeat_in_doc[name] / n,
                     repeat_across[name] / n])
    total = sum(calls.values())
    rows.append(["all", total / docs, (total - sum(repeat_in_doc.values())) / docs,
                 sum(repeat_in_doc.values()) / total, sum(repeat_across.values()) / total])
    return rows


def chain(path: str, keep: str | None = None) -> dict:
    """The whole chain on 1 worker in this process: CPU seconds, per-stage CPU, peak RSS (``keep``: a directory
    that gets a copy of the output, to compare two codes' outputs)."""
    import pipeline.stats as stats_module
    from pipeline import Pipeline

    stats_module.time = _CpuClock  # type: ignore[assignment]
    with tempfile.TemporaryDirectory(prefix="tipline-share-") as out:
        start = time.process_time()
        Pipeline(workers=1, err=lambda line: None).run([path], out + "/o")
        cpu = time.process_time() - start
        with open(out + "/o/run.json", encoding="utf-8") as fh:
            stages = json.load(fh)["seconds_per_stage"]
        if keep:
            import shutil

            shutil.copytree(out + "/o", keep, dirs_exist_ok=True)
    return {"cpu": cpu, "stages": stages, "rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def split_anchor(path: str, rounds: int = 3) -> float:
    """Docs per CPU-second of reading the file, parsing each line and splitting its text (best of ``rounds``)."""
    best = 0.0
    for _ in range(rounds):
        start, n = time.process_time(), 0
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                json.loads(line)["text"].split()
                n += 1
        best = max(best, n / (time.process_time() - start))
    return best


def digests(inputs: dict[str, bytes]) -> dict[str, str]:
    """A hash of the records each stage yields (their reprs, in order), to tell two codes' outputs apart."""
    import hashlib

    def digest(records) -> str:
        h = hashlib.sha256()
        for r in records:
            h.update(repr(r).encode("utf-8"))
        return h.hexdigest()[:16]

    clear_caches()
    stripped = list(boilerplate.run(pickle.loads(inputs["boilerplate"]), BoilerplateConfig(), StageStats("b")))
    out = {"boilerplate": digest(stripped)}
    out["segment"] = digest(segment.run(stripped, SegmentConfig(), StageStats("s")))
    out["tips"] = digest(tips.run(pickle.loads(inputs["tips"]), tips.TipsConfig(), StageStats("t")))
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("file")
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--profile")
    parser.add_argument("--count", action="store_true")
    parser.add_argument("--chain", action="store_true")
    parser.add_argument("--out", help="with --chain: keep the output here")
    parser.add_argument("--anchor", action="store_true", help="with --chain: read + split of the file first")
    parser.add_argument("--digest", action="store_true", help="a hash of each stage's output records (same code?)")
    args = parser.parse_args()
    import pipeline

    print(f"code: {pipeline.__file__}", file=sys.stderr)
    if args.chain:
        n = sum(1 for _ in open(args.file, encoding="utf-8"))
        anchor = split_anchor(args.file) if args.anchor else None
        r = chain(args.file, args.out)
        r["docs"] = n
        r["docs_per_cpu_s"] = n / r["cpu"]
        if anchor is not None:
            r["read_split_docs_per_cpu_s"] = anchor
            r["ratio_to_read_split"] = anchor / r["docs_per_cpu_s"]
        print(json.dumps(r))
        return
    import pipeline.repairs.warm  # noqa: F401  (models loaded before timing)

    inputs = stage_inputs(args.file)
    n = sum(1 for r in pickle.loads(inputs["boilerplate"]) if isinstance(r, Article))
    if args.digest:
        print(json.dumps(digests(inputs)))
        return
    if args.count:
        for row in count_repeats(inputs):
            print("\t".join(f"{x:.3f}" if isinstance(x, float) else str(x) for x in row))
        return
    best: dict[str, float] = defaultdict(lambda: float("inf"))
    for _ in range(args.repeat):
        for name, seconds in chain_pass(inputs, args.profile).items():
            best[name] = min(best[name], seconds)
    print(json.dumps({"docs": n, **{k: v / n * 1e3 for k, v in best.items()},
                      "sum": sum(best.values()) / n * 1e3, "unit": "ms CPU per document, best of repeats"}))


if __name__ == "__main__":
    main()
