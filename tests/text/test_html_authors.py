"""The author an HTML page's markup gives (html_meta, issue 16 round 4), in the shapes fresh hands' pages brought:
a guest credit over the host's <meta name="author">, a company named without its legal form or its "Team", a
forum's "by NAME » DATE" byline, an old directory's "Author:" table cell. Pages are our own words."""

from __future__ import annotations

import pytest

from pipeline.text.extract import html_to_text
from tests.conftest import html_author as author_of


@pytest.mark.parametrize("credit", ["Guest author: <span>Nadia Benali</span>", "A guest post by Nadia Benali",
                                    "This is a guest post from Nadia Benali."])
def test_a_guest_credit_beats_the_hosts_markup_author(credit):
    html = (f'<html><head><meta name="author" content="Pia Host"><title>Iftar | Pia\'s Table</title></head><body>'
            f'<h1>Hosting A Small Iftar</h1><p class="guest">{credit}</p><p>Last spring I invited the neighbours '
            f'to break the fast with us, and here is what I learned.</p></body></html>')
    assert author_of(html) == "Nadia Benali"


@pytest.mark.parametrize("markup, org", [
    ('<script type="application/ld+json">{"@type": "BlogPosting", "headline": "Packing Glass", '
     '"author": {"@type": "Organization", "name": "Fjordline Cargo AB"}}</script>', "Fjordline Cargo"),
    ('<meta name="author" content="the Kestrel Heating Team">', "Kestrel Heating"),
    ('<meta name="author" content="Maison Rivière SARL">', "Maison Rivière"),
])
def test_a_company_author_without_its_legal_form_or_team(markup, org):
    html = (f"<html><head>{markup}<title>Packing Glass</title></head><body><h1>Packing Glass</h1><p>Breakages "
            f"start at the packing table, not on the road, and most are avoidable.</p></body></html>")
    assert author_of(html) == org


def test_a_forum_byline_with_the_posts_time_after_a_guillemet():
    html = ('<html><body><h2 class="topic-title">Bleeding radiators</h2><div class="post"><p class="author">by '
            '<a class="username">RadiatorRay</a> &raquo; Sun Nov 12, 2017 6:03 pm</p><div class="content">Turn the '
            'heating off first and wait until the radiators are cold to the touch.</div></div></body></html>')
    assert author_of(html) == "RadiatorRay"


def test_an_author_label_cell_names_the_writer_in_the_next_cell():
    html = ('<html><body><h1>Dog Walking On The Side</h1><table class="info"><tr><td>Author:</td><td><a>Chioma '
            'Eze</a></td></tr><tr><td>Published:</td><td>April 2, 2010</td></tr></table><p>I started walking dogs '
            'to pay for night classes, and within a year it paid more than my day job.</p></body></html>')
    assert author_of(html) == "Chioma Eze"


# Shape (round 4b): a Q&A page's accepted answer is the article; the answerer's name stands in the user card under it
# ("user-name", "user-details"), beside the asker's card over the question and an editor's card; a thread's first
# post names its poster in the post's head ("full-name" over the "username"), replies their own.
QUESTION = ("<div class='question'><h1>Why does my bread sink in the middle?</h1><p>Every loaf rises well and "
            "then sinks in the oven.</p><div class='user-info'>asked by <a class='user-name'>crumb_counter</a></div>"
            "</div>")


def test_the_accepted_answers_user_card_names_the_writer():
    html = ("<html><head><title>Why does my bread sink - Bake Stack</title></head><body>" + QUESTION
            + "<div class='answer'><p>Buy a thermometer.</p><div class='user-info'>answered by "
            "<a class='user-name'>oven_owl</a></div></div>"
            "<div class='answer accepted'><p>Your dough is over-proved: shorten the second rise and bake hotter."
            "</p><div class='post-signature'><div class='user-info'>edited by <a class='user-name'>tidy_mod</a>"
            "</div></div><div class='post-signature owner'><div class='user-info'>answered 3 May <a "
            "class='user-name'>Tamar Ben-Ami</a> 1,204</div></div></div></body></html>")
    assert author_of(html) == "Tamar Ben-Ami"


