"""A verb followed by a count is an imperative ("Knock four posts into the corners", "Cut six stems"); a name
followed by its number and a verb is a subject ("Stage four is the hard one"). Issue 16, round 8."""

from __future__ import annotations

from pipeline.stages.tips import split_text
from pipeline.stages.tips.paras import looks_imperative


def test_a_verb_and_its_count_is_an_imperative():
    assert looks_imperative("Knock four posts into the corners.")
    assert looks_imperative("Sow eight seeds to a pot.")


def test_a_name_and_its_number_before_a_verb_is_no_imperative():
    assert not looks_imperative("Stage four is the hard one.")
    assert not looks_imperative("Chapter nine was my favourite.")


def test_steps_opening_with_a_verb_and_a_count_are_points():
    body = ("A cold frame costs nothing if you keep an eye on skips. Here is how I built mine.\n\n"
            "Knock four posts into the ground about a metre apart.\n"
            "Screw six planks around them to make a low box.\n"
            "Lay an old window on top and hinge it at the back.\n"
            "Prop it open on warm days. Seedlings cook faster than you think.\n")
    assert [t.headline for t in split_text(body).tips] == [
        "Knock four posts into the ground about a metre apart.", "Screw six planks around them to make a low box.",
        "Lay an old window on top and hinge it at the back.", "Prop it open on warm days."]
