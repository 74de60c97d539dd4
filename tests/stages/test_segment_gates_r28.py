"""Cheap exact gates before segment's patterns (issue 19, round 28): each is a necessary condition of every match
of the pattern it guards, so the answers stay the same."""

from __future__ import annotations

import re
import sys

from pipeline.stages import segment


def test_every_digit_the_pattern_engine_reads_is_a_digit_to_str_isdigit():
    """_digit_at_an_end tests a line's ends with str.isdigit for RUNNING_HEAD's \\d: it must hold for all of them."""
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    digits = re.findall(r"\d", every)
    assert len(digits) > 600 and all(d.isdigit() for d in digits)


def test_running_heads_are_found_through_the_gate_in_any_digits():
    lines = ["Looking After Your Hens   ٣", "Some text of the page.", "٤  Looking After Your Hens", "Total 7 hens",
             "12 eggs a week"]
    assert segment.running_heads(lines) == frozenset({"looking after your hens"})
    assert segment.running_heads(["Hens 3", "More text.", "The end"]) == frozenset()


def test_the_gate_passes_every_line_the_pattern_matches_and_refuses_lines_without_an_end_digit():
    for line in ["Looking After Your Hens 3", "3 hens, then more", "The 4 seasons of hens", "Hens", "", "  9  "]:
        if segment.RUNNING_HEAD.match(line.strip()):
            assert segment._digit_at_an_end(line.strip()), line
    assert not segment._digit_at_an_end("The 4 seasons of hens") and not segment._digit_at_an_end("")
