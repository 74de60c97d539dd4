"""Round 22 (issue 16): authors on real-shaped HTML pages where the markup and the visible credits disagree: a credit
box on two lines, an editor's "Updated by" beside the writer, a Latin short form in the markup, an author box
against a markup name the page never shows, a login alone, a later post's guest, an alt text naming the writer. Our
own words (invented sites and people).

A wrong name is worse than none for a republisher: each rule has a test that the look-alike keeps its answer.
"""

from __future__ import annotations

from pipeline.records import Article
from pipeline.stages import read
from pipeline.stages import segment as sg
from pipeline.text.extract import html_to_text
from tests.conftest import through_stage

BODY = ("<p>Most jam that fails to set was boiled too briefly, not made with the wrong fruit. A thermometer and a cold"
        " saucer between them answer the question before the jars are filled.</p>"
        "<h2>1. Warm the sugar</h2><p>Sugar warmed in a low oven dissolves faster and keeps the boil rolling.</p>"
        "<h2>2. Test on a cold saucer</h2><p>A drop that wrinkles when pushed with a finger has reached its set.</p>")


def _page(head: str, credit: str, foot: str = "") -> str:
    return (f"<html lang=\"en\"><head><title>Jam that sets | Jarwell</title>{head}</head><body><main><article>"
            f"<h1>Jam that sets</h1>{credit}<div class=\"content\">{BODY}</div>{foot}</article></main>"
            "<footer><p>About · Contact · Privacy</p></footer></body></html>")


def test_a_credit_box_on_two_lines_names_its_writer_not_the_reviewer_nor_the_markup_s_handle():
    credit = ('<div class="credits"><span>Written by <b>Ilse Bakker-Owusu</b>, Dietitian</span><br>'
              '<span>Medically reviewed by Dr. Tomos Rhydderch</span> · <time>2 May 2024</time></div>')
    html = _page('<meta name="author" content="jw-content-ops">', credit)
    assert html_to_text(html).author == "Ilse Bakker-Owusu"


def test_a_credit_box_naming_only_a_reviewer_gives_no_writer():
    credit = '<div class="credits"><span>Medically reviewed by Dr. Tomos Rhydderch</span><br><time>2 May</time></div>'
    assert html_to_text(_page("", credit)).author != "Tomos Rhydderch"


def _linked(row: str) -> str:
    return _page('<meta name="author" content="Ilse Bakker-Owusu">', f'<div class="entry-meta">{row}</div>')


def test_an_editor_linked_as_updating_the_page_is_no_co_author():
    row = ('Written by <a href="/author/ilse/">Ilse Bakker-Owusu</a> | Updated by <a href="/author/tomos/">Tomos'
           ' Rhydderch</a> | Last updated 3 March 2024')
    assert html_to_text(_linked(row)).author == "Ilse Bakker-Owusu"


def test_two_writers_linked_in_one_credit_are_co_authors():
    row = 'Written by <a href="/author/ilse/">Ilse Bakker-Owusu</a> and <a href="/author/tomos/">Tomos Rhydderch</a>'
    assert html_to_text(_linked(row)).author == "Ilse Bakker-Owusu and Tomos Rhydderch"


def test_the_page_s_full_spelling_outranks_the_markup_s_latin_short_form():
    head = ('<script type="application/ld+json">{"@type":"Article","author":{"@type":"Person","name":"Mai Pham"}}'
            '</script>')
    credit = '<p class="post-meta">By <a rel="author" href="/a/mai">Phạm Thị Mai</a> • 3 March 2024</p>'
    assert html_to_text(_page(head, credit)).author == "Phạm Thị Mai"


def _boxed(byline: str) -> str:
    head = ('<script type="application/ld+json">{"@type":"BlogPosting","author":{"@type":"Person",'
            '"name":"Gideon Ashworth-Pryce"}}</script>')
    foot = ('<aside class="author-card"><h3>About the writer</h3><p>Noor Hashemi-Lund writes the Jarwell journal'
            ' from her kitchen in Tromsø and has made jam for twenty years.</p></aside>')
    return _page(head, byline, foot)


