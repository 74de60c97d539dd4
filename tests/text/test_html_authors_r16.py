"""Authors read from HTML markup, round 16 (issue 16). Every page here is our own words.

Shape: a news or magazine page whose markup names someone other than its writer (the organisation in JSON-LD, an
editor in the author meta, an uploads account), while the credit row a reader sees under the headline names the
writer in one of the forms such a row takes: "Written by NAME" among the desk's other credits, a label naming the
writing in any language among the pictures' and the editing's ("Texto: NAME | Fotos: NAME | Edición: NAME"), or a
video page's presenter ("Presented by NAME" before the upload's date and views). SPEC: the visible byline outranks
markup that names someone else; an editor, a reviewer and a photographer are not authors.
"""

from __future__ import annotations

import pytest

from pipeline.text.html_main import walk
from pipeline.text.html_meta import page_meta

PAGE = ("<html><head><title>Keeping basil alive on a windowsill | Greenhouse Monthly</title>"
        "<meta name='author' content='{meta}'>"
        "<script type='application/ld+json'>{{\"@context\": \"https://schema.org\", \"@type\": \"Article\", "
        "\"headline\": \"Keeping basil alive on a windowsill\", \"author\": {{\"@type\": \"Organization\", "
        "\"name\": \"Greenhouse Monthly\"}}}}</script></head><body><main><article>"
        "<p class='kicker'>Herbs</p><h1>Keeping basil alive on a windowsill</h1>"
        "<p class='standfirst'>Supermarket basil is sold to be eaten this week, not grown on for a summer.</p>"
        "{credits}"
        "<p>Most pots hold twenty seedlings fighting over one handful of compost. Split the clump into four, pot each"
        " part on its own and water from below, and the plants will keep going for months rather than days.</p>"
        "<p>Pinch out the tips above a pair of leaves every week, and never let a flower spike open.</p>"
        "</article></main></body></html>")


@pytest.mark.parametrize(("meta", "credits", "writer"), [
    # an editor in the author meta, the writer in the desk's row of credits under the headline
    ("Pavel Hruby", "<p>Written by Mirela Stanescu-Ionescu</p><p>Medically reviewed by Dr Ode Balogun</p>"
                    "<p>Edited by Pavel Hruby</p>", "Mirela Stanescu-Ionescu"),
    # a label naming the writing among the pictures' and the editing's, in another language
    ("redaccion_greenhouse", "<p class='credits'>Texto: Lucía Ferrándiz Olmo | Fotos: Jordi Vall | "
                             "Edición: Pavel Hruby</p>", "Lucía Ferrándiz Olmo"),
    ("Greenhouse Monthly", "<p class='credits'>Tekst: Maaike van Eeden · Foto's: Jordi Vall</p>", "Maaike van Eeden"),
    # a video page: the presenter before the upload's date and counts, the markup an uploads account
    ("gm-uploads", "<div class='video-meta'><span>Presented by Kenji Ōmura</span> <span>4 May 2024 · 12,480 views"
                   " · 8:15</span></div>", "Kenji Ōmura"),
    # a roundup's compiler (SPEC: its author) before the date and the reading time, the meta a login
    ("ferrandiz2", "<div class='post-meta'>Compiled by <a href='/author/lucia/'>Lucía Ferrándiz Olmo</a> 9 June 2024"
                   " 4 min read</div>", "Lucía Ferrándiz Olmo"),
])
def test_the_writer_credited_under_the_headline_outranks_the_markup(meta, credits, writer):
    assert page_meta(walk(PAGE.format(meta=meta, credits=credits))).author == writer


@pytest.mark.parametrize("credits", [
    "<p>Edited by Pavel Hruby</p>",
    "<p class='credits'>Fotos: Jordi Vall | Edición: Lucía Ferrándiz Olmo</p>",
    "<p>Medically reviewed by Dr Lucía Ferrándiz Olmo</p>",
])
def test_an_editing_review_or_picture_credit_names_no_writer(credits):
    assert page_meta(walk(PAGE.format(meta="Greenhouse Monthly", credits=credits))).author != "Lucía Ferrándiz Olmo"


# a roundup: its headline over teasers whose headings link to pieces elsewhere, then one piece run in full under its
# own heading and byline. SPEC: the roundup's headline is not that piece's title.
ROUNDUP = ("<html><head><title>Friday Picks #40: Soups, Stews and One Good Loaf | The Penny Pantry</title>"
           "<meta name='author' content='Penny Pantry Editors'></head><body><main><article>"
           "<p class='kicker'>Friday Picks #40 · 4 October 2013</p><h1>Soups, Stews and One Good Loaf</h1>"
           "<p>Two pieces we liked this week, and a third we asked to run here in full.</p>"
           "<section><h2><a href='https://souppot.example/barley'>Barley Broth for a Cold Week</a></h2>"
           "<p class='teaser-byline'>by Ilona Varga at Soup Pot</p><p>A pot of barley, she says, feeds four twice over"
           " and improves on the second day&hellip;</p></section>"
           "<section><h2><a href='https://stewlog.example/lamb'>A Stew for the Slow Cooker</a></h2>"
           "<p class='teaser-byline'>by Kwame Mensah at Stew Log</p><p>Eight hours, one pot and a cheap cut&hellip;</p>"
           "</section><hr><section class='full'>{label}<h2>{heading}</h2>"
           "<p class='byline'>By <span class='author-name'>Tereza Dvořáková</span></p>"
           "<p>I bake one loaf a week and it is never the same twice, which is the point. The dough sits in the "
           "fridge overnight and does the work while I sleep.</p><ol><li>Weigh everything, flour and water alike."
           "</li><li>Give the dough a long, cold rise.</li><li>Bake it hotter than you think.</li></ol></section>"
           "</article></main></body></html>")


def test_a_roundup_s_piece_in_full_is_titled_by_its_own_heading():
    meta = page_meta(walk(ROUNDUP.format(label="<p class='label'>In full this week</p>",
                                         heading="One Loaf a Week, Never the Same")))
    assert meta.title == "One Loaf a Week, Never the Same"
    assert meta.author == "Tereza Dvořáková"


def test_a_page_whose_headline_has_its_own_byline_keeps_it():
    page = ROUNDUP.format(label="", heading="The loaf").replace(
        "<h1>Soups, Stews and One Good Loaf</h1>",
        "<h1>Soups, Stews and One Good Loaf</h1><p class='byline'>By <span class='author-name'>Jonas Berg</span></p>")
    assert page_meta(walk(page)).title == "Soups, Stews and One Good Loaf"
