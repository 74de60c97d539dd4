"""Round 10 (issue 16): prose advice, one point per paragraph, closing with a paragraph that opens with a word pointing
back at all the points ("It takes a season for …", "None of this is hard …") and gives no advice in its first
sentence. Lists whose glyphs were lost knew that shape (round 7); the paragraph detector did not, and on a page by
another hand its share-of-advice test missed it (an explanatory second introduction counts against it). Pages written
here in our own words."""

from __future__ import annotations

import pytest

from tests.conftest import tip_headlines

PIECE = ("Most of us clean windows the way our parents did: a bucket, a cloth and a lot of streaks.\n\n"
         "The streaks come from the water in the bucket far more than from the cloth in your hand. Tap water dries "
         "leaving its minerals behind, and a cloth only spreads them around.\n\n"
         "Dull days beat sunny ones. Sun dries the glass before you reach the corners, and every drop leaves a "
         "ring.\n\n"
         "Use a squeegee, not a cloth. One pass, top to bottom, and wipe the blade after every stroke.\n\n"
         "Add a drop of washing-up liquid and no more. Soap you can feel on your fingers is soap left on the glass.\n\n"
         "Finish the edges with a dry microfibre cloth. The blade never quite reaches the frame.\n\n")
POINTS = ["Dull days beat sunny ones.", "Use a squeegee, not a cloth.", "Add a drop of washing-up liquid and no more.",
          "Finish the edges with a dry microfibre cloth."]


@pytest.mark.parametrize("close", [
    "It takes a season for the habit to stick. The first few weeks you will miss the old cloth. Hold your nerve, and "
    "by spring you will clean in half the time.",
    "None of this needs special kit. The first time, keep the squeegee where you can see it, and it soon becomes "
    "habit.",
    "This all takes practice. The first week, do just the kitchen window, and you will see the difference."])
def test_a_closing_paragraph_pointing_back_at_the_points_is_no_point(close):
    assert tip_headlines(PIECE + close + "\n") == POINTS


def test_a_last_point_giving_advice_stays_a_point():
    last = "Do the outside last. It will rain the day after, so the inside is the part that stays clean.\n"
    assert tip_headlines(PIECE + last) == [*POINTS, "Do the outside last."]
