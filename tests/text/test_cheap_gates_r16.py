"""Round 16's cheap exact gates in attribution's thread readers (issue 19): each answers as the full test did."""

from __future__ import annotations

import itertools

from pipeline.text import attribution as at

CARD = ["lina_04", "Nowicjusz", "03-02-2025 19:45", "Hallo zusammen."]


def test_card_without_stats_reads_its_stamp_two_lines_under():
    assert at.post_card_name(CARD, 0, stats=False) == "lina_04"
    # the stamp one line lower, or the name too near the end of the lines: no card (the gate and the full test agree)
    assert at.post_card_name(["lina_04", "Nowicjusz", "Neu hier", "03-02-2025 19:45"], 0, stats=False) is None
    assert at.post_card_name(CARD[:2], 0, stats=False) is None
    assert at.post_card_name(CARD, 2, stats=False) is None


def test_card_gate_leaves_the_stats_reading_alone():
    # with stats, a card over its post count needs no stamp (the gate is asked only without stats)
    assert at.post_card_name(["Offline Rosa Kemp", "Member", "Posts: 31", "Hello."], 0) == "Rosa Kemp"


def test_card_gate_on_every_order_of_a_cards_lines():
    lines = ["lina_04", "Nowicjusz", "03-02-2025 19:45", "Hallo.", "Ole Brandt", "Experte", "04-02-2025 08:10"]
    for order in itertools.permutations(lines, 4):
        texts = list(order)
        for k in range(len(texts)):
            got = at.post_card_name(texts, k, stats=False)
            if got is not None:  # a card found has its clock two lines under its name
                assert ":" in texts[k + 2]
    assert at.post_card_name(lines, 4, stats=False) == "Ole Brandt"
