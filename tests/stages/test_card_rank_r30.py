"""Round 30 mend: reading the poster's name off a one-line card ("NAME Senior Member Posts: N") costs a card with a
long blank run its length once. Written in our own words."""

from __future__ import annotations

import time

from pipeline.stages.segment import _card_name


def test_a_card_with_a_long_run_of_tabs_is_read_in_linear_time():
    """From each tab of the run the rank's blank run walked the rest of it (57 s at 32 kB); now milliseconds."""
    start = time.process_time()
    assert _card_name("fern_lad" + "\t" * 20_000 + "Posts: 12").startswith("fern_lad")
    assert _card_name("fern_lad\tSenior Member Posts: 12") == "fern_lad"
    assert time.process_time() - start < 1.0
