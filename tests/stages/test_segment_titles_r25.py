"""Titles and article boundaries on real-shaped pages (round 25, issue 16). Pages written here in our own words
(invented sites, clubs and people).

A plain-text ezine numbers its items' headings like its contents list ("[2] TITLE"): the counter is no part of the
title. A breadcrumb ends in the page it stands on: its last step, named by no menu, is the piece's own name, so the
same words before the headline's colon stay in the title, where a section a menu names is a label and goes.
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
