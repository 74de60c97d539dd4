"""Round 7 (issue 16): sequence words that are prose, not markers. A point opening "First, …" or "Finally, …" is
numbered by that word, and its headline goes without it (round 3). On pages by other hands the first point states
its place in a sentence of its own ("The first step is to find your floor.", "The first thing is to close up the
house in the morning.") and the others go on "Next, …", "After that, …", "Finally, …": the editor keeps those words
in the headlines, as the first point's headline keeps its "The first step is". Pages written here in our own words."""

from __future__ import annotations

from pipeline.stages.tips import split_text

INTRO = "Most people save whatever is left at the end of the month, which is nothing. Turn it round.\n\n"


def heads(body: str) -> list[str]:
    return [t.headline for t in split_text(body).tips]


def test_after_a_point_stating_its_place_the_sequence_words_stay_in_the_headlines():
    body = (INTRO + "The first step is to work out your floor. Add up rent, food and travel for a bare month.\n\n"
            "Next, pay yourself a wage. Move the same sum to your spending account every Friday.\n\n"
            "After that, save a share rather than a sum. Ten per cent grows with your income.\n\n"
            "Finally, keep the savings slightly awkward to reach. A different bank is enough.\n\n")
    assert heads(body) == ["The first step is to work out your floor.", "Next, pay yourself a wage.",
                           "After that, save a share rather than a sum.",
                           "Finally, keep the savings slightly awkward to reach."]


def test_points_numbered_by_their_sequence_words_alone_go_without_them():
    body = (INTRO + "First, work out your floor. Add up rent, food and travel for a bare month.\n\n"
            "Next, pay yourself a wage. Move the same sum to your spending account every Friday.\n\n"
            "After that, save a share rather than a sum. Ten per cent grows with your income.\n\n"
            "Finally, keep the savings slightly awkward to reach. A different bank is enough.\n\n")
    assert heads(body) == ["Work out your floor.", "Pay yourself a wage.", "Save a share rather than a sum.",
                           "Keep the savings slightly awkward to reach."]
