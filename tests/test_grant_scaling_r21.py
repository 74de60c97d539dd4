"""The free-reprint grant's "this <text> ... you may <verb> it" branch, bounded: its lazy run walked to the sentence's
end from every "this guide" of a long sentence (quadratic). As in ``test_pattern_scaling_r21.py``: the answer first,
then a CPU-time bound far above the new time and far below the old (measured on merge21 before the mend)."""

from __future__ import annotations

import random
import re
import time

from pipeline.text import licence as lic


def _cpu(fn, *args):
    start = time.process_time()
    result = fn(*args)
    return result, time.process_time() - start


def test_a_long_sentence_of_this_guide_is_linear() -> None:
    """'this guide ' * 4000, no full stop (old: ~15 s CPU in GRANT.search; new: ~0.15 s)."""
    found, seconds = _cpu(lic.GRANT.search, "this guide " * 4000)
    assert found is None
    assert seconds < 3.0, f"{seconds:.2f} s"
    statements, seconds = _cpu(lic.find_statements, "Readers may " + "this guide " * 4000)
    assert statements == []
    assert seconds < 3.0, f"{seconds:.2f} s"


def test_the_named_text_still_grants_through_it() -> None:
    notice = "This handout is shared freely: you may copy it for your club if the credit stays."
    assert [s.tag for s in lic.find_statements(notice)] == [lic.FREE_REPRINT]
    assert lic.GRANT.search("this post from our garden club, readers may reprint it")["k"] == "reprint"


def test_the_bounded_gap_matches_where_the_unbounded_did() -> None:
    """Drawn sentences of the branch's words: the same matches as the unbounded spelling (its gaps stay short)."""
    unbounded_grant = lic._GRANT.replace(f"[^.!?]{{0,{lic.NAMED_IT_GAP}}}?", "[^.!?]*?")
    unbounded = re.compile(rf"\b(?=[a-z])(?:{unbounded_grant})", re.I)
    assert unbounded.pattern != lic.GRANT.pattern
    words = "this article guide you may can post reprint it them feel free to readers and the our a , .".split()
    draw = random.Random(21)
    for _ in range(20_000):
        line = " ".join(draw.choice(words) for _ in range(draw.randint(1, 40)))
        assert [(m.span(), m.lastgroup) for m in lic.GRANT.finditer(line)] == [
            (m.span(), m.lastgroup) for m in unbounded.finditer(line)], line
