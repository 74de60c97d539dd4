"""ftfy's own test cases (``../shared/benchmarks/ftfy-cases``), scored for tipline's repair and for ftfy alone
(configured like tipline's: curly quotes and character widths kept) in the same run.

A case passes when the repaired text equals its ``fixed-encoding`` (else ``fixed``) after folding curly quotes
to straight ones and NFKC; a negative passes when it comes back as its ``fixed``/``fixed-encoding``. tipline
turns no-break spaces into spaces and collapses runs of spaces by design (its ``invisible`` and ``spaces``
fixes), so every comparison first folds horizontal whitespace (:func:`spaces`), for both repairs alike. A
character counts as *deleted* when repair removed it outright, where the expected text keeps it (repair must
never delete what it cannot explain).
"""

from __future__ import annotations

import json
import time
import unicodedata
from collections.abc import Callable
from difflib import SequenceMatcher
from pathlib import Path

from bench.util import table

TITLE = "Repair: ftfy's test cases, tipline vs ftfy"
ROOT = Path(__file__).resolve().parent.parent
# ``../shared`` beside the checkout (CI); a git worktree sits one level deeper, so look further up too.
_IN_SHARED = Path("shared", "benchmarks", "ftfy-cases")
CASES = next((p / _IN_SHARED for p in ROOT.parents if (p / _IN_SHARED).is_dir()), ROOT.parent / _IN_SHARED)
SETS = ("in-the-wild", "synthetic", "negative")
TARGETS = "targets: fixed ≥ ftfy (≥ 97 of 100), negatives 31/31, no deleted characters on any case"
_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "‟": '"'})


def fold(text: str) -> str:
    """Fold curly quotes to straight ones and apply NFKC, as the set's scoring says.

    >>> fold("“ﬁne”")
    '"fine"'
    """
    return unicodedata.normalize("NFKC", text.translate(_QUOTES))


def spaces(text: str) -> str:
    """Fold runs of horizontal whitespace (spaces, no-break spaces) to one space and strip each line.

    >>> spaces("[x]\\xa0©  a \\nb")
    '[x] © a\\nb'
    """
    return "\n".join(" ".join(line.split()) for line in text.split("\n"))


def deleted(original: str, expected: str, got: str) -> int:
    """Count characters that repair deleted outright (not replaced by anything) beyond what the expected text
    deletes: a decoded ``Ã©`` → ``é`` is a replacement, a dropped ``\\x1a`` or ``\\x93`` a deletion.

    >>> deleted("a\\x1ab", "a\\x1ab", "ab"), deleted("cafÃ©", "café", "café"), deleted("x\\x93y", "x“y", "xy")
    (1, 0, 1)
    """
    return max(0, _pure_deletions(original, got) - _pure_deletions(original, expected))


def _pure_deletions(a: str, b: str) -> int:
    ops = SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    return sum(i2 - i1 for op, i1, i2, _, _ in ops if op == "delete")


def load(root: Path = CASES) -> dict[str, list[dict]]:
    return {name: json.loads((root / f"{name}.json").read_text(encoding="utf-8")) for name in SETS}


def tipline_repair(text: str) -> str:
    from pipeline.repairs import repair_text

    return repair_text(text)[0]


def ftfy_repair(text: str) -> str:
    """ftfy's ``fix_text`` as the issue measured it: its defaults but for curly quotes and widths."""
    from ftfy import TextFixerConfig, fix_text

    return fix_text(text, TextFixerConfig(uncurl_quotes=False, fix_character_width=False))


def score(cases: dict[str, list[dict]], repair: Callable[[str], str]) -> dict[str, object]:
    """Score one repair function on every set: passes per set, deleted characters, and the failures."""
    result: dict[str, object] = {"deleted": 0, "failures": []}
    for name, items in cases.items():
        passed = 0
        for case in items:
            expected = case.get("fixed-encoding", case["fixed"])
            got = spaces(repair(case["original"]))
            if name == "negative":
                ok = got in (spaces(case["fixed"]), spaces(expected))
            else:
                ok = fold(got) == fold(spaces(expected))
            passed += ok
            result["deleted"] += deleted(fold(spaces(case["original"])), fold(spaces(expected)), fold(got))  # type: ignore[operator]
            if not ok:
                result["failures"].append((name, case["original"], got))  # type: ignore[union-attr]
        result[name] = passed
    return result


def run(smoke: bool) -> str:
    if not CASES.is_dir():
        return f"skipped: {CASES} is absent."
    cases = load()
    sizes = {name: len(items) for name, items in cases.items()}
    scores = {}
    seconds = {}
    for label, fn in (("tipline repair", tipline_repair), ("ftfy 6 alone", ftfy_repair)):
        start = time.process_time()
        scores[label] = score(cases, fn)
        seconds[label] = time.process_time() - start
    rows = [[label, *(f"{s[name]}/{sizes[name]}" for name in SETS),
             f"{s['in-the-wild'] + s['synthetic']}/{sizes['in-the-wild'] + sizes['synthetic']}", s["deleted"],
             f"{1000 * seconds[label]:.0f}"]
            for label, s in scores.items()]
    parts = [f"{TARGETS}. Same run, one process.", "",
             table(["repair", *SETS, "fixed (wild + synthetic)", "deleted characters", "CPU ms"], rows)]
    failures = scores["tipline repair"]["failures"]
    if failures:
        parts += ["", "tipline's failures (set: original → repaired):", ""]
        parts += [f"- {name}: `{original!r}` → `{got!r}`" for name, original, got in failures]  # type: ignore
    return "\n".join(parts)
