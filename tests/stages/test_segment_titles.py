"""Where a text page's title stands relative to its dates, archive labels, breadcrumbs, bylines and site lines.

The shapes come from real article and blog pages read through the ``search`` tool's ``pages`` corpus (archive
pages, WordPress and Blogger posts, documentation pages, article directories); every page here is written in our
own words, and each test names the shape it stands for.
"""

from __future__ import annotations

import pytest

from tests.conftest import only_article as segment

BODY = ("Most lofts lose their heat in three places, and the hatch is the one nobody checks until the bills come.\n\n"
        "First, look at the seal around the hatch. A gap you can slide a card into lets warm air straight out.\n\n"
        "Second, check the insulation over the ceiling joists, since it settles and thins over the years.\n")


@pytest.mark.parametrize("page, title, author", [
    # a post's date line above its title, and the theme's teaser of the text (cut with "...") above the text
    ("March 30, 2023\n\nWhy Do Lofts Feel Cold?\n\nMost lofts lose their heat in three places, and the hatch "
     "is...\n\n" + BODY, "Why Do Lofts Feel Cold?", None),
    # a tag archive's label over the post, whose theme prints the title twice
    ("Archives: Insulation\n\nFive Loft Insulation Mistakes\n\nFive Loft Insulation Mistakes\n\n" + BODY,
     "Five Loft Insulation Mistakes", None),
    # a monthly archive's label ("Monthly Archives: MONTH YEAR") over the post
    ("Monthly Archives: February 2011\n\nAsk Why Before You Insulate\n\n" + BODY, "Ask Why Before You Insulate",
     None),
    # an article directory: breadcrumb, title, "Submitted by NAME on DATE"
    ("Home » Articles » Home Improvement\n\nLoft Hatches That Actually Seal\n\nSubmitted by Ruth Ambler on "
     "March 3, 2011\n\n" + BODY, "Loft Hatches That Actually Seal", "Ruth Ambler"),
    # a blog's name and tagline, the title, "Posted on DATE by NAME"
    ("The Draughty House\nNotes on keeping an old house warm\n\nLoft Hatches That Actually Seal\n\nPosted on "
     "March 3, 2011 by Ruth Ambler\n\n" + BODY, "Loft Hatches That Actually Seal", "Ruth Ambler"),
    # a section's label in capitals over the title, the date under it
    ("HOME IMPROVEMENT\n\nLoft Hatches That Actually Seal\n\n3 March 2011\n\n" + BODY,
     "Loft Hatches That Actually Seal", None),
    # "By: NAME" as its own block under the title
    ("Loft Hatches That Actually Seal\n\nBy: Ruth Ambler\n\n" + BODY, "Loft Hatches That Actually Seal",
     "Ruth Ambler"),
    # the date, then "Written by NAME", under the title
    ("Loft Hatches That Actually Seal\n\nMarch 3, 2011\nWritten by Ruth Ambler\n\n" + BODY,
     "Loft Hatches That Actually Seal", "Ruth Ambler"),
    # a sentence-case title over "By NAME | DATE"
    ("How to stop a loft hatch leaking heat\n\nBy Ruth Ambler | March 3, 2011\n\n" + BODY,
     "How to stop a loft hatch leaking heat", "Ruth Ambler"),
    # an "Updated" line with the reading time, and a line of counts, under the title
    ("Loft Hatches That Actually Seal\n\nUpdated: 3 March 2011 | 4 min read\n\n" + BODY,
     "Loft Hatches That Actually Seal", None),
    ("Loft Hatches That Actually Seal\n\nViews: 2,318 | Rating: 4.5 | Comments: 3\n\n" + BODY,
     "Loft Hatches That Actually Seal", None),
])
def test_the_title_among_the_lines_real_pages_set_around_it(page, title, author):
    article = segment(page)
    assert (article.title, article.author) == (title, author)
    assert article.text.startswith("Most lofts")  # the header's lines are not the text's


# Shape: a picture's description line (its alt text, "Subject: photo of ...") between the title and the text; the
# title stays the line above it (the line itself is the picture's, left in the text like a caption).
def test_a_pictures_description_under_the_title_does_not_take_its_place():
    article = segment("Loft Hatches That Actually Seal\n\nLoft hatch: photo of a white hatch with a grey foam "
                      "strip\n\n" + BODY)
    assert (article.title, article.author) == ("Loft Hatches That Actually Seal", None)


# Shape: a page's short title printed twice (a theme's heading over the post's own, "Contributors" /
# "Contributors"): the second is not the writer's name, and it is not kept in the text.
@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_a_short_title_printed_twice_is_no_name_line(gap):
    article = segment(f"Loft Hatches{gap}Loft Hatches\n\n" + BODY)
    assert (article.title, article.author) == ("Loft Hatches", None)
    assert article.text.startswith("Most lofts")


POST = ("I finally got round to the loft this weekend, and the hatch was worse than I thought it would be.\n\n"
        "There was a gap all the way round it, so I bought a foam strip and a new catch, and it took an hour.\n\n")


# Shape: a Blogger post as text: the date header ("Saturday, October 3, 2009") a block of its own, then the post's
# title, which bloggers write in any case and with any ending, then the text. The title is the line under the date.
@pytest.mark.parametrize("line, title", [
    ("You know you want to", "You know you want to"),
    ("My loft hatch fix EVER!!!!", "My loft hatch fix EVER!!!!"),
    ("9 years in this draughty house...", "9 years in this draughty house"),
    ("April 22nd is my favourite day for loft jobs", "April 22nd is my favourite day for loft jobs"),
])
def test_a_blog_posts_title_in_any_case_under_its_date_header(line, title):
    article = segment(f"Saturday, October 3, 2009\n\n{line}\n\n" + POST)
    assert article.title == title and article.text.startswith("I finally got round")


# The other way round: a dated post with no title (the text right under the date), and a greeting under the date,
# are not titled.
@pytest.mark.parametrize("page", [
    "Monday, April 13, 2009\n\n\n" + POST,
    "Monday, April 13, 2009\n\nDear Auntie Bea,\n\n" + POST,
])
def test_a_dated_post_without_a_title_gets_none(page):
    assert segment(page).title is None
