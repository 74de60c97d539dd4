"""Authors read from HTML markup, round 18 (issue 16). Every page here is our own words.

Shape: a company's post whose markup names the company while a plain paragraph under the headline lists several
writers ("By A, B and C · DATE · 6 min read"), with no byline class on it. SPEC: the visible byline outranks markup
naming the organisation; several writers are "A and B and C", in the byline's order.
"""

from __future__ import annotations

import pytest

from tests.conftest import html_author

PAGE = ("<html><head><title>Renting your first room | Fernbrook Savings</title>"
        "<meta name='author' content='Fernbrook Savings'>"
        "<script type='application/ld+json'>{\"@context\": \"https://schema.org\", \"@type\": \"BlogPosting\", "
        "\"headline\": \"Renting your first room\", \"author\": {\"@type\": \"Organization\", "
        "\"name\": \"Fernbrook Savings\"}}</script></head><body><main><article>"
        "<h1>Renting your first room</h1>"
        "<div class='head'><p>By <a href='/t/1'>Oluwaseun Adeyemi</a>, <a href='/t/2'>Kristín Hauksdóttir</a> and "
        "<a href='/t/3'>Lê Minh Châu</a> · 3 March 2024 · 5 min read</p></div>"
        "<p>A first room of your own costs more than the rent. Put the deposit, the first month and a small cushion"
        " aside before you sign, and read the inventory line by line on the day you move in.</p>"
        "<p>Photograph every mark on the walls and the carpet, and email the pictures to the agent the same day.</p>"
        "</article></main></body></html>")


BOARD = ("<html><head><title>Night Shift Baker | Crumbwork Jobs</title></head><body>"
         "<header><a href='/'>Crumbwork Jobs</a></header><main>"
         "<h1>Night Shift Baker</h1>"
         "<p class='posted'>Posted 9 May 2024 by <a href='/r/77'>Yevheniia Koval</a>, Loaf &amp; Larder Staffing</p>"
         "<p>A family bakery on the coast is looking for an experienced baker to run its night shift, from the first"
         " dough at ten in the evening to the last tray out at six.</p>"
         "<p>You will plan the night's bake, keep the proving room in order and train one apprentice.</p>"
         "</main><footer><p>© 2024 Crumbwork Jobs</p></footer></body></html>")


CAPTIONED = ("<html><head><title>Three Nights in a Bothy | Moorland Notes</title></head><body><main><article>"
             "<h1>Three Nights in a Bothy</h1>"
             "<figure><img src='/i/bothy.jpg' alt='The author outside the bothy door'>"
             "<figcaption>Gwenllian Pryce, who wrote this guide, outside the bothy on the second morning. "
             "Photo: Iker Etxeberria</figcaption></figure>"
             "<p>A bothy is a roof and four walls, nothing more. Carry in your own fuel, your own candles and a trowel,"
             " and leave it tidier than you found it for whoever walks in after you.</p>"
             "<p>Pack a foam mat: the sleeping platform is bare boards and the cold comes up through them.</p>"
             "</article></main></body></html>")


WIKI = ("<html><head><title>Dividing hostas - Plotwiki</title></head><body><main>"
        "<h1>Dividing hostas</h1><ul><li>1 When to divide</li><li>2.1 Cut back by one half</li></ul>"
        "<p>Hostas grow into dense clumps that flower less each year. Lift the clump in early spring, just as the"
        " shoots break the soil, and split it with two forks pushed in back to back.</p>"
        "<h2>Cut back by one half</h2><p>Trim the leaves of each piece so the roots can keep up.</p>"
        "</main></body></html>")


AUTHORS = [
    # a plain byline listing three writers names them all, in its order, over the company the markup names
    pytest.param(PAGE, "Oluwaseun Adeyemi and Kristín Hauksdóttir and Lê Minh Châu", id="plain-byline-three-writers"),
    # a job board's "Posted DATE by NAME, AGENCY" line names the recruiter
    pytest.param(BOARD, "Yevheniia Koval", id="job-board-posted-by-recruiter"),
    # a caption naming who wrote the piece is its byline (the photographer is not)
    pytest.param(CAPTIONED, "Gwenllian Pryce", id="caption-naming-the-writer"),
    # a numbered contents entry with "by" in it names no writer
    pytest.param(WIKI, None, id="contents-entry-with-by"),
]


@pytest.mark.parametrize(("html", "author"), AUTHORS)
def test_the_author_the_markup_and_the_visible_lines_name(html, author):
    assert html_author(html) == author
