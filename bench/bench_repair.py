"""Corruption benchmark of the repair stage: corrupt clean English text the way scrapes did, repair it, and
measure how many corrupted tokens come back exactly, how many clean tokens get edited, and how fast.

Clean texts: the paragraphs of the seed pages after repair (the pages the fixes were developed on), and as a
held-out check for false edits the English reference topics shipped with Python (``pydoc_data.topics``: prose
hard-wrapped at 70 columns, with code). The corruptor is ``tests/corruptor.py``.
Speed is CPU time of one process (``time.process_time``), i.e. one core. Speed is also measured on real pages
that are mostly not English: the text tipline's read stage gets from the 990 trafilatura-eval pages
(``../shared/benchmarks``, skipped where absent), where most lines hold accented letters and so meet ftfy's gate.
"""

from __future__ import annotations

import gzip
import json
import pydoc_data.topics
import random
import tempfile
import time
from difflib import SequenceMatcher
from pathlib import Path

from click.testing import CliRunner

from bench.util import peak_rss_mib, table
from pipeline.cli import cli
from pipeline.repairs import repair_article, repair_text
from tests.corruptor import KINDS, Score, corrupt, score

TITLE = "Repair: corruption benchmark"
RAW = Path(__file__).resolve().parent.parent / "raw"
TARGETS = "targets: restored ≥ 99.5 %, false edits 0, ≥ 5 MB/s on one core"


def clean_documents(n: int, rng: random.Random, paragraphs_per_doc: int = 20) -> list[str]:
    """``n`` clean documents made of the seed pages' repaired paragraphs, shuffled."""
    paragraphs = []
    for path in sorted(RAW.iterdir()):
        fixed, _ = repair_text(path.read_text(encoding="utf-8"))
        paragraphs += [p for p in fixed.split("\n") if p.strip()]
    return ["\n".join(rng.sample(paragraphs, min(paragraphs_per_doc, len(paragraphs)))) for _ in range(n)]


def _repair_all(texts: list[str], repeat: int = 1) -> tuple[list[str], float]:
    """Repair ``texts``; return the results and the best CPU time of ``repeat`` runs (the machine is shared)."""
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        out = [repair_article(t, None).text for t in texts]
        best = min(best, time.process_time() - start)
    return out, best


def _mb(texts: list[str]) -> float:
    return sum(len(t.encode("utf-8")) for t in texts) / 1e6


def _stage_throughput(texts: list[str], repeat: int) -> dict[str, float]:
    """MB/s of ``tipline read-jsonl IN [repair …] write-jsonl OUT`` for a few chains (best CPU time of ``repeat``)."""
    chains = {"read + repair + write": ["repair"], "read + repair --no-learn + write": ["repair", "--no-learn"],
              "read + write (no repair)": []}
    rates = {}
    with tempfile.TemporaryDirectory(prefix="tipline-bench-") as tmp:
        src = Path(tmp) / "in.jsonl"
        src.write_text("".join(json.dumps({"text": t}) + "\n" for t in texts), encoding="utf-8")
        for label, chain in chains.items():
            best = float("inf")
            for _ in range(repeat):
                start = time.process_time()
                result = CliRunner().invoke(cli, ["--no-progress", "-q", "read-jsonl", str(src), *chain,
                                                  "write-jsonl", str(Path(tmp) / "out.jsonl")], catch_exceptions=False)
                assert result.exit_code == 0, result.output
                best = min(best, time.process_time() - start)
            rates[label] = _mb(texts) / best
    return rates


def trafilatura_texts(limit: int | None = None) -> list[str]:
    """The article texts tipline's read stage gets from the trafilatura-eval pages (none when absent)."""
    from bench.bench_ftfy_cases import CASES
    from pipeline.records import Article
    from pipeline.stages import read
    from pipeline.stats import StageStats

    pages = CASES.parent / "trafilatura-eval" / "pages"
    if not pages.is_dir():
        return []
    with tempfile.TemporaryDirectory(prefix="tipline-bench-") as tmp:
        for page in sorted(pages.glob("*.gz"))[:limit]:
            name = page.name.removesuffix(".gz").removesuffix(".html").removesuffix(".htm") + ".html"
            (Path(tmp) / name).write_bytes(gzip.decompress(page.read_bytes()))
        records = read.run([tmp], read.ReadConfig(), StageStats("read"))
        return [r.text for r in records if isinstance(r, Article) and r.text]


