"""Authors, titles, licences, reuse answers and tips on the real-shaped labelled pages (issue 16).

The parts of ``tests/fixtures/realpages/`` side by side, so the gap between them shows: the tuned parts (``dev``,
``setapart``, ``dev3``, ``holdout2``, ``dev4``, ``dev6``, ``dev7``, since round 7 ``holdout3``, ``dev5``, ``holdout4``,
``holdout5``, since round 8 ``holdout6``, since round 9 ``holdout7`` and ``holdout8``, since round 10 ``holdout9``,
since round 11 ``holdout11``, since round 12 ``holdout12``, since round 13 ``holdout13``, since round 14 ``holdout14``,
since round 15 ``holdout15``, since round 16 ``holdout16``, since round 17 ``holdout17``, since round 18
``holdout18``, since round 19 ``holdout19``, since round 20 ``holdout20``, since round 21 ``holdout21``, since
round 22 ``holdout22``, since round 23 ``holdout23``, since round 24 ``holdout24``, since round 25 ``holdout25``,
since round 26 ``holdout26``, since round 27 ``holdout27``, since round 28 ``holdout28``, since round 29
``holdout29``, since round 30 ``holdout30``) and the validation part (``holdout10``: scored, never tuned on, its
misses never shown). The current round's set-apart part (``SEALED``, ``holdout31``) is not scored here: only
``python -m bench.real_pages holdout31 --final`` at the round's end. Scoring is ``bench.real_pages`` (the rules are
in its docstring and the folder's README). Smoke size scores the first few pages of each part.
"""

from __future__ import annotations

from bench.real_pages import PARTS, REALPAGES, evaluate, table_rows
from bench.util import table

TITLE = "Real-shaped pages: authors, titles, licences, reuse, tips (issue 16)"
SMOKE_PAGES = 4  # enough to run every code path of the scorer; the numbers mean nothing at this size
TARGETS = {  # issue 16's targets for the set-apart part, by row
    "title": "≥ 95 %", "author (all articles)": "≥ 95 %", "author found where named": "≥ 90 %",
    "licence tag": "≥ 95 %", "false grants (fewer is better)": "0", "tip count exact": "≥ 85 %",
    "tip count ±1": "≥ 95 %", "headline match": "≥ 90 %",
}


def run(smoke: bool) -> str:
    parts = [p for p in PARTS if (REALPAGES / p / "labels.json").exists()]
    if not parts:
        return f"No labelled set under `{REALPAGES.relative_to(REALPAGES.parents[2])}`.\n"
    scores = {p: evaluate(REALPAGES / p, SMOKE_PAGES if smoke else None) for p in parts}
    rows = [row + [TARGETS.get(row[0], "")] for row in table_rows(scores)]
    header = ["measure"] + [f"{p} ({scores[p].pages} pages)" for p in parts] + ["target (on a set-apart part)"]
    text = table(header, rows)
    text += ("\n\nEach page runs alone through the default chain up to `tips`. Articles are matched by position; "
             "a false grant is a reuse answer more permissive than the label. Misses: "
             "`python -m bench.real_pages dev --misses`.\n")
    return text