def test_a_question_without_an_accepted_answer_names_no_writer_from_its_cards():
    html = ("<html><head><title>Why does my bread sink - Bake Stack</title></head><body>" + QUESTION
            + "<div class='answer'><p>Shorten the second rise.</p><div class='user-info'>answered by "
            "<a class='user-name'>oven_owl</a></div></div></body></html>")
    assert author_of(html) is None


def test_a_threads_first_post_names_its_poster_by_the_full_name():
    html = ("<html><head><title>Keeping basil alive - Herb Forum</title></head><body><h1>Keeping basil alive</h1>"
            "<div class='topic-post'><div class='names'><span class='first full-name'><a>Ngozi Adeyemi</a></span> "
            "<span class='second username'>ngozi_a</span></div><div class='cooked'><p>Water from below and pinch out"
            " the tops every week.</p></div></div><div class='topic-post'><div class='names'><span class='username'>"
            "leafy</span></div><div class='cooked'><p>Same here.</p></div></div></body></html>")
    assert author_of(html) == "Ngozi Adeyemi"


# Shape (round 4b): a newswire's copy of a release: the wire is the markup's author and the site, its breadcrumb says
# "News releases", the dateline carries the wire's tag; the issuer is named on a "Source:" line the text drops.
@pytest.mark.parametrize("mark", ["<div class='nav'><a>Harbour Wire</a> &raquo; <a>News releases</a></div>",
                                  "<p>LEEDS, 2 May 2024 /Harbour Wire/ &mdash;</p>"])
def test_a_wire_copy_of_a_release_is_the_issuers(mark):
    html = ("<html><head><title>Tidewell Foods recalls oat bars | Harbour Wire</title><meta name='author' "
            "content='Harbour Wire'></head><body>" + mark + "<h1>Tidewell Foods recalls oat bars</h1>"
            "<p class='source'>Source: Tidewell Foods Ltd</p><p>Tidewell Foods is recalling two batches of oat "
            "bars because the label leaves out milk.</p></body></html>")
    assert author_of(html) == "Tidewell Foods"


def test_a_source_line_on_a_sites_own_article_is_no_issuer():
    html = ("<html><head><title>Oat bars at home | Harbour Kitchen</title><meta name='author' "
            "content='Harbour Kitchen'></head><body><h1>Oat bars at home</h1><p>Source: Tidewell Foods Ltd</p>"
            "<p>Press the mix into the tin firmly and bake until golden at the edges.</p></body></html>")
    assert author_of(html) == "Harbour Kitchen"


# Shape (round 4b): a shop's advice post whose <meta name="author"> names the site's department ("Kestrel
# Marketing" on the Kestrel Heating site) while the visible byline credits the company's team: the byline wins.
@pytest.mark.parametrize("meta_author", ["Kestrel Marketing", "Kestrel Heating Web Team"])
def test_a_departments_markup_author_yields_to_the_byline(meta_author):
    html = ("<html><head><title>Bleeding A Radiator - Kestrel Heating</title>"
            f"<meta name='author' content='{meta_author}'><meta property='og:site_name' content='Kestrel Heating'>"
            "</head><body><article><h1>Bleeding A Radiator</h1>"
            "<div class='post-meta'><span class='byline'>By the Kestrel Heating Team</span></div><p>Turn the heating "
            "off and let the radiators cool before you start.</p></article></body></html>")
    assert author_of(html) == "Kestrel Heating"


def test_a_persons_markup_author_on_a_shop_stays():
    html = ("<html><head><title>Bleeding A Radiator - Kestrel Heating</title><meta name='author' content='Kestrel "
            "Okafor'><meta property='og:site_name' content='Kestrel Heating'></head><body><article><h1>Bleeding A "
            "Radiator</h1><p>Turn the heating off and let the radiators cool before you start.</p></article>"
            "</body></html>")
    assert author_of(html) == "Kestrel Okafor"


