"""Segment: round 4b's shapes of the writer's and the licence's lines (issue 16), each page in our own words: a
sign-off over a rule line and a copyright line whose lead names the work ("All content © ..."), a blog's "Posted by
NAME at TIME" footer in the blog software's other languages."""

from __future__ import annotations

import pytest

from pipeline.records import Article
from tests.conftest import only_article as segment
from tests.conftest import segment_page

TEXT = ("Oil the hinges before the frost comes; a stiff gate strains its posts all winter long.\n"
        "Clear the gutters once the last leaves fall, or the water finds its own way in.\n\n")


def test_a_dash_sign_off_over_a_rule_and_an_all_content_copyright_line():
    page = ("Two Jobs Before The Frost\n\n" + TEXT + "- Saoirse Ní Bhriain\n\n-----\n"
            "All content (c) 2023 Hillside Allotment Society. Members may keep a copy for themselves; any other "
            "reuse needs written permission from the committee.\n")
    article = segment(page)
    assert article.author == "Saoirse Ní Bhriain"
    assert article.licence.tag == "LicenseRef-all-rights-reserved"
    assert "All content" not in article.text


def test_a_paragraph_ending_in_a_copyright_sign_keeps_its_words():
    page = ("Two Jobs Before The Frost\n\n" + TEXT
            + "We painted the old shed last spring and the paint was (c) 2023 Hillside Allotment Society.\n")
    article = segment(page)
    assert "We painted the old shed" in article.text


BLOG_POST = ("Fixing The Squeak In An Old Bike\n\n" + TEXT)


def test_a_blog_footer_in_the_blog_softwares_other_languages_names_the_poster():
    footers = {"โพสต์โดย ธนพล ใจดี ที่ 08:15": "ธนพล ใจดี",
               "Eingestellt von Jutta Brenner um 21:03": "Jutta Brenner",
               "Publicado por Marisol Ibarra en 9:40": "Marisol Ibarra",
               "Diposting oleh Rina Wulandari di 10.22": "Rina Wulandari",
               "Publié par Amélie Roux à 18:05": "Amélie Roux"}
    for footer, name in footers.items():
        article = segment(BLOG_POST + footer + "\n2 comments:\n\nLabels: bikes\n")
        assert article.author == name, footer
        assert "comments" not in article.text


def test_a_posted_by_sentence_without_a_time_is_no_footer():
    article = segment(BLOG_POST + "Eingestellt von meinem Nachbarn, der alles weiß.\n")
    assert article.author is None


def test_a_blog_archive_in_another_language_holds_one_article_per_post():
    first = "Ich habe die Glasur dreimal gemischt, bevor ich verstanden habe, warum sie auf dem Topf reißt."
    other = "Am Samstag sind wir auf dem Frühlingsmarkt, mit Brot und Tassen, kommt vorbei und sagt hallo."
    page = ("Notizen aus der Töpferei\nTöpfe, Glasuren und frühe Morgen\n\nMontag, 4. April 2011\n\n"
            "Warum Meine Glasur Reißt\n\n"
            f"{first}\n\nEingestellt von Helga Brandstätter um 07:10 2 Kommentare\n\nFreitag, 1. April 2011\n\n"
            f"Besucht Uns Auf Dem Markt\n\n{other}\n\nEingestellt von Helga Brandstätter um 20:02 0 Kommentare\n\n"
            "Neuere Posts Ältere Posts Startseite\n")
    articles = segment_page(page)
    assert [(a.title, a.author, a.text) for a in articles] == [
        ("Warum Meine Glasur Reißt", "Helga Brandstätter", first),
        ("Besucht Uns Auf Dem Markt", "Helga Brandstätter", other)]


def test_a_forum_footer_line_whose_notice_follows_a_short_sentence_is_the_posts_licence():
    page = ("Fixing The Squeak In An Old Bike\n\nbike_bea\nJoined: May 2018  Posts: 310\n\n" + TEXT
            + "Re: Fixing The Squeak In An Old Bike\nwheelie_will  Posted: 3 May 2021, 09:12\nThanks, that worked.\n\n"
            "Times shown are CET. Posts are copyright of their respective authors.\n")
    article = segment(page)
    assert article.licence.tag == "LicenseRef-all-rights-reserved"
    assert "Times shown" not in article.text


