"""Titles on real-shaped heads (round 23, issue 16). Pages written here in our own words.

A share bar under the byline, its buttons' icons read as letters ("Share f X in ✉ Copy link"), is chrome, never the
title; so is a forum thread's pager ("Goto page 1, 2  Next") under the topic's heading. A writer's name with a
registered credential's mark ("NAME, CFP®") over the date row is the byline, never the title. A text whose site
stripped "com" with its dot ("pany", "puter") and glued a short counter to "repparttar" is repaired in its title too.
"""

from __future__ import annotations

from tests.conftest import file_articles

BODY = ("Most people leave the heating on a timer they set years ago and never look at again, which is a shame, "
        "because a few minutes with the controls can save a surprising amount over a winter.\n\n"
        "1) Check the timer against the hours you are really at home.\n\n"
        "2) Turn the boiler's flow temperature down a notch and see if anyone notices.\n\n"
        "3) Bleed the radiators that stay cold at the top.\n")


def _only(tmp_path, text: str):
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    (article,) = file_articles(page)
    return article


def test_a_share_bar_of_icon_letters_under_the_byline_is_not_the_title(tmp_path):
    page = ("Warmhouse Notes\nHeating | Insulation | Bills | About\n\nBILLS\n\n"
            "Getting More From The Heating Timer\n\nBy Oona Treharne\nUpdated 3 March 2025 | 4 min read\n\n"
            "Share  f  X  in  ✉  🔗 Copy link\n\n" + BODY)
    article = _only(tmp_path, page)
    assert article.title == "Getting More From The Heating Timer"
    assert not article.text.startswith("Share")


def test_a_forum_pager_under_the_topic_heading_is_not_the_title(tmp_path):
    page = ("Boilerhouse Forum :: View topic - Timer settings for a small flat\n\n"
            "Boilerhouse Forum Forum Index -> Heating\n\n"
            "Timer settings for a small flat\nGoto page 1, 2  Next\n\n" + BODY)
    assert _only(tmp_path, page).title == "Timer settings for a small flat"


def test_a_name_with_a_registered_credential_mark_is_the_byline_not_the_title(tmp_path):
    page = ("Pennywise Post\nSaving | Debt | Pensions | About\n\nHome > Saving\n\n"
            "Five Minutes With Your Heating Bill\n\nTomasz Wilk-Ferreira, CFP®\n"
            "Guest contributor · 2 March 2025 · 5 min read\n\n" + BODY)
    article = _only(tmp_path, page)
    assert (article.title, article.author) == ("Five Minutes With Your Heating Bill", "Tomasz Wilk-Ferreira")


def test_a_title_is_repaired_like_its_text_where_com_went_with_its_dot(tmp_path):
    page = ("Caring For repparttar812 Family puter\n\nAuthor: Idris Penhallow\n\n"
            "Every pany that repairs machines sees repparttar813 same faults, and a plete clean-out of the dust "
            "once a year prevents most of them.\n\n"
            "Keep a spare charger, back up the photos and let repparttar814 updates run overnight.\n")
    article = _only(tmp_path, page)
    assert article.title == "Caring For The Family Computer"  # (a line capitalising its small words)
    assert "company" in article.text and "813" not in article.text


def test_a_tagline_in_sentences_over_the_menu_rows_is_the_sites_and_the_standfirst_is_no_title(tmp_path):
    page = ("Skip to main content\nThe Brookvale Courier\nNews for the Brookvale hills. Funded by its readers, free "
            "to all.\nDonate    Search\nNews  |  Homes  |  Money  |  About us\n\nMONEY\n\n"
            "How to keep the boiler running through a cold snap\n\n"
            "Cheap checks tenants and owners can make this week, from the pressure gauge to the condensate pipe\n\n"
            "by Ilse Varga-Moreno, Brookvale Courier\nFebruary 2, 2025\n\n" + BODY)
    article = _only(tmp_path, page)
    assert (article.title, article.author) == ("How to keep the boiler running through a cold snap",
                                               "Ilse Varga-Moreno")
    assert "Funded by its readers" not in article.text


