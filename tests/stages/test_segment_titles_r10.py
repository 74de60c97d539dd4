"""Titles under a site's header (round 10): shapes that pages by other hands write.

A small blog may write its name and its menu in lower case ("the mending shed - notes on repair" over "home |
darning | about"), and a spam-ridden page carries an advert's line under its label ("Sponsored: ...") between the
menu and the title. Neither is the first paragraph of the text. Every page here is written in our own words.
"""

from __future__ import annotations

from pipeline.stages import segment as sg
from tests.conftest import segment_page

TEXT = ("I learnt to patch jeans from a neighbour who had done it for forty years, and the trick she taught me was "
        "to work from the inside, where nobody looks.")


def test_a_lower_case_site_name_over_its_lower_case_menu_is_the_header_not_a_paragraph():
    page = ("the mending shed - notes on repair and making do\n"
            "home | darning | patching | about | english / deutsch\n\n"
            "Patching Jeans So the Patch Lasts\n\nLaila Okonkwo-Brandt\n12 March 2021\n\n" f"{TEXT}\n\n{TEXT}\n")
    (article,) = segment_page(page)
    assert article.title == "Patching Jeans So the Patch Lasts"
    assert "home | darning" not in article.text


def test_a_lower_case_line_running_on_into_a_sentence_is_still_hard_wrapped():
    assert sg._hard_wrapped("most of the jeans I see in charity shops have gone at the knee and", "the seat first.")


def test_an_adverts_line_under_its_label_stays_in_the_header_over_the_title():
    page = ("GadgetDesk | Phones | Laptops | Deals\nSponsored: cheap replica watches, free shipping worldwide, "
            "click here!!!\n\nSeven Ways to Make a Laptop Battery Last\n\n" f"{TEXT}\n\n{TEXT}\n")
    (article,) = segment_page(page)
    assert article.title == "Seven Ways to Make a Laptop Battery Last"
    assert "replica" not in article.text


def test_a_sentence_about_sponsorship_is_no_adverts_label():
    assert sg.DISCLOSURE.match("Anzeige: Jetzt günstig bestellen")
    assert not sg.DISCLOSURE.match("Sponsored content is everywhere now, and readers can tell.")


# a syndicated advice column as a newspaper's site runs it (read through the ``search`` tool's ``pages`` corpus: the
# column's name under the headline, "©YEAR NAME. Distributed by X Agency." under the answer, then "More in SECTION"
# over the site's other columns, some of them questions)
COLUMN_PAGE = ("THE MARSH GAZETTE\nNews | Sport | Life | Puzzles\n\nWhy Does My Brother Never Return My Tools\n\n"
               "ASK GRETA\nPublished 7:00 a.m. May 3, 2021\n\n"
               "DEAR GRETA: My brother borrows my drill and my ladder and keeps them for months. How do I ask for them "
               "back without a row? -- EMPTY SHED\n\n"
               "DEAR EMPTY: Ask for a date, not an apology. Tell him when you need the ladder and offer to fetch it; "
               "most people hand things back the moment somebody names a day.\n\n"
               "Write to Greta at the Gazette. Letters may be edited.\n\n"
               "© 2021 Greta Lindqvist-Obi. Distributed by Harbour Features Syndicate.\n\n"
               "MORE IN LIFE\nAsk Greta: My flatmate eats my food\n"
               "Ask Greta: Should I tell my sister her boyfriend is still on dating apps?\nCrossword answers\n\n"
               "Subscribe | Manage account | Contact us | Terms\n")


def test_a_columns_more_in_section_list_closes_the_page_and_starts_no_article():
    (article,) = segment_page(COLUMN_PAGE)
    assert article.title == "Why Does My Brother Never Return My Tools"
    assert "Crossword answers" not in article.text


def test_a_columns_name_under_the_headline_is_not_its_writer():
    (article,) = segment_page(COLUMN_PAGE)
    assert article.author == "Greta Lindqvist-Obi"  # the columnist's own line, not the column's name "Ask Greta"


