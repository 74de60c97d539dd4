"""expected_count skips a text its gate turns away (issue 19): the gate is a necessary condition of the pattern,
so the count is the same as the pattern's over the whole text, on drawn texts of the words the pattern reads."""

from __future__ import annotations

import random

from pipeline.stages.tips import paras
from pipeline.stages.tips.patterns import EXPECTED_COUNT, NUMBER_WORDS

WORDS = ["top", "TOP", "Top", "ſtop", "tıps", "\u212aeys", "7", "12", "123", "five", "One", "TWELVE", "tips", "Things",
         "WAYS", "do's and don'ts", "Do’s and Don’ts", "dos and donts", "green", "'", "areas", "steps", "stop",
         "laptop", ".", "x"]
BLANKS = [" ", " ", " ", "  ", "\n", "\u00a0", "", "-"]


def _fresh(text: str) -> int | None:
    for m in EXPECTED_COUNT.finditer(text):
        raw = (m.group("n") or m.group("t")).lower()
        n = int(raw) if raw.isdigit() else NUMBER_WORDS[raw]
        if n >= 2:
            return n
    return None


def test_the_count_is_the_patterns_own() -> None:
    rng = random.Random(1719)
    counted = 0
    for _ in range(30_000):
        text = "".join(rng.choice(WORDS) + rng.choice(BLANKS) for _ in range(rng.randint(0, 7)))
        expected = _fresh(text)
        assert paras.expected_count(text) == expected, repr(text)
        assert expected is None or paras._may_count(text), repr(text)
        counted += expected is not None
    assert 1_000 < counted < 29_000
