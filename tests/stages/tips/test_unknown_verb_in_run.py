"""Round 12 (issue 16): one item whose verb the cue words do not know does not hide a list's conclusion. After a
lead-in ("consider the following:") a list whose glyphs were lost ends at the first paragraph of another shape: a
statement after items that each advise. An item such as "Change direction often." (a verb the cue words do not
know, in the items' shape: a short lead and its explanation) made the items not all advise, so the closing
statement ("Older dogs often come with habits …") stayed on as one more item. Lists in our own words."""

from __future__ import annotations

from pipeline.stages.tips import split_text

INTRO = ("A tent that goes up in the dark without a row is a tent you have pitched at home first. Before your first "
         "weekend away, consider the following:\n\n")
ITEMS = ["Pitch it once in the garden. Time yourself and note which pole goes where.",
         "Pack the pegs in their own bag. Loose pegs end up at the bottom of the car.",
         "Face the door away from the wind. A gust through the door lifts the whole tent.",
         "Angle pegs away from the tent. A peg driven straight pulls out in the first gust.",
         "Bring a mallet with a hook. It pulls pegs out as easily as it knocks them in."]
CLOSING = ("Campsites in the hills are windier than the forecast suggests, so a calm evening at home is the best "
           "rehearsal you can give yourself. We learned that on a ridge in Wales, at two in the morning.")


def _heads(items: list[str], closing: str = CLOSING) -> list[str]:
    return [t.headline for t in split_text(INTRO + "\n\n".join(items) + "\n\n" + closing + "\n").tips]


def test_a_closing_statement_after_items_with_one_unknown_verb_concludes():
    heads = _heads(ITEMS)
    assert len(heads) == 5 and heads[3] == "Angle pegs away from the tent."


def test_the_unknown_verb_elsewhere_in_the_list_and_another_closing():
    items = [ITEMS[3]] + ITEMS[:3] + [ITEMS[4]]  # the item with the unknown verb first
    closing = "Most first nights under canvas go wrong in small ways, and all of them are funny a week later."
    assert _heads(items, closing)[0] == "Angle pegs away from the tent."
    assert len(_heads(items, closing)) == 5


def test_a_last_point_that_advises_stays_a_point():
    last = "Keep a head torch in the door pocket. You will need it the moment you crawl in."
    assert len(_heads(ITEMS, last)) == 6
