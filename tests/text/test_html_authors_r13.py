"""Authors read from HTML markup, round 13 (issue 16): news and magazine pages whose markup names someone other
than the visible byline. Every page here is our own words."""

from __future__ import annotations

import pytest

from tests.conftest import html_author as author_of

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


@pytest.mark.parametrize("credit", [
    "By Oswin Tarrant | 4 March 2026",  # the byline names the markup's writer: nothing to outrank
    "By <a href='/a/ot'>Oswin Tarrant</a><span>Staff Writer</span>",  # the role's run glued to the name
])
def test_markup_naming_the_same_writer_keeps_its_name(credit):
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


# Shape: a live-updates page whose JSON-LD author is the news organisation (the site) and whose contributor line
# under the headline names the people on shift, each with a mark for when ("(now)", "(earlier)"), then the time.
LIVE = ("<html><head><meta property='og:site_name' content='Quayside Daily'>"
        '<script type="application/ld+json">{"@type":"LiveBlogPosting","headline":"Floods live",'
        '"author":{"@type":"Organization","name":"Quayside Daily"}}</script></head><body>'
        "<header><a href='/'>Quayside Daily</a></header><main><div class='badge'>LIVE</div>"
        "<h1>Floods live: river tops its banks at three towns as rain keeps falling</h1>"
        "<div class='people'><span class='who'>{line}</span> <span class='when'>Sat 3 Feb 2026 10.40 GMT</span></div>"
        "<div class='feed'><p>The river gauge at the old mill passed its record level just after nine this morning,"
        " and the water is still rising along the lower road.</p><p>Sandbags are being handed out at the fire"
        " station until the afternoon, two to a household.</p></div></main>"
        "<footer><p>© 2026 Quayside Daily</p></footer></body></html>")


@pytest.mark.parametrize(("line", "writers"), [
    ("Σοφία Λαμπράκη (now) and Idris Kamara (earlier)", "Σοφία Λαμπράκη and Idris Kamara"),
    ("Idris Kamara (now), Σοφία Λαμπράκη (earlier) and Wen Liu (overnight)",
     "Idris Kamara and Σοφία Λαμπράκη and Wen Liu"),
])
def test_a_live_pages_contributor_line_names_its_writers_without_their_shift_marks(line, writers):
    assert author_of(LIVE.replace("{line}", line)) == writers


def test_a_name_with_one_remark_in_brackets_is_no_shift_line():
    # one remark after one name is a role or a place ("(Athens)"), not a live page's shifts: the site stays
    assert author_of(LIVE.replace("{line}", "Idris Kamara (now)")) == "Quayside Daily"


# Shape: an academic commentary site: two co-authors listed one a line as rel=author links with their posts, the
# JSON-LD giving both in Latin letters where the page writes the first in another script.
COAUTHORS = ("<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Sleep\","
             "\"author\":[{\"@type\":\"Person\",\"name\":\"LD_ONE\"},{\"@type\":\"Person\",\"name\":\"Pavel Ostrý\"}]}"
             "</script></head><body><main><article><h1>Why toddlers wake at five, and what helps</h1>"
             "<ul class='contributors'><li><a rel='author' href='/p/1'>SHOWN_ONE</a>, Lecturer in Child Health</li>"
             "<li><a rel='author' href='/p/2'>Pavel Ostrý</a>, Research Fellow</li></ul>" + BODY +
             "</article></main></body></html>")


@pytest.mark.parametrize(("in_markup", "shown", "writers"), [
    ("Mykola Savchenko", "Микола Савченко", "Микола Савченко and Pavel Ostrý"),  # the page's script wins
    ("Dimitra Vlachou", "Δήμητρα Βλάχου", "Δήμητρα Βλάχου and Pavel Ostrý"),
    ("Mykola Savchenko", "Mykola Savchenko", "Mykola Savchenko and Pavel Ostrý"),  # one spelling: as before
    ("Mykola Savchenko", "Hanna Kowal", "Mykola Savchenko and Pavel Ostrý"),  # someone else: the markup's list
])
def test_co_authors_are_written_as_the_byline_writes_them(in_markup, shown, writers):
    assert author_of(COAUTHORS.replace("LD_ONE", in_markup).replace("SHOWN_ONE", shown)) == writers
