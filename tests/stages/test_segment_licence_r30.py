"""Round 30 (issue 16): licence answers read on whole pages in our own words (invented sites and people).

- An apostrophe whose byte was lost to U+FFFD (cp1252 text read as UTF-8) still makes a credit line's possessive:
  "Reprinted with the author\ufffds permission." is the piece's leave.
- A credit line of the piece's own inside its article element, trimmed at the text's edge, outranks the markup's
  site licence: a page that only borrows a text cannot license it to others.
- "Text © NAME, licensed to SITE for publication" is the leave given to the one publisher: used with permission.
- A writer's bare © in her item outranks an issue's reprint terms read in the same stretch of the page.
- A theme credit naming the page's own writer ("Theme by Ann Lee. © Ann Lee") leaves her notice standing.
"""

from __future__ import annotations

import pytest

from pipeline.text import licence as lic
from pipeline.text.extract import html_to_text
from tests.conftest import only_article, segment_page

BODY = ("<p>A cold porch wastes more heat than most people think, and it is the cheapest room in the house to mend."
        "</p><ol><li><strong>Seal the letterbox.</strong> A brush flap costs little and stops the worst draught."
        "</li><li><strong>Hang a heavy curtain.</strong> Over the inner door it keeps the warm air in the hall.</li>"
        "<li><strong>Lay a thick mat.</strong> Bare tiles draw the warmth out of your feet and the floor.</li></ol>"
        "<p>None of this needs a builder, only an afternoon and a little money.</p>")


def _reprint_page(credit: str) -> str:
    return ("<html><head><title>Three Ways to Warm a Cold Porch - Ember Lane</title>"
            "<link rel='license' href='https://creativecommons.org/licenses/by/4.0/'></head><body>"
            "<article><h1>Three Ways to Warm a Cold Porch</h1>"
            "<p><em>Editor's note: this piece first ran on Wilma Okonjo-Hart's own blog.</em></p>"
            f"{BODY}<p><em>{credit}</em></p></article>"
            "<aside><p>Except where otherwise noted, content on this site is licensed under CC BY 4.0.</p></aside>"
            "</body></html>")


@pytest.mark.parametrize("credit", ["Reprinted with the author\ufffds permission.",
                                    "Reprinted with the author’s permission."])
def test_a_reprint_credit_at_the_articles_edge_outranks_the_sites_licence(credit):
    doc = html_to_text(_reprint_page(credit))
    assert doc.meta.licence.tag == lic.USED_WITH_PERMISSION


def test_a_lost_apostrophe_is_read_back_only_between_a_word_and_its_tail():
    assert lic.with_lost_apostrophes("don\ufffdt, the writer\ufffds, caf\ufffd, 5\ufffd7") == (
        "don’t, the writer’s, caf\ufffd, 5\ufffd7")


def test_licensed_to_the_publisher_for_publication_is_the_pages_leave():
    found = lic.find_statements("Text © Wilma Okonjo-Hart, licensed to Ember Lane for publication.")
    assert lic.combine(found).tag == lic.USED_WITH_PERMISSION
    # a licence to every reader is a grant, never a leave given to the page
    assert lic.combine(lic.find_statements("This essay is licensed to you under CC BY 4.0.")).tag == "CC-BY-4.0"


ISSUE = ("THE HEARTH LETTER\nIssue 12\n\nHello again, everyone.\n- Ros\n\n"
         "----------------------------------------\n1. WARM FEET ON A BUDGET\nby Petra Lindvall-Osei\n\n"
         "* Wear wool socks indoors. They hold warmth even when damp.\n"
         "* Put a rug by the sofa. Bare boards pull heat from your feet.\n"
         "* Use a hot water bottle. It costs pennies to fill.\n\n"
         "----------------------------------------\n2. QUIETER RADIATORS\nby Tomasz Ebbesen-Kariuki\n\n"
         "* Bleed them every autumn. Trapped air makes them knock.\n"
         "* Check the valve. A stiff pin makes a radiator cold at the top.\n"
         "* Balance the system. Close the nearest ones a little.\n\n"
         "(c) Tomasz Ebbesen-Kariuki 2025\n\n"
         "----------------------------------------\nDATES\n- Swap shop: Saturday\n\n"
         "----------------------------------------\n"
         "Reprint policy: any article in this issue may be reprinted in full, provided the writer's name is kept.\n")


def test_a_writers_bare_copyright_in_her_item_outranks_the_issues_reprint_terms():
    found = lic.find_statements("(c) Tomasz Ebbesen-Kariuki 2025") + lic.find_statements(
        "Reprint policy: any article in this issue may be reprinted in full, provided the writer's name is kept.")
    assert [s.kind for s in lic.without_page_grants(found, "Tomasz Ebbesen-Kariuki", items=True)] == ["copyright"]
    assert [s.kind for s in lic.without_page_grants(found, "Petra Lindvall-Osei", items=True)] == [
        "copyright", "reprint"]


def test_the_writers_bare_copyright_in_the_last_item_of_an_issue_page_keeps_it_out_of_the_reprint_terms():
    tags = {a.author: a.licence.tag for a in segment_page(ISSUE)}
    assert tags.get("Tomasz Ebbesen-Kariuki") == lic.ALL_RIGHTS_RESERVED
    assert tags.get("Petra Lindvall-Osei") == lic.FREE_REPRINT


def test_a_theme_credit_naming_the_pages_own_writer_keeps_her_notice():
    page = ("Four Ways to Keep Basil Alive\nby Ann Lee-Marwood\n\n"
            "Basil sulks in the cold, so keep it on a warm sill away from draughts all through spring.\n\n"
            "Water it from below, in a saucer, so the leaves stay dry and the stems do not rot.\n\n"
            "Pinch out the tips every week, which makes the plant bush out instead of flowering.\n\n"
            "Theme by Ann Lee-Marwood. © 2025 Ann Lee-Marwood\n")
    article = only_article(page)
    assert article.licence.tag == lic.ALL_RIGHTS_RESERVED


@pytest.mark.parametrize("note", ["Our neighbour Hester Vale-Moran wrote this and has kindly let me share it here.",
                                  "Hester Vale-Moran kindly agreed to let us reprint it here."])
def test_the_writer_letting_the_host_share_her_piece_is_the_pages_leave(note):
    assert lic.combine(lic.find_statements(note)).tag == lic.USED_WITH_PERMISSION


@pytest.mark.parametrize("line", ["Let me share them here: first, soak the beans overnight.",
                                  "Let us share it here once the harvest is in."])
def test_a_sentence_opening_with_let_me_or_let_us_is_no_leave(line):
    assert lic.find_statements(line) == []
