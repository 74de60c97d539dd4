"""HTML main content on AEB (Article Extraction Benchmark, 181 real news/blog pages), tipline beside its peers.

Scored as published: word-4-gram multisets per page, precision and recall averaged over pages, F1 of the means.
Every extractor runs in this process on the same pages; pages/s is CPU time of one core.
"""

from __future__ import annotations

from bench import html_sets as H
from bench.util import table

TITLE = "HTML main content: AEB (181 pages)"
CHAIN = ["repair", "boilerplate", "segment"]


def run(smoke: bool) -> str:
    if not H.available("aeb"):
        return f"skipped: {H.BENCHMARKS / 'aeb'} is absent."
    pages = H.aeb_pages(limit=20 if smoke else None)
    tools, notes = H.extractors()
    rows = []
    speeds = {}
    for name, fn in tools.items():
        out, seconds = H.run_tool(fn, pages)
        f1, p, r = H.aeb_score(pages, {k: v.text for k, v in out.items()})
        speeds[name] = len(pages) / seconds
        rows.append([name, H.fmt(f1), H.fmt(p), H.fmt(r), speeds[name]])
    texts, _, seconds = H.run_chain(pages, CHAIN)
    f1, p, r = H.aeb_score(pages, texts)
    speeds["tipline chain"] = len(pages) / seconds
    rows.append([f"tipline read {' '.join(CHAIN)}", H.fmt(f1), H.fmt(p), H.fmt(r), speeds["tipline chain"]])
    anchor = next((v for k, v in speeds.items() if k.startswith("trafilatura")), None)
    for row in rows:
        key = row[0] if row[0] in speeds else "tipline chain"
        row.append(f"{speeds[key] / anchor:.1f}x" if anchor else "-")
    return "\n\n".join([
        f"{len(pages)} pages, ground truth `articleBody`; CPU time of one core, all tools in one run.",
        table(["extractor", "F1", "precision", "recall", "pages/s", "speed vs trafilatura"], rows),
        *notes,
    ])
