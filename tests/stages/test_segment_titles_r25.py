"""Titles and article boundaries on real-shaped pages (round 25, issue 16). Pages written here in our own words
(invented sites, clubs and people).

A plain-text ezine numbers its items' headings like its contents list ("[2] TITLE"): the counter is no part of the
title. A breadcrumb ends in the page it stands on: its last step, named by no menu, is the piece's own name, so the
same words before the headline's colon stay in the title, where a section a menu names is a label and goes.

A list archive's thread page under its opener (the question, then "Re:" replies) is one article, titled by the
subject and credited to the reply the asker says worked, else the first reply. A piece a paywall cuts before any
point shows is a teaser: no article; one cut inside its list keeps its points. A video page is titled by the line
over its channel row ("NAME · 52K subscribers"), not by the platform's name over its top bar. A directory's
"Expert Author NAME" badge under the title is its byline, the line over it the title.
"""

from __future__ import annotations

from tests.conftest import segment_page, titles_and_authors

RULE = "-" * 50
TEXT = ("Most of the cost is in the first hour, so plan the job before you start and keep the tools to hand.\n\n"
        "Half a morning is enough, and the shed stays tidy until spring, whatever the weather does outside.\n")


def test_an_ezine_s_bracketed_item_counters_are_no_part_of_its_items_titles():
    page = ("THE POTTING SHED LETTER\nNumber 12 -- March 2009\n\nIN THIS ISSUE\n[1] Sowing Early Peas\n"
            "[2] Mending A Leaky Hose\n\nHello again, everyone.\n\nJo\n\n"
            f"{RULE}\n[1] SOWING EARLY PEAS\nby Ottilie Brannagh\n{RULE}\n\n{TEXT}\n"
            f"{RULE}\n[2] MENDING A LEAKY HOSE\nby Casimir Old-Tovey\n{RULE}\n\n{TEXT}")
    assert titles_and_authors(segment_page(page)) == [("SOWING EARLY PEAS", "Ottilie Brannagh"),
                                                      ("MENDING A LEAKY HOSE", "Casimir Old-Tovey")]


def test_words_before_the_colon_that_the_breadcrumb_ends_in_are_the_headline_s_own():
    page = ("MOORLAND STRIDERS\nWalks | Join us | Contact\n\nHome > Guides > Map first\n\n"
            "Map First: Six Ways to Plan a Long Walk\n\n" + TEXT)
    (article,) = segment_page(page)
    assert article.title == "Map First: Six Ways to Plan a Long Walk"


def test_a_section_the_menu_names_before_the_colon_is_still_a_label():
    page = ("Moorland Striders\nHome | Walks | Questions | Contact\n\nHome > Questions\n\n"
            "QUESTIONS AND ANSWERS: STORING MAPS DRY\n\nUpdated: 3 May 2031\n\n" + TEXT)
    (article,) = segment_page(page)
    assert article.title == "STORING MAPS DRY"


SEP = "-" * 60


def _message(sender: str, address: str, subject: str, body: str) -> str:
    return f"{SEP}\nFrom: {sender} <{address}>\nDate: Sat, 2 May 2031 08:00:00 +0100\nSubject: {subject}\n\n{body}\n"


def test_a_list_archive_thread_under_its_opener_is_one_article_credited_to_the_reply_its_asker_says_worked():
    page = ("quince-growers Mailing List Archive\n\nThread: [quince-growers] Leaf blight on young trees?\n\n"
            + _message("Odile Marchetti", "odile@mail.example", "[quince-growers] Leaf blight on young trees?",
                       "Morning all,\n\nMy two-year-old quinces have brown blotches on every leaf. What can I do?"
                       "\n\nOdile")
            + _message("Rufus Penhale", "rufus@mail.example", "Re: [quince-growers] Leaf blight on young trees?",
                       "Copper spray in spring did it for mine, though it never quite went away.\n\nRufus")
            + _message("Wenna Trethowan", "wenna@mail.example", "Re: [quince-growers] Leaf blight on young trees?",
                       "Hi Odile,\n\nThree things, all at once:\n\n"
                       "1. Rake up every fallen leaf. The spores sit in them over winter and splash back up.\n\n"
                       "2. Prune for air. Open the middle of each tree so the leaves dry fast after rain.\n\n"
                       "3. Water the soil, not the tree. Wet leaves in the evening are what the blight wants.\n\n"
                       "Wenna")
            + _message("Odile Marchetti", "odile@mail.example", "Re: [quince-growers] Leaf blight on young trees?",
                       "An update: I did Wenna's three things and the new leaves are clean. Thank you both!\n\nO.")
            + f"{SEP}\n\nquince-growers mailing list\n")
    assert titles_and_authors(segment_page(page)) == [("Leaf blight on young trees?", "Wenna Trethowan")]


