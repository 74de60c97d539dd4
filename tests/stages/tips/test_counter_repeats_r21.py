"""Round 21's mend: a counter's number written twice by mistake ("Tip #3:" twice) is one more point only after a
real step; the same "Step 1:" three times (three recipes' first steps, a template) is no run of three."""

from __future__ import annotations

from pipeline.stages.tips.detect import Marker, numbered_chains


def counters(*numbers: int) -> list[tuple[int, Marker]]:
    return [(k, Marker("numbered", "counter", n, 0, 0)) for k, n in enumerate(numbers)]


def test_the_same_first_counter_three_times_is_no_run():
    assert numbered_chains(counters(1, 1, 1), 2) == []


def test_a_repeat_after_a_step_still_chains():
    assert numbered_chains(counters(1, 2, 3, 3, 4), 2) == [[0, 1, 2, 3, 4]]
