"""Authors on trafilatura-eval's real pages, split as ``bench.title_study`` splits them (a third set apart by a hash
of the file name, before any page is read).

Per part it counts exact author matches of the chain (``read boilerplate segment``), of the extract step and of
trafilatura. For the development part's misses it prints what the markup offers (``<meta name=author>``, JSON-LD
authors, ``rel=author`` links, byline-looking elements, the first "By NAME" line), so a miss can be told from a
label the markup never gives. The set-apart part is only ever counted, never printed page by page.

    python -m bench.author_study                  # counts per part
    python -m bench.author_study --misses         # and the development part's misses (never the set-apart part's)
    python -m bench.author_study --save F         # the development part's rows as JSON lines, for study
"""

from __future__ import annotations

import argparse
import json
import sys

from bench import html_sets as H
from bench.title_study import DEV, SET_APART, part_of


def _label(value) -> str | None:
    return "; ".join(value) if isinstance(value, list) else value


def markup_authors(data: bytes) -> dict[str, object]:
    """What the page's markup offers as its author, read as tipline's walk reads it (for study, not for scoring)."""
    from pipeline.text import html_meta as M
    from pipeline.text.extract import decode
    from pipeline.text.html_main import walk

    parts = walk(decode(data).text)
    meta = M._meta_map(parts)
    ld = M._json_ld(parts)
    articles = [o for o in ld if M.ARTICLE_TYPES.search(str(o.get("@type") or ""))]
    return {
        "meta": {k: v for k, v in meta.items() if "author" in k or "creator" in k or k == "og:site_name"},
        "ld": [n for o in articles for n in M._names(o.get("author"))],
        "ld_any": [n for o in ld for n in M._names(o.get("author"))][:4],
        "rel": [link.get("text") for link in parts.links if (link.get("rel") or "") == "author"][:4],
        "bylines": [(cue, text[:90]) for cue, text, _ in parts.bylines][:6],
        "by_line": next((b.text for b in parts.blocks[:200] if len(b.text) < 80 and M.BY_LINE.match(b.text)), None),
    }


def study(with_trafilatura: bool = True, parts: tuple[str, ...] = (DEV, SET_APART)) -> list[dict]:
    pages = [p for p in H.trafilatura_pages() if p.truth.get("author") and part_of(p.truth["file"]) in parts]
    rows = [{"key": p.key, "file": p.truth["file"], "part": part_of(p.truth["file"]),
             "label": _label(p.truth["author"])} for p in pages]
    _, meta, _ = H.run_chain(pages, ["repair", "boilerplate", "segment"])
    tools, _ = H.extractors()
    for row, page in zip(rows, pages, strict=True):
        row["chain"] = (meta.get(page.key) or (None, None))[1]
    for name, fn in tools.items():
        if name == "tipline extract" or (with_trafilatura and name.startswith("trafilatura")):
            out, _ = H.run_tool(fn, pages)
            short = "extract" if name.startswith("tipline") else "trafilatura"
            for row in rows:
                row[short] = out[row["key"]].author
    return rows


def dev_titles() -> str:
    """The chain's exact titles on the development part alone (bylines and titles interact: a rule for one must
    not cost the other), without printing a page."""
    pages = [p for p in H.trafilatura_pages() if p.truth.get("title") and part_of(p.truth["file"]) == DEV]
    _, meta, _ = H.run_chain(pages, ["repair", "boilerplate", "segment"])
    hits = sum(H.exact(p.truth["title"], (meta.get(p.key) or (None, None))[0]) for p in pages)
    return f"dev titles: {hits} of {len(pages)}"


COLUMNS = ("chain", "extract", "trafilatura")


def counts(rows: list[dict]) -> str:
    lines = ["part | pages with an author | " + " | ".join(COLUMNS)]
    for part in (DEV, SET_APART):
        mine = [r for r in rows if r["part"] == part]
        if mine:
            hits = [sum(H.exact(r["label"], r.get(c)) for r in mine) for c in COLUMNS]
            lines.append(f"{part} | {len(mine)} | " + " | ".join(str(h) for h in hits))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--misses", action="store_true", help="print the development part's misses with their markup")
    ap.add_argument("--save", help="write the development part's rows (with their markup) as JSON lines")
    ap.add_argument("--no-trafilatura", action="store_true")
    ap.add_argument("--dev-only", action="store_true", help="count the development part alone")
    ap.add_argument("--titles", action="store_true", help="also count the development part's exact titles")
    ap.add_argument("--final", action="store_true", help="count both parts (the set-apart part: once, at the end)")
    args = ap.parse_args(argv)
    parts = (DEV, SET_APART) if args.final else (DEV,)
    rows = study(not args.no_trafilatura, parts)
    print(counts(rows))
    if args.titles:
        print(dev_titles())
    dev = [r for r in rows if r["part"] == DEV]
    if args.save:
        with open(args.save, "w", encoding="utf-8") as out:
            for r in dev:
                out.write(json.dumps({**r, "markup": markup_authors(_html(r["key"]))}, ensure_ascii=False) + "\n")
    if args.misses:
        for r in dev:
            if not H.exact(r["label"], r["chain"]):
                print(json.dumps({**{k: r.get(k) for k in ("file", "label", *COLUMNS)},
                                  "markup": markup_authors(_html(r["key"]))}, ensure_ascii=False), file=sys.stdout)


_PAGES: dict[str, bytes] = {}


def _html(key: str) -> bytes:
    if not _PAGES:
        _PAGES.update({p.key: p.html for p in H.trafilatura_pages()})
    return _PAGES[key]


if __name__ == "__main__":
    main()
