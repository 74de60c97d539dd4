"""Round 22 (issue 16): authors on real-shaped text pages: a republished copy's note naming its writer, a
newsletter's reprint from a member's blog, a closing note naming who wrote a desk's piece, and page heads that hid
the title and the byline (a picture's notes, a consent wall, a paged piece's back link, an archive's upload row).
Our own words (invented sites and people).

A wrong name is worse than none for a republisher: each rule has a test that the look-alike names nobody.
"""

from __future__ import annotations

from tests.conftest import only_article as only

TIPS = ("1. Rinse the jars in hot water and dry them upside down on a clean towel before you fill them.\n\n"
        "2. Fill them to a finger's width below the rim so the lids seal as the jam cools.\n\n"
        "3. Label each jar with the fruit and the date, and keep them somewhere dark and cool.\n\n"
        "Jam made this way keeps for a year, though ours never lasts past the spring.\n\n")


def _reposted(note: str) -> str:
    return ("Bramble Row | jams, pickles & preserves\nHome   Recipes   About\n\n"
            "How to Store Homemade Jam\n\n"
            "Posted on 2 May 2024 by Bramble Row Editors  |  4 Comments\n\n" + note + "\n\n" + TIPS +
            "© 2024 Bramble Row. All rights reserved.\n")


def test_a_republished_copy_s_note_credits_its_writer_over_the_site_that_posted_it():
    note = ("Republished with permission from The Pantry Shelf, where it first ran in 2022. "
            "Words by Ottilie Brzęczek.")
    assert only(_reposted(note)).author == "Ottilie Brzęczek"


def test_words_by_in_a_sentence_of_prose_names_nobody():
    note = "We made this last week. Words by the dozen were said about the plums, and most of them were kind."
    assert only(_reposted(note)).author != "the dozen"


def _newsletter(note: str) -> str:
    return ("THE HILLSIDE PLOT\nNewsletter of the Hillside Allotment Society\nIssue 12 · May 2024\n\n"
            "-------------------------------\nTHIS MONTH'S FEATURE\n-------------------------------\n\n"
            "Keeping Jam Through the Winter\n\n" + note + "\n\n" + TIPS +
            "© 2024 Hillside Allotment Society.\n")


def test_a_newsletter_s_reprint_from_a_member_s_blog_names_the_member():
    note = ("This month's feature is reprinted from Ruairí Tennant's blog, Jars & Jumble, with his kind permission. "
            "Ruairí has had plot 9 since 2017.")
    assert only(_newsletter(note)).author == "Ruairí Tennant"


def test_a_reprint_from_a_named_site_that_is_no_person_names_nobody():
    note = "This month's feature is reprinted from the Jam Makers Guild's website, with their kind permission."
    assert only(_newsletter(note)).author is None


def _desk(closing: str) -> str:
    return ("Fernleigh Orchard Group\nHome   News   Contact\n\n"
            "Storing Jam for the Winter\n\nBy the Courier Home Desk\n\n" + TIPS + closing + "\n\n"
            "© Fernleigh Orchard Group 2024\n")


def test_a_closing_note_names_who_wrote_a_desk_s_piece():
    closing = "Mehmet Aydın wrote this guide for the Courier's home desk. Additional reporting by Lena Holm."
    assert only(_desk(closing)).author == "Mehmet Aydın"


def test_a_name_that_wrote_something_else_in_a_sentence_of_the_text_is_no_writer():
    closing = "Mehmet Aydın wrote this recipe on a card in 1971, and we have changed only the sugar since then."
    assert only(_desk(closing)).author != "Mehmet Aydın"


def test_a_picture_s_placeholder_and_credit_over_the_title_leave_the_title_and_its_writer_readable():
    page = ("Skip to main content\nLowmoor Growing Trust\nHome | Leaflets | Donate\n\n"
            "Leaflet G-3 | Revised May 2024\n\n[Image: jars of jam on a pantry shelf]\n"
            "Cover image: stock photograph licensed for the Trust's use only. Not for reuse.\n\n"
            "Keeping Homemade Jam\n\nPrepared by Saoirse Nakamura, Community Food Adviser\n\n" + TIPS +
            "© Lowmoor Growing Trust 2024\n")
    article = only(page)
    assert (article.title, article.author) == ("Keeping Homemade Jam", "Saoirse Nakamura")


