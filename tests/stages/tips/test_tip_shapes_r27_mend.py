"""Round 27's review of the merge, mended (tips): a post's own dated updates are no comment heads. Our own words."""

from __future__ import annotations

from pipeline.stages.tips import split_text

_INTRO = ("A new hedge needs a year of small care before it can look after itself. These are the steps that worked "
          "on my windy corner plot.\n\n")
_FIRST = ("1. Soak the bare roots in a bucket for an hour before planting.\n"
          "2. Plant them in a staggered double row, a foot apart.\n"
          "3. Cut every whip back by a third straight after planting.\n\n")
_LATER = ("4. Water weekly through the first dry spell, even if it rains a little.\n"
          "5. Pull the grass back from the stems every month.\n\n")
_LAST = "6. Trim the sides in late summer so the hedge thickens from the base.\n"


def test_dated_update_labels_between_the_points_are_no_comment_heads():
    text = _INTRO + _FIRST + "Update — April 9, 2025\n\n" + _LATER + "Edit — May 20, 2025\n\n" + _LAST
    assert len(split_text(text).tips) == 6


def test_readers_named_and_dated_under_the_points_still_start_the_comments():
    text = (_INTRO + _FIRST + "Rowan Pike — April 9, 2025\n\nGreat post! My own two:\n\n" + _LATER
            + "Tamsin Orr — May 20, 2025\n\nAnd one more from me:\n\n" + _LAST)
    assert len(split_text(text).tips) == 3
