"""Round 29 (issue 16): authors on real-shaped text pages. Our own words (invented sites and people).

Each rule has its look-alike beside it: a wrong author is worse than none.
"""

from __future__ import annotations

import pytest

from tests.conftest import only_article as only

STEPS = ("Sweep the gutters in October\nLeaves that sit there all winter rot and block the downpipe by spring.\n\n"
         "Check the flashing after a gale\nA lifted strip lets rain run down inside the wall for weeks unseen.\n\n"
         "Clear the air bricks\nA blocked brick stops the floor breathing and the joists start to soften.\n\n")


# --- an unheaded bio over the site's furniture: readers' comments, a "More in" list, a source line under it ---
# (seen on a newspaper column with comments, a craft blog's reprinted column, a spun article directory copy)

@pytest.mark.parametrize("furniture", [
    "© Ridgeway Features\n\nMORE IN HOME\n> Is a heat pump worth it?\n> Three damp myths\n\nSort by: Newest\n\n"
    "hollyb 3 days ago\nThe gutter tip saved us a ceiling.\n\nPete_R 4 days ago\nGood advice.\n",
    "Posted in Home, Roofs | 1 Comment\n\n  Sam K. - 02/11/2023\n  Clear and useful, thanks.\n",
    "Article Source: http://articles.example/?expert=Morwenna_Treloar-Quist\n\nSimilar Articles:\n"
    "» Ten Ways To Dry A Damp Loft\n» Is A Flat Roof Worth It?\n\nRemarks (0)\nBe the first to remark on this.\n",
])
def test_a_closing_bio_over_the_sites_furniture_names_the_writer(furniture):
    page = ("The Roof Over Your Head\n\nFour Jobs That Keep a Roof Dry\n\n" + STEPS
            + "Morwenna Treloar-Quist is a roofer and writes the Up Top column every other Sunday in the "
              "Harbour Gazette.\n\n"
            + furniture + "\nContact | Privacy\n")
    assert only(page).author == "Morwenna Treloar-Quist"


def test_a_news_paragraph_over_a_short_closing_paragraph_is_no_bio():  # (the bio reader alone would take it)
    page = ("Four Jobs That Keep a Roof Dry\n\n" + STEPS
            + "Mayor Ivo Brannock has been eager to act, but the council engineer told the president the budget "
              "was gone.\n\n"
            "More than 400 homes were damaged in the storms last winter, according to the council.\n")
    assert only(page).author is None


def test_the_texts_own_wrapped_paragraph_under_a_bio_shaped_sentence_is_no_furniture():
    page = ("Four Jobs That Keep a Roof Dry\n\n" + STEPS
            + "Morwenna Treloar-Quist is a roofer who fixed our own roof last year, and she says the same.\n\n"
            "Whatever you do, keep off the roof in the wet and call someone with\n"
            "the right ladders and the insurance.\n\n"
            "3 comments\n")
    assert only(page).author is None


def test_a_copyright_line_among_the_furniture_under_the_bio_is_still_the_pieces_notice():
    page = ("Four Jobs That Keep a Roof Dry\n\n" + STEPS
            + "Morwenna Treloar-Quist is a roofer and writes the Up Top column every other Sunday.\n\n"
            "© Ridgeway Features Syndicate\n\nMORE IN HOME\n> Is a heat pump worth it?\n\nSort by: Newest\n\n"
            "hollyb 3 days ago\nThe gutter tip saved us a ceiling.\n")
    article = only(page)
    assert article.author == "Morwenna Treloar-Quist"
    assert article.licence is not None and article.licence.tag == "LicenseRef-all-rights-reserved"
