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
# Corpus sizes of a full run; BENCH_SCALE_SIZES=1000,10000 skips the 100,000-page runs (~15 minutes on 2 cores).
SIZES = [int(n) for n in os.environ.get("BENCH_SCALE_SIZES", "1000,10000,100000").split(",")]


def corpus(n: int) -> tuple[Path, int]:
    """The corpus file of ``n`` documents (made once, kept under bench/work/) and its size in bytes."""
    WORK.mkdir(parents=True, exist_ok=True)
    path = WORK / f"pages-{n}.jsonl"
    if not path.exists():
        tmp = path.with_suffix(".tmp")
        write_jsonl(tmp, n)
        tmp.rename(path)
    return path, path.stat().st_size


def real_corpus() -> tuple[Path, int] | None:
    """Real text as a JSONL file (made once under bench/work/): the true article bodies of the AEB pages and the
    text tipline's read stage gets from the trafilatura-eval pages (mostly German and English); None when
    ``../shared/benchmarks`` is absent. Each line's id names its page (``aeb:KEY``, ``traf:FILE``), so a page the
    read stage refuses (a shop's product page, round 22) moves no other text's id: labels keyed by id
    (``bench/real_text_tips.json``) stay on their texts. A file of the older numbered ids (``real-N``) is rebuilt."""
    from bench import html_sets

    if not (html_sets.available("aeb") and html_sets.available("trafilatura-eval")):
        return None
    WORK.mkdir(parents=True, exist_ok=True)
    path = WORK / "real-texts.jsonl"
    if path.exists() and _numbered_ids(path):
        path.unlink()
    if not path.exists():
        import tempfile

        from pipeline.records import Article
        from pipeline.stages import read
        from pipeline.stats import StageStats

        texts = [(f"aeb:{page.key}", page.truth["articleBody"]) for page in html_sets.aeb_pages()]
        pages = html_sets.trafilatura_pages()
        with tempfile.TemporaryDirectory(prefix="tipline-bench-") as tmp:
            for i, page in enumerate(pages):
                (Path(tmp) / f"{i:04d}.html").write_bytes(page.html)
            texts += [(f"traf:{pages[int(Path(r.source.path).stem)].truth['file'].removesuffix('.html')}", r.text)
                      for r in read.run([tmp], read.ReadConfig(), StageStats("read"))
                      if isinstance(r, Article) and r.text]
        tmp_path = path.with_suffix(".tmp")
        with open(tmp_path, "w", encoding="utf-8") as fh:
            for key, text in texts:
                fh.write(json.dumps({"id": key, "text": text}, ensure_ascii=False) + "\n")
        tmp_path.rename(path)
    with open(path, encoding="utf-8") as fh:
        return path, sum(1 for _ in fh)


def _numbered_ids(path: Path) -> bool:
    """Whether the corpus file holds the ids of before round 22 (``real-N``, by position)."""
    with open(path, encoding="utf-8") as fh:
        first = fh.readline()
    return first.startswith('{"id": "real-')


def split_anchor(path: Path, clock=time.perf_counter) -> float:
    """docs/s of reading the file, parsing each line and splitting its text into words (``clock``: wall time,
    or ``time.process_time`` for CPU time)."""
    start = clock()
    n = 0
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            json.loads(line)["text"].split()
            n += 1
    return n / (clock() - start)


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


def tree_rss_mib(pid: int, cpu: dict[int, float] | None = None) -> float:
    """Resident memory of a process and all its descendants (workers, the forkserver), in MiB (Linux /proc);
    ``cpu`` gets each process's CPU seconds so far (user + system)."""
    total, todo = 0, [pid]
    tick = os.sysconf("SC_CLK_TCK")
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/status") as fh:
                total += next((int(line.split()[1]) for line in fh if line.startswith("VmRSS:")), 0)
            if cpu is not None:
                with open(f"/proc/{p}/stat") as fh:
                    fields = fh.read().rsplit(")", 1)[1].split()
                cpu[p] = max(cpu.get(p, 0.0), (int(fields[11]) + int(fields[12])) / tick)
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as fh:
                    todo.extend(int(c) for c in fh.read().split())
        except (OSError, ValueError, IndexError):  # the process ended while we looked
            continue
    return total / 1024


