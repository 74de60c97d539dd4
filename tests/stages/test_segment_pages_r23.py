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