def _edits(clean: str, repaired: str) -> list[tuple[str, str]]:
    """The token-level edits between two texts (for the report)."""
    a, b = clean.split(), repaired.split()
    return [(" ".join(a[i1:i2]), " ".join(b[j1:j2]))
            for op, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes() if op != "equal"]


def run(smoke: bool) -> str:
    rng = random.Random(20240607)
    n_docs = 40 if smoke else 1500
    clean = clean_documents(n_docs, rng)
    counter = [104500]
    corrupted = [corrupt(text, rng, counter=counter) for text in clean]
    repeat = 1 if smoke else 3
    repaired, seconds = _repair_all([c.text for c in corrupted], repeat)
    total = Score()
    for text, c, fixed in zip(clean, corrupted, repaired, strict=True):
        total.add(score(text, fixed, c.units))
    repaired_clean, clean_seconds = _repair_all(clean, repeat)
    clean_score = Score()
    changed_docs = 0
    for text, fixed in zip(clean, repaired_clean, strict=True):
        clean_score.add(score(text, fixed, []))
        changed_docs += text != fixed
    topics = list(pydoc_data.topics.topics.values())[: 10 if smoke else None]
    repaired_topics, _ = _repair_all(topics)
    topic_score = Score()
    topic_edits = []
    for text, fixed in zip(topics, repaired_topics, strict=True):
        topic_score.add(score(text, fixed, []))
        topic_edits += _edits(text, fixed)
    stage = _stage_throughput([c.text for c in corrupted[:300]], repeat)
    stage_clean = _stage_throughput(clean[:300], repeat)
    pages = trafilatura_texts(20 if smoke else None)
    _, pages_seconds = _repair_all(pages, repeat) if pages else ([], 0.0)

    share = 100 * total.restored / max(total.units, 1)
    rows = [[kind, *total.by_kind.get(kind, [0, 0]),
             f"{100 * total.by_kind.get(kind, [0, 1])[1] / max(total.by_kind.get(kind, [1])[0], 1):.2f} %"]
            for kind in KINDS]
    rows.append(["all", total.units, total.restored, f"{share:.2f} %"])
    parts = [
        f"{TARGETS}. {n_docs} documents of {_mb(clean) / n_docs * 1000:.1f} kB, {_mb(clean):.2f} MB clean.",
        "",
        table(["damage", "corrupted tokens", "restored exactly", "share"], rows),
        "",
        table(["check", "value"], [
            ["false edits next to corruption (clean tokens changed in corrupted docs)", total.false_edits],
            ["false edits on the clean documents (tokens)", clean_score.false_edits],
            ["clean documents changed at all (bytes)", changed_docs],
            [f"false edits on Python's reference topics ({len(topics)} texts, {_mb(topics):.2f} MB; tokens)",
             topic_score.false_edits],
            ["repair MB/s, clean text (one core)", _mb(clean) / clean_seconds],
            ["repair MB/s, corrupted text (one core)", _mb([c.text for c in corrupted]) / seconds],
            *([[f"repair MB/s, trafilatura-eval page texts ({len(pages)}, {_mb(pages):.1f} MB, mostly German; "
                "one core)", _mb(pages) / pages_seconds]] if pages else []),
            *[[f"CLI MB/s, clean text: {label}", rate] for label, rate in stage_clean.items()],
            *[[f"CLI MB/s, corrupted text: {label}", rate] for label, rate in stage.items()],
            ["peak RSS MiB", peak_rss_mib()],
        ]),
    ]
    if topic_edits:
        parts += ["", f"Edits on Python's reference topics ({len(topic_edits)}, first 8; review them):", ""]
        parts += [f"- `{before}` → `{after}`" for before, after in topic_edits[:8]]
    if total.failures:
        parts += ["", "Not restored (first few: damage, clean, repaired):", ""]
        parts += [f"- {kind}: `{want}` → `{got}`" for kind, want, got in total.failures[:8]]
    return "\n".join(parts)
