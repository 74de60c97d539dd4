"""Round 22's mends of two example readers that walked a long text once per cue (quadratic), found by a read-only
review of round 21's code. As in ``test_pattern_scaling.py``: each test asserts the result first, then a CPU-time
bound far above the new time and far below the old (measured on main before the mend, named in each test)."""

from __future__ import annotations

import time

from pipeline.stages.segment import cited_lines
from pipeline.text import licence as lic


def _cpu(fn, *args):
    start = time.process_time()
    result = fn(*args)
    return result, time.process_time() - start


def test_an_example_intro_is_asked_only_of_a_line_ending_on_its_colon() -> None:
    """A line of 20,000 'an example ' and no colon (old: ~1.5 s CPU, 25 s at four times the length; new: ~0)."""
    found, seconds = _cpu(cited_lines, ["an example " * 20_000, "This leaflet is CC BY 4.0."])
    assert found == set()
    assert seconds < 0.2, f"{seconds:.2f} s"
    assert cited_lines(["Here is an example:", "", "This leaflet is CC BY 4.0."]) == {2}


def test_blanking_a_cue_on_every_sentence_is_linear() -> None:
    """32,000 sentences each with 'such as' (1.6 MB; old: each cue searched to its sentence's end and the text
    rebuilt per cue, ~20 s CPU; new: ~1.3 s)."""
    text = "Sow such as beans on a warm day and water them in well. " * 32_000
    shown, seconds = _cpu(lic.without_citations, text)
    assert len(shown) == len(text) and "such as" in shown and "beans" not in shown
    assert seconds < 4.0, f"{seconds:.2f} s"


def test_blanking_many_cues_in_one_clause_is_linear() -> None:
    """One line of 16,000 'such as x' with no full stop (old: ~3.3 s CPU; new: ~0.17 s, each clause checked once)."""
    text = "This leaflet is licensed under CC BY 4.0 " + "such as x " * 16_000
    shown, seconds = _cpu(lic.without_citations, text)
    assert shown.startswith("This leaflet is licensed under CC BY 4.0 such as ") and not shown.rstrip().endswith("x")
    assert seconds < 0.5, f"{seconds:.2f} s"
