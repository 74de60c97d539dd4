"""Where the segment stage finds an article's licence on pages by other hands (round 7, issue 16's licence row).

Pages written in our own words; each test names the shape it reproduces.
"""

from __future__ import annotations

from pipeline.records import Article, Source
from pipeline.stages import segment as sg
from pipeline.text import licence as lic

POINTS = ("Fit a brush strip to the bottom of every outside door; most of the cold comes in there.\n\n"
          "Close the curtains at dusk, and tuck them behind the radiator, not over it.\n\n"
          "Put a sausage of rolled towel along the sash where the two frames meet.")


def segment(text: str) -> list[Article]:
    source = Source(path="p.txt", sha256="ef" * 32, size=len(text), format="txt")
    record = Article(id=Article.make_id(source), source=source, text=text)
    articles, _ = sg.segment_record(record, sg.SegmentConfig())
    return articles


# Shape: a printed tip sheet saved as text (a PDF dump): its closing leave to copy is hard-wrapped over several lines,
# a word broken with a hyphen at a line's end. The wrapped lines are one notice: the article's free-reprint licence.
SHEET = ("Keeping Warm Without Turning Up The Heating\n\nPrepared by Oluwaseun Adebayo-Clarke, energy adviser\n\n"
         + POINTS + "\n\n{notice}\n")


def test_a_notice_hard_wrapped_over_several_lines_is_read_whole():
    notice = ("This leaflet may be reproduced in its entirety\nfor talks and drop-in sessions, provided that\n"
              "credit is given to the author and the Hollins Energy Ad-\nvice Network.")
    [article] = segment(SHEET.format(notice=notice))
    assert article.licence.tag == lic.FREE_REPRINT
    assert "Hollins Energy Advice Network" in (article.licence.statement or "")
    assert "reproduced" not in article.text  # the notice leaves the body whole


def test_a_two_line_notice_whose_first_line_alone_is_no_notice_is_read_whole():
    notice = ("You are welcome to photocopy this sheet and give it out, as long as\n"
              "it is copied whole and unaltered.")
    [article] = segment(SHEET.format(notice=notice))
    assert article.licence.tag == lic.FREE_REPRINT


def test_a_hard_wrapped_closing_paragraph_with_no_notice_stays_text():
    closing = ("Small changes add up: the three above cost less than a\nweek of heating and last for years, so\n"
               "start with the door.")
    [article] = segment(SHEET.format(notice=closing))
    assert article.licence is None or article.licence.tag == lic.NOASSERTION
    assert "start with the door." in article.text
