"""Round 5 (issue 16): where a list of one point per paragraph ends. Pages written here in our own words, after
the shapes of real advice pages (a short lead sentence and its explanation per paragraph, then a one-line close)."""

from __future__ import annotations

from tests.conftest import tip_headlines as headlines

POINTS = ("Winter kills more houseplants than any pest. A few habits keep them going until spring.\n\n"
          "Water less often. Growth slows in the dark months, so the roots sit wet and rot.\n\n"
          "Move pots away from radiators. Dry heat browns the leaf tips within a week.\n\n"
          "Wipe the leaves monthly. Dust blocks what little light comes through the window.\n\n")


def test_a_last_one_sentence_point_that_gives_its_reason_is_a_point():
    # the lead and its why joined in one sentence: the same point shape as the others, only shorter
    body = POINTS + "Turn each pot a quarter every week, because a plant leans towards the glass.\n"
    assert headlines(body) == ["Water less often.", "Move pots away from radiators.", "Wipe the leaves monthly.",
                               "Turn each pot a quarter every week, because a plant leans towards the glass."]


def test_a_last_one_sentence_line_that_only_encourages_is_the_conclusion():
    body = POINTS + "Keep at it through the dark weeks and the first new leaves will be your reward.\n"
    assert headlines(body) == ["Water less often.", "Move pots away from radiators.", "Wipe the leaves monthly."]
