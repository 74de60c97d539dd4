"""HTML main content and metadata on trafilatura's evaluation set (990 real pages, mostly German and English).

Body: every ``with`` snippet must be in the text, no ``without`` snippet may be (precision/recall/F1 over
snippets). Metadata: exact author (538 pages have one) and exact title (845). English pages (by their ``lang``
attribute, else by common words) are also reported alone. All extractors run in this process on the same pages.

``BENCH_LINE_ROLES=MODE`` runs tipline's chain with segment's learned line roles in that mode
(``SegmentConfig.line_roles``: off, model, arbiter, fallback, author-fallback, title, page-fallback); unset:
segment's default.
"""

from __future__ import annotations

import os

from bench import html_sets as H
from bench.util import table

TITLE = "HTML main content and metadata: trafilatura-eval (990 pages)"
CHAIN = ["repair", "boilerplate", "segment"]


def chain_options(line_roles: str | None) -> tuple[dict[str, dict[str, str]] | None, str]:
    """The chain's stage options and its row's name suffix for a line-roles mode (None or "": the default).

    >>> chain_options(None)
    (None, '')
    >>> chain_options("title")
    ({'segment': {'line_roles': 'title'}}, ' (line roles: title)')
    """
    if not line_roles:
        return None, ""
    return {"segment": {"line_roles": line_roles}}, f" (line roles: {line_roles})"


def _row(name, pages, english, texts, meta, seconds, anchor):
    score, score_en = H.SnippetScore(), H.SnippetScore()
    for page in pages:
        score.add(page.truth, texts.get(page.key, ""))
        if page.key in english:
            score_en.add(page.truth, texts.get(page.key, ""))
    authors = sum(H.exact(p.truth.get("author"), (meta.get(p.key) or (None, None))[1]) for p in pages)
    titles = sum(H.exact(p.truth.get("title"), (meta.get(p.key) or (None, None))[0]) for p in pages)
    speed = len(pages) / seconds
    return [name, H.fmt(score.f1), H.fmt(score.precision), H.fmt(score.recall), H.fmt(score_en.f1),
            H.fmt(score_en.precision), authors, titles, speed,
            f"{speed / anchor:.1f}x" if anchor else "-"]


def run(smoke: bool) -> str:
    if not H.available("trafilatura-eval"):
        return f"skipped: {H.BENCHMARKS / 'trafilatura-eval'} is absent."
    pages = H.trafilatura_pages(limit=30 if smoke else None)
    english = {p.key for p in pages if H.is_english(p)}
    tools, notes = H.extractors()
    results = {}
    for name, fn in tools.items():
        out, seconds = H.run_tool(fn, pages)
        results[name] = ({k: v.text for k, v in out.items()}, {k: (v.title, v.author) for k, v in out.items()},
                         seconds)
    options, suffix = chain_options(os.environ.get("BENCH_LINE_ROLES"))
    texts, meta, seconds = H.run_chain(pages, CHAIN, options)
    results[f"tipline read {' '.join(CHAIN)}{suffix}"] = (texts, meta, seconds)
    anchor_name = next((k for k in results if k.startswith("trafilatura")), None)
    anchor = len(pages) / results[anchor_name][2] if anchor_name else None
    rows = [_row(name, pages, english, *res, anchor) for name, res in results.items()]
    with_author = sum(1 for p in pages if p.truth.get("author"))
    with_title = sum(1 for p in pages if p.truth.get("title"))
    return "\n\n".join([
        f"{len(pages)} pages ({len(english)} English); {with_author} with an author, {with_title} with a title. "
        "CPU time of one core, all tools in one run (resiliparse gives no metadata).",
        table(["extractor", "F1", "precision", "recall", "F1 English", "precision English",
               f"author exact /{with_author}", f"title exact /{with_title}", "pages/s", "speed vs trafilatura"],
              rows),
        *notes,
    ])
