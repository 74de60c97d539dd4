"""The licence wording study (issue 16, round 6): how real pages state rights, read by tipline's licence rules.

Two labelled files of wordings, each a paraphrase in our own words of a shape seen on real pages, with the class a
careful editor gives it (``class``: the licence tag; ``reuse``: the answer for one tip):

- ``bench/licence_wordings.json``: the development two-thirds (tuned on; ``--misses`` lists what it gets wrong);
- ``bench/licence_wordings_setapart.json``: the set-apart third, written first and never tuned on: scored only with
  ``--final``, once, at round 6's end (92 % class, 1 false grant that was there before the round; seen since: the
  one false grant was then fixed), and its misses are never shown here.

Each wording is read three ways:

- **statement**: the licence rules alone (``find_statements`` on each line, then ``combine``), the unit under study;
- **page**: the wording as the last paragraph of a plain article page (title, byline, three paragraphs of advice)
  run through the default chain up to ``tips``, as ``bench.real_pages`` runs a page; the article's licence tag and
  reuse answer are scored. The page is the same for every wording, so a miss here and not in the statement
  reading is the chain's (which lines it hands to the licence rules), not the wording's;
- **html**: the same page as HTML, the wording as the last paragraph inside its ``<article>`` (lines broken by
  ``<br>``), through the same chain: what the HTML extraction hands on or trims, and what the trimmed lines give.

A false grant is a reuse answer more permissive than the label's (``bench.real_pages.is_false_grant``).

    python -m bench.licence_study              # the development part's table
    python -m bench.licence_study --misses     # and its misses
    python -m bench.licence_study --final      # both parts (the set-apart part once, at the round's end)
"""

from __future__ import annotations

import argparse
import html
import json
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.labels import stream_through
from bench.real_pages import is_false_grant, observe
from pipeline.records import to_dict
from pipeline.text.licence import combine, find_statements, reuse

ROOT = Path(__file__).resolve().parent
DEV = ROOT / "licence_wordings.json"
SET_APART = ROOT / "licence_wordings_setapart.json"
READINGS = ("statement", "page", "html")

# The page every wording is put on: a title, a byline and three paragraphs of advice, then the wording.
PAGE = """How To Keep A Kitchen Herb Pot Going All Year

By Morwenna Tallis

A pot of herbs on the windowsill is the cheapest way to cook with fresh leaves, and it asks for very little once
you know what it needs. Most pots fail in the first month for the same few reasons.

Give it the brightest window you have. Herbs grown indoors stretch toward the light and turn pale when it is short,
so a south-facing sill is worth more than any fertiliser.

Cut it often and cut it high. Taking the top third of each stem every week makes the plant branch and keeps it from
flowering, which is when the leaves turn bitter.

{wording}
"""




def html_page(wording: str) -> str:
    """:data:`PAGE` as an HTML article, the wording as its last paragraph."""
    title, byline, *paragraphs = [p.strip() for p in PAGE.split("\n\n") if p.strip() and "{wording}" not in p]
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    last = "<br>".join(html.escape(line) for line in wording.splitlines())
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{html.escape(title)}</title></head>"
            f"<body><nav><a href='/'>Home</a> <a href='/herbs'>Herbs</a></nav><article><h1>{html.escape(title)}</h1>"
            f"<p class='byline'>{html.escape(byline)}</p>{body}<p>{last}</p></article></body></html>")


@dataclass
class Tally:
    """Counts of one reading over one part: class exact, reuse exact, false grants, and the misses."""

    n: int = 0
    cls: int = 0
    reuse: int = 0
    false_grants: int = 0
    misses: list[tuple[str, str, str, str]] = field(default_factory=list)  # (id, expected, got, wording)

    def add(self, item: dict[str, Any], tag: str, answer: str) -> None:
        self.n += 1
        self.cls += tag == item["class"]
        self.reuse += answer == item["reuse"]
        self.false_grants += is_false_grant(item["reuse"], answer)
        if tag != item["class"] or answer != item["reuse"]:
            self.misses.append((item["id"], f"{item['class']} / {item['reuse']}", f"{tag} / {answer}",
                                item["wording"]))


def load(path: Path) -> list[dict[str, Any]]:
    """The wordings of one labelled file."""
    return json.loads(path.read_text(encoding="utf-8"))["wordings"]


def read_statement(wording: str) -> tuple[str, str]:
    """The licence rules alone: every line's statements, combined as one article's (tag, reuse answer).

    >>> read_statement("Copyright 2008 by Jo Ames. Used with permission.")
    ('LicenseRef-used-with-permission', 'ask-permission')
    """
    statements = [s for line in wording.splitlines() for s in find_statements(line)]
    licence = combine(statements)
    return licence.tag, reuse(licence).answer


def read_page(wording: str, folder: Path, name: str, as_html: bool = False) -> tuple[str, str]:
    """The wording at the foot of :data:`PAGE` (as text, or as HTML: :func:`html_page`), through the default chain up
    to ``tips``: the first article's (tag, reuse answer), or ("NOASSERTION", "unknown") when the chain gives no
    article."""
    path = folder / (f"{name}.html" if as_html else f"{name}.txt")
    path.write_text(html_page(wording) if as_html else PAGE.format(wording=wording), encoding="utf-8")
    got = observe(to_dict(r) for r in stream_through([str(path)], "tips"))
    return (got[0].licence, got[0].reuse) if got else ("NOASSERTION", "unknown")


def score(items: list[dict[str, Any]]) -> dict[str, Tally]:
    """Both readings of every wording in ``items``."""
    tallies = {reading: Tally() for reading in READINGS}
    with tempfile.TemporaryDirectory() as tmp:
        for item in items:
            tallies["statement"].add(item, *read_statement(item["wording"]))
            tallies["page"].add(item, *read_page(item["wording"], Path(tmp), item["id"]))
            tallies["html"].add(item, *read_page(item["wording"], Path(tmp), item["id"], as_html=True))
    return tallies


def _pct(hits: int, n: int) -> str:
    return f"{hits}/{n} ({100 * hits / n:.0f}%)" if n else "-"


def table(parts: dict[str, dict[str, Tally]]) -> str:
    """A markdown table: one column per (part, reading)."""
    heads = [f"{part} ({reading})" for part in parts for reading in READINGS]
    cells = [t for tallies in parts.values() for t in tallies.values()]
    lines = ["| measure | " + " | ".join(heads) + " |", "|---|" + "---|" * len(heads)]
    lines.append("| licence class | " + " | ".join(_pct(t.cls, t.n) for t in cells) + " |")
    lines.append("| reuse answer | " + " | ".join(_pct(t.reuse, t.n) for t in cells) + " |")
    lines.append("| false grants | " + " | ".join(f"{t.false_grants} of {t.n}" for t in cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--misses", action="store_true", help="list the development part's misses")
    parser.add_argument("--final", action="store_true", help="score the set-apart part too (once, at the end)")
    args = parser.parse_args(argv)
    parts = {"dev": score(load(DEV))}
    if args.final:
        parts["set-apart"] = score(load(SET_APART))
    print(table(parts))
    if args.misses:
        for reading, tally in parts["dev"].items():
            print(f"\n## dev misses ({reading}): {len(tally.misses)}")
            for ident, want, got, wording in tally.misses:
                print(f"- {ident}: want {want}, got {got}: {wording!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
