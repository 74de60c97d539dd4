"""The whole chain at scale: docs/s, MB/s and peak memory per size and worker count, against physical anchors.

The corpus (``bench.scale_corpus``) is labelled documents with known copies and rewrites, damaged like directory
scrapes and wrapped in page chrome, one JSONL file per size. Every chain run is a fresh process (``--one``), so
its peak RSS is its own; per-stage seconds come from the run's manifest. Anchors measured in the same run:

- reading the same file and ``str.split`` of every text (the floor any text pipeline pays);
- the speed-up of a plain CPU-bound Python loop on 2 processes over 1 (what this machine allows).
"""

from __future__ import annotations

import json
import multiprocessing
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

from bench.scale_corpus import write_jsonl
from bench.util import table

TITLE = "Whole chain at scale (issue 9)"
WORK = Path(__file__).resolve().parent / "work" / "scale"
ROOT = Path(__file__).resolve().parent.parent


def corpus(n: int) -> tuple[Path, int]:
    """The corpus file of ``n`` documents (made once, kept under bench/work/) and its size in bytes."""
    WORK.mkdir(parents=True, exist_ok=True)
    path = WORK / f"pages-{n}.jsonl"
    if not path.exists():
        tmp = path.with_suffix(".tmp")
        write_jsonl(tmp, n)
        tmp.rename(path)
    return path, path.stat().st_size


def split_anchor(path: Path) -> float:
    """docs/s of reading the file, parsing each line and splitting its text into words."""
    start = time.perf_counter()
    n = 0
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            json.loads(line)["text"].split()
            n += 1
    return n / (time.perf_counter() - start)


def _spin(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


def cpu_speedup(n: int = 3_000_000) -> float:
    """Speed-up of the same CPU-bound loop run twice on 2 processes, over twice on 1."""
    start = time.perf_counter()
    _spin(n)
    _spin(n)
    one = time.perf_counter() - start
    context = multiprocessing.get_context("forkserver")
    with context.Pool(2) as pool:
        pool.map(_spin, [1000, 1000])  # start the workers before timing
        start = time.perf_counter()
        pool.map(_spin, [n, n])
        two = time.perf_counter() - start
    return one / two


def run_chain(path: Path, workers: int) -> dict:
    """Run the whole chain in a fresh process; return its wall time, peak RSS and manifest."""
    out = WORK / f"out-{path.stem}-w{workers}"
    proc = subprocess.run([sys.executable, "-m", "bench.bench_scale", "--one", str(path), str(workers), str(out)],
                          capture_output=True, text=True, cwd=ROOT)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr[-2000:])
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    shutil.rmtree(out, ignore_errors=True)
    return result


def tree_rss_mib(pid: int) -> float:
    """Resident memory of a process and all its descendants (workers, the forkserver), in MiB (Linux /proc)."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/status") as fh:
                total += next((int(line.split()[1]) for line in fh if line.startswith("VmRSS:")), 0)
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as fh:
                    todo.extend(int(c) for c in fh.read().split())
        except (OSError, ValueError):  # the process ended while we looked
            continue
    return total / 1024


def one(path: str, workers: int, out: str) -> None:
    """Child process: run the chain in-process; print seconds, peak RSS (MiB, this process and the whole
    process tree, sampled every 0.1 s) and the manifest."""
    import threading

    from pipeline import Pipeline

    peak = [0.0]
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.1):
            peak[0] = max(peak[0], tree_rss_mib(os.getpid()))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    start = time.perf_counter()
    Pipeline(workers=workers, err=lambda line: None).run([path], out)
    seconds = time.perf_counter() - start
    done.set()
    sampler.join()
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = max(peak[0], own)
    with open(os.path.join(out, "manifest.json"), encoding="utf-8") as fh:
        manifest = json.load(fh)
    with open(os.path.join(out, "run.json"), encoding="utf-8") as fh:
        run_info = json.load(fh)
    print(json.dumps({"seconds": seconds, "rss": own, "worker_rss": children, "manifest": manifest,
                      "run": run_info}))


def run(smoke: bool) -> str:
    sizes = [200] if smoke else [1000, 10000, 100000]
    speedup_anchor = cpu_speedup(300_000 if smoke else 3_000_000)
    rows, stage_rows, anchors = [], [], []
    per_doc = {}
    for n in sizes:
        path, size = corpus(n)
        mb = size / 1e6
        split_rate = split_anchor(path)
        base = None
        for workers in (1, 2):
            r = run_chain(path, workers)
            rate = n / r["seconds"]
            base = base or rate
            speedup = rate / base
            rows.append([n, mb, workers, r["seconds"], rate, mb / r["seconds"], rate / workers,
                         speedup, speedup / speedup_anchor if workers > 1 else 1.0, r["rss"], r["worker_rss"]])
            if workers == 1:
                per_doc[n] = r["seconds"] / n * 1e6
                anchors.append([n, split_rate, rate, split_rate / rate])
                if n == sizes[-1]:
                    stages = r["run"]["seconds_per_stage"]
                    counts = r["manifest"]["stages"]
                    for name, seconds in stages.items():
                        docs = counts[name]["total"] or counts[name]["forwarded"]
                        stage_rows.append([name, seconds, docs / seconds if seconds else 0.0,
                                           mb / seconds if seconds else 0.0])
    out = [
        f"Corpus: labelled pages with copies, rewrites and scrape damage (`bench/scale_corpus.py`), about 500 words "
        f"each, one JSONL file per size. CPU-bound Python loop on 2 processes vs 1 on this machine: "
        f"**{speedup_anchor:.2f}x** (the ceiling for `--workers 2`).",
        "",
        table(["docs", "MB", "workers", "seconds", "docs/s", "MB/s", "docs/s per worker", "speed-up",
               "share of machine's speed-up", "peak RSS MiB (main process)", "peak RSS MiB (all processes)"], rows),
        "",
        "Anchor: reading the same file and `str.split` of every text, against the whole chain on 1 worker:",
        "",
        table(["docs", "read+split docs/s", "chain docs/s", "ratio"], anchors),
        "",
        "Time per document, 1 worker (flat means linear): "
        + ", ".join(f"{n:,} docs: {us:,.0f} µs" for n, us in per_doc.items()),
        "",
        f"Per stage at {sizes[-1]:,} docs, 1 worker (own time, from the manifest):",
        "",
        table(["stage", "seconds", "docs/s", "MB/s"], stage_rows),
    ]
    return "\n".join(out)


if __name__ == "__main__" and len(sys.argv) == 5 and sys.argv[1] == "--one":
    one(sys.argv[2], int(sys.argv[3]), sys.argv[4])