def test_a_paragraph_ending_in_a_notice_keeps_its_words():
    page = ("Fixing The Squeak In An Old Bike\n\n" + TEXT
            + "We swapped notes for years on the old forum, where the rule was simple. Posts are copyright their "
            "respective authors.\n")
    article = segment(page)
    assert "We swapped notes for years" in article.text


# Shape: a recipe blog's text export: the site's name, a menu with drop-down marks, the writer's greeting box ("Hi,
# I'm NAME!", a line about her, "More about me", her signed full name), a search box, then the title.
RECIPE = ("Soak the beans overnight and cook them slowly with a bay leaf until they are soft all the way through.\n\n"
          "1. Fry the onion in the oil until golden.\n2. Add the beans and the stock and simmer for twenty minutes.\n")


def test_a_greeting_box_over_the_title_is_the_sites_and_its_signed_name_the_writer():
    page = ("HILL KITCHEN\nRecipes ▾  Quick  Baking  Shop\n\nHi, I'm Zeynep! 👋\n"
            "I cook Anatolian home food for a big family in Bristol.\nMore about me →\n— Zeynep Arslan-Kaya\n\n"
            "Search recipes...\n\nSlow Beans With Bay And Onion\n\n" + RECIPE
            + "\n© Hill Kitchen. All rights reserved.\n")
    article = segment(page)
    assert (article.title, article.author) == ("Slow Beans With Bay And Onion", "Zeynep Arslan-Kaya")


def test_a_greeting_box_with_a_first_name_only_names_no_one():
    page = ("HILL KITCHEN\nRecipes ▾  Quick  Baking  Shop\n\nHi, I'm Zeynep! 👋\n"
            "I cook Anatolian home food for a big family in Bristol.\nMore about me →\n\n"
            "Slow Beans With Bay And Onion\n\n" + RECIPE)
    article = segment(page)
    assert (article.title, article.author) == ("Slow Beans With Bay And Onion", None)


# Shape: the only credit of a recipe post stands in the photo's caption under the title ("[Photo: ... Recipe and
# photographs: NAME]"); a caption crediting the pictures alone names no writer.
@pytest.mark.parametrize(("credit", "author"), [("Recipe and photographs: Mai Thị Lan", "Mai Thị Lan"),
                                                ("Photo: Mai Thị Lan", None)])
def test_a_photo_captions_recipe_credit_names_the_writer(credit, author):
    page = ("Slow Beans With Bay And Onion\nJump to Recipe · Print Recipe\n\n"
            f"[Photo: a bowl of beans on a green cloth. {credit}]\n\n" + RECIPE)
    assert segment(page).author == author


# Shape: the header's byline in the shapes other languages and blog themes give it: the word for "by" in another
# language (never kept in the name), the theme's date before "by NAME", a reviewer's line over the byline.
@pytest.mark.parametrize(("header", "author"), [
    ("Por María López-Ibarra", "María López-Ibarra"), ("Door Femke de Wit", "Femke de Wit"),
    ("Von Jutta Brenner", "Jutta Brenner"), ("March 3, 2019 by Jan Kowalski", "Jan Kowalski"),
    ("Medically reviewed by Dr. Ann Lee\nBy Jan Kowalski", "Jan Kowalski"),
])
def test_a_bylines_shapes_abroad_and_on_blog_themes(header, author):
    article = segment("Fixing The Squeak In An Old Bike\n" + header + "\n\n" + TEXT)
    assert (article.title, article.author) == ("Fixing The Squeak In An Old Bike", author)


