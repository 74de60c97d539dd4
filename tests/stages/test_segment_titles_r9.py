"""Titles and article boundaries (round 9): shapes that pages by several hands write.

A plain-text ezine numbers its pieces like its contents list ("1. TITLE", "2. Title") and sets each piece's writer
on the next line in lower case ("by Ann Lee"); a line that only dates or files the posts under it (a blog's date
header, an archive's heading) is no title. Every page here is written in our own words.
"""

from __future__ import annotations

from pipeline.records import Article
from pipeline.stages import segment as sg
from tests.conftest import segment_page

RULE = "-" * 48


def fields(articles: list[Article]) -> list[tuple[str | None, str | None]]:
    return [(a.title, a.author) for a in articles]


# a mailed ezine: masthead between rules, a line on why the reader gets it, the contents, then two numbered pieces,
# each boxed with its writer's line under its title; each piece's title is long enough to read as a sentence's length
NUMBERED_ISSUE = ("=" * 48 + "\nTHE WINDOWSILL POST  --  Issue #12  --  May 2020\n" + "=" * 48 + "\n\n"
                  + "You get this because you joined at windowsill.example.\nTo leave, reply with STOP.\n\n"
                  "IN THIS ISSUE\n  1. Six Things To Grow On A North Facing Ledge\n"
                  "  2. How A Row Of Old Paint Tins Fed Our Whole Street\n\n"
                  f"{RULE}\n1. SIX THINGS TO GROW ON A NORTH FACING LEDGE\n   by Ilse Vandermeer, editor\n{RULE}\n\n"
                  "A north ledge gets no direct sun, but plenty of plants never wanted any. These are the ones that "
                  "did well for me over three summers.\n\n"
                  "1) Mint. It sulks in heat and loves a cool pot.\n\n"
                  "2) Parsley. Sow it thick and cut it often.\n\n"
                  f"{RULE}\n2. HOW A ROW OF OLD PAINT TINS FED OUR WHOLE STREET\n   by Kofi Mensah-Bright\n{RULE}\n\n"
                  "It began with one tin of lettuce on a wall by the bus stop, and by August there were thirty of "
                  "them, tended by whoever walked past with a bottle of water.\n\n"
                  "Nobody planned it. That was probably why it worked.\n\n"
                  + "=" * 48 + "\nForward this to a friend.\n")


def test_a_numbered_piece_title_over_its_lower_case_byline_is_the_title():
    assert fields(segment_page(NUMBERED_ISSUE)) == [
        ("SIX THINGS TO GROW ON A NORTH FACING LEDGE", "Ilse Vandermeer"),
        ("HOW A ROW OF OLD PAINT TINS FED OUR WHOLE STREET", "Kofi Mensah-Bright")]


def test_the_masthead_is_no_piece_s_title():
    first = segment_page(NUMBERED_ISSUE)[0]
    assert "THE WINDOWSILL POST" not in (first.title or "")
    assert first.text.lstrip().startswith("A north ledge")


def test_a_numbered_title_is_no_hard_wrapped_paragraph_line():
    # the item number hid the title's shape, and "by NAME" starts in lower case like a wrapped sentence's next line
    assert not sg._hard_wrapped("2. HOW A ROW OF OLD PAINT TINS FED OUR WHOLE STREET", "   by Kofi Mensah-Bright")
    assert not sg._hard_wrapped("2. How A Row Of Old Paint Tins Fed Our Whole Street", "by Kofi Mensah-Bright")
    # a wrapped paragraph is still one, even when its first line opens with a number
    assert sg._hard_wrapped("2 of the tins were rusted through before we had even started", "planting them.")
    assert sg._hard_wrapped("Most students eat badly not because they do not care but", "by the end of the week.")
