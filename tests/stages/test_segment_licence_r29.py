"""Round 29 (issue 16): licence answers read on whole pages in our own words (invented sites and people).

- The leave a holder gave the page that carries the text, worded with the page as its receiver ("NAME has given us
  her permission to reproduce it", "This article is licensed to SITE by NAME"), is the article's own statement:
  used with permission, no grant to readers, and the site's "unless otherwise noted" CC default yields to it.
- A newspaper's offer to sell its pieces ("available for syndication, contact our desk") grants nothing free.
- A permission credit about another work (a quoted book, a photo) is not the article's own leave.
- A Creative Commons deed in a list of sources is the cited source's licence, not the article's.
- A theme's credit in the footer names neither the article's author nor its rights holder.
"""

from __future__ import annotations

import pytest

from pipeline.text import licence as lic
from tests.conftest import only_article

POINTS = ("1. Soak the beans overnight\nDried beans soaked in cold water cook in half the time and cost a third of "
          "the tinned ones, weight for weight.\n\n"
          "2. Cook a big pot on Sunday\nOne large pot of beans keeps five days in the fridge and turns into soup, "
          "chilli and a salad without more work.\n\n"
          "3. Save the cooking water\nThe starchy water thickens a soup or a stew better than any stock cube and "
          "costs nothing at all.\n\n"
          "4. Freeze them flat in bags\nBeans frozen flat thaw in minutes, so there is no reason to reach for a "
          "tin on a busy night.\n\n")


def _blog_page(note: str, footer: str = "Unless otherwise noted, content on Thrift Ladle is licensed under a "
               "Creative Commons Attribution 4.0 International licence.") -> str:
    return ("THRIFT LADLE\nCheap meals - Batch cooking - About\n\n"
            "Home / Batch cooking / Four Ways to Make Dried Beans Pay\n\n"
            "Four Ways to Make Dried Beans Pay\nby Marisol Quennell-Abara\n2 February 2026\n\n"
            "Beans are the cheapest protein in the shop, but only if you cook them well. These habits made them "
            "a weekly staple in our house.\n\n"
            f"{POINTS}"
            "None of this takes skill, only a little planning on a Sunday afternoon.\n\n"
            f"{note}\n\n"
            "Tags: beans, batch cooking\n\n"
            "Thrift Ladle\nAbout us - Privacy policy - Cookie settings\n"
            f"{footer}\n")


@pytest.mark.parametrize("note", [
    "This article is licensed to Thrift Ladle by Marisol Quennell-Abara. It first ran in the Eastmoor Weekly.",
    "Marisol first wrote this for her own newsletter and has kindly given us her permission to reproduce it here.",
    "Marisol Quennell-Abara granted us permission to republish this piece from her newsletter.",
])
def test_the_leave_given_to_this_page_outranks_the_sites_default_licence(note):
    article = only_article(_blog_page(note))
    assert article.licence.tag == lic.USED_WITH_PERMISSION
    assert lic.reuse(article.licence).answer == lic.ASK_PERMISSION


def test_leave_given_to_this_page_is_no_grant_to_readers():
    # the page was given leave: its readers were given nothing (once read as a free-reprint grant)
    found = lic.find_statements("Marisol Quennell-Abara has given us permission to reprint this article.")
    assert [s.kind for s in found] == ["permission"]


@pytest.mark.parametrize("line", [
    "You have my permission to reprint this article in your newsletter.",
    "This article is licensed to you under a Creative Commons Attribution 4.0 licence.",
])
def test_a_grant_to_the_reader_stays_a_grant(line):
    assert lic.find_statements(line)[0].kind in lic.GRANT_KINDS


def test_a_page_with_no_note_of_its_own_keeps_the_sites_default():
    article = only_article(_blog_page("Have a bean tip of your own? Tell us in the comments."))
    assert article.licence.tag == "CC-BY-4.0"


def _quoting_page(credit: str, footer: str = "© 2026 Thrift Ladle") -> str:
    return ("THRIFT LADLE\nCheap meals - Batch cooking - About\n\n"
            "Four Ways to Make Dried Beans Pay\nby Marisol Quennell-Abara\n2 February 2026\n\n"
            "\"A pot of beans is a week of dinners waiting to happen.\"\n"
            f"{credit}\n\n"
            "Beans are the cheapest protein in the shop, but only if you cook them well. These habits made them "
            "a weekly staple in our house.\n\n"
            f"{POINTS}"
            "None of this takes skill, only a little planning on a Sunday afternoon.\n\n"
            "Tags: beans, batch cooking\n\n"
            "Thrift Ladle\nAbout us - Privacy policy - Cookie settings\n"
            f"{footer}\n")


