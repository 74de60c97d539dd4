"""Round 21's mends of patterns that walked a long run once per position (quadratic), found by a read-only review of
round 20's code. As in ``test_pattern_scaling.py``: each test asserts the result first, then a CPU-time bound far
above the new time and far below the old (measured on main before the mend, named in each test)."""

from __future__ import annotations

import random
import re
import time

from pipeline.repairs import spacing


def _cpu(fn, *args):
    start = time.process_time()
    result = fn(*args)
    return result, time.process_time() - start


def test_tab_cells_over_a_long_blank_and_tab_run_are_linear() -> None:
    """A line of one letter and 8,000 blank-tab pairs that no cell ends (old: 1.3-8 s CPU; new: ~40 ms)."""
    line = "a" + " \t" * 20_000
    found, seconds = _cpu(spacing._TAB_CELLS.findall, line)
    assert found == []
    assert seconds < 1.0, f"{seconds:.2f} s"
    assert spacing._TAB_CELLS.findall("Do \t Don't\tMaybe") == [" \t ", "\t"]


def test_tab_cells_match_where_the_old_spelling_did() -> None:
    old = re.compile(r"(?<=\S)[ \t]*\t[ \t]*(?=\S)")
    draw = random.Random(21)
    for _ in range(20_000):
        line = "".join(draw.choice("ab \t\t  ") for _ in range(draw.randint(0, 14)))
        assert [m.span() for m in spacing._TAB_CELLS.finditer(line)] == [m.span() for m in old.finditer(line)], line


def test_a_reblog_head_over_a_long_word_of_reblogs_is_linear() -> None:
    """'a ' + 'reblog' * 8000: the verb's unbounded runs walked the word from each letter (old: 2-7 s CPU)."""
    from pipeline.stages.segment import REBLOG_LINE
    found, seconds = _cpu(REBLOG_LINE.match, "a " + "reblog" * 8000)
    assert found is None
    assert seconds < 0.5, f"{seconds:.2f} s"
    assert REBLOG_LINE.match("tide-notes reblogged harbourlight")["source"] == "harbourlight"
    assert REBLOG_LINE.match("lune a reblogué petitpois")["source"] == "petitpois"


def test_an_addressed_name_over_a_long_run_of_spelt_separators_is_linear() -> None:
    """'Ann Lee, <' + 'a(at)' * 10000 + '<>': the address's runs walked it from each separator (old: ~1.9 s)."""
    from pipeline.stages.segment import ADDRESSED_NAME
    found, seconds = _cpu(ADDRESSED_NAME.match, "Ann Lee, <" + "a(at)" * 10_000 + "<>")
    assert found is None
    assert seconds < 0.2, f"{seconds:.2f} s"


def test_an_addressed_name_accepts_the_addresses_the_attribution_twin_does() -> None:
    from pipeline.stages.segment import _writer_field
    from pipeline.text.attribution import WRITER_ADDRESS
    for address in ("<ines (at) example (dot) org>", "ines [at] example [dot] org", "<ines@example.org>"):
        assert WRITER_ADDRESS.match(address)
        assert _writer_field(f"Ines Moreau, {address}") == "Ines Moreau"
    assert _writer_field("Write to <letters@example.org>") == "Write to <letters@example.org>"