def test_with_no_word_from_the_asker_the_thread_is_credited_to_its_first_reply():
    page = (_message("Odile Marchetti", "odile@mail.example", "[quince-growers] Leaf blight?", "What can I do?")
            + _message("Rufus Penhale", "rufus@mail.example", "Re: [quince-growers] Leaf blight?",
                       "Spray copper in early spring, before the buds open, and again after the petals fall.")
            + _message("Wenna Trethowan", "wenna@mail.example", "Re: [quince-growers] Leaf blight?",
                       "Rake up the fallen leaves in autumn, every one of them, and burn them."))
    assert titles_and_authors(segment_page(page)) == [("Leaf blight?", "Rufus Penhale")]


WALL = ("Subscribe to continue reading\nThis guide is for members of the Pantry Club. Join today and you get:\n"
        "• Every guide in the library\n• The printable planner\n\nFrom £3 a month. Cancel any time.\n")


def test_a_piece_cut_by_a_paywall_before_any_point_shows_is_a_teaser_no_article():
    page = ("THE PANTRY CLUB\nRecipes | Guides | Join\n\nSeven Ways to Stretch a Chicken\n\nBy Hesper Vandeleur\n\n"
            "One bird can feed a family of four three times over if you plan the week around it, and the trick is "
            "to decide on the second and third meals before you cook the first, so that\n\n" + WALL)
    assert segment_page(page) == []


def test_a_piece_cut_inside_its_list_keeps_the_points_it_shows():
    page = ("THE PANTRY CLUB\nRecipes | Guides | Join\n\nSeven Ways to Stretch a Chicken\n\nBy Hesper Vandeleur\n\n"
            "One bird can feed a family of four three times over if you plan the week around it.\n\n"
            "1. Roast it on Sunday. Keep every scrap of meat you do not eat that night.\n\n"
            "2. Make stock from the carcass. Simmer it with an onion for two hours and\n\n" + WALL)
    assert titles_and_authors(segment_page(page)) == [("Seven Ways to Stretch a Chicken", "Hesper Vandeleur")]


def test_a_video_page_is_titled_by_the_line_over_its_channel_row_not_by_the_platform_s_name():
    page = ("Reelbox\nHome Explore Library [ Search ] Sign in\n\n[ Video player ]\n▶ 0:00 / 6:12 CC ⚙ ⛶\n\n"
            "Sharpen a Chisel in Ten Minutes\nBench Notes · 52K subscribers [ Subscribe ]\n"
            "31K views · 2 Mar 2031\n\nDescription\n"
            "A quick way to a keen edge with one stone and a strop, for anyone who has put off learning it.\n\n"
            "Transcript\n0:00 Hello. Today it is chisels, and you need far less kit than you think to get one sharp.\n")
    (article,) = segment_page(page)
    assert article.title == "Sharpen a Chisel in Ten Minutes"


def test_a_directory_s_expert_author_badge_under_the_title_is_its_byline():
    page = ("ArticleHeap.example :: Expert Authors, Free Articles\nBrowse | Top Authors | Submit | Help\n"
            "Home > Garden > Ponds\n\nStill Water, Clear Water: Keeping a Small Pond Healthy\n"
            "Expert Author Radmila Okonkwo-Hale\n\n" + TEXT)
    assert titles_and_authors(segment_page(page)) == [("Still Water, Clear Water: Keeping a Small Pond Healthy",
                                                       "Radmila Okonkwo-Hale")]