def test_an_author_box_outranks_a_markup_name_the_page_never_shows():
    assert html_to_text(_boxed("")).author == "Noor Hashemi-Lund"


def test_a_markup_name_the_page_shows_in_its_byline_keeps_its_place():
    assert html_to_text(_boxed('<p class="byline">By Gideon Ashworth-Pryce</p>')).author == "Gideon Ashworth-Pryce"


def test_a_login_in_the_markup_alone_names_nobody():
    head = ('<meta name="author" content="jw_admin"><script type="application/ld+json">{"@type":"Article",'
            '"author":{"@type":"Person","name":"jw_admin"}}</script>')
    assert html_to_text(_page(head, '<p class="meta">Updated: 3 May 2024 · 4 min read</p>')).author is None


def test_a_login_the_page_shows_as_its_poster_stays():
    head = '<meta name="author" content="jw_admin">'
    assert html_to_text(_page(head, '<p class="meta">Posted by jw_admin · 3 May 2024</p>')).author == "jw_admin"


FRONT = """<html lang="en"><head><title>The Stillroom</title></head><body>
<header><div class="site-title">The Stillroom</div></header><main>
<article class="post"><h2 class="entry-title">Five Jams for a Cold Kitchen</h2>
<div class="post-meta">Posted on 3 October 2023 by <span class="author">Halla Þórsdóttir</span></div>
<p>Two winters of jam-making in an unheated kitchen taught me which fruit forgives a slow boil and which does not.</p>
<h3>1. Damson</h3><p>Damsons set almost by themselves, thanks to their skins, even on a weak hob in a cold room.</p>
<h3>2. Gooseberry</h3><p>Gooseberries turn pink as they cook and set firmly; pick them a little early.</p></article>
<article class="post"><h2 class="entry-title">Guest post: Marmalade on an Open Fire</h2>
<div class="post-meta">Posted on 19 September 2023 by <span class="author">Halla Þórsdóttir</span></div>
<p class="editor-note">Guest post by Kofi Mensah-Darko, who cooks over wood in a cabin two valleys over.</p>
<p>An open fire gives an uneven heat, and marmalade needs a long steady boil: here is how to get one anyway.</p>
<h3>1. Build the fire early</h3><p>Light it an hour before cooking so the embers are deep and even under the pan.</p>
<h3>2. Use a wide pan</h3><p>A wide shallow pan boils faster and sets sooner than a deep pot over the same fire.</p>
</article></main></body></html>"""


def _articles(html: str) -> list[Article]:
    record = read.page_to_article("page.html", html.encode("utf-8"), "html")
    parts, _ = through_stage(sg.STAGE, sg.SegmentConfig(), [record])
    return [p for p in parts if isinstance(p, Article)]


def test_a_guest_credited_in_a_later_post_of_a_front_page_is_not_the_first_post_s_writer():
    assert [p.author for p in _articles(FRONT)] == ["Halla Þórsdóttir", "Kofi Mensah-Darko"]


def _pictured(alt: str) -> str:
    return _page("", f'<div class="hero"><img src="/img/stove.jpg" alt="{alt}"></div>')


def test_an_alt_text_naming_the_blog_s_writer_names_the_recipe_s_writer():
    alt = "Wulandari, who cooks and writes every recipe on this blog, at her stove"
    assert html_to_text(_pictured(alt)).author == "Wulandari"


def test_an_alt_text_naming_a_relative_as_the_recipe_s_source_names_nobody():
    assert html_to_text(_pictured("Grandma, who wrote this recipe on a card, in her kitchen")).author is None


def test_a_blog_s_gift_of_every_recipe_to_the_public_domain_is_the_recipe_s_licence():
    html = _page("", "", '<p class="site-note">Every recipe on Jarwell Kitchen is given to the public domain. Copy it,'
                         ' change it, cook it: no permission needed.</p>')
    (article,) = _articles(html)
    assert article.licence.tag == "LicenseRef-public-domain"