def one(path: str, workers: int, out: str) -> None:
    """Child process: run the chain in-process; print seconds, peak RSS (MiB, this process and the whole
    process tree, sampled every 0.1 s) and the manifest."""
    import threading

    from pipeline import Pipeline

    peak = [0.0]
    cpu: dict[int, float] = {}  # CPU seconds of each process of the tree (last seen)
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.1):
            peak[0] = max(peak[0], tree_rss_mib(os.getpid(), cpu))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    start = time.perf_counter()
    own_start = time.process_time()
    Pipeline(workers=workers, err=lambda line: None).run([path], out)
    seconds = time.perf_counter() - start
    own_cpu = time.process_time() - own_start
    done.set()
    sampler.join()
    cpu.pop(os.getpid(), None)
    children_cpu = sum(cpu.values())  # workers and forkserver, as last sampled (up to 0.1 s short each)
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = max(peak[0], own)
    with open(os.path.join(out, "manifest.json"), encoding="utf-8") as fh:
        manifest = json.load(fh)
    with open(os.path.join(out, "run.json"), encoding="utf-8") as fh:
        run_info = json.load(fh)
    print(json.dumps({"seconds": seconds, "cpu": own_cpu, "children_cpu": children_cpu, "rss": own,
                      "worker_rss": children, "manifest": manifest, "run": run_info}))


def run(smoke: bool) -> str:
    sizes = [200] if smoke else SIZES
    files = [(f"{n:,} pages", *corpus(n), n) for n in sizes]
    real = None if smoke else real_corpus()
    if real is not None:
        path, count = real
        files.append((f"{count:,} real texts", path, path.stat().st_size, count))
    rows, stage_rows, anchors = [], [], []
    per_doc = {}
    for label, path, size, n in files:
        mb = size / 1e6
        speedup_anchor = cpu_speedup(300_000 if smoke else 3_000_000)  # next to this file's runs: load varies
        split_rate = split_anchor(path)
        split_cpu = split_anchor(path, time.process_time)
        base = base_cpu = None
        for workers in (1, 2):
            r = run_chain(path, workers)
            rate = n / r["seconds"]
            cpu = r["cpu"] + r["children_cpu"]
            base = base or rate
            base_cpu = base_cpu or cpu
            speedup = rate / base
            # What 2 cores allow this run: its CPU spread over both, or the parent's own share, whichever is longer
            bound = base_cpu / max(r["cpu"], cpu / workers) if workers > 1 else 1.0
            rows.append([label, mb, workers, r["seconds"], rate, n / cpu, speedup,
                         speedup / speedup_anchor if workers > 1 else 1.0, bound, r["rss"], r["worker_rss"]])
            if workers == 1:
                per_doc[label] = cpu / n * 1e6
                anchors.append([label, split_rate, split_cpu, n / cpu, split_cpu / (n / cpu), speedup_anchor])
                if path == files[-1][1] or n == sizes[-1]:
                    stages = r["run"]["seconds_per_stage"]
                    counts = r["manifest"]["stages"]
                    for name, seconds in stages.items():
                        docs = counts[name]["total"] or counts[name]["forwarded"]
                        stage_rows.append([label, name, seconds, docs / seconds if seconds else 0.0])
    out = [
        "Corpora: labelled pages with copies, rewrites and scrape damage (`bench/scale_corpus.py`), about 500 words "
        "each, one JSONL file per size; and real text (`real_corpus()`: the AEB true article bodies and the text "
        "the read stage gets from the 990 trafilatura-eval pages, mostly German and English). Every chain run is a "
        "fresh process. The machine is shared, so each file's runs have their anchors measured next to them: the "
        "speed-up of a CPU-bound Python loop on 2 processes over 1 (the ceiling for `--workers 2`), and reading "
        "the file with `str.split` of every text. CPU docs/s counts the CPU seconds of tipline and its workers "
        "(steady under load, unlike wall time).",
        "",
        table(["corpus", "MB", "workers", "seconds", "docs/s", "docs per CPU-second", "speed-up",
               "share of the loop's speed-up", "speed-up 2 cores allow (CPU)", "peak RSS MiB (main process)",
               "peak RSS MiB (all processes)"], rows),
        "",
        "Anchor: reading the same file and `str.split` of every text, against the whole chain on 1 worker:",
        "",
        table(["corpus", "read+split docs/s", "read+split docs per CPU-second", "chain docs per CPU-second",
               "ratio (CPU)", "CPU loop 2 vs 1 process"], anchors),
        "",
        "CPU time per document, 1 worker (flat means linear): "
        + ", ".join(f"{label}: {us:,.0f} µs" for label, us in per_doc.items()),
        "",
        "Per stage, 1 worker (own wall time, from the manifest):",
        "",
        table(["corpus", "stage", "seconds", "docs/s"], stage_rows),
    ]
    return "\n".join(out)


if __name__ == "__main__" and len(sys.argv) == 5 and sys.argv[1] == "--one":
    one(sys.argv[2], int(sys.argv[3]), sys.argv[4])
