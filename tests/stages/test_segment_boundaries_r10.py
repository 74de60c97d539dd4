"""Where one page's pieces begin (round 10): an issue whose items credit their writers in a boxed resource box.

Article-directory ezines (read through the ``search`` tool's ``pages`` corpus) close each piece with the writer's
resource box set between two short rule lines, and not every piece carries a byline under its title: the box is
then the only credit. Every page here is written in our own words.
"""

from __future__ import annotations

from pipeline.stages import segment as sg
from tests.conftest import segment_page

BANNER, RULE, BOX = "=" * 40, "-" * 40, "-----"

BOXED_ISSUE = (f"{BANNER}\n  THE PANTRY POST  -  Issue #41\n{BANNER}\n\nHello again,\n\n"
               "Two pieces this week, one of them from the archive. Both may be reprinted with their boxes.\n\n"
               f"{RULE}\nFEATURE\n{RULE}\n\nStock A Pantry On A Budget\nby Odile Marchetti\n\n"
               "A full pantry is cheaper than a half-empty one, because you stop buying in a hurry at the corner "
               "shop when something runs out.\n\n"
               "Buy the staples in bulk. Rice, oats and lentils keep for months in a sealed tin.\n\n"
               f"{BOX}\nOdile Marchetti runs a cookery school in Lyon and writes about feeding a family well. "
               f"More at her site.\n{BOX}\n\n"
               f"{RULE}\nFROM THE ARCHIVE\n{RULE}\n\nFreeze Bread Before It Goes Stale\n\n"
               "Most households throw away a loaf a week, and almost all of it could have been frozen the day it "
               "was bought.\n\n"
               "Slice it first. A frozen slice toasts in minutes; a frozen loaf needs an afternoon.\n\n"
               f"{BOX}\nBenedikt Alvarsson is a freelance baker who runs bread classes for beginners. "
               f"His notes are free at www.breadnotes.example\n{BOX}\n\n"
               f"{BANNER}\nThat's all for now. - Ed.\n{BANNER}\n")


def test_an_item_credited_only_in_its_boxed_resource_box_is_an_article_of_the_issue():
    titles = [a.title for a in segment_page(BOXED_ISSUE)]
    assert titles == ["Stock A Pantry On A Budget", "Freeze Bread Before It Goes Stale"]


def test_a_boxed_bio_credits_the_item_above_it():
    lines = ["Title", "", "Text of the piece, long enough to be a paragraph of it.", BOX,
             "Ann Lee runs a small bakery in Leeds and writes about bread.", BOX, "", "Next"]
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    rules = [k for k, i in enumerate(nonblank) if sg.RULE_LINE.match(lines[i])]
    assert sg._boxed_bio(lines, nonblank, rules, 0)


def test_a_boxed_note_that_is_no_bio_credits_nobody():
    lines = ["Title", "Text of the piece, long enough to be a paragraph of it.", BOX,
             "Reply to this mail to reach the editor; every letter is read.", BOX, "Next"]
    nonblank = list(range(len(lines)))
    assert not sg._boxed_bio(lines, nonblank, [2, 4], 0)


def test_a_single_signed_item_between_rules_is_still_one_article():
    one = BOXED_ISSUE.split(f"{RULE}\nFROM THE ARCHIVE")[0] + f"{BANNER}\nThat's all. - Ed.\n{BANNER}\n"
    assert len(segment_page(one)) == 1


def test_the_issues_closing_banner_is_no_part_of_the_last_item_whose_box_stays_its_credit():
    closing = (f"{BANNER}\nThat's all for this week. Reply to this mail to reach me, I read everything.\n- Ed.\n\n"
               "To leave the list, reply with STOP.\n{BANNER}\n").replace("{BANNER}", BANNER)
    page = BOXED_ISSUE.replace(f"{BANNER}\nThat's all for now. - Ed.\n{BANNER}\n", closing)
    last = segment_page(page)[-1]
    assert last.author == "Benedikt Alvarsson"
    assert "STOP" not in last.text and "Benedikt" not in last.text


def test_a_closing_block_needs_rules_of_another_mark_above_it():
    rule = "=" * 30
    lines = ["Title", "Text of the piece, long enough to be a paragraph of it.", rule, "A short last line.", rule]
    assert sg._closing_banner(lines, list(range(5)), 0, 3) is None  # every rule of one mark: maybe the piece's own
    lines[0:0] = ["-" * 30, "FEATURE", "-" * 30]
    assert sg._closing_banner(lines, list(range(8)), 0, 6) == 5
