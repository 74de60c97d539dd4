"""Round 30 (issue 16): titles and articles per page on real-shaped pages: a directory's rating row, a forum post's
card printed on its head's line, an issue's contents under a rule, a thread's subject under the board's breadcrumb.
Our own words (invented sites and people).

Each rule has its look-alike beside it: a wrong title is worse than none.
"""

from __future__ import annotations

import pytest

from pipeline.text.attribution import is_meta_line
from tests.conftest import only_article as only
from tests.conftest import segment_page, titles_and_authors

TIPS = ("Most sheds fill up in a year, and most of what fills them is never used again.\n\n"
        "* Take everything out on a dry day and sort it on the lawn before anything goes back.\n\n"
        "* Hang the long tools on the wall, heads up, so nothing leans against the door.\n\n"
        "* Give the paint tins one shelf and throw out every tin that has skinned over.\n")


# --- a rating row is never a title ------------------------------------------------------------------------------

@pytest.mark.parametrize("rating", ["Rating: *** (9 votes)", "Rating: 4.1 / 5 (22 votes)", "Rating: 3.5 (6 votes)"])
def test_a_directory_rating_row_under_the_title_is_not_the_title(rating):
    page = ("ShedWords.example - Free Articles\nHome | Submit | Categories\n\nHome > Garden > Sheds\n\n"
            "Clear Out Your Shed In A Day\n\nSubmitted On May 4, 2012 | Views: 831\n"
            f"{rating}\n\n[Print] [Email]\n\n" + TIPS)
    assert only(page).title == "Clear Out Your Shed In A Day"


def test_a_rating_summary_glued_to_the_title_is_dropped():
    page = "Clear Out Your Shed In A Day, 4.5 out of 5 based on 12 ratings\n\n" + TIPS
    assert only(page).title == "Clear Out Your Shed In A Day"


def test_a_line_about_ratings_is_no_rating_row():
    assert not is_meta_line("Rating: how our testers score a shed")
    assert is_meta_line("Rating: *** (9 votes)")


# --- a forum post's card on its head's line ------------------------------------------------------------------------

def _thread(head_two: str) -> str:
    rule = "-" * 40
    return ("ShedTalk Forums\nForums › Sheds › Tidying\n\nTopic: Shed full of junk, where to start?\n"
            "Page 1 of 1 · 3 posts\n\n" + rule + "\n#1 tidy_tam Member Posts: 4\nPosted 2 May 2024, 10:12\n\n"
            "My shed is full to the door. Where do I even start?\n\n" + rule + f"\n{head_two}\n"
            "Posted 2 May 2024, 11:40\n\nDo it in one go, not a bit each weekend:\n\n"
            "- Take everything out on a dry day and sort it on the lawn.\n"
            "- Hang the long tools on the wall, heads up.\n- Give the paint tins one shelf.\n\n"
            "--\nOrla Brennick · shed-keeper since 1999\n\n" + rule + "\n#3 tidy_tam Member Posts: 5\n"
            "Posted 3 May 2024, 09:00\n\nDone, thanks Orla!\n")


def test_a_thread_whose_cards_stand_on_their_heads_lines_is_titled_by_its_topic():
    article = only(_thread("#2 orla_b Senior Member Posts: 812"))
    assert (article.title, article.author) == ("Shed full of junk, where to start?", "Orla Brennick")


# --- an issue's contents under a rule ------------------------------------------------------------------------------

def test_an_editors_note_over_the_contents_list_is_no_piece_of_its_own():
    rule = "-" * 40
    note = ("Spring is nearly here and so is the plant swap, which moves to the church hall this year. Thank you to "
            "all who wrote after the last issue on compost; I read every letter. This time we have a piece on sheds "
            "and, from a reader who keeps bees, a short list for anyone starting a hive this year.")
    page = (f"THE POTTING LETTER * Issue 12 * April 2026\n\nHi all,\n\n{note}\n\n-- Morwenna\n\n{rule}\n"
            f"IN THIS ISSUE\n  1. Clear Out Your Shed In A Day\n  2. Starting A Hive\n{rule}\n\n"
            "1. CLEAR OUT YOUR SHED IN A DAY\nby Tamsin Orchard\n\n" + TIPS + f"\n{rule}\n2. STARTING A HIVE\n{rule}\n"
            "by Idris Penhallow\n\n" + TIPS.replace("shed", "hive").replace("Shed", "Hive"))
    got = titles_and_authors(segment_page(page))
    assert got == [("CLEAR OUT YOUR SHED IN A DAY", "Tamsin Orchard"), ("STARTING A HIVE", "Idris Penhallow")]


# --- a thread's subject under the board's breadcrumb ---------------------------------------------------------------

@pytest.mark.parametrize("subject", ["Kysymys: Miten pidän riisin kuivana?", "[Ratkaistu] Miten pidän riisin kuivana?",
                                     "Miten pidän riisin kuivana?"])
def test_a_thread_subject_between_the_breadcrumb_and_the_first_posts_stamp_is_the_title(subject):
    # (seen on holdout25's and holdout28's boards, in languages no table of ours reads)
    page = ("Keittiöpalsta — keskustelua kodista ja keittiöstä\nKirjaudu | Rekisteröidy | Kysy\n\n"
            f"Foorumi › Keittiö › Säilytys\n\n{subject}\n\nmaija_k · 3.5.2025 14:22\n" + TIPS)
    assert only(page).title == "Miten pidän riisin kuivana?"



def test_a_question_under_the_breadcrumb_without_a_posts_stamp_keeps_its_label():
    page = ("Keittiöpalsta — keskustelua kodista ja keittiöstä\nKirjaudu | Rekisteröidy | Kysy\n\n"
            "Foorumi › Keittiö › Säilytys\n\nKysymys: Miten pidän riisin kuivana?\n\nToukokuussa\n" + TIPS)
    assert only(page).title != "Miten pidän riisin kuivana?"
