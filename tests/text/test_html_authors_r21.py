"""Round 21 (issue 16): markup that names the site or its desk, beside a visible byline naming a person. Our own
words (invented sites and people)."""

from __future__ import annotations

from pipeline.text.extract import html_to_text

BODY = ("<p>Most stiffness after a day at a desk comes from holding one position for hours, not from the desk itself."
        " A few small changes to the set-up and the working day take most of it away within a fortnight.</p>"
        "<h2>1. Lift the screen</h2><p>Set the top of the screen level with your eyes, an arm's length away.</p>"
        "<h2>2. Stand up every half hour</h2><p>Walk to the window and back; the muscles loosen as they move.</p>")

DESK_PAGE = """<html lang="en"><head><title>Seven desk habits | Brightwell</title>
<meta name="author" content="brightwell-cms"><meta property="og:site_name" content="Brightwell">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"MedicalWebPage",
"headline":"Seven desk habits",
"author":{{"@type":"Organization","name":"Brightwell Health {desk}"}},
"reviewedBy":{{"@type":"Person","name":"Tamsin Achterberg"}}}}</script></head>
<body><main><article><nav class="breadcrumb"><a href="/">Home</a> › <a href="/pain">Pain</a></nav>
<p class="eyebrow">NECK &amp; SHOULDERS</p><h1>Seven desk habits</h1>
<p class="dek">Small changes to your set-up can take the strain off tight muscles.</p><div class="byline-block">
<span class="byline">By <a href="/authors/p" rel="author">Pádraigín Ó Ceallaigh</a></span>
<span class="reviewer">Medically reviewed by <a href="/reviewers/t">Tamsin Achterberg, MD</a></span>
<time datetime="2025-02-01">Updated on February 1, 2025</time></div>
<div class="article-body">{body}</div><section class="author-card"><p><strong>Pádraigín Ó Ceallaigh</strong> is a
health writer in Sligo.</p></section></article></main>
<footer><p>© 2025 Brightwell Media, Inc. All rights reserved.</p></footer></body></html>"""


def test_a_visible_byline_outranks_the_markup_s_editorial_desk_and_the_reviewer_is_no_author():
    assert html_to_text(DESK_PAGE.format(desk="Editorial", body=BODY)).author == "Pádraigín Ó Ceallaigh"


def test_a_desk_s_name_is_no_person():
    assert html_to_text(DESK_PAGE.format(desk="Newsroom", body=BODY)).author == "Pádraigín Ó Ceallaigh"


FRONT_PAGE = """<html lang="en"><head><title>Oakfield Makers Yard — notes from the bench</title>
<meta name="author" content="Oakfield Makers Yard"></head>
<body><header><h1 class="site-title"><a href="/">Oakfield Makers Yard</a></h1></header><main>
<article class="post"><h2 class="entry-title"><a href="/p/desk">Seven desk habits</a></h2>
<p class="meta">Posted <time datetime="2023-05-21">21 May 2023</time> by <a rel="author" href="/m/k">{who}</a></p>
<div class="entry-content">{body}</div></article></main></body></html>"""


def test_a_front_page_s_markup_author_that_is_the_site_s_name_yields_to_the_post_s_byline():
    assert html_to_text(FRONT_PAGE.format(who="Krisztina Bálint-Moore", body=BODY)).author == "Krisztina Bálint-Moore"


HOWTO_PAGE = """<html lang="en"><head><title>How to Sharpen Garden Shears | Fixwise</title></head>
<body><main><article><h1>How to Sharpen Garden Shears</h1>
<div class="expert_byline">Reviewed by our garden panel
<div class="byline_info">Last Updated: May 2, 2024 &middot; <a href="#refs">References</a></div></div>
<div class="steps">{body}</div></article></main></body></html>"""


def test_a_byline_element_holding_only_its_row_of_dates_names_nobody():
    assert html_to_text(HOWTO_PAGE.format(body=BODY)).author is None
