"""Authors that HTML pages give in markup (round 25, issue 16), in our own words: a theme's "Posted in CATEGORY by
NAME" line under the post with the name linked to the writer's page, a handle in the markup whose author page the
page links under the writer's full name, and a service in the markup that the page's "Content source" line places
under its council."""

from __future__ import annotations

from tests.conftest import html_author as author_of

BODY = ("<p>Most sheds leak at the ridge long before the felt wears out, and a tube of sealant and an hour on a dry "
        "afternoon fix it for years. Here is how I go about it every spring.</p>")


def _post(head: str, footer: str, extra: str = "") -> str:
    return (f"<html><head>{head}<title>Sealing a Shed Roof</title></head><body><article class='post'>"
            f"<h1 class='entry-title'>Sealing a Shed Roof</h1><div class='entry-content'>{BODY}</div>"
            f"<footer class='entry-footer'>{footer}</footer></article>{extra}</body></html>")


POSTED_IN = ('<span class="cat-links">Posted in <a href="/category/garden/" rel="category tag">Garden</a> by '
             '<a href="/author/orla/">Orla Fenwick</a></span> <span class="tags-links">Tagged <a href="/tag/shed/">'
             'shed</a></span>')


def test_a_posted_in_line_naming_the_writer_through_her_page_is_the_byline():
    # the markup gives only the account's login, which the page never shows
    assert author_of(_post('<meta name="author" content="gsadmin">', POSTED_IN)) == "Orla Fenwick"


def test_a_linked_name_without_by_before_it_is_no_byline():
    footer = '<p>More from <a href="/author/orla/">Orla Fenwick</a> in Garden</p>'
    assert author_of(_post('<meta name="author" content="gsadmin">', footer)) is None


def test_a_linked_by_line_in_the_comments_is_no_byline():
    comments = ('<div class="comments-area"><p>Reply posted in Garden by <a href="/author/kit/">Kit Marlow</a></p>'
                '</div>')
    assert author_of(_post('<meta name="author" content="gsadmin">', "", comments)) is None


def test_a_handle_whose_author_page_the_byline_links_gives_the_full_name():
    footer = ('<span class="byline"><span class="author vcard"><a class="url fn n" '
              'href="https://shedlife.example/author/orla/">Orla Fenwick</a></span></span>')
    assert author_of(_post('<meta name="author" content="orla">', footer)) == "Orla Fenwick"


def test_a_handle_with_no_author_page_of_its_own_stays():
    footer = '<p>Sidebar: <a href="https://shedlife.example/author/bram/">Bram Tiller</a></p>'
    assert author_of(_post('<meta name="author" content="orla">', footer)) == "orla"


COUNCIL = """<html><head><meta name="DC.creator" content="Waste and Recycling Service">
<title>Composting at home - Hollinvale District Council</title></head><body><main>
<h1>Composting at home</h1>
<p>Almost half of what goes in a kitchen bin could be composted, and a bin in the garden costs less than a year of
bags. These are the habits that make it work.</p>
<p>Content source: Hollinvale District Council, Waste and Recycling Service</p>
</main></body></html>"""


def test_a_service_in_the_markup_is_the_council_its_content_source_line_names():
    assert author_of(COUNCIL) == "Hollinvale District Council"


def test_a_service_the_content_source_line_does_not_name_stays():
    page = COUNCIL.replace("Content source: Hollinvale District Council, Waste and Recycling Service",
                           "Content source: Hollinvale District Council, Parks Service")
    assert author_of(page) == "Waste and Recycling Service"


def test_a_markup_author_the_page_shows_only_in_its_review_credit_is_no_writer():
    head = '<meta name="author" content="Ines Marlow">'
    footer = '<p class="reviewed">Checked: Dr Ines Marlow, GP</p>'
    assert author_of(_post(head, footer)) is None


def test_a_markup_author_shown_in_a_byline_too_stays():
    head = '<meta name="author" content="Ines Marlow">'
    footer = '<p class="byline">By Ines Marlow</p><p class="reviewed">Checked: Dr Ines Marlow, GP</p>'
    assert author_of(_post(head, footer)) == "Ines Marlow"


