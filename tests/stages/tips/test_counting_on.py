"""Round 9 (issue 16): prose advice whose first point is a plain statement ("The usual culprit is a blocked
trap.") and whose later points count on from it ("Next is …", "Then there are …"): the paragraph above the first
point that counts on is a point too, not a second introduction. Written in our own words after the shape of
real trouble-shooting articles ("why X happens and how to fix it")."""

from __future__ import annotations

from tests.conftest import tip_headlines as headlines

CAUSES = ("When a bath drains slowly, the pipe is usually telling you one of a few things, and most of them can "
          "be sorted in an evening with cheap tools.\n\n"
          "The usual culprit is a blocked trap under the plughole. Hair and soap build up in the bend until "
          "the water can barely pass. Pull it out with a plastic hook and rinse the trap.\n\n"
          "Next is the vent. A drain needs air behind the water, and a vent capped by a bird's nest makes the "
          "bath gurgle and crawl. Check the pipe on the roof from a ladder.\n\n"
          "Then there is the fall of the waste pipe. A run that has sagged holds water in its low point, where "
          "grease settles. Lift it back onto its clips.\n\n"
          "Look at the overflow as well. A cracked seal behind the bath lets air in and slows everything down, "
          "and a new washer costs very little.\n\n"
          "Most slow baths are one of these, and none needs a plumber.\n\n")


def test_the_paragraph_a_later_point_counts_on_from_is_the_first_point():
    assert headlines(CAUSES) == [
        "The usual culprit is a blocked trap under the plughole.", "Next is the vent.",
        "Then there is the fall of the waste pipe.", "Look at the overflow as well."]


def test_without_a_point_counting_on_the_statement_stays_an_introduction():
    plain = CAUSES.replace("Next is the vent.", "Check the vent.").replace(
        "Then there is the fall of the waste pipe.", "Lift the sagging waste pipe.")
    assert headlines(plain)[0] == "Check the vent."
