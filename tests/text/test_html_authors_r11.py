"""Authors read from HTML markup, round 11 (issue 16): a machine's field that spells the writer's name folded to
ASCII beside the byline the page shows with its accents. Every page here is our own words."""

from __future__ import annotations

import pytest

from tests.conftest import html_author as author_of

COLUMN = ("<html><head><title>Ask Róisín: My lodger never washes up | The Weekly Lamp</title>{meta}</head><body>"
          "<article><h1>My lodger never washes up. How do I say so?</h1>"
          "<div class='byline'>By <a rel='author' href='/p/roisin'>{shown}</a></div>"
          "<p>A lodger who leaves the pans to soak for three days is testing how much you will let go, and the answer"
          " decides the next year in the flat, so say it early and say it plainly.</p></article></body></html>")


@pytest.mark.parametrize(("meta", "shown"), [
    ('<meta name="parsely-author" content="Roisin Ni Bhriain">', "Róisín Ní Bhriain"),
    ('<meta name="author" content="Lukasz Zolkiewski">', "Łukasz Żółkiewski"),
])
def test_the_byline_shown_keeps_the_accents_a_meta_tag_folded_away(meta, shown):
    assert author_of(COLUMN.format(meta=meta, shown=shown)) == shown


def test_a_different_person_in_the_byline_is_the_writer():
    # the letters differ beyond accents: two people, and the visible byline outranks markup naming someone else
    # (SPEC, round 11; read so since round 13)
    html = COLUMN.format(meta='<meta name="author" content="Ines Ruiz">', shown="Inés Roiz")
    assert author_of(html) == "Inés Roiz"


# Shape: a wiki's how-to page, the credit to the page's starter in a line under the heading, the last editor only in
# the footer's "last edited by" (the writers' decision: the starter is the writer).
WIKI = ("<html><head><title>How to Oil a Chopping Board - Kitchenwiki</title></head><body>"
        "<div id='content'><h1>How to Oil a Chopping Board</h1><div class='sub'>From Kitchenwiki</div>"
        "<div class='page-credit'>{credit} &middot; 6 revisions by 3 editors &middot; <a href='?h'>history</a></div>"
        "<p>A wooden board that goes grey and rough has dried out, and a dry board splits along the grain within a"
        " year. Oil it once a month and it will outlast the kitchen.</p></div>"
        "<div id='footer'>This page was last edited on 2 May 2024 by Ola Nordmann.</div></body></html>")


@pytest.mark.parametrize("credit", ["Page started by <a href='/u/kw'>Kazimierz Wąsowicz</a>",
                                    "Article created by Kazimierz Wąsowicz"])
def test_a_wikis_page_starter_is_the_writer(credit):
    assert author_of(WIKI.format(credit=credit)) == "Kazimierz Wąsowicz"


def test_a_theme_created_by_someone_is_no_writer():
    assert author_of(WIKI.format(credit="Theme created by Kazimierz Wąsowicz")) is None
