"""Read + write throughput of the foundation chain on a folder of generated pages."""

from __future__ import annotations

import random
import shutil
import tempfile
from pathlib import Path

from click.testing import CliRunner

from bench.util import peak_rss_mib, table, timed
from pipeline.cli import cli

TITLE = "Read and write (foundation)"
RAW = Path(__file__).resolve().parent.parent / "raw"


def make_corpus(dest: Path, n: int) -> int:
    """Write ``n`` pages built from the seed pages' paragraphs, shuffled; return total bytes."""
    paragraphs = [p for f in sorted(RAW.iterdir()) for p in f.read_text(encoding="utf-8").split("\n") if p.strip()]
    rng = random.Random(7)
    total = 0
    for i in range(n):
        body = "\n\n".join(rng.sample(paragraphs, k=min(12, len(paragraphs))))
        data = f"Page {i}\n\n{body}\n".encode()
        (dest / f"{i:06d}.txt").write_bytes(data)
        total += len(data)
    return total


def run(smoke: bool) -> str:
    sizes = [200] if smoke else [1000, 10000]
    rows = []
    for n in sizes:
        work = Path(tempfile.mkdtemp(prefix="tipline-bench-"))
        try:
            (work / "raw").mkdir()
            size = make_corpus(work / "raw", n)
            seconds, result = timed(lambda w=work: CliRunner().invoke(
                cli, ["--no-progress", "-q", "read", str(w / "raw"), "write", str(w / "clean")]))
            assert result.exit_code == 0, result.output
            rows.append([n, size / 1e6, seconds, n / seconds, size / 1e6 / seconds, peak_rss_mib()])
        finally:
            shutil.rmtree(work)
    return table(["docs", "MB", "seconds", "docs/s", "MB/s", "peak RSS MiB"], rows)
