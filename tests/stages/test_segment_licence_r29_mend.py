"""Round 29's mend (issue 16): the merge's new licence rules, kept to the shapes they were written for.

Made-up pages: a bean-keeping post by an invented writer, three numbered tips, then the line under test.
"""

from __future__ import annotations

import pytest

from pipeline.text import licence as lic
from tests.conftest import only_article

SITE_CC = "Unless otherwise noted, content on this site is licensed under a Creative Commons Attribution 4.0 licence."


def _page(*lines: str, byline: str = "Bo Ray") -> str:
    body = "\n\n".join(lines)
    return (f"How to keep beans\n\nBy {byline}\n\n"
            "1. Dry them well\nBeans stored damp turn mouldy within a week, so spread them on a tray for a day.\n\n"
            "2. Use a glass jar\nA jar with a tight lid keeps weevils out and lets you see what is left.\n\n"
            "3. Keep them dark\nSunlight fades the skins and makes old beans slow to soften in the pot.\n\n"
            f"{body}\n")


# 1. the article's own leave, worded beside a photo or inside a publication's name, is still the article's
@pytest.mark.parametrize("note", [
    "The photograph, like the rest of this article, is used with permission of Bo Ray.",
    "The cover photo, as with all of this post, is used with permission of Bo Ray.",
    "From Garden Quotes Weekly, used with permission.",
    "This piece first ran in Verse and Vine and is reprinted with permission.",
    "Originally in Lines from the Garden, reprinted with permission.",
])
def test_the_articles_own_leave_beside_another_work_stays_its_own(note):
    assert only_article(_page(note, SITE_CC)).licence.tag == lic.USED_WITH_PERMISSION
    assert only_article(_page(note)).licence.tag == lic.USED_WITH_PERMISSION


@pytest.mark.parametrize("head", ["The photograph, like the rest of this article, is ",
                                  "The cover photo, as with all of this post, is ", "From Garden Quotes Weekly, ",
                                  "This piece first ran in Verse and Vine and is ",
                                  "Originally in Lines from the Garden, "])
def test_a_text_as_subject_or_a_titles_word_names_no_other_work(head):
    assert not lic.credits_other_work(head)


# 2. a licence to a named receiver that is everyone, or that a reader's licence follows, is no page-only leave
@pytest.mark.parametrize("note, tag", [
    ("This article is licensed to Everyone by its author under CC BY 4.0.", "CC-BY-4.0"),
    ("This article is licensed to Harbour Notes by Ann Lee under a Creative Commons Attribution 4.0 licence.",
     "CC-BY-4.0"),
])
def test_a_licence_named_in_the_same_sentence_outranks_the_receiver(note, tag):
    assert only_article(_page(note)).licence.tag == tag


def test_a_licence_to_the_public_is_no_page_only_leave():
    tag = only_article(_page("Licensed to The Public by Ann Lee: copy it freely.")).licence.tag
    assert tag != lic.USED_WITH_PERMISSION


# 3. the leave given to this page does not swallow a grant to readers beside it
@pytest.mark.parametrize("note, tag", [
    ("Ann has given us permission to reprint this. You may republish it under a Creative Commons Attribution 4.0 "
     "licence.", "CC-BY-4.0"),
    ("The author gave us and our readers permission to reprint this article.", lic.FREE_REPRINT),
    ("Bo Ray grants me and anyone else permission to reprint this article.", lic.FREE_REPRINT),
])
def test_a_grant_to_readers_beside_the_pages_leave_stays_a_grant(note, tag):
    article = only_article(_page(note))
    assert article.licence.tag == tag
    assert article.author == "Bo Ray"
    assert article.author_bio is None  # a grant is no sentence about the writer


# 4. the site's own notice stays its own beside a credit that names no theme (a design studio's own article, a
# writer who designed her own site, a cook's recipe)
@pytest.mark.parametrize("line, holder, byline", [
    ("© 2025 Pixel Mill. All rights reserved. Site design by Pixel Mill.", "Pixel Mill", "Bo Ray"),
    ("© 2024 Ann Lee · Design by Ann Lee", "Ann Lee", "Ann Lee"),
    ("Recipe developed by Bo Ray. © 2024 Bo Ray. All rights reserved.", "Bo Ray", "Bo Ray"),
])
def test_a_design_or_recipe_credit_leaves_the_sites_notice_standing(line, holder, byline):
    article = only_article(_page(line, byline=byline))
    assert article.licence.tag == lic.ALL_RIGHTS_RESERVED
    assert article.licence.holder == holder
    assert not lic.makers_notice(line, holder)
