"""Tips (issue 19, round 6): ``paragraphs`` asks ``lone_bullet`` only of lines whose stripped text is at most two
characters long. The gate rests on a property of ``lone_bullet``: it answers only a single glyph (with a variation
selector at most). These tests check that property on every line of the tunable real-page parts (our own words)
and on edge cases written for it (a speed change: they pass before it too; they fail if ``lone_bullet`` ever
answers a longer line, which would make the gate wrong)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.stages.tips import paras

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
