"""Round 18 shapes of the tips stage (issue 16): lists beside the points that hold no advice. Our own words
throughout."""

from __future__ import annotations

from pipeline.stages.tips import split_text


def test_a_kit_list_whose_cue_carries_a_bracketed_qualifier_is_no_tips():
    body = ("A cold frame saves a spring's worth of seedlings, and the whole job takes a morning.\n\n"
            "You will need (for the first two steps at least):\n"
            "\u2022 four old floorboards from a skip\n\u2022 an old window with its glass whole\n"
            "\u2022 a box of long screws\n\u2022 a tin of wood stain\n\n"
            "1. Cut the boards to length. Keep the back taller than the front so rain runs off.\n\n"
            "2. Screw the sides together. Check the corners are square before the glue sets.\n\n"
            "3. Lay the window on top. Hinge it at the back so you can prop it open.\n")
    assert [t.headline for t in split_text(body).tips] == [
        "Cut the boards to length.", "Screw the sides together.", "Lay the window on top."]


STEPS = ("1. Lift the bulbs on a dry day. Shake off the soil and lay them out.\n\n"
         "2. Dry them for a week somewhere airy. A shed shelf is ideal.\n\n"
         "3. Store them in paper bags. Label each bag with the colour.\n\n")


def test_a_list_under_a_sources_heading_credits_and_gives_no_tips():
    body = (STEPS + "Quellen\n\n"
            "\u2022 Gartenbauverein Nordheide, Rundbrief vom Herbst\n"
            "\u2022 Interview with a nursery owner in the spring\n")
    assert len(split_text(body).tips) == 3


def test_a_wikis_footnotes_opening_with_a_backlink_give_no_tips():
    body = ("Tulips come back stronger when the bulbs rest dry over summer.\n\n" + STEPS
            + "Table of varieties kept on the plot follows.\n\n"
            "1. \u2191 Allotment society, Minutes of the spring meeting, 2019.\n"
            "2. \u2191 Brandt, Olaf. Bulbs for Small Gardens. Riverbank Press, 2011, p. 40.\n")
    assert [t.headline for t in split_text(body).tips] == [
        "Lift the bulbs on a dry day.", "Dry them for a week somewhere airy.", "Store them in paper bags."]


def test_a_wiki_headings_edit_link_is_no_word_of_the_headline():
    body = ("Dahlias rot if they sit wet over winter, so most growers lift them.\n\n"
            "Lift after the first frost[edit]\n\nWait until the leaves blacken, then dig gently round each clump.\n\n"
            "Dry the tubers upside down[edit]\n\nLeave them a fortnight in a frost-free shed so the stems drain.\n\n"
            "Pack them in dry compost[edit]\n\nA crate of barely damp compost keeps them plump until spring.\n")
    assert [t.headline for t in split_text(body).tips] == [
        "Lift after the first frost", "Dry the tubers upside down", "Pack them in dry compost"]
