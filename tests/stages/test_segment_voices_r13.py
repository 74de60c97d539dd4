"""Whose words and whose name (round 13): the blog's header, the editor's note and the site's mark around a post.

A Blogger post's title stands in sentence case under its date header, below the blog's name and tagline: the
title is the line under the date, not the blog's name. An editor's note handing the blog over to a guest names the
post's writer, whoever the byline or the markup says posted it. A blog whose name reads like a person's ("Hazel Row
Kitchen Garden") puts a bare © in that name at its foot: the site's mark, not the post writer's reservation. Every
page here is written in our own words.
"""

from __future__ import annotations

from tests.conftest import only_article

POINTS = ("1. Soak the beans overnight. Old beans may need a whole day, so start on Friday for Sunday.\n\n"
          "2. Salt the water from the start. It does not toughen the skins, whatever your aunt said.\n\n")


def test_a_post_title_in_sentence_case_under_its_date_header_not_the_blog_name():
    page = ("Pulse & Pot\nbeans, lentils and the odd flatbread\n\nMonday, 3 February 2025\n\n"
            "Cooking dried beans that are soft all the way through\n\nEvery winter somebody tells me their beans "
            "stayed hard after three hours, and it is nearly always one of two things.\n\n" + POINTS
            + "Posted by Funmilayo Adeyemi at 6:12 PM\n")
    article = only_article(page)
    assert (article.title, article.author) == ("Cooking dried beans that are soft all the way through",
                                               "Funmilayo Adeyemi")


def test_an_editor_s_note_handing_the_blog_over_names_the_writer_not_the_poster():
    page = ("Soft Beans Every Time\nPosted by Rhiannon Pugh\n\nEditor's note: We are glad to hand the blog over "
            "this week to Kateryna Bondarenko, who cooks for forty at the community kitchen every Thursday. "
            "— Rhiannon\n\nI learnt to cook beans for a crowd the hard way, with a queue at the hatch.\n\n" + POINTS)
    assert only_article(page).author == "Kateryna Bondarenko"


def test_a_note_handing_nothing_over_leaves_the_byline():
    page = ("Soft Beans Every Time\nBy Rhiannon Pugh\n\nEditor's note: this post was updated in March with a "
            "second method.\n\nI learnt to cook beans for a crowd the hard way, with a queue at the hatch.\n\n"
            + POINTS)
    assert only_article(page).author == "Rhiannon Pugh"


def test_a_bare_copyright_in_the_blog_s_own_name_is_the_site_s_mark():
    page = ("Hazel Row Kitchen Garden\nGrowing food behind a terrace\n\nFour Beans Worth Growing\n\n"
            "Posted on 2 April 2025 by Olumide Bakare · 3 Comments\n\nI have grown beans on the same strip of "
            "yard for nine years, and these four earn their place every single summer.\n\n" + POINTS
            + "© 2025 Hazel Row Kitchen Garden · Powered by WordPress\n")
    article = only_article(page)
    assert article.author == "Olumide Bakare"
    assert article.licence is None or article.licence.tag == "NOASSERTION"


def test_words_about_the_work_beside_the_blog_s_name_are_still_its_mark():
    # SPEC r24 (the lead's question): whom a bare © names decides, not what it covers; round 13 read "All text ©"
    # as the work's own notice, and the one label that did so was relabelled.
    page = ("Hazel Row Kitchen Garden\nGrowing food behind a terrace\n\nFour Beans Worth Growing\n\n"
            "Posted on 2 April 2025 by Olumide Bakare · 3 Comments\n\nI have grown beans on the same strip of "
            "yard for nine years, and these four earn their place every single summer.\n\n" + POINTS
            + "All text and photos © Hazel Row Kitchen Garden.\n")
    assert only_article(page).licence.tag == "NOASSERTION"
    reserved = page.replace("Kitchen Garden.\n", "Kitchen Garden. All rights reserved.\n")
    assert only_article(reserved).licence.tag == "LicenseRef-all-rights-reserved"


def test_an_interview_titled_by_a_quoted_phrase_over_its_interviewer_s_credit():
    page = ("PEOPLE\n\n\"Slow is fast\": an afternoon with a bonsai grower\n\nInterview by Aiyana Redcloud | "
            "Photographs by Piet Smit\n\nMasato Endo has kept the same juniper for forty years on a balcony in "
            "Leith, and he talked while he wired a branch.\n\nAR: How did you start?\n\nME: With a cutting from "
            "my uncle's garden, which died in a month.\n")
    article = only_article(page)
    assert (article.title, article.author) == ("\"Slow is fast\": an afternoon with a bonsai grower",
                                               "Aiyana Redcloud")
