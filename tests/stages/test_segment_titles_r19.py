"""Titles on heads other hands write (round 19). Pages written here in our own words.

The page's own notices over its menu (a consent wall, an official-site banner, a site's blurb) are not the text, and
their heading is not the title. A scrape that kept no blank line, or a menu glued over the title, ends its header
with the headline. A search box's placeholder, a section label the menu names, a column's name over its writer in a
language no table holds, a labelled date, a running header and a deck's "Slide 1" are never titles. A headline over
a dek of two sentences, a sentence-case title broken over two cover lines, a talk's title over its fields and a
post's emoji-framed first line are titles; a department label the menu names goes from before the colon.
"""

from __future__ import annotations

import pytest

from pipeline.stages import segment as sg
from pipeline.text.attribution import clean_title, is_nav_line
from tests.conftest import only_article

BODY = ("Most of the noise a hive makes in autumn is the colony settling in, and a keeper who listens before "
        "opening the lid learns more than one who lifts every frame.\n\n"
        "Check the weight first. Lift the back of the hive an inch; a heavy hive needs nothing from you.\n\n"
        "Narrow the entrance. A small door is easier to guard when the wasps come looking.\n\n"
        "Leave the honey they need. A full super over the brood is their winter larder.\n")

MENU = "Subscribe\nSign in\nNews\nGardens\nBees\nTravel\nLetters\n"


RUNNING = "Patient information                    Fenmoor Community Health"

TITLES = [
    # a consent wall's heading and paragraphs over the menu are not the title
    pytest.param("Skip to main content\n\nThe Valley Beekeeper\n\nYour choices about data\n\n"
                 "We and our many partners keep and read small files on your device and use what they hold to choose "
                 "the adverts and measure how each page is read by visitors.\n\n"
                 "You may agree, refuse, or pick which purposes to allow, and you can change your mind at any time "
                 "from the link at the foot of every page.\n\nAGREE\nREFUSE\n\n" + MENU +
                 "\nFour checks before the hive closes for winter\n\n"
                 "A quiet hive in October is usually a healthy one, say the keepers we asked this week.\n\n" + BODY,
                 "Four checks before the hive closes for winter", id="consent-wall-over-menu"),
    # a site's blurb over its menu leaves a question's title
    pytest.param("Skip to main content\nHive Talk\nLog in\n"
                 "Hive Talk is a place where keepers of every kind ask and answer questions. Joining takes a minute.\n"
                 "Questions\nTags\nUsers\nUnanswered\n\nWhy do my bees cluster on the front of the hive?\n"
                 "Asked 2 years ago\nViewed 4k times\n\n"
                 "On warm evenings half my colony sits outside the entrance in a beard. Is something wrong with them?"
                 "\n\n" + BODY,
                 "Why do my bees cluster on the front of the hive?", id="site-blurb-over-menu"),
    # a scrape that kept no blank line ends its header in its headline
    pytest.param("Orchard Lane Legal\nCall us today: 0161 555 0100\nHome\nAbout\nPractice Areas\nBlog\nContact\n"
                 "« Previous post: Boundary hedges and the law\nAPRIL 2, 2024\n"
                 "Your Neighbour's Tree Overhangs Your Garden? Here Is What You May Do\n"
                 "POSTED BY MAREN ØSTBY IN PROPERTY | 2 COMMENTS\nReviewed by Colm Breathnach, Partner\n"
                 + BODY.replace("\n\n", "\n"),
                 "Your Neighbour's Tree Overhangs Your Garden? Here Is What You May Do",
                 id="header-without-blank-lines"),
    # a menu glued over the title, then a toolbar
    pytest.param("Federal Bee Health Office\nMenu\nSearch\nEspañol\nHome\nHive Health\nWinter\n"
                 "Keep a Colony Alive Through a Long Frost\n\nPrint\nShare\nEmail\n\n" + BODY,
                 "Keep a Colony Alive Through a Long Frost", id="menu-glued-over-title"),
    # a section label the menu names and a column's writer ("le NAME", a language no table holds) are not the title
    pytest.param("An Coirceog | Irisleabhar na mbeachairí\nBaile  Nuacht  Spórt  Beacha & Mil  Cultúr  Fógraí\n\n"
                 "Beacha & Mil\n\nAN COMHAIRLEOIR\nle Róisín Ní Bhriain\n\n"
                 "Cén fáth a bhfuil mo bheacha ciúin anois\n\n"
                 "Déardaoin, 9 Feabhra 2023 - 07:00\n\nA Róisín, a chara,\n\n" + BODY,
                 "Cén fáth a bhfuil mo bheacha ciúin anois", id="section-label-and-columns-writer"),
    # a headline over a dek of two sentences
    pytest.param("THE HIVE LEDGER\nNews | Bees | Money\n\nMONEY\n\n"
                 "How to price your honey - and sell out by spring\n\n"
                 "Most keepers charge too little. A fair price starts from what a jar costs you to fill\n\n"
                 "By Tamar Oyelaran\nTuesday 9 January 2024\n\n" + BODY,
                 "How to price your honey - and sell out by spring", id="headline-over-two-sentence-dek"),
    # a labelled date in any language is metadata, and a department label the menu names goes from before the colon
    pytest.param("Kungiyar Masu Kiwon Zuma\nGida | Labarai | Tambayoyi | Tuntube mu\n\nGida > Tambayoyi\n\n"
                 "TAMBAYOYI DA AMSOSHI: KULA DA ZUMA A LOKACIN SANYI\n\nAn sabunta: 3 ga Nuwamba, 2023\n\n" + BODY,
                 "KULA DA ZUMA A LOKACIN SANYI", id="labelled-date-and-menu-sections-label"),
    # a running header is not the title, and a sentence-case title broken over two cover lines is
    pytest.param("Fenmoor Community Health\nNHS Trust\n\n\nBeekeeping Clinic\n\n\nLooking after a bee\n"
                 "sting at home\n\nwww.fenmoor.example\n\n\n" + RUNNING + "\n\n"
                 + BODY + "\n" + RUNNING + "\n\nMore text about stings and what to watch for in the hours after.\n\n"
                 + RUNNING + "\n\nThe last page of advice, with numbers to call.\n",
                 "Looking after a bee sting at home", id="running-header-and-broken-cover-title"),
    # a deck's slide counter opens the title
    pytest.param("hive-basics_v3_final.pptx\nExported outline with speaker notes — 9 slides\n\n"
                 "==================== Slide 1 ====================\nKeeping Your First Hive\nIlse Varga\n"
                 "Valley Beekeepers · Spring course 2024\n\nSpeaker notes:\n"
                 "Welcome everyone, and ask who has held a frame before today.\n\n" + BODY,
                 "Keeping Your First Hive", id="decks-slide-counter"),
    # a talk's title over its fields
    pytest.param("TalkShelf | Talks > Home > Subtitles\nSign in   Upload   Help\n\n"
                 "Three Things Bees Taught Me About Patience\nSpeaker: Koa Makoa\n"
                 "Language: English · Transcript: Ida Berg\nDownloads: 1,204 · (31 votes)\n\n"
                 "[ Download .srt ]  [ Copy text ]\n\n" + BODY,
                 "Three Things Bees Taught Me About Patience", id="talks-title-over-fields"),
    # an emoji-framed first line is a post's title without the emoji
    pytest.param("Valley Bee Friends\n3 May 2024 · 🌏\n\n🐝 Five ways to help bees this spring 🐝\n\n" + BODY,
                 "Five ways to help bees this spring", id="emoji-framed-first-line"),
]


