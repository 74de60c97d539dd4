"""Main text on trafilatura-eval's real pages, split like ``bench.title_study`` (a third set apart by file name).

Per part it scores the body snippets (``with`` must be in the text, ``without`` must not) of the chain
(``read repair boilerplate segment``), of the extract step and, optionally, of trafilatura. With ``--misses`` it
prints, for the development part only, every snippet the chain misses (recall) and every unwanted snippet it keeps
(precision), with the block that holds it in the page, why that block was dropped (or "kept") and the elements
around it, so misses can be grouped into families. The set-apart part is scored only with ``--final``.

    python -m bench.body_study                     # development part's scores
    python -m bench.body_study --misses            # and its misses, one JSON line each
    python -m bench.body_study --final             # both parts (once, at the end of a round)
"""

from __future__ import annotations

import argparse
import json

from bench import html_sets as H
from bench.title_study import DEV, SET_APART, part_of


def _norm(text: str) -> str:
    return " ".join((text or "").split())


def pages_of(parts: set[str]) -> list[H.Page]:
    return [p for p in H.trafilatura_pages() if part_of(p.truth["file"]) in parts]


def _where(page: H.Page, snippet: str) -> dict:
    """The block holding ``snippet`` (or its opening words) in the page, why it was dropped, and its elements."""
    from pipeline.text.extract import decode
    from pipeline.text.html_main import extract_main

    main = extract_main(decode(page.html).text)
    parts = main.parts
    want = _norm(snippet)
    probe = [want, want[:40], want[-40:]]
    for needle in probe:
        for k, block in enumerate(parts.blocks):
            if needle and needle in _norm(block.text):
                chain, elem = [], block.elem
                while elem >= 0 and len(chain) < 5:
                    chain.append(parts.sigs[elem][:60] + (f" [{parts.chrome[elem]}]" if parts.chrome[elem] else ""))
                    elem = parts.parents[elem]
                return {"why": main.why[k] or "kept", "kind": block.kind, "block": block.text[:160],
                        "elements": chain}
    return {"why": "not-a-block"}


def score(pages: list[H.Page], texts: dict[str, str]) -> H.SnippetScore:
    s = H.SnippetScore()
    for page in pages:
        s.add(page.truth, texts.get(page.key, ""))
    return s


def _line(name: str, s: H.SnippetScore) -> str:
    return (f"{name}: F1 {s.f1:.4f} precision {s.precision:.4f} recall {s.recall:.4f} "
            f"(tp {s.tp} fn {s.fn} fp {s.fp})")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--misses", action="store_true", help="print the development part's misses")
    ap.add_argument("--final", action="store_true", help="score the set-apart part too (once, at the end)")
    ap.add_argument("--trafilatura", action="store_true", help="score trafilatura beside")
    ap.add_argument("--only-ours", action="store_true",
                    help="with --misses and --trafilatura: only snippets trafilatura gets right")
    args = ap.parse_args(argv)
    parts = [DEV, SET_APART] if args.final else [DEV]
    all_pages = pages_of(set(parts))
    texts, meta, _ = H.run_chain(all_pages, ["repair", "boilerplate", "segment"])
    tools, _ = H.extractors()
    extract, _ = H.run_tool(tools["tipline extract"], all_pages)
    traf = {}
    if args.trafilatura:
        name = next(k for k in tools if k.startswith("trafilatura"))
        traf = {k: v.text for k, v in H.run_tool(tools[name], all_pages)[0].items()}
    for part in parts:
        mine = [p for p in all_pages if part_of(p.truth["file"]) == part]
        print(f"{part} ({len(mine)} pages)")
        print("  " + _line("chain", score(mine, texts)))
        print("  " + _line("extract", score(mine, {k: v.text for k, v in extract.items()})))
        titles = sum(H.exact(p.truth.get("title"), (meta.get(p.key) or (None, None))[0]) for p in mine)
        authors = sum(H.exact(p.truth.get("author"), (meta.get(p.key) or (None, None))[1]) for p in mine)
        print(f"  chain: title exact {titles}, author exact {authors}")
        if traf:
            print("  " + _line("trafilatura", score(mine, traf)))
    if not args.misses:
        return
    for page in all_pages:
        if part_of(page.truth["file"]) != DEV:
            continue  # never the set-apart part's misses
        got = _norm(texts.get(page.key, ""))
        other = _norm(traf.get(page.key, ""))
        for kind, snippets, bad in (("missed", page.truth["with_"], False), ("kept", page.truth["without"], True)):
            for snippet in snippets:
                if (_norm(snippet) in got) != bad:
                    continue
                if args.only_ours and traf and (_norm(snippet) in other) == bad:
                    continue
                row = {"file": page.truth["file"], "miss": kind, "snippet": snippet[:120],
                       "trafilatura": (_norm(snippet) in other) != bad if traf else None, **_where(page, snippet)}
                print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
