"""Every scorable part's table written to a folder (one file a part), and two such folders compared row by row: the
lead's and the helpers' check that a change lifts what it meant to and lowers nothing (sealed parts are never
scored: ``bench.real_pages.PARTS`` holds the tuned parts and the validation part only).

    python -m bench.labelling.tables run /tmp/tables-base          # from the tree whose code is measured
    python -m bench.labelling.tables run /tmp/tables-fb --line-roles fallback   # in a learned line-role mode
    python -m bench.labelling.tables compare /tmp/tables-base /tmp/tables-new
"""

from __future__ import annotations

import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from bench.real_pages import PARTS, VALIDATION

ROW = re.compile(r"^\| (?P<measure>.+?) \| (?P<hits>\d+)(?:/(?P<of>\d+)| of (?P<n>\d+))")


def rows(table: str) -> dict[str, tuple[int, int]]:
    """A score table's rows: measure -> (hits, out of).

    >>> rows("| measure | dev |\\n|---|---|\\n| title | 82/82 (100%) |\\n| false grants (fewer is better) | 0 of 82 |")
    {'title': (82, 82), 'false grants (fewer is better)': (0, 82)}
    """
    found = {}
    for line in table.splitlines():
        m = ROW.match(line)
        if m and m["measure"] != "measure":
            found[m["measure"]] = (int(m["hits"]), int(m["of"] or m["n"]))
    return found


def run(out: Path, workers: int = 2, line_roles: str | None = None) -> None:
    """Score every part in its own process (the chain's caches start empty, as in the bench) into ``out``;
    ``line_roles``: segment's learned line-role mode (``bench.real_pages --line-roles``), else segment's default."""
    out.mkdir(parents=True, exist_ok=True)
    mode = ["--line-roles", line_roles] if line_roles else []

    def one(part: str) -> None:
        table = subprocess.run([sys.executable, "-m", "bench.real_pages", part, *mode], capture_output=True,
                               text=True)
        (out / f"{part}.txt").write_text(table.stdout + table.stderr, encoding="utf-8")

    with ThreadPoolExecutor(workers) as pool:
        list(pool.map(one, PARTS))


def compare(before: Path, after: Path) -> list[str]:
    """The rows that differ, part by part, then each measure's sum over the tuned parts (validation aside)."""
    lines, sums = [], {}
    for path in sorted(before.glob("*.txt")):
        old, new = rows(path.read_text(encoding="utf-8")), rows((after / path.name).read_text(encoding="utf-8"))
        for measure, (hits, of) in old.items():
            got = new.get(measure, (0, of))[0]
            if got != hits:
                lines.append(f"{path.stem:10} {measure:32} {hits:>5} -> {got:>5} / {of}")
            if path.stem not in VALIDATION:
                total = sums.setdefault(measure, [0, 0])
                total[0], total[1] = total[0] + hits, total[1] + got
    lines.append("sum over the tuned parts:")
    lines += [f"  {m:32} {a:>6} -> {b:>6}" + ("   *" if a != b else "") for m, (a, b) in sums.items()]
    return lines


def main(argv: list[str]) -> int:
    if argv[:1] == ["run"] and len(argv) == 2:
        run(Path(argv[1]))
    elif argv[:1] == ["run"] and len(argv) == 4 and argv[2] == "--line-roles":
        run(Path(argv[1]), line_roles=argv[3])
    elif argv[:1] == ["compare"] and len(argv) == 3:
        print("\n".join(compare(Path(argv[1]), Path(argv[2]))))
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