def test_a_thread_is_titled_by_the_heading_over_its_counts_row_without_its_badge(tmp_path):
    page = ("Hearthside Forums\nHome › Forums › Heating › Boilers\nLog in | Register | Search | Rules\n\n"
            "[Solved] Boiler timer keeps resetting after a power cut - what should I check?\n"
            "Page 1 of 1 · 4 posts · 312 views\n\n"
            "------------------------------------------\nkettle_and_coal\nMember · Joined: Jan 2024 · Posts: 12\n"
            "Posted 3 Feb 2025, 19:02\n\n" + BODY)
    assert _only(tmp_path, page).title == ("Boiler timer keeps resetting after a power cut - what should I check?")


def test_a_newsletter_s_link_box_does_not_make_its_whole_articles_teasers(tmp_path):
    piece = ("Most of the warmth you pay for slips out through gaps you can close in an afternoon with a few "
             "cheap parts from the hardware shop.\n\n"
             "* Fit a brush flap to the letterbox.\n* Run foam strip round the door that rattles.\n"
             "* Lay a draught snake along the back door.\n* Block the unused chimney with a balloon.\n"
             "* Fill the floorboard gaps with flexible filler.\n\n"
             "Leave a little air in the bathroom and kitchen, though, or the steam turns to mould. A window on its "
             "latch for an hour after a shower is enough, and a lid on the pan does as much for the kitchen.\n\n")
    page = ("THE WARM HOUSE LETTER\nIssue 7 · March 2025\n\nHello all,\n\nTwo of our volunteers wrote this month's "
            "pieces.\n\nNessa\n\n------------------------------\n\nCLOSE THE GAPS FIRST\n\n" + piece
            + "Written by Piotr Vance-Okafor\n\n------------------------------\n\nKEEP THE RADIATORS CLEAR\n\n"
            + piece.replace("letterbox", "radiator valve") + "Written by Lowri Achebe-Stone\n\n"
            "------------------------------\n\nMORE ON THE WEBSITE\n\n"
            "What the numbers on a radiator valve mean... Read more →\n\n"
            "Insulation grants open this spring... Read more →\n\n"
            "Our spring open evenings. Read more →\n\n------------------------------\n\n"
            "© 2025 Warm House Group.\n")
    page_file = tmp_path / "letter.txt"
    page_file.write_text(page, encoding="utf-8")
    found = [(a.title, a.author) for a in file_articles(page_file)]
    assert found == [("CLOSE THE GAPS FIRST", "Piotr Vance-Okafor"), ("KEEP THE RADIATORS CLEAR", "Lowri Achebe-Stone")]


def test_a_print_all_series_splits_at_counters_across_the_print_s_page_breaks(tmp_path):
    running = "03/02/2026, 08:15      Compost in Three Steps (print all) | Heapwise"
    part = ("{title}\n\nMost heaps fail for one of a few reasons, and all of them are easy to put right once you know "
            "what to look for.\n\n1. Keep the heap as wet as a wrung sponge.\n2. Turn it every fortnight.\n"
            "3. Chop anything thicker than a thumb.\n\n")
    page = (running + "\n\nHEAPWISE\n\nCompost in Three Steps\nAll three parts on one page.\n\n"
            "by Orla Menezes-Whitby | Garden Desk\n\nPart 1 of 3\n" + part.format(title="Choosing the Spot")
            + "Part 2 of 3\n\nhttps://heapwise.example/print/compost    1/3\n\n" + running + "\n\n"
            + part.format(title="Filling the Bin") + "Part 3 of 3\n" + part.format(title="Using the Compost")
            + "https://heapwise.example/print/compost    2/3\n\n" + running + "\n")
    page_file = tmp_path / "series.txt"
    page_file.write_text(page, encoding="utf-8")
    found = [(a.title, a.author) for a in file_articles(page_file)]
    assert found == [(title, "Orla Menezes-Whitby") for title in ("Choosing the Spot", "Filling the Bin",
                                                                  "Using the Compost")]
