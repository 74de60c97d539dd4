"""Titles on trafilatura-eval's real pages, split into a development two-thirds and a set-apart third.

The split is fixed by a hash of each page's file name (never by what the pages hold), so rules are tuned on the
development part only and the set-apart part says whether they hold on pages nobody looked at. Per part it counts
exact title matches of the chain (``read boilerplate segment``), of the extract step, of trafilatura, and of the
page's own ``<title>``, ``og:title`` and first ``<h1>``, so a miss can be told from a label the markup never gives.

    python -m bench.title_study              # counts per part
    python -m bench.title_study --misses     # and the development part's misses (never the set-apart part's)
    python -m bench.title_study --save F     # every page's candidates as JSON lines, for study
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from html import unescape

from bench import html_sets as H

SET_APART = "set-apart"
DEV = "dev"


def part_of(file_name: str) -> str:
    """The part a page belongs to, by a hash of its file name alone: a third is set apart.

    >>> part_of("abc.html"), part_of("b.html")
    ('dev', 'set-apart')
    """
    return SET_APART if hashlib.sha256(file_name.encode()).digest()[0] % 3 == 0 else DEV


def _first(pattern: str, html: str) -> str | None:
    match = re.search(pattern, html, re.I | re.S)
    if not match:
        return None
    text = re.sub(r"<[^>]+>", " ", match.group(1))
    return " ".join(unescape(text).split()) or None


def markup_titles(data: bytes) -> dict[str, str | None]:
    """The page's ``<title>``, ``og:title`` and first ``<h1>`` as written (a rough read, for comparison only)."""
    html = data.decode("utf-8", "ignore")
    return {
        "title-tag": _first(r"<title[^>]*>(.*?)</title>", html),
        "og:title": _first(r"<meta[^>]+property=[\"']og:title[\"'][^>]+content=[\"']([^\"']*)", html)
        or _first(r"<meta[^>]+content=[\"']([^\"']*)[\"'][^>]+property=[\"']og:title", html),
        "h1": _first(r"<h1[^>]*>(.*?)</h1>", html),
    }


def study(with_trafilatura: bool = True) -> list[dict]:
    pages = [p for p in H.trafilatura_pages() if p.truth.get("title")]
    rows = [{"key": p.key, "file": p.truth["file"], "part": part_of(p.truth["file"]), "label": p.truth["title"],
             **markup_titles(p.html)} for p in pages]
    _, meta, _ = H.run_chain(pages, ["repair", "boilerplate", "segment"])
    tools, _ = H.extractors()
    for row, page in zip(rows, pages, strict=True):
        row["chain"], row["chain_author"] = meta.get(page.key) or (None, None)
        row["author_label"] = page.truth.get("author")
    outs = {name: H.run_tool(fn, pages)[0] for name, fn in tools.items()
            if name == "tipline extract" or (with_trafilatura and name.startswith("trafilatura"))}
    for name, out in outs.items():
        short = "extract" if name.startswith("tipline") else "trafilatura"
        for row in rows:
            row[short] = out[row["key"]].title
    return rows


COLUMNS = ("chain", "extract", "trafilatura", "title-tag", "og:title", "h1")


def counts(rows: list[dict]) -> str:
    lines = ["part | pages | " + " | ".join(COLUMNS) + " | chain author"]
    for part in (DEV, SET_APART):
        mine = [r for r in rows if r["part"] == part]
        hits = [sum(H.exact(r["label"], r.get(c)) for r in mine) for c in COLUMNS]
        authors = sum(H.exact(r["author_label"], r.get("chain_author")) for r in mine)
        lines.append(f"{part} | {len(mine)} | " + " | ".join(str(h) for h in hits) + f" | {authors}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--misses", action="store_true", help="print the development part's misses")
    ap.add_argument("--save", help="write every page's candidates as JSON lines")
    ap.add_argument("--no-trafilatura", action="store_true")
    args = ap.parse_args(argv)
    rows = study(not args.no_trafilatura)
    print(counts(rows))
    if args.save:
        with open(args.save, "w", encoding="utf-8") as out:
            for r in rows:
                out.write(json.dumps(r, ensure_ascii=False) + "\n")
    if args.misses:
        for r in rows:
            if r["part"] == DEV and not H.exact(r["label"], r["chain"]):
                print(json.dumps({k: r.get(k) for k in ("file", "label", "chain", *COLUMNS[1:])}, ensure_ascii=False),
                      file=sys.stdout)


if __name__ == "__main__":
    main()