def test_a_picture_s_note_under_the_byline_is_no_title():
    page = ("The Dale Gazette\nNews   Sport   Obituaries\n\nOBITUARIES\n\n"
            "Ada Fenwick, shopkeeper to three villages, dies at 88\n\nBy Tomasz Ekwueme\n"
            "Published 3 May 2024 | Updated 4 May 2024\n\n"
            " [Photo: Ada Fenwick behind her counter in 1981. Courtesy of the Fenwick family]\n\n"
            "Ada Fenwick, who came to Dale from Leeds in 1960 with a bicycle and a box of recipes, and went on to sell"
            " jam,\nstamps and advice to three villages from the same counter, died on Tuesday at her daughter's home"
            " in\nKirkby. She was 88.\n\n"
            "Her daughter, Ruth, said she opened the shop every day until she was 80, when her knees said no.\n")
    assert only(page).title == "Ada Fenwick, shopkeeper to three villages, dies at 88"


def test_a_consent_wall_over_the_page_leaves_the_title_and_its_writer_under_it():
    wall = ("We value your privacy\nWe and our 120 partners store and access information on a device, such as cookies,"
            "\nand process personal data for personalised ads and content measurement.\n"
            "Store and/or access information on a device\nUse limited data to select advertising\n"
            "Measure content performance\nDevelop and improve services\nList of Partners (vendors)\n"
            "ACCEPT ALL\nREJECT ALL\nMORE OPTIONS\n\n")
    page = (wall + "The Preserving Circle\nMembers' area | Join | Log in\n\nRECIPES\n\n"
            "Three ways to keep jam from crystallising\nText: Ilona Wawrzyniak   Photos: Bo Carvalho\n"
            "4 April 2024 · 2 min read\n\n" + TIPS + "© The Preserving Circle 2024\n")
    article = only(page)
    assert (article.title, article.author) == ("Three ways to keep jam from crystallising", "Ilona Wawrzyniak")


def test_cookies_in_a_recipe_s_text_make_no_consent_wall():
    page = ("Oat cookies for a rainy day\nBy Hana Kowalczyk\n\nThese cookies keep a week in a tin. Accept that some"
            " will break, and eat those first.\n\n" + TIPS)
    assert only(page).author == "Hana Kowalczyk"


def test_a_paged_piece_s_link_back_to_its_first_page_is_no_title():
    page = ("JARWISE\nLearn  |  Recipes  |  Shop        Sign in\n\nRECIPES\n\n"
            "12 Habits of People Whose Jam Always Sets\nBeata Wróblewska\nMay 2, 2024\n\nPage 2 of 3\n\n"
            "<< Back to page 1: habits 1 to 4\n\n" + TIPS + "© 2024 Jarwise Media\n")
    article = only(page)
    assert (article.title, article.author) == ("12 Habits of People Whose Jam Always Sets", "Beata Wróblewska")


def test_a_zine_s_words_and_drawings_credit_under_an_archive_s_upload_row():
    page = ("THE PAPER SHED ZINE LIBRARY\nbrowse | tags | upload\n\nJar Notes #2\n"
            "Uploaded by shelf_kid on 2022-03-04 · 2 pages · scanned from a photocopy · Tags: jam, preserving\n\n"
            "[ Download PDF ]  [ Read online ]\n\nJAR NOTES #2\n\nHOW TO SEAL A JAR (AND WHY IT MATTERS)\n\n"
            "words + drawings: Maëlle Oyelaran-Duval\n\n" + TIPS)
    assert only(page).author == "Maëlle Oyelaran-Duval"


def test_a_blog_comment_s_reply_link_over_the_site_s_account_is_no_writer():
    comments = ("2 Comments\n\nDora Pike\n3 May 2024 at 8:14 am\nI add lemon juice to every batch.\nReply\n\n"
                "admin\n4 May 2024 at 9:02 am\nThanks Dora, good tip.\nReply\n\nLeave a Reply\n"
                "Your email address will not be published. Required fields are marked *\n\n")
    page = ("Fernleigh Orchard Group\nHome   News   Contact\n\nStoring Jam for the Winter\n"
            "Posted by admin on 2 May 2024 in Kitchen | 2 Comments\n\n" + TIPS + comments
            + "© Fernleigh Orchard Group 2024\n")
    assert only(page).author != "Reply"
