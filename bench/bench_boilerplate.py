"""Throughput and memory of read + boilerplate + segment (two passes over the run) on generated pages.

Articles are counted as they stream out, not kept, so peak memory is the stages' own (the line-count table and
one fingerprint per page; the records wait on disk between the two passes).
"""

from __future__ import annotations

import random
import shutil
import tempfile
from pathlib import Path

from bench.labels import stream_through
from bench.util import peak_rss_mib, table, timed

TITLE = "Boilerplate and segment throughput"
RAW = Path(__file__).resolve().parent.parent / "raw"
CHROME = ["Share and Enjoy:", "  • Digg", "  • Facebook", "Tags: service, care,", "Leave a Comment",
          "Terms of Use", "Visit our sponsor pages today", "Subscribe to our RSS feed"]


def make_corpus(dest: Path, n: int) -> int:
    """Write ``n`` pages: a title, a byline, seed paragraphs, site chrome (some of it only learnable from the run)."""
    paragraphs = [p for f in sorted(RAW.iterdir()) for p in f.read_text(encoding="utf-8").split("\n")
                  if len(p.split()) > 8]
    rng = random.Random(11)
    total = 0
    for i in range(n):
        body = "\n\n".join(rng.sample(paragraphs, k=min(8, len(paragraphs))))
        chrome = "\n".join(rng.sample(CHROME, k=4))
        data = (f"Article Number {i} About Service\n\nWritten by Ann Lee\n\n{body}\n\n"
                f"About the Author - Ann Lee coaches shop staff.\n\n{chrome}\n").encode()
        (dest / f"{i:06d}.txt").write_bytes(data)
        total += len(data)
    return total


def run(smoke: bool) -> str:
    sizes = [200] if smoke else [2000, 10000]
    rows = []
    for n in sizes:
        work = Path(tempfile.mkdtemp(prefix="tipline-bench-"))
        try:
            size = make_corpus(work, n)
            seconds, chrome_left = timed(lambda w=work: sum(
                1 for a in stream_through([str(w)], "segment") if "Visit our sponsor" in a.text
                or "Leave a Comment" in a.text))
            rows.append([n, size / 1e6, seconds, n / seconds, chrome_left, peak_rss_mib()])
        finally:
            shutil.rmtree(work)
    return table(["docs", "MB", "seconds", "docs/s", "pages with chrome left", "peak RSS MiB"], rows)
