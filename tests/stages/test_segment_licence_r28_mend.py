"""Round 28's review, mended (issue 16): precision guards on the round's licence rules, in our own words (invented
sites and people).

- A grant's end date must be the grant's own: a count after "up to", a span "from YEAR through YEAR" and a clause about
  another thing ("though the coupon in it expires ...") end nothing.
- A text-and-data-mining refusal makes a bare © a reservation only where it speaks of the site's own texts, read on
  the © line and its short neighbours, never an article's report of what others refuse.
- A footer licence naming the posts and the recipe cards is the site's licence for the posts.
- "All rights reserved unless otherwise noted" under the author's name yields to the licence the page's markup notes.
- The colonless example gate reads a text with a long s through its exact-gate check.
"""

from __future__ import annotations

import datetime

import pytest

from pipeline.text import licence as lic
from tests.conftest import file_articles, segment_page

BODY = ("Quince Jam\n\nBy Ola Brandt\nPublished: 4 April 2023\n\nQuinces need long cooking before they turn pink.\n\n"
        "1. Peel and core the fruit.\n2. Simmer the peels in water for an hour.\n3. Strain and add sugar.\n\n")


@pytest.mark.parametrize("line", [
    "You may reprint this article free of charge in club bulletins with up to 2000 members.",
    "You may reprint this essay, which follows my plot from 2004 through 2015, in your newsletter.",
    "You may reprint this article in your newsletter, though the seed offer in it expires on 3 March 2019.",
])
def test_a_date_or_number_that_is_not_the_grants_end_leaves_the_grant(line):
    (article,) = segment_page(BODY + line + "\n")
    assert article.licence.tag == lic.FREE_REPRINT


def test_a_grant_that_ends_itself_before_the_post_still_grants_nothing():
    (article,) = segment_page(BODY + "You may reprint this article free of charge until 30 June 2019.\n")
    assert article.licence.tag == lic.NOASSERTION
    assert lic.grant_end("This reprint permission expires on 1 May 2020.") == datetime.date(2020, 5, 1)
    assert lic.grant_end("Reprint rights for this piece are valid through 2018.") == datetime.date(2018, 12, 31)


def test_an_article_about_ai_training_glued_to_a_bare_copyright_reserves_nothing():
    page = ("Painters and the machines\n\nBy Ola Brandt\n\nGallery owners met in Lyon last week.\n"
            "Several painters said their canvases must not be used to train AI models, and some archives opt out of "
            "text and data mining.\n© 2025 Canvas Weekly\n")
    (article,) = segment_page(page)
    assert article.licence.tag == lic.NOASSERTION


def test_the_sites_own_mining_reservation_beside_its_copyright_still_reserves():
    page = BODY + "© 2025 Quince House\nText and data mining of this site is reserved. No AI training.\n"
    (article,) = segment_page(page)
    assert article.licence.tag == lic.ALL_RIGHTS_RESERVED


def _html(tmp_path, head: str, body: str, footer: str) -> list:
    page = (f"<html><head><title>Quince jam</title>{head}</head><body><article><h1>Quince jam</h1>"
            "<p class='byline'>By Ola Brandt</p><p>Quinces need long cooking before they turn pink and set well.</p>"
            "<ol><li>Peel and core the fruit.</li><li>Simmer the peels for an hour.</li><li>Strain and add sugar."
            f"</li></ol>{body}</article><footer>{footer}</footer></body></html>")
    path = tmp_path / "p.html"
    path.write_text(page, encoding="utf-8")
    return file_articles(path)


def test_a_footer_licence_for_posts_and_recipe_cards_licenses_the_post(tmp_path):
    footer = "<p>Every post and recipe card on this site is licensed under CC BY-SA 4.0.</p>"
    (article,) = _html(tmp_path, "", "", footer)
    assert article.licence.tag == "CC-BY-SA-4.0"
    (card,) = _html(tmp_path, "", "", "<p>This recipe card is licensed under CC BY-SA 4.0.</p>")
    assert card.licence.tag == lic.NOASSERTION  # the card's alone


def test_an_authors_reservation_unless_otherwise_noted_yields_to_the_marked_licence(tmp_path):
    head = ("<link rel='license' href='https://creativecommons.org/licenses/by/4.0/'>"
            "<meta name='author' content='Ola Brandt'>")
    (article,) = _html(tmp_path, head, "", "<p>© 2025 Ola Brandt. All rights reserved unless otherwise stated.</p>")
    assert article.licence.tag == "CC-BY-4.0"
    (reserved,) = _html(tmp_path, head, "", "<p>© 2025 Ola Brandt. All rights reserved.</p>")
    assert reserved.licence.tag == lic.ALL_RIGHTS_RESERVED


def test_a_long_s_example_cue_is_read_through_the_exact_gate():
    assert lic.find_statements("Credit lines like \u017fuch as © 2021 Bo Tran are common.") == []
