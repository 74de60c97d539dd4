"""Sequence words are markers, a sentence about the order is not (tests/fixtures/realpages/SPEC.md, round 8).

A word or phrase that only places a point in the article's order ("First,", "Next,", "Then", "After that,",
"Finally,", "To begin with,") is numbered by that word as by "1.", and the headline goes without it, whether every
point opens so or only one: a tip travels alone, where "Finally," means nothing. A sentence that is about the order
("The first step is to work out your floor", "Only then start investing") keeps its words. Round 7 kept the words
in a list whose first point stated its place in prose; SPEC settled the other way in round 8. Pages written here
in our own words."""

from __future__ import annotations

from pipeline.stages.tips.paras import headline_of
from tests.conftest import tip_headlines as heads

INTRO = "Most people save whatever is left at the end of the month, which is nothing. Turn it round.\n\n"


def test_after_a_point_stating_its_place_the_others_still_lose_their_sequence_words():
    body = (INTRO + "The first step is to work out your floor. Add up rent, food and travel for a bare month.\n\n"
            "Next, pay yourself a wage. Move the same sum to your spending account every Friday.\n\n"
            "After that, save a share rather than a sum. Ten per cent grows with your income.\n\n"
            "Finally, keep the savings slightly awkward to reach. A different bank is enough.\n\n")
    assert heads(body) == ["The first step is to work out your floor.", "Pay yourself a wage.",
                           "Save a share rather than a sum.", "Keep the savings slightly awkward to reach."]


def test_a_bare_then_before_an_imperative_goes_in_such_a_list():
    body = (INTRO + "The first thing is to close up the house in the morning. Blinds down, windows shut.\n\n"
            "Then open everything at night. A through draught cools the walls.\n\n"
            "Finally, cool yourself instead of the room. A damp cloth on the neck works wonders.\n\n")
    assert heads(body) == ["The first thing is to close up the house in the morning.",
                           "Open everything at night.", "Cool yourself instead of the room."]


def test_points_numbered_by_their_sequence_words_alone_go_without_them():
    body = (INTRO + "First, work out your floor. Add up rent, food and travel for a bare month.\n\n"
            "Next, pay yourself a wage. Move the same sum to your spending account every Friday.\n\n"
            "After that, save a share rather than a sum. Ten per cent grows with your income.\n\n"
            "Finally, keep the savings slightly awkward to reach. A different bank is enough.\n\n")
    assert heads(body) == ["Work out your floor.", "Pay yourself a wage.", "Save a share rather than a sum.",
                           "Keep the savings slightly awkward to reach."]


def test_opening_phrases_that_only_place_the_point_go():
    assert headline_of("To begin with, list every account you hold.") == "List every account you hold."
    assert headline_of("Last of all, tell someone your plan.") == "Tell someone your plan."


def test_a_sentence_about_the_order_keeps_its_words():
    assert headline_of("The first step is to find your floor.") == "The first step is to find your floor."
    assert headline_of("Only then start investing.") == "Only then start investing."
