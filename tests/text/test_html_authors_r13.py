"""Authors read from HTML markup, round 13 (issue 16): news and magazine pages whose markup names someone other
than the visible byline. Every page here is our own words."""

from __future__ import annotations

import pytest

from pipeline.text.html_main import walk
from pipeline.text.html_meta import page_meta


def author_of(html: str) -> str | None:
    return page_meta(walk(html)).author


BODY = ("<p>Cold air slides off a roof and pools in the corner of a yard, so the first frost finds the lowest"
        " pots before it finds anything else on the plot.</p><p>Move the tender things up onto a shelf, wrap the"
        " containers in sacking and water only in the mornings of mild days.</p>")

# Shape: a magazine page whose markup (JSON-LD author, a <meta name=author>, a microdata author) names someone other
# than the credit row under its headline: the editor who refreshed it, the site's test kitchen, a sponsor, the
# brand studio. The credit row goes on after the writer (an update stamp, a picture's credit, the date).
PAGE = ("<html><head><title>Getting pots through a cold snap | Ferncastle Home</title>{head}</head><body>"
        "<header><a href='/'>Ferncastle Home</a></header><main><article><p class='kicker'>Gardens</p>"
        "<h1>Getting pots through a cold snap</h1><p class='dek'>An hour of work saves a spring of replanting.</p>"
        "<div class='meta'>{credit}</div>" + BODY + "</article></main>"
        "<footer><p>© 2026 Ferncastle Media Ltd</p></footer></body></html>")
LD_PERSON = ('<script type="application/ld+json">{"@type":"Article","headline":"Getting pots through a cold snap",'
             '"author":{"@type":"Person","name":"Oswin Tarrant"}}</script>')
LD_ORG = ('<script type="application/ld+json">{"@type":"Recipe","name":"Getting pots through a cold snap",'
          '"author":{"@type":"Organization","name":"Ferncastle Test Kitchen"}}</script>')
META_STUDIO = "<meta name='author' content='Ferncastle Partner Studio'>"


@pytest.mark.parametrize(("head", "credit", "writer"), [
    # the updater in the JSON-LD, the writer in the visible "By" line with the update stamp after it
    (LD_PERSON, "By Radka Šimůnková | Updated by Oswin Tarrant on 4 March 2026 | First published 2 October 2024",
     "Radka Šimůnková"),
    # a sponsor's studio in <meta name=author>, the writer in a "Words by" credit beside the illustrator's
    (META_STUDIO, "Words by Eirik Solbakk &middot; Illustrations by Pia Marlow", "Eirik Solbakk"),
    # the site's test kitchen in a recipe's JSON-LD, the cook in a "Recipe by" row with the photographer's and
    # the stylist's credits run on without a separator
    (LD_ORG, "<span>Recipe by 松田はるか</span> <span>Photography by Lior Ben-Ami</span> "
             "<span>Food styling by Nell Cray</span>", "松田はるか"),
])
def test_the_credit_under_the_headline_outranks_markup_naming_someone_else(head, credit, writer):
    assert author_of(PAGE.format(head=head, credit=credit)) == writer


def test_markup_naming_the_same_writer_keeps_its_name():
    # the byline names the markup's writer: nothing to outrank
    credit = "By Oswin Tarrant | 4 March 2026"
    assert author_of(PAGE.format(head=LD_PERSON, credit=credit)) == "Oswin Tarrant"


@pytest.mark.parametrize("credit", [
    "Updated by Radka Šimůnková on 4 March 2026",  # the editor who refreshed the page, not a writer's credit
    "Photography by Radka Šimůnková",  # a picture's credit
    "With reporting by Radka Šimůnková",  # a contributor's
])
def test_a_credit_that_is_not_the_writers_leaves_the_markup_author(credit):
    assert author_of(PAGE.format(head=LD_PERSON, credit=credit)) == "Oswin Tarrant"


def test_a_by_line_far_below_the_headline_is_not_the_head_credit():
    # a "By NAME" line deep in the text (a quoted book's, a teaser's) is no credit row under the headline
    html = PAGE.format(head=LD_PERSON, credit="3 March 2026").replace(
        "</article>", "<p>More to read</p><p>Fleece or sacking?</p><p>By Radka Šimůnková</p></article>")
    assert author_of(html) == "Oswin Tarrant"