@pytest.mark.parametrize("credit", [
    "The quotation above comes from Ivo Brannagh's book The Long Larder and is used with Ivo Brannagh's blessing.",
    "The quote opening this post is from The Long Larder by Ivo Brannagh, used with his kind permission.",
    "The photo at the top of this article is used with Ivo Brannagh's blessing.",
])
def test_a_leave_for_another_work_is_not_the_articles_own(credit):
    # the quoted book's or the photo's leave: the article itself states no licence beyond the site's bare ©
    article = only_article(_quoting_page(credit, footer="Thrift Ladle - recipes for lean weeks"))
    assert article.licence.tag == lic.NOASSERTION


@pytest.mark.parametrize("head", ["The photo in this post is ", "The quotation above is ",
                                  "The quote opening this article is "])
def test_the_other_work_named_before_the_leave(head):
    assert lic.credits_other_work(head)


@pytest.mark.parametrize("head", ["", "This post, with its photos, is ", "Text and photos ",
                                  "This column, which quotes two books, is "])
def test_the_text_named_as_the_subject_of_the_leave(head):
    assert not lic.credits_other_work(head)


@pytest.mark.parametrize("sources", [
    "References\n1. Harrow, P. (2021). Pulses on a budget. Kettlebrook Press.\n2. Ostrander Food Lab (2023). Soaking "
    "times for dried beans. CC BY-SA 4.0 https://creativecommons.org/licenses/by-sa/4.0/",
    "Sources\n- Ostrander Food Lab, Soaking times for dried beans, https://creativecommons.org/licenses/by/4.0/",
    "Sources:\nhttps://ostrander.example/soaking\nhttps://creativecommons.org/licenses/by/4.0/",
    "Further reading\nBean basics, Ostrander Food Lab (Creative Commons Attribution 4.0 International).",
])
def test_a_cited_sources_creative_commons_deed_is_not_the_articles_licence(sources):
    article = only_article(_blog_page(sources, footer="Thrift Ladle - recipes for lean weeks"))
    assert article.licence.tag == lic.NOASSERTION


def test_a_source_list_leaves_the_sites_own_licence_standing():
    sources = "Sources\n- Ostrander Food Lab, Soaking times, https://creativecommons.org/licenses/by-nd/4.0/"
    assert only_article(_blog_page(sources)).licence.tag == "CC-BY-4.0"


def test_a_theme_credit_in_the_footer_is_neither_author_nor_notice():
    page = ("THRIFT LADLE\nCheap meals - Batch cooking - About\n\n"
            "Four Ways to Make Dried Beans Pay\n2 February 2026\n\n"
            "Beans are the cheapest protein in the shop, but only if you cook them well. These habits made them "
            "a weekly staple in our house.\n\n"
            f"{POINTS}"
            "None of this takes skill, only a little planning on a Sunday afternoon.\n\n"
            "Tags: beans, batch cooking\n\n"
            "Thrift Ladle\nAbout us - Privacy policy - Cookie settings\n"
            "Theme by Corvid Pixelworks. © 2025 Corvid Pixelworks Ltd.\n")
    article = only_article(page)
    assert article.author is None
    assert article.licence.tag == lic.NOASSERTION


@pytest.mark.parametrize("line, holder, theirs", [
    ("Theme by Corvid Pixelworks. © 2025 Corvid Pixelworks Ltd.", "Corvid Pixelworks Ltd", True),
    ("WordPress theme: Meadow by Corvid Pixelworks | © 2025 Corvid Pixelworks", "Corvid Pixelworks", True),
    ("© 2025 Thrift Ladle · Powered by WordPress · Theme: Meadow by Corvid Pixelworks", "Thrift Ladle", False),
    ("Site design by Corvid Pixelworks. © 2025 Marisol Quennell-Abara.", "Marisol Quennell-Abara", False),
])
def test_a_notice_is_the_theme_makers_only_when_it_names_the_maker(line, holder, theirs):
    assert lic.makers_notice(line, holder) is theirs


# (a reviewer's round 29: the page's own notice set straight under the list, no blank line between, was read as one
# more cited source and lost)
@pytest.mark.parametrize("notice", ["© 2026 Thrift Ladle. All rights reserved.",
                                    "Copyright 2026 Thrift Ladle. All rights reserved."])
def test_the_pages_own_notice_straight_under_a_source_list_is_not_a_source(notice):
    sources = ("Sources\n- Harrow, P. (2021) Pulses on a Budget.\n- Ostrander, Q. (2019) Soaking Beans.\n"
               f"{notice}")
    licence = only_article(_blog_page(sources, footer="Thrift Ladle - recipes for lean weeks")).licence
    assert (licence.tag, licence.holder) == ("LicenseRef-all-rights-reserved", "Thrift Ladle")
