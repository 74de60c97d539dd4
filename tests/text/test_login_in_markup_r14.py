"""A blog engine may put the writer's account login in the markup's author field: one lower-case word with no
underscore, dot or digit ("mirkap"), which the page's text never shows, while the post's byline element shows her
full name. The byline a reader sees is the writer's (SPEC: the visible byline outranks a login in markup; issue 16,
round 14: a comment-heavy post). Our own words and names."""

from __future__ import annotations

from pipeline.text.extract import html_to_text

POST = """<html><head><title>Drying herbs on a radiator shelf - Attic Kitchen</title>
<meta name="author" content="{login}"></head><body>
<header><p class="site-title"><a href="/">Attic Kitchen</a></p></header>
<article class="post"><header class="entry-header"><h1 class="entry-title">Drying herbs on a radiator shelf</h1>
<div class="entry-meta"><span class="posted-on">Posted on <time>March 2, 2025</time></span>
<span class="byline">by <span class="author vcard"><a class="url fn n" href="/author/{login}/">Mirela Kapetanović</a>
</span></span></div></header>
<div class="entry-content"><p>Bunches of thyme and oregano dry in four days on a shelf above a warm radiator, and
they keep their colour far better than herbs hung in a cold shed. Tie small bunches, hang them upside down and
turn them once a day so the air reaches every side.</p>
<p>Once the leaves crumble between your fingers, strip them into jars with tight lids and label them with the
month, because dried herbs lose their scent within a year.</p></div></article></body></html>"""


def test_a_one_word_login_gives_way_to_the_shown_byline():
    assert html_to_text(POST.format(login="mirkap")).author == "Mirela Kapetanović"


def test_a_name_in_the_markup_that_the_page_shows_stays():
    page = POST.format(login="mirkap").replace('content="mirkap"', 'content="Mirela Kapetanović"')
    assert html_to_text(page).author == "Mirela Kapetanović"
