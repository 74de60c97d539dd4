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
