"""Round 5 (issue 16): advice stated in the phrasings real advice pages use besides the imperative ("You might want
to …", "One way to … is to …", "It pays to …", "We recommend …"). Pages written here in our own words."""

from __future__ import annotations

from pipeline.stages.tips import split_text
from pipeline.stages.tips.paras import is_advice


def test_softened_advice_is_advice():
    for sentence in ("You might want to call the venue the day before.", "You'll want to bring a spare battery.",
                     "One way to save is to cook twice as much and freeze half.", "It pays to read the small print.",
                     "We recommend a torch with a red light.", "Your best bet is to arrive before nine."):
        assert is_advice(sentence), sentence


def test_statements_that_only_look_alike_are_not_advice():
    for sentence in ("The best thing about the town is its market.", "My idea was to leave at dawn.",
                     "You can see the castle from the bridge."):
        assert not is_advice(sentence), sentence


def test_a_page_of_softened_points_one_per_paragraph_gives_one_tip_each():
    body = ("Camping with a toddler sounds like hard work, and some of it is. It gets easier with a plan.\n\n"
            "You might want to practise in the garden first. A night at home shows what you forgot to pack.\n\n"
            "It pays to book a pitch near the toilets. Night walks with a sleepy child are short walks.\n\n"
            "One way to keep the peace is to bring the bedtime story from home. Familiar words settle a child.\n\n"
            "We recommend a second torch just for the little one. A torch of their own is half the adventure.\n")
    assert [t.headline for t in split_text(body).tips] == [
        "You might want to practise in the garden first.", "It pays to book a pitch near the toilets.",
        "One way to keep the peace is to bring the bedtime story from home.",
        "We recommend a second torch just for the little one."]
