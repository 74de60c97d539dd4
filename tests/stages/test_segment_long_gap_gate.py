"""segment's gate before ``LONG_GAP`` (issue 19): ``may_hold_long_gap`` holds wherever the pattern finds a run, so
asking it first changes no page."""

from __future__ import annotations

import random
import re
import sys

from pipeline.stages import segment as sg


def test_the_blanks_listed_are_the_patterns_class_less_the_space() -> None:
    blank = re.compile(r"[^\S\n]")
    held = {c for c in map(chr, range(sys.maxunicode + 1)) if blank.match(c)}
    assert held == set(sg.GAP_BLANKS) | {" "} and len(sg.GAP_BLANKS) == len(set(sg.GAP_BLANKS))
    assert set(sg.ASCII_GAP_BLANKS) == {c for c in held if c.isascii()} - {" "}


def test_wherever_the_pattern_finds_a_run_the_gate_holds() -> None:
    rng = random.Random(19)
    pieces = ["word", " ", " " * 30, " " * 63, " " * 64, "\n", "\t", "\xa0", "\u3000", "é", "\u2009" * 70, "x" * 5]
    for _ in range(20000):
        page = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 12)))
        if sg.LONG_GAP.search(page):
            assert sg.may_hold_long_gap(page), repr(page)


def test_a_page_of_single_spaces_and_newlines_is_passed_over() -> None:
    assert not sg.may_hold_long_gap("Sow thinly.\n\nThen  thin again, " * 50)
    assert sg.may_hold_long_gap("Sow thinly." + " " * 64 + "Then thin.")
    assert sg.may_hold_long_gap("Café\u00a0menu") and not sg.may_hold_long_gap("Café menu")
