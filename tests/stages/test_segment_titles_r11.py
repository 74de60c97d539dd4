"""Titles on pages by other hands (round 11): a mailing-list archive's message.

A list archive's message page (Pipermail, read through the ``search`` tool's ``pages`` corpus) opens with the
message's subject under the list's name in brackets, in whatever case the writer typed it, then the sender and the
date, then the archive's previous/next links. Every page here is written in our own words.
"""

from __future__ import annotations

from pipeline.repairs.spacing import fix_spaces
from pipeline.stages import segment as sg
from tests.conftest import segment_page


def repaired(page: str) -> str:
    """The page as segment receives it: runs of spaces collapsed, a row of links spaced apart kept."""
    return fix_spaces(page)[0]

ARCHIVED = ("[orchard-group] Notes for whoever prunes the cherries next year\n\n"
            "Maren Oyelaran maren at orchardgroup.example.org\nSun Mar 3 10:02:11 GMT 2024\n\n"
            "* Previous message: [orchard-group] Ladder rota\n* Next message: [orchard-group] Spring cider\n\n"
            "Hello all,\n\n"
            "I am handing the cherries over this spring, so here is what five years of them have taught me, in "
            "the order I wish someone had told me.\n\n"
            "Prune in summer, never in winter. Silver leaf gets in through winter cuts and the tree never forgives "
            "you for it.\n\n"
            "Net before the fruit colours. The blackbirds know the day before you do.\n")


def test_a_list_archive_s_subject_under_the_list_s_tag_is_the_title_in_any_case():
    [piece] = segment_page(ARCHIVED)
    assert piece.title == "Notes for whoever prunes the cherries next year"


def test_a_tag_in_brackets_goes_from_a_title_but_a_bracketed_caption_or_number_stays():
    assert sg._untagged("[orchard-group] Ladder rota") == "Ladder rota"
    assert sg._untagged("[Photo: the old cherry]") == "[Photo: the old cherry]"
    assert sg._untagged("[1] Ladder rota") == "[1] Ladder rota"


def test_a_column_heading_over_answered_by_is_the_title_when_no_question_stands_over_it():
    page = ("Your questions: a shared account after a move\n\nAnswered by Teodor Aalto, Member Services\n\n"
            "Q. We moved house in June and both our names are on the account. Do we need to visit a branch?\n\n"
            "A. No visit is needed. Change the address online, and each of you confirms it from your own login "
            "within a week.\n")
    [piece] = segment_page(page)
    # (SPEC: the column's name before the colon is a label; round 15 applied it to every title)
    assert (piece.title, piece.author) == ("a shared account after a move", "Teodor Aalto")


def test_over_answered_by_the_question_is_still_the_title():
    page = ("Ask the gardener\n\nWhy do my tomato leaves curl in July?\n\nAnswered by Maren Oyelaran\n\n"
            "Leaf curl in high summer is the plant shading itself from heat. Water deeply at dawn and it passes, "
            "as the nights cool.\n")
    [piece] = segment_page(page)
    assert piece.title == "Why do my tomato leaves curl in July?"


def test_an_information_page_s_type_over_its_title_and_its_spaced_link_row_under_it_are_not_the_title():
    page = ("Hearthside Trust\nDonate   Get help   About us\n\nHome / Advice / Heating / Damp\n\nFactsheet\n\n"
            "Drying washing indoors without the damp\n\n"
            "Download this leaflet (PDF, 3 pages)   Order free copies   Listen\n\n"
            "Clothes drying on a radiator can put two litres of water a load into the air of a small flat, and in "
            "winter it settles on the coldest wall.\n\n"
            "Open a window a crack while the washing dries, and close the door of the room it is in.\n")
    [piece] = segment_page(repaired(page))
    assert piece.title == "Drying washing indoors without the damp"
    assert sg._is_label("Factsheet") and not sg._is_label("Facts about damp")


def test_a_lost_picture_s_placeholder_over_the_text_is_no_title_and_the_breadcrumb_s_last_item_is():
    page = ("Skip to main content\nLedgerly Help Centre\n\n"
            "Help Centre > Invoices > Sending a reminder by text message\n\n[sms-reminder-toggle.png]\n\n"
            "A reminder by text reaches a customer who never opens email, and it takes a minute to switch on.\n\n"
            "Step 1: Open Settings, then Reminders.\nThe panel lists each reminder you have set up so far.\n")
    [piece] = segment_page(page)
    assert piece.title == "Sending a reminder by text message"
    assert sg.PICTURE_PLACEHOLDER.match("[IMG]") and not sg.PICTURE_PLACEHOLDER.match("[Photo: the van at dawn]")


def test_a_q_and_a_page_s_question_is_its_title_with_a_blank_line_over_its_stats():
    page = ("Plotwise Q&A\nGardening questions and answers\nQuestions\nTags\nAsk Question\n\n"
            "Why do my leeks bolt in their first summer?\n\nAsked 3 years ago\nViewed 2k times\n\n"
            "I sow them in March and half of them send up a flower stalk by July. What am I doing wrong?\n\n"
            "2 Answers\n\nA cold snap after sowing tells a leek it has lived through a winter, so it flowers. Sow "
            "a month later, or keep the trays indoors until the nights stay mild.\n")
    assert segment_page(page)[0].title == "Why do my leeks bolt in their first summer?"
