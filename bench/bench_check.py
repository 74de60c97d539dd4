"""Throughput of the quality gate (`tipline check`) and of the HTML report on generated articles."""

from __future__ import annotations

import random
import shutil
import tempfile
import time
from pathlib import Path

from bench.util import peak_rss_mib, table, timed
from pipeline import check, io, report
from pipeline.records import Article, Licence, Source, content_id

TITLE = "Quality gate and report"
RAW = Path(__file__).resolve().parent.parent / "raw"


def make_articles(dest: Path, n: int) -> int:
    """Write ``n`` articles built from the seed pages' paragraphs (corruption included); return the bytes."""
    paragraphs = [p for f in sorted(RAW.iterdir()) for p in f.read_text(encoding="utf-8").split("\n") if p.strip()]
    rng = random.Random(7)
    with open(dest, "w", encoding="utf-8") as fh:
        for i in range(n):
            text = "\n\n".join(rng.sample(paragraphs, k=min(8, len(paragraphs))))
            source = Source(path=f"raw/{i:06d}.txt", sha256=content_id(str(i)) * 4, size=len(text), format="txt")
            licence = Licence(tag=rng.choice(["NOASSERTION", "LicenseRef-free-reprint", "CC-BY-4.0"]))
            fh.write(io.dumps(Article(id=content_id("bench", str(i)), source=source, text=text, title=f"Page {i}",
                                      licence=licence)) + "\n")
    return dest.stat().st_size


def run(smoke: bool) -> str:
    sizes = [300] if smoke else [1000, 10000, 50000]
    rows = []
    for n in sizes:
        work = Path(tempfile.mkdtemp(prefix="tipline-bench-"))
        try:
            path = work / "articles.jsonl"
            size = make_articles(path, n)
            target = check.resolve(str(path))
            cpu = time.process_time()
            seconds, result = timed(lambda t=target: check.run(t, check.CheckConfig()))
            cpu = time.process_time() - cpu  # what other jobs on the shared machine disturb least (issue 19)
            assert result.records["article"] == n
            no_schema = check.CheckConfig(ignore=("schema",))
            lean, _ = timed(lambda t=target, c=no_schema: check.run(t, c))
            config = report.ReportConfig(sources=False)
            html_s, html = timed(lambda t=target, c=config: report.build(t, c, check.CheckConfig()))
            rows.append([n, size / 1e6, seconds, n / seconds, cpu, n / cpu, size / 1e6 / seconds, n / lean, html_s,
                         len(html) / 1e6, peak_rss_mib()])
        finally:
            shutil.rmtree(work)
    return (
        table(["articles", "MB", "check s", "check docs/s", "check CPU s", "check docs per CPU-s", "check MB/s",
               "docs/s without schema", "report s", "report MB", "peak RSS MiB"], rows)
        + "\n\nOne core; wall time of a fresh process, start-up included (it weighs on the 1,000 row), and the "
        "same run's CPU time (the figure a shared machine's load disturbs least). `check` "
        "validates with a validator compiled from the shipped schemas (jsonschema only for the records it refuses) "
        "and runs every rule; the report shows its first 200 articles in detail and lists every article in its "
        "filter.\n"
    )
