"""Licence lines the segment stage finds in round 11 (issue 16), on pages by hands the code had never read. Pages
here are written in our own words."""

from __future__ import annotations

import pytest

from bench.labels import clean_through
from pipeline.records import Article
from pipeline.text import licence as lic

SHEET = ("Harvest Safety Series | Sheet HS-12\n\nKeeping a Chainsaw Chain Sharp\n\nBy Ines Marlow\n\n"
         "File every tank of fuel\nA few strokes with the round file each time you refuel keep the\n"
         "cutters biting, and a sharp chain does the work instead of your arms.\n\n"
         "Check the depth gauges\nAfter every fifth sharpening, lay the flat file across the gauges and\n"
         "take them down until the gauge tool sits flush.\n\n"
         "Stop when it smokes\nFine dust instead of chips means the chain is dull: stop and file it\n"
         "before it burns the bar.\n\n")
NOTICE = ("Fernvale University Extension materials may be copied and shared in\n"
          "their entirety for non-commercial purposes, with credit to the author\n"
          "and to Fernvale University Extension.\n\n")
ISSUED = ("Issued in furtherance of Extension work. Fernvale University Extension offers\n"
          "its programmes to all without regard to race, colour, sex or religion.\n")


def licence_of(text: str, tmp_path) -> lic.Licence:
    page = tmp_path / "sheet.txt"
    page.write_text(text, encoding="utf-8")
    articles = [r for r in clean_through([str(page)], "segment") if isinstance(r, Article)]
    assert len(articles) == 1
    return articles[0]


# A notice hard-wrapped over its paragraph's lines, with a paragraph of the institution's below it that the trailer
# scan cannot pass: the loose scan reads the paragraph as the trailer scan reads a wrapped notice.
@pytest.mark.parametrize("notice", [
    NOTICE,
    "This sheet may be shared with your neighbours and your\nclub in its entirety, with credit to the author.\n\n",
])
def test_a_wrapped_notice_above_a_closing_paragraph_is_read(notice, tmp_path):
    article = licence_of(SHEET + notice + ISSUED, tmp_path)
    assert article.licence.tag == lic.FREE_REPRINT
    assert "entire-article-only" in article.licence.conditions
    assert "may be" not in article.text  # the notice leaves the body


def test_the_same_notice_on_one_line_is_read_the_same(tmp_path):
    article = licence_of(SHEET + NOTICE.replace("\n", " ").rstrip() + "\n\n" + ISSUED, tmp_path)
    assert article.licence.tag == lic.FREE_REPRINT


def test_a_wrapped_paragraph_of_advice_that_mentions_sharing_is_no_notice(tmp_path):
    advice = ("Sharpening is easier with two files, so keep a spare one in the\n"
              "truck and share this sheet with anyone who cuts with you this season.\n\n")
    article = licence_of(SHEET + advice + ISSUED, tmp_path)
    assert article.licence.tag == lic.NOASSERTION
    assert "share this sheet" in article.text


GUEST = ("Cooking Once, Eating Twice\n\nby Marisol Quintero-Hale\n\n"
         "A pot of plain beans on Sunday is three dinners by Thursday if you leave the strong flavours out of it.\n\n"
         "Change the sauce and the same beans are a stew one night and a soup with lemon the next.\n\n"
         "Freeze what is left in flat bags so it thaws in a bowl of water while the oven heats.\n\n")


# A guest piece's closing note names its writer by her given name before the note that it runs by her leave: the
# lead is her bio, so the line is a licence line, though a sign-off below it stops the trailer scan.
@pytest.mark.parametrize("bio", [
    "Marisol writes about cheap cooking at her blog, Small Pan.",
    "Quintero-Hale teaches cookery at a college in Leeds.",
])
def test_a_permission_note_after_a_bio_naming_the_writer_by_one_name_is_read(bio, tmp_path):
    note = f"{bio} This piece first ran there and appears here with her permission.\n\n"
    article = licence_of(GUEST + note + "See you in two weeks. - Rhea\n", tmp_path)
    assert article.licence.tag == lic.USED_WITH_PERMISSION


# A sentence about someone else is no bio of the writer: it stays in the body. (The note after it is still a
# statement about this piece, read by the trailer scan since round 11's foot scan passes the sign-off under it.)
def test_a_sentence_about_someone_else_before_the_note_is_not_her_bio(tmp_path):
    other = "Rosalind Amberley runs the allotment shop on Tuesdays and sells the jars we use for everything here."
    note = other + " This piece first ran there and appears here with her permission.\n\n"
    article = licence_of(GUEST + note + "See you in two weeks. - Rhea\n", tmp_path)
    assert other in article.text
    assert article.author == "Marisol Quintero-Hale"
    assert article.licence.tag == lic.USED_WITH_PERMISSION