# Shape (round 4b): an SEO plugin's JSON-LD graph: the Article names its author by reference ("@id") to a Person
# node of the same graph, which holds the name.
def test_a_json_ld_author_given_by_reference_to_a_person_node():
    ld = ('{"@context": "https://schema.org", "@graph": [{"@type": "WebPage", "@id": "https://d.example/p#page"}, '
          '{"@type": "Article", "headline": "Bleeding A Radiator", "author": {"@id": "https://d.example/#/person/7"}, '
          '"publisher": {"@id": "https://d.example/#org"}}, {"@type": "Organization", "@id": "https://d.example/#org",'
          ' "name": "Kestrel Heating"}, {"@type": "Person", "@id": "https://d.example/#/person/7", "name": "Ines '
          'Sousa"}]}')
    html = (f"<html><head><title>Bleeding A Radiator</title><script type='application/ld+json'>{ld}</script></head>"
            "<body><h1>Bleeding A Radiator</h1><p>Turn the heating off and let the radiators cool.</p></body></html>")
    assert author_of(html) == "Ines Sousa"


# Shape (round 4b): a blog theme's "Posted by NAME" line under the title, the markup's author a bare account name.
def test_a_posted_by_line_names_the_writer_when_the_markup_gives_an_account():
    html = ("<html><head><title>Bleeding A Radiator | Warm Rooms</title><meta name='author' content='admin'></head>"
            "<body><h1>Bleeding A Radiator</h1><div class='entry-meta'>Posted by <a href='/author/ines'>Ines Sousa"
            "</a></div><p>Turn the heating off and let the radiators cool before you start.</p></body></html>")
    assert author_of(html) == "Ines Sousa"


# Round 7 (issue 16): a company's JSON-LD author in capitals ("HALVORSEN HEAT PUMPS AS") is the company the page's
# title writes in its usual case; one company, one author string. An agency the title never spells otherwise stays.
@pytest.mark.parametrize("name, title, author", [
    ("SKARDHAMAR BOILERS AS", "Bleeding Radiators | Skardhamar Boilers Blog", "Skardhamar Boilers"),
    ("NORDIC NEWS AGENCY", "Bleeding Radiators", "NORDIC NEWS AGENCY"),
])
def test_a_company_in_capitals_takes_the_titles_case(name, title, author):
    html = ('<html><head><script type="application/ld+json">{"@type": "BlogPosting", "headline": "Bleeding '
            f'Radiators", "author": {{"@type": "Organization", "name": "{name}"}}}}</script><title>{title}</title>'
            '</head><body><h1>Bleeding Radiators</h1><p>A cold band at the top of a radiator is air, and letting '
            'it out takes a key and a cloth.</p></body></html>')
    assert author_of(html) == author


# Round 7 (issue 16): class-marked bylines that are not the writer's name: a reading-time note beside the date, the
# writer's tagline in an "author-desc" element over the post's own vcard byline; and an author box whose heading and
# bio come as one text ("About the Author NAME is a ...") names its writer.
def test_a_reading_time_in_a_byline_row_is_no_writer():
    html = ('<html><body><h1>Watering While Away</h1><div class="post-meta"><span class="byline-date">Jul 5, 2024'
            '</span> <span class="byline-time">3 min read</span></div><p>Group the pots in the bath on a wet towel '
            'and they will drink for a week.</p></body></html>')
    assert author_of(html) is None


