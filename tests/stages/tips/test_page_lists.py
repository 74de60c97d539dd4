"""Round 7 (issue 16): the page's own lists and lines under an article are no tips. On pages by other hands a
newspaper's "Most read" list under an advice column, a Q&A site's "Comments:" under the accepted answer and a "See
also" box of links were counted as the article's tips, and the column's "Write to <name> at <address>" line as one
more point. A list right under such a page label (a short chrome line) is no list of tips; a paragraph giving an
address to write to closes the points, as a link already did. Pages written here in our own words."""

from __future__ import annotations

import pytest

from pipeline.stages.tips import split_text

ANSWER = ("Dear Worried: You are not the one who has to fix this, and it is not yours to carry.\n\n"
          "I would speak to him first, and I would do it once. Tell him what you know, and that you will not keep "
          "his secret past the wedding.\n\n"
          "If he does nothing, tell your sister plainly and then step back; what she does is hers to decide.\n\n")


@pytest.mark.parametrize("label", ["Most read", "Comments:", "See also", "Trending now", "Read next"])
def test_a_list_under_a_page_label_is_no_list_of_tips(label):
    body = (ANSWER + label + "\n1. Harbour bridge to close for a month of repairs\n"
            "2. The bakery that sells out before nine\n3. Sun at last for the weekend\n")
    assert [t.headline for t in split_text(body).tips] == []


def test_a_list_under_a_lead_in_of_the_article_stays_a_list():
    body = ("Most evenings end late in our house. These three habits changed that:\n"
            "1. Eat by seven, even on busy days\n2. Screens go in the kitchen drawer at nine\n"
            "3. Lights low after nine\n")
    assert len(split_text(body).tips) == 3


def test_an_address_to_write_to_is_no_point():
    body = ANSWER + "Write to Marta at askmarta@example.org. Letters are edited for length and clarity."
    assert split_text(body).tips == ()
