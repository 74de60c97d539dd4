"""Tips (issue 19, round 6): cheaper forms of two tests, checked against what they replace on every line and
paragraph of the tunable real-page parts (our own words) and on edge cases written for them.

- ``paragraphs`` asks ``lone_bullet`` only of lines whose stripped text is at most two characters long: it rests
  on ``lone_bullet`` answering only a single glyph (with a variation selector at most).
- ``INLINE_NUMBER`` is led by its digit (the engine then skips to digits) with the lookbehind over the digit:
  the same matches as the pattern led by the lookbehind."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.stages.tips import paras, patterns

REALPAGES = Path(__file__).resolve().parents[2] / "fixtures" / "realpages"
TUNABLE = ("dev", "setapart", "dev3", "holdout2", "dev4", "dev6", "dev7")  # never the validation or sealed parts


def _pages() -> list[str]:
    return [path.read_text(encoding="utf-8") for part in TUNABLE for path in sorted((REALPAGES / part).glob("*.txt"))]


PAGES = _pages()
# Lines a length gate could get wrong: glyphs with a variation selector, spaces around a glyph, a glyph with a
# word, two glyphs, non-breaking and ideographic spaces, a keycap, bullets of the tables and none.
EDGES = ["▸", " ▸ ", "\t•\t", "✔\ufe0f", " ✔\ufe0f ", "➤\ufe0f\ufe0f", "• x", "••", "\xa0▪\xa0", "\u3000●", "1️⃣",
         "-", "*", "©", "®\ufe0f", "🔹", "🔹\ufe0f", " 🔹 ", "o", "a", "☐", "→→", "\u2003◆\u2003", ""]


def test_the_parts_give_the_gate_enough_lines():
    assert len(PAGES) > 250
    assert sum(len(page.split("\n")) for page in PAGES) > 7_000


@pytest.mark.parametrize("line", EDGES)
def test_a_lone_bullet_is_at_most_two_characters_stripped(line):
    if paras.lone_bullet(line, 0, len(line)) is not None:
        assert len(line.strip()) <= 2


def test_no_longer_line_of_the_parts_is_a_lone_bullet():
    lines = {line for page in PAGES for line in page.split("\n")} | set(EDGES)
    longer = [line for line in lines if len(line.strip()) > 2]
    assert len(longer) > 3000
    assert [line for line in longer if paras.lone_bullet(line, 0, len(line)) is not None] == []
    # the gate lets the glyphs through: the edge cases hold lone bullets
    assert [line for line in EDGES if paras.lone_bullet(line, 0, len(line)) is not None]


# INLINE_NUMBER as it was: the lookbehind first, tried at every character
INLINE_NUMBER_BEFORE = re.compile(r"(?<![\w.,$€£%])(?P<n>\d{1,2})[.)](?!\d)(?=\s*[\"“‘'(]?[A-Z])")
# Where the lookbehind decides: at the text's start, after letters, digits, a decimal point, a currency sign or a
# percent, three digits, other scripts' digits (\d and \w are Unicode), a no-break space before the next word
NUMBER_EDGES = ["1. Smile.", "people. 1. The job", "people.1. The job", "3.5. Next", "$5. Next", "€12) Next",
                "50%. Next", "a1. Next", "x 12. Next", "x 123. Next", "x 1) (Next", "x 1.\u00a0Next", "x 1.Next",
                "x \u0663. Next", "x\u0663. Next", "x 1.5 Next", "1, 2. Next", "(3) Next. 4) Next", "9.\n\nA", "07. A"]


def test_inline_number_led_by_its_digit_finds_what_the_lookbehind_led_one_found():
    texts = PAGES + [p for page in PAGES for p in page.split("\n\n")] + NUMBER_EDGES

    def found(pattern: re.Pattern[str]) -> list[list[tuple[int, int, str]]]:
        return [[(m.start(), m.end(), m["n"]) for m in pattern.finditer(text)] for text in texts]

    before = found(INLINE_NUMBER_BEFORE)
    assert found(patterns.INLINE_NUMBER) == before
    assert sum(map(len, before)) > 50  # the parts hold inline numbers to compare
    assert [bool(patterns.INLINE_NUMBER.search(t)) for t in NUMBER_EDGES] == [
        bool(INLINE_NUMBER_BEFORE.search(t)) for t in NUMBER_EDGES]