@pytest.mark.parametrize(("text", "title"), TITLES)
def test_the_title_under_a_head_other_hands_write(text, title):
    assert only_article(text).title == title


def test_an_ingredient_list_under_the_first_paragraph_is_no_menu():
    assert not sg._menu_under(["Soup.", "Ingredients", "2 leeks", "1 onion", "Salt", "Pepper"], [1, 2, 3, 4, 5])
    assert sg._menu_under(["Notice.", "AGREE", "Sign in", "News", "Bees", "Travel"], [1, 2, 3, 4, 5])


@pytest.mark.parametrize("line, nav", [("Suchen...", True), ("Cerca…", True), ("And then...", False),
                                       ("...", False)])
def test_a_search_boxs_placeholder_is_navigation_in_any_language(line, nav):
    assert is_nav_line(line) is nav


def test_a_word_and_a_name_is_a_writers_line():
    assert sg._word_and_name("le Róisín Ní Bhriain") and sg._word_and_name("av Ola Nordmann")
    assert not sg._word_and_name("on Making Bread") and not sg._word_and_name("Ola Nordmann")


def test_a_labelled_date_in_any_language_is_a_dated_field():
    assert sg.DATED_FIELD.match("Aktualisiert: 3. Mai 2024") and not sg.DATED_FIELD.match("Tip: Lift the lid")


def test_a_titles_framing_emoji_goes_and_a_rating_star_inside_stays():
    assert clean_title("bee-notes ✂️") == "bee-notes" and clean_title("A ★ Rated Inn") == "A ★ Rated Inn"
