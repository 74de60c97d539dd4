"""Boilerplate (issue 19, round 7): the first pass reads each line once (``read_lines``) for its two readings of a
page, the fingerprint and the short lines' keys. The shared reading must give the values each reading computed on
its own, ``len(line.split())`` and ``normalise_line(line)``, on every line of the tunable real-page parts (our own
words) and on the characters whose lowering is not one character for one."""

from __future__ import annotations

from pathlib import Path

from pipeline.configs import BoilerplateConfig
from pipeline.stages import boilerplate as bp

REALPAGES = Path(__file__).resolve().parent.parent / "fixtures" / "realpages"
TUNABLE = ("dev", "setapart", "dev3", "holdout2", "dev4", "dev6", "dev7", "holdout3", "dev5", "holdout4",
           "holdout5")  # never the validation or sealed parts

# "İ" lowers to two characters, "Σ" to a form that depends on what follows, "K" (Kelvin) to an ASCII letter; the
# file and unit separators, the line separator and the no-break space are whitespace to str.split, "​" (zero
# width) is not.
EDGES = ["İstanbul İÇİN  dönüş", "ΟΔΥΣΣΕΑΣ ΣΑΣ Σ", "5 \u212a", "a\x1cb\x1dc\x1ed\x1fe", "one\u2028two\u2029three",
         "no\u00a0break\u202fhere", "zero\u200bwidth", "  • Leave a Comment! ", "-----", "", " \t ", "Tip 2:",
         "“Quoted.”", "word " * 30]


def _pages() -> list[str]:
    return [path.read_text(encoding="utf-8") for part in TUNABLE for path in sorted((REALPAGES / part).glob("*.txt"))]


def test_read_lines_gives_each_reading_its_own_values():
    lines = EDGES + [line for page in _pages() for line in page.split("\n")]
    assert len(lines) > 5000
    assert bp.read_lines(lines) == [(len(line.split()), bp.normalise_line(line)) for line in lines]


def test_page_keys_read_once_give_the_same_keys_and_fingerprint():
    config = BoilerplateConfig()
    for page in _pages()[:200] + ["\n".join(EDGES)]:
        lines = page.split("\n")
        fingerprint = min((bp.line_hash(bp.normalise_line(line)) for line in lines
                           if len(line.split()) >= bp.LONG_LINE_WORDS), default=bp.line_hash(bp.normalise_line(page)))
        assert bp.page_keys(page, config) == (fingerprint, bp.short_line_keys(lines, config.max_line_chars))
