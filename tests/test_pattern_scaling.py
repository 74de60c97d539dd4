"""Line patterns that walked a long run once per position (quadratic), found by the stage-alone fuzz mode and the
pattern-scaling probe (``fuzz/patterns.py``), and the probe itself.

Each mend test uses a size where the old pattern took seconds (measured on the commit before the mend, named in
the test) and the new one takes milliseconds; it asserts the result first, then a CPU-time bound far above the new
time and far below the old.
"""

from __future__ import annotations

import re
import time

from fuzz import patterns as probe
from pipeline.repairs.spacing import fix_spaces


def _cpu(fn, *args):
    start = time.process_time()
    result = fn(*args)
    return result, time.process_time() - start


def test_fix_spaces_ideographic_run_is_linear() -> None:
    """A line holding 40,000 ideographic spaces (U+3000: blank to ``\\s``, not to ``[ \\t]``, so no other branch of
    _SPACES takes it): ``\\s+\\Z`` walked the rest of the run from each of its positions (old: 4-5 s CPU, 100 KB
    took 27 s in `read-jsonl ... repair`; new: ~10 ms)."""
    text = "Seven habits" + "\u3000" * 40_000 + "for a shed\nMost sheds.  Two spaces.\n"
    (out, changes), seconds = _cpu(fix_spaces, text)
    assert out == "Seven habits" + "\u3000" * 40_000 + "for a shed\nMost sheds. Two spaces."
    assert [c.name for c in changes] == ["spaces", "spaces"]
    assert seconds < 1.0, f"{seconds:.2f} s"


def test_fix_spaces_trailing_blank_run_still_stripped() -> None:
    """The lookbehind keeps the run's start: a trailing run of any blanks is still removed whole."""
    assert fix_spaces("Tip one.\u3000 \u3000\n\u3000")[0] == "Tip one."
    assert fix_spaces("\u3000\u3000Tip one.")[0] == "Tip one."


# ------------------------------------------------------------------------------------------------ the probe


def test_probe_flags_a_quadratic_pattern_and_not_a_linear_one() -> None:
    quadratic = probe.Found("example", "QUADRATIC", re.compile(r"\s+\Z"))
    linear = probe.Found("example", "LINEAR", re.compile(r"(?<!\s)\s+\Z"))
    flags = probe.probe(quadratic, 3000, ("findall",))
    assert any(f.shape == "ideographic-then-x" and f.name == "QUADRATIC" for f in flags)
    assert probe.probe(linear, 3000, ("findall",)) == []


def test_probe_collects_patterns_in_tables() -> None:
    """Module-level patterns, also inside dicts and tuples (the tips stage keeps its patterns in tables)."""
    found = probe.collect("pipeline")
    names = {(f.module, f.name) for f in found}
    assert ("pipeline.repairs.spacing", "_SPACES") in names
    assert any("[" in name for _module, name in names), "no pattern found inside a table"
    assert len(found) > 300