def test_a_syndicated_columns_copyright_is_the_columns_notice_not_the_sites_mark():
    (article,) = segment_page(COLUMN_PAGE)
    assert article.licence.tag == "LicenseRef-all-rights-reserved"


def test_a_related_list_ends_at_its_lead_in_even_over_question_titles():
    lines = ["Text of the answer, the last paragraph of it.", "", "MORE IN LIFE", "Ask Greta: My flatmate eats my food",
             "Ask Greta: Should I tell my sister her boyfriend is still on dating apps?", "Crossword answers"]
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    assert sg._link_list(lines, nonblank, 0, 5) == 2
    lines[4] = "We moved last spring. Should I tell my sister her boyfriend is still on dating apps?"
    assert sg._link_list(lines, nonblank, 0, 5) is None  # two sentences: the text's, not a listed title


# a forum thread as an old board prints it: breadcrumb ending in the board's section, a guest's welcome line, the
# thread's title, the pager, then the table header glued to the topic line ("Author  Topic: TITLE  (Read N times)")
THREAD = ("GardenChat > Tools & Sheds > Hand Tools & Sharpening\n"
          "Welcome, Guest. Please login or register.   Did you miss your activation email?\n\n"
          "Old secateurs from a house clearance - can they be saved?\n« previous next »\nPages: [1]   Go Down\n\n"
          "Author Topic: Old secateurs from a house clearance - can they be saved?  (Read 1,204 times)\n\n"
          "fern_and_fennel\nNewbie\nPosts: 4\n« on: April 3, 2017, 08:12:40 PM »\n"
          "Bought a pair for a pound. The blades are stiff and brown with rust. Worth the bother?\n\n"
          "olek_w\nHero Member\nPosts: 2,310\n« Reply #1 on: April 3, 2017, 09:01:12 PM »\n"
          "Yes. Soak them in oil overnight, work the joint, then sharpen the bevel only, never the flat side.\n")


def test_a_threads_topic_line_names_it_over_the_breadcrumbs_section():
    article = segment_page(THREAD)[0]
    assert article.title == "Old secateurs from a house clearance - can they be saved?"


def test_a_topic_line_with_the_boards_table_header_glued_in_front_is_still_one():
    m = sg.TOPIC_LINE.match("Author  Topic: Sharpening a bread knife  (Read 88 times)")
    assert m and m["title"] == "Sharpening a bread knife"


# a magazine's column page: the menu names the column in capitals, and the page repeats the column's name in title
# case right over the letter's headline, which is in sentence case
MENU_PAGE = ("Hearthside Online\nHOME | GARDEN | MONEY | DEAR PRUDENCE\nSearch...\n\n"
             "Dear Prudence\nMy neighbour keeps parking across my drive\n\n"
             "Every morning this month I have found his van across the end of my drive, and asking nicely has not "
             "worked. What can I do without a feud?\nBlocked in Bolton\n\n"
             "Dear Blocked,\nWrite it down. Note the dates and times, then ask once more, in daylight, and say when "
             "you need to leave the house.\n")


def test_a_section_the_menu_names_is_a_label_over_the_headline_in_any_case():
    (article,) = segment_page(MENU_PAGE)
    assert article.title == "My neighbour keeps parking across my drive"


def test_a_title_over_its_dek_under_a_menu_that_does_not_name_it_stays_the_title():
    page = ("Hearthside Online\nHOME | GARDEN | MONEY | WINDOW BOXES\nSearch...\n\n"
            "Window Boxes For Shade\nWhat to plant where the sun never reaches\n\n"
            "A north-facing sill still grows plenty, as long as you pick plants that never wanted the sun in the "
            "first place and water them less than you think.\n")
    (article,) = segment_page(page)
    assert article.title == "Window Boxes For Shade"  # the menu names "Window Boxes", not this heading