# Shape: a post signed under its last paragraph with the writer's bare name (in brackets, in capitals, with a
# place or a role beside it or on the next line); a name in a list, or under a line that is no paragraph, is no
# signature.
@pytest.mark.parametrize("signature", ["Saoirse Ní Bhriain", "(Saoirse Ní Bhriain)", "SAOIRSE NÍ BHRIAIN",
                                       "Saoirse Ní Bhriain, Sligo", "Saoirse Ní Bhriain | Allotment Secretary",
                                       "Saoirse Ní Bhriain\nAllotment secretary"])
def test_a_bare_name_under_the_last_paragraph_signs_the_post(signature):
    article = segment("Two Jobs Before The Frost\n\n" + TEXT + signature + "\n")
    assert article.author == "Saoirse Ní Bhriain"
    assert "Saoirse" not in article.text


@pytest.mark.parametrize("tail", ["Books that helped me:\n- The Frost Garden\n- Saoirse Ní Bhriain\n",
                                  "Thanks to\nSaoirse Ní Bhriain\n"])
def test_a_name_in_a_list_or_under_a_short_line_signs_nothing(tail):
    assert segment("Two Jobs Before The Frost\n\n" + TEXT + tail).author is None


# Shape: a section's kicker in the title's case ("Opinion") right over the headline, under the site's name.
@pytest.mark.parametrize(("head", "title"), [
    ("Pedal Notes\n\nOpinion\nWe Should Stop Oiling Chains Every Week", "We Should Stop Oiling Chains Every Week"),
    ("Pedal Notes\n\nWe Should Stop Oiling Chains Every Week", "We Should Stop Oiling Chains Every Week"),
])
def test_a_kicker_over_a_headline_is_the_sections(head, title):
    assert segment(head + "\n\n" + TEXT).title == title


# Shape: a plain-text issue whose titles are underlined ("=====", as Markdown's setext headings) over their bylines.
def test_underlined_titles_over_bylines_start_the_articles_of_an_issue():
    page = ("Oiling The Chain\n================\nby Ama Owusu\n\n" + TEXT + "\nFixing A Squeaky Saddle\n"
            "=======================\nby Rui Tavares\n\nA squeak from the saddle is the rails rubbing on the clamp, "
            "so a drop of oil where they meet usually ends it for a season.\n")
    articles = segment_page(page)
    assert [(a.title, a.author) for a in articles] == [("Oiling The Chain", "Ama Owusu"),
                                                      ("Fixing A Squeaky Saddle", "Rui Tavares")]


def _articles(page: str) -> list[Article]:
    return segment_page(page)


SADDLE = ("A squeak from the saddle is the rails rubbing on the clamp, so a drop of oil where they meet usually ends "
          "it for a season.\n")


# Shape: two pieces of a club letter, one rule line between them, each signed at its end with a bare name; an
# article's own scene break, signed once at the end, stays one article.
def test_two_signed_pieces_under_one_rule_are_two_articles():
    page = ("Pedal Club Letter\n\nOiling The Chain\n\n" + TEXT + "Ama Owusu\n\n* * *\n\nFixing A Squeaky Saddle\n\n"
            + SADDLE + "\nRui Tavares\n")
    assert [(a.title, a.author) for a in _articles(page)] == [("Oiling The Chain", "Ama Owusu"),
                                                             ("Fixing A Squeaky Saddle", "Rui Tavares")]


def test_a_scene_break_in_one_signed_article_splits_nothing():
    page = "Oiling The Chain\n\n" + TEXT + "* * *\n\n" + SADDLE + "\nAma Owusu\n"
    assert [(a.title, a.author) for a in _articles(page)] == [("Oiling The Chain", "Ama Owusu")]


@pytest.mark.parametrize("line", ["Text © Saoirse Ní Bhriain 2023; photos © Rui Tavares.",
                                  "Words and pictures (c) Saoirse Ní Bhriain 2023"])
def test_a_copyright_line_led_by_the_work_it_names_gives_the_writer_and_the_licence(line):
    article = segment("Two Jobs Before The Frost\n\n" + TEXT + line + "\n")
    assert (article.author, article.licence.tag) == ("Saoirse Ní Bhriain", "LicenseRef-all-rights-reserved")
    assert "©" not in article.text and "(c)" not in article.text
