"""Put the tables of a fresh partial report into the committed ``bench/results.md``, keeping its prose.

``python -m bench --only X --out FILE`` rewrites each section it reran whole, notes on earlier rounds included; the
round's lead runs it into a scratch file and splices only the tables back:

    python -m bench --only real_pages --only html_trafilatura_eval --out /tmp/new.md
    python -m bench.labelling.splice_tables /tmp/new.md bench/results.md
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

TABLE = re.compile(r"(?m)(?:^\|.*\n)+")


def sections(text: str) -> list[str]:
    """The text cut before each ``## `` heading (the first piece may be a preamble).

    >>> sections("intro\\n## A\\nx\\n## B\\ny\\n")
    ['intro\\n', '## A\\nx\\n', '## B\\ny\\n']
    """
    return [p for p in re.split(r"(?m)^(?=## )", text) if p]


def splice(old: str, new: str) -> tuple[str, list[str]]:
    """``old`` with each section's tables replaced, in order, by the same section's tables in ``new``; and a line
    for every section whose count of tables differs (only the first ones are replaced).

    >>> old = "## S\\n| a |\\n|---|\\n| 1 |\\nnote on round 3\\n## T\\n| b |\\n"
    >>> splice(old, "## S\\n| a |\\n|---|\\n| 2 |\\n")
    ('## S\\n| a |\\n|---|\\n| 2 |\\nnote on round 3\\n## T\\n| b |\\n', [])
    """
    fresh = {p.split("\n", 1)[0]: TABLE.findall(p) for p in sections(new) if p.startswith("## ")}
    out, warnings = [], []
    for part in sections(old):
        head = part.split("\n", 1)[0]
        if part.startswith("## ") and head in fresh:
            tables = TABLE.findall(part)
            if len(tables) != len(fresh[head]):
                warnings.append(f"{head}: {len(tables)} tables here, {len(fresh[head])} in the new report")
            for table, new_table in zip(tables, fresh[head], strict=False):  # (the warning says when they differ)
                part = part.replace(table, new_table, 1)
        out.append(part)
    return "".join(out), warnings


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    new, target = Path(argv[0]), Path(argv[1])
    text, warnings = splice(target.read_text(encoding="utf-8"), new.read_text(encoding="utf-8"))
    target.write_text(text, encoding="utf-8")
    print("\n".join(warnings) or "spliced")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
