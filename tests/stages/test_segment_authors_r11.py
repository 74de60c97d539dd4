"""Segment: round 11's author rules for the foot of an article (issue 16), each shape met on a page by a hand the
code had never read, each page here written in our own words."""

from __future__ import annotations

from tests.conftest import segment_page

TEXT = ("The orchard gate has been rehung at last, so the evening struggle with the padlock should be over by the "
        "end of the month.\n\n"
        "We also welcome nine new members this spring, more than in any year since the waiting list began; say hello "
        "when you meet a new face by the water butts.\n\n")


def only(text: str):
    (article,) = segment_page(text)
    return article


# Shape: a society's e-mail bulletin, its chair's note signed with a closing line in the writer's own words, the
# name, and the writer's office on the line under it.
def test_a_closing_line_over_a_name_and_its_office_signs_the_note():
    article = only(f"FROM THE CHAIR\n\n{TEXT}See you at the spring dig,\nMáirtín Ó Cadhla\nChair\n")
    assert article.author == "Máirtín Ó Cadhla"
    assert article.signoff == "See you at the spring dig, Máirtín Ó Cadhla Chair"


def test_a_label_over_a_name_does_not_sign_it():
    # "Coming up:" is no goodbye: a name under it may be a list's first item
    assert only(f"FROM THE CHAIR\n\n{TEXT}Coming up:\nMáirtín Ó Cadhla\nChair\n").author is None
