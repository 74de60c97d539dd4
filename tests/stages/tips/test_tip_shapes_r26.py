"""Tip shapes of round 26 (issue 16), in our own words: scraped word salad whose paragraphs open with two bare
conjunctions, and the real-page shapes of holdout26."""

from __future__ import annotations

from pipeline.stages.tips import split_text
from pipeline.stages.tips.paras import gives_advice


def heads(text: str, title: str | None = None) -> list[str]:
    return [t.headline for t in split_text(text, title=title).tips]


# --- openers stack behind a clause only ----------------------------------------------------------------------------

def test_a_condition_then_just_still_reads_as_advice():
    assert gives_advice("When the wind lifts the fleece, just weigh its corners down with bricks.")


def test_two_bare_conjunctions_in_a_row_are_no_advice():
    # "But and also …": a spun article's damage; stripping both left "also …", read as an enumeration word
    assert not gives_advice("But and also volunteers there and those in the hall whose primary kettle at the door.")
    assert gives_advice("But also bring a flask.")


SALAD = (
    "The Garden Column\n\n"
    "Kettle warmth of the shed and you will feel rested. When allotment what but and and have those sincere in "
    "the gate evening, may are stored it with is and the rain.\n\n"
    "group if, north mostly if your neighbour doesn't water enough.) up back step to the trying and fence drawing "
    "plots rules to are exceptional seedlings even compost.\n\n"
    "and play into important with all the committee's harvest. as met tinged are marrows seems.\n\n"
    "But and also committee there and those in in the allotment he in whose primary at shed bulk that who care "
    "of the a prize you willing to when and what you are to keep be.\n\n"
    "Terms of Use"
)


def test_word_salad_with_lower_case_fragments_gives_no_paragraph_points():
    assert heads(SALAD, "Garden Column Number 4") == []
