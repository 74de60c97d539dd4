"""Round 22's mends of round 21's segment rules: a piece's own boxed advice ("TIP:", "NOTE:", "WARNING:") is no
small ad, and a box with the piece's prose after it is inside the piece, never the start of the issue's foot; a
print-all series shares only a licence that names no one part. Pages written in our own words (invented clubs,
names and sites)."""

from __future__ import annotations

import pytest

from pipeline import clean_text
from pipeline.stages.segment import _ad_row

EQ, DASH = "=" * 30, "-" * 30
FIRST = "Leeks like a deep hole and plenty of water in their first fortnight, and then very little fuss at all."
SECOND = "A ladder lasts for decades when you brush it down after each job and store it flat in a dry place."
LAST = "Check the feet for wear every spring, since a worn foot slips on wet paving before anything else gives way."
CLOSING = "Replace any rung that flexes under your weight: a cracked rung fails without warning on the next climb."


def issue(box: list[str]) -> str:
    return "\n".join(["Hollin Lane Allotments - Bulletin 7", "", EQ, "LEEKS IN DEEP HOLES", "By Ravi Mand", "",
                      FIRST, "", EQ, "LOOKING AFTER LADDERS", "By Edda Vos", "", SECOND, "", DASH, *box, DASH, "",
                      LAST, "", CLOSING, "", EQ, "All bulletin pieces are CC BY 4.0."])


def last_piece(box: list[str]):
    found = [r for r in clean_text([issue(box)]) if r.kind == "article"]
    return next(a for a in found if a.title == "LOOKING AFTER LADDERS")


@pytest.mark.parametrize("box", [
    ["TIP: Tie the ladder to the gutter bracket before you climb above the first floor.",
     "NOTE: Aluminium ladders conduct electricity, so keep them well away from cables."],
    ["WARNING: Never stand on the top three rungs of a leaning ladder.",
     "PRO TIP: Set the foot one metre out for every four metres of height."],
])
def test_a_piece_s_boxed_advice_labels_are_no_small_ads_and_the_piece_keeps_its_end(box):
    piece = last_piece(box)
    assert CLOSING in piece.text and LAST in piece.text
    assert piece.licence.tag == "CC-BY-4.0"


def test_a_small_ads_box_inside_a_piece_leaves_the_piece_s_prose_after_it():
    piece = last_piece(["FOR SALE: Timber step ladder, six treads, collect from Hollin Lane.",
                        "WANTED: Spare ladder feet for a ten-rung aluminium ladder."])
    assert CLOSING in piece.text


@pytest.mark.parametrize("line, ad", [
    ("FOR SALE: Two water butts, collect from the gate.", True),
    ("WANTED: Rhubarb crowns.", True),
    ("TIP: Water in the evening.", False),
    ("NOTE: The shed is shut in August.", False),
    ("QUICK WARNING: Wear gloves.", False),
    ("DON'T: Feed in a drought.", False),
])
def test_an_ad_row_is_a_capitals_label_that_is_no_advice_label(line, ad):
    assert _ad_row(line) is ad


# 6. a print-all page of a series: a licence statement naming one part is that part's alone
SERIES = ("Part 1 of 2\nPotting On Seedlings\n\nMove a seedling up one pot size at a time, so the roots fill the new "
          "compost before it sours.\n\nPart 2 of 2\nHardening Off\n\nSet the young plants outside for an hour on the "
          "first day and a little longer each day after that, for about a fortnight.\n\n")


def series_licences(foot: str) -> dict[str, str]:
    found = [r for r in clean_text([SERIES + foot]) if r.kind == "article"]
    return {a.title: a.licence.tag for a in found}


@pytest.mark.parametrize("foot", [
    "Part 2 is a guest piece by Oren Tal, published under CC BY 4.0.",
    "This part was written by Oren Tal and is shared under CC BY 4.0.",
])
def test_a_licence_naming_one_part_is_not_shared_with_the_other_parts(foot):
    assert series_licences(foot) == {"Potting On Seedlings": "NOASSERTION", "Hardening Off": "CC-BY-4.0"}


def test_a_licence_naming_no_part_still_covers_every_part():
    assert set(series_licences("All parts of this series are published under CC BY 4.0.").values()) == {"CC-BY-4.0"}