def test_an_author_description_is_no_byline_over_the_vcard():
    html = ('<html><body class="archive author"><section class="author-header"><h1>Articles by Σοφία Λαμπράκη</h1>'
            '<p class="author-desc">Beekeeper from Crete, writing about thyme honey. 9 articles.</p></section>'
            '<article><h2>Moving A Hive In Summer</h2><div class="entry-meta">Posted on July 2, 2024 by <span '
            'class="author vcard"><a class="url fn n" href="/author/sl/">Σοφία Λαμπράκη</a></span></div><p>Move '
            'it at night, three feet or three miles, never in between.</p></article></body></html>')
    assert author_of(html) == "Σοφία Λαμπράκη"


def test_an_author_box_with_its_heading_glued_to_the_bio():
    html = ('<html><body><h1>A Sinking Fund You Keep</h1><p>Put aside a little each month for the bills you know '
            'are coming.</p><div class="author-box"><h4>About the Author</h4><p><strong>Thandiwe Mokoena-Berg'
            '</strong> is a budgeting coach in Pretoria who runs evening classes.</p></div></body></html>')
    assert author_of(html) == "Thandiwe Mokoena-Berg"


def test_a_qa_answer_line_names_the_first_answerer():
    html = ('<html><body><h1>Why do pine shelves sag?</h1><div class="answer"><div class="post-text"><p>Flip them '
            'every year and add a batten along the back wall.</p></div><div class="user-info">answered <span>Jul 13, '
            '2021</span> by <a href="/u/1">Ines Carvalho-Lund</a> <span class="rep">12.4k</span></div></div><div '
            'class="answer"><p>Add a bracket.</p><div class="user-info">answered <span>Jul 20, 2021</span> by <a>bob'
            '</a></div></div></body></html>')
    assert author_of(html) == "Ines Carvalho-Lund"


# Round 7 (issue 16): a wire's copy of a news release: <meta name="author"> names the wire's newsroom (the site's own
# desk, as "PressPoint Wire Newsroom" on "... | PressPoint Wire"), the facts row over the headline names the source.
def test_a_wires_newsroom_yields_to_the_releases_source_in_its_facts_row():
    html = ("<html><head><title>Fenmoor Water Asks Homes To Save Water | Harbour Wire</title><meta name='author' "
            "content='Harbour Wire Newsroom'></head><body><div class='meta'><span>Utilities</span> &middot; <span>July "
            "19, 2021</span> &middot; <span>Source: Fenmoor Water Ltd</span></div><h1>Fenmoor Water Asks Homes To Save "
            "Water</h1><p>Fenmoor Water today asked customers to water gardens in the evening.</p></body></html>")
    assert author_of(html) == "Fenmoor Water"


# Round 8: a host's note over a guest post hands the post to its writer in a sentence ("Today's guest post comes from
# NAME, a retired ..."); the page's author meta names the host, whose blog it is. Own words.
GUEST_NOTE_PAGE = """<html><head><title>Pickling in a small kitchen | Jar Days</title>
<meta name="author" content="Priya Raman"></head><body><header><a href="/">Jar Days</a></header>
<article><h1>Pickling in a small kitchen</h1>
<p><em>Today's guest post comes from Oskar Lindgren, a chef who cooks for a school of four hundred. Thank you, Oskar!
— Priya</em></p>
<p>A kitchen the size of a cupboard still holds a pickling shelf, if you plan the jars before you buy the vegetables.
These are the habits that kept my own small kitchen tidy through a whole season of cucumbers and beans.</p>
<h3>Buy jars of one size</h3><p>They stack, and one lid fits all of them.</p>
<h3>Brine in the evening</h3><p>The kitchen is cool and nobody needs the hob.</p></article>
<footer>Jar Days by Priya Raman</footer></body></html>"""


def test_a_host_s_note_handing_a_guest_post_to_its_writer_names_the_writer():
    assert html_to_text(GUEST_NOTE_PAGE).author == "Oskar Lindgren"


def test_a_note_that_names_no_guest_leaves_the_markup_author():
    page = GUEST_NOTE_PAGE.replace("Today's guest post comes from", "The photos in this post come from")
    assert html_to_text(page).author == "Priya Raman"
