"""trafilatura-eval's authors and titles under the code of the current directory, page by page, and what changed
between two such runs: a rule is measured here (real pages nobody here labelled) before it is measured on the parts.

    python -m bench.labelling.traf_meta run /tmp/traf-base.json    # ~2-4 min: the chain's author and title per page
    python -m bench.labelling.traf_meta diff /tmp/traf-base.json /tmp/traf-new.json   # WON / LOST / changed pages

Scored as ``bench_html_trafilatura_eval`` scores them: exact after collapsing whitespace (538 pages name an author,
845 a title).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

FIELDS = ("author", "title")


def page_row(truth: dict, title: str | None, author: str | None) -> dict:
    """One page's answers beside its gold and whether each is exact.

    >>> page_row({"author": "Ann Lee", "title": "Dry basil"}, "Dry basil", None)["ok_title"]
    True
    """
    from bench import html_sets as H

    return {"author": author, "title": title, "gold_author": truth.get("author"), "gold_title": truth.get("title"),
            "ok_author": H.exact(truth.get("author"), author), "ok_title": H.exact(truth.get("title"), title)}


def run(out: Path) -> str:
    from bench import html_sets as H

    pages = H.trafilatura_pages()
    _, meta, _ = H.run_chain(pages, ["repair", "boilerplate", "segment"])
    rows = {p.key: page_row(p.truth, *meta.get(p.key, (None, None))) for p in pages}
    counts = {f: sum(r["ok_" + f] for r in rows.values()) for f in FIELDS}
    out.write_text(json.dumps({**counts, "pages": rows}, ensure_ascii=False, indent=0), encoding="utf-8")
    return f"authors exact {counts['author']}/538, titles exact {counts['title']}/845 -> {out}"


def diff(base: dict, new: dict) -> list[str]:
    """The counts, then each page whose author or title changed, marked WON or LOST where exactness changed.

    >>> a = {"author": 1, "title": 0, "pages": {"p": {"author": "X", "ok_author": True, "gold_author": "X",
    ...                                              "title": None, "ok_title": False, "gold_title": "T"}}}
    >>> b = {"author": 0, "title": 0, "pages": {"p": {**a["pages"]["p"], "author": "Y", "ok_author": False}}}
    >>> diff(a, b)
    ['authors 1 -> 0, titles 0 -> 0', "LOST author p: 'X' -> 'Y' (gold 'X')"]
    """
    lines = [f"authors {base['author']} -> {new['author']}, titles {base['title']} -> {new['title']}"]
    for key, row in new["pages"].items():
        old = base["pages"].get(key, {})
        for f in FIELDS:
            if old.get(f) != row.get(f):
                mark = {(False, True): "WON ", (True, False): "LOST"}.get((old.get("ok_" + f), row["ok_" + f]), "    ")
                lines.append(f"{mark} {f} {key}: {old.get(f)!r} -> {row.get(f)!r} (gold {row['gold_' + f]!r})")
    return lines


def main(argv: list[str]) -> int:
    if argv[:1] == ["run"] and len(argv) == 2:
        print(run(Path(argv[1])))
    elif argv[:1] == ["diff"] and len(argv) == 3:
        base, new = (json.loads(Path(a).read_text(encoding="utf-8")) for a in argv[1:])
        print("\n".join(diff(base, new)))
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
