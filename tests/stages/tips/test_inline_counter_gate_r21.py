"""The inline counter's pre-test (issue 19, round 21): ``INLINE_COUNTER_NEEDS`` is asked before the counter's own
scan, so it must hold in every text the counter matches in, or points would be lost."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.stages.tips.patterns import INLINE_COUNTER, INLINE_COUNTER_NEEDS
from pipeline.stages.tips.split import split_text

COUNTERS = ["Tip #1: Sow", "tip # 2. Water", "Step 3: Mulch", "STEP 4 - Prune", "Idea 5 — Rest", "Trick 6 – Rake",
            "Schritt 7: Gießen", "Consejo #8 Regar", "Rule\t9:\tPick", "Tip#10 Label"]
SETTINGS = ["{}", "Read on. {} the beds.", "A lead-in sentence here! {} it well, then more."]
NOT_COUNTERS = ["Step 3 of the plan went well.", "Tip 42 Sow", "Our #1 rule: water.", "At 9:30 we met.",
                "Top tips for pots.", "Tip #123: Sow"]


def test_every_counter_the_scan_finds_holds_what_the_pre_test_asks() -> None:
    for counter, setting in itertools.product(COUNTERS, SETTINGS):
        text = setting.format(counter)
        assert INLINE_COUNTER.search(text), text  # the examples are counters ...
        assert INLINE_COUNTER_NEEDS.search(text), text  # ... and each passes the pre-test


def test_text_the_pre_test_turns_away_holds_no_counter() -> None:
    for text in NOT_COUNTERS + ["Water the beds at dusk. Mulch in May.", "Sow #two: later", "Step 3:Sow"]:
        if not INLINE_COUNTER_NEEDS.search(text):
            assert not INLINE_COUNTER.search(text), text
    assert not INLINE_COUNTER_NEEDS.search("Water the beds at dusk. Mulch in May.")


def test_a_run_of_counters_inside_a_paragraph_is_still_split_into_points() -> None:
    text = ("Balcony beans need little. Here is what works for me in a small flat with a sunny rail. "
            "Tip #1: Sow them in deep pots of fresh compost. Tip #2: Water them at dusk every other day. "
            "Tip #3: Pick the pods young so the plants keep flowering.\n\nHappy growing!")
    split = split_text(text)
    assert [t.headline.split()[0] for t in split.tips] == ["Sow", "Water", "Pick"], split.tips


# A counter's parts in turn (before it, its word, a gap, "#" or not, its number, a gap, its mark, a gap, what follows),
# each drawn with near misses (other marks, other blanks, other scripts, three digits)
BEFORE = st.sampled_from(["", "Done. ", "x", "1", "(", "é"])
WORD = st.sampled_from(["Tip", "step", "Schritt", "CONSEJO", "idea", "Sow", "tipp", ""])
GAP = st.sampled_from(["", " ", "\t", "  ", "\n", "\u00a0"])
HASH = st.sampled_from(["", "#", "# ", "#\t", "no."])
NUMBER = st.sampled_from(["1", "12", "123", "", "x"])
MARK = st.sampled_from(["", ":", ".", "-", "–", "—", ",", "?", ")"])
AFTER = st.sampled_from(["Sow", "\"Sow", "(sow", "ßauber", "3 pots", "", "- x"])


@settings(max_examples=4000, deadline=None)
@given(st.tuples(BEFORE, WORD, GAP, HASH, NUMBER, GAP, MARK, GAP, AFTER))
def test_drawn_text_with_a_counter_always_passes_the_pre_test(parts) -> None:
    text = "".join(parts)
    if INLINE_COUNTER.search(text):
        assert INLINE_COUNTER_NEEDS.search(text), text
