"""The tips gate asks its counted-point pattern only where a number stands (issue 19): the same answer as the
pattern's search over the whole text, on drawn texts built of the pieces the pattern reads."""

from __future__ import annotations

import random

from pipeline.stages.tips import gate
from pipeline.text.languages import words

# counter words as written, in other cases, and spelled with the letters the case-blind engine folds onto them
# (a dotless i, a long s, a Kelvin sign, Greek's beta symbol)
SPELLINGS = [*words("counter"), "STEP", "Schritt", "ADIM", "adim", "ſtep", "\u212arok", "ϐήμα", "Tipp", "tIP"]
PIECES = ["1", "2", "12", "123", "7", "٣", " ", "  ", "\t", "\n", "\u00a0", "\u2003", "#", "##", "a", "Z", "_", "é",
          "ı", ".", ":", "-", "(", ")", "x9", "mis", "s"]


def _drawn(rng: random.Random) -> str:
    return "".join(rng.choice(SPELLINGS) if rng.random() < 0.3 else rng.choice(PIECES)
                   for _ in range(rng.randint(0, 14)))


def test_counted_point_answers_as_the_pattern_does() -> None:
    rng = random.Random(1719)
    found = 0
    for _ in range(30_000):
        text = _drawn(rng)
        expected = gate.COUNTED_POINT.search(text) is not None
        assert gate.counted_point(text) is expected, repr(text)
        found += expected
    assert 1_000 < found < 29_000  # both answers drawn often


def test_counted_point_reads_the_text_before_the_window() -> None:
    head = "word " * 10
    assert gate.counted_point(head + "Step 4 then") and not gate.counted_point(head + "xStep 4 then")
    assert not gate.counted_point("Step" + " " * 50 + "123") and gate.counted_point("Step" + "\n" * 50 + "#12.")
