"""segment's excerpt test reads a paragraph's end instead of searching it whole (issue 19): the same answer as
CUT_OFF's search, on drawn texts built of the marks the pattern reads."""

from __future__ import annotations

import random

from pipeline.stages import segment

PIECES = [".", "..", "...", "…", " ", "\t", "\n", "\u00a0", "\u2003", "]", "»", "›", ">", ")", "(", "a", "Z", "word",
          "!", "?", "»»", "\r"]


def test_cut_off_answers_as_the_pattern_does() -> None:
    rng = random.Random(1719)
    found = 0
    for _ in range(40_000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 9)))
        expected = segment.CUT_OFF.search(text) is not None
        assert segment._cut_off(text) is expected, repr(text)
        found += expected
    assert 2_000 < found < 38_000