SPUN = """<html><head><meta property="og:site_name" content="HandyHints Today">
<script type="application/ld+json">{"@type": "BlogPosting", "headline": "Smart Ways To Cut Your Water Invoice",
"author": {"@type": "Organization", "name": "HandyHints Today"}}</script><title>Smart Ways</title></head><body>
<div class="post"><h1>Smart Ways To Cut Your Water Invoice</h1><div class="entry">
<p>Each summer a great many homeowners open their water invoice and get a genuine surprise. A few small changes
around the house can trim that figure without any hardship at all.</p>
<div class="authorbox"><p><b>About the writer:</b> Tobias Renwick is a household water cost savings expert who has
helped hundreds of families cut their bills.</p></div></div></div></body></html>"""


def test_a_spun_copy_claimed_by_the_sites_markup_is_by_its_bio_lines_writer():
    assert author_of(SPUN) == "Tobias Renwick"


def _blog(footer_holder: str) -> str:
    return ("<html><head><title>Soup for a Week</title></head><body><main><article><h1>Soup for a Week</h1>"
            "<p>One big pot on Sunday feeds us four lunches, and the freezer takes the rest. This is how I plan it "
            "so nothing is wasted and nobody tires of it.</p></article></main><aside class='sidebar'>"
            "<div class='widget'><h4>About the author</h4><p><strong>Marta Kowalik</strong> cooks for a family of "
            "five in Leeds and started this blog to keep track of it.</p></div></aside>"
            f"<footer><p>Text and photos © {footer_holder} 2025.</p></footer></body></html>")


def test_an_about_box_on_a_blog_whose_copyright_is_hers_credits_the_post():
    assert author_of(_blog("Marta Kowalik")) == "Marta Kowalik"


def test_an_about_box_on_a_site_whose_copyright_is_the_sites_credits_nobody():
    assert author_of(_blog("Soup Club Media")) is None


def test_a_byline_in_the_page_script_beats_its_romanised_markup_spelling():
    html = ('<html><head><script type="application/ld+json">{"@type": "BlogPosting", "headline": "Ꮎ", "author": '
            '{"@type": "Person", "name": "Sequa Tahlo"}}</script><title>Ꮎ</title></head><body><article><h1>ᏎᏆ ᎦᏚ</h1>'
            '<span class="byline">ᏅᏬᏘ <a rel="author" href="/author/sequa/">ᏎᏆ ᏔᎶ</a></span><p>ᏎᏆ ᎦᏚ ᏓᏆᎵ ᎤᏍᏗ. '
            'ᎠᎹ ᏗᏱᏍᏗ ᏒᏃᏱ ᏂᎦᏛ ᏑᎾᎴ ᏗᏍᏆᎵᏍᏗ ᎤᏍᏗ ᎠᎹ ᎤᏗᎴᎩ ᎢᏳᏍᏗ ᎦᏅᏍᎨᏂ ᏗᏍᏆᏂᎪᏍᏗ.</p></article></body></html>')
    assert author_of(html) == "ᏎᏆ ᏔᎶ"  # in its own capitals, not recased to the syllabary's small letters


def test_a_live_coverage_credit_linking_two_writers_names_both():
    html = ('<html><head><meta name="author" content="Harbour Money Desk"><title>Budget day live</title></head><body>'
            '<article class="liveblog"><h1>Budget day live: what it means for your bills</h1><p class="standfirst">'
            'We are following every announcement today.</p><p class="byline">Live coverage by <a rel="author" '
            'href="/authors/ines-ward">Ines Ward</a> and <a rel="author" href="/authors/kofi-bram">Kofi Bram</a></p>'
            '<p>The chancellor stands up at half past twelve, and we will explain each change to tax and benefits as '
            'soon as it is announced, with what it means for a typical household.</p></article></body></html>')
    assert author_of(html) == "Ines Ward and Kofi Bram"
