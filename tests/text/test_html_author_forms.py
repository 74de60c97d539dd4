"""Authors read from HTML markup in the forms many sites' themes write them (issue 16, round 6): a theme's date
before its byline, a label word before the name ("Auteur :", "Ein Artikel von"), a second credit after it
("Illustration von"), a social handle after it, JSON-LD names with their entities still escaped, and what is never
a name (a date line cut at its comma, "Published on" without a name, a button's word, a slogan). Then the page-level
rules: a markup author that is the site's name cut short, a body named in the markup against a person named in the
text, and a login written together beside the same name spelt out. Every page here is our own words."""

from __future__ import annotations

import pytest

from pipeline.text.html_meta import clean_author
from tests.conftest import html_author as author_of


@pytest.mark.parametrize("byline, name", [
    ("Posted on March 4, 2021 by Ilse Brandvold", "Ilse Brandvold"),
    ("Veröffentlicht am 3. Mai 2020 von Jonas Kettler", "Jonas Kettler"),
    ("Mai 12, 2018 · von kettlerblog77 · in Allgemein · 2 Kommentare", "kettlerblog77"),
    ("12.05.2018 | von Jonas Kettler", "Jonas Kettler"),
    ("Auteur : Élodie Marchetti", "Élodie Marchetti"),
    ("Autoren Jonas Kettler und Ilse Brandvold", "Jonas Kettler und Ilse Brandvold"),
    ("Ein Artikel von Ilse Brandvold | 02.03.2021 - 09:15", "Ilse Brandvold"),
    ("Ein Gastbeitrag von Jonas Kettler", "Jonas Kettler"),
    ("Text von Ilse Brandvold  Illustration von Per Lund", "Ilse Brandvold"),
    ("Fotos: Per Lund", None),
    ("Zeige alle Beiträge von Jonas Kettler →", "Jonas Kettler"),
    ("View all posts by Ilse Brandvold", "Ilse Brandvold"),
    ("Ilse Brandvold @ilsebrand", "Ilse Brandvold"),
    ("Redacci&oacute;n Central", "Redacción Central"),
])
def test_a_bylines_name_is_read_from_the_themes_wording(byline, name):
    assert clean_author(byline) == name


@pytest.mark.parametrize("text", [
    "Donnerstag, 4. November 2021",  # a date line, cut at its comma, leaves a weekday
    "Dezember 10",
    "Published on",
    "Veröffentlicht am",
    "Follow",
    "Gebühren RUNTER!",  # a campaign's slogan in a byline-classed box
    "Is it worth it?",
])
def test_what_is_never_a_writers_name(text):
    assert clean_author(text) is None


def test_a_year_is_noise_but_a_handle_with_digits_is_a_name():
    assert clean_author("Ilse Brandvold 2019") is None
    assert clean_author("brandvold1984") == "brandvold1984"


SITE = '<meta property="og:site_name" content="{site}">'


@pytest.mark.parametrize("site, markup_author", [
    ("Nordwind-Klima-Initiative", "Nordwind Klima"),  # the site's name cut short, joined by hyphens there
    ("KB - Kreisblatt Bergen", "KB"),  # the site's short name before its long one
])
def test_a_markup_author_that_is_the_sites_name_gives_way_to_the_writer_the_text_names(site, markup_author):
    html = (f'<html><head>{SITE.format(site=site)}<script type="application/ld+json">{{"@type": "Article", '
            f'"author": {{"@type": "Person", "name": "{markup_author}"}}}}</script></head><body>'
            f"<h1>Der Deich wird erhöht</h1><p>Von Hanne Völkel</p><p>Der Deich an der Mündung wird bis zum Herbst "
            f"um einen halben Meter erhöht, sagte die Gemeinde am Montag.</p></body></html>")
    assert author_of(html) == "Hanne Völkel"


@pytest.mark.parametrize("signed", ["Ela", "tobi"])
def test_a_blogger_signing_with_one_name_is_not_overruled_by_a_byline(signed):
    html = (f'<html><head><meta name="author" content="{signed}"></head><body><h1>Linsen mit Spinat</h1>'
            "<p>Von Michaela Stroh</p><p>Dieses Gericht koche ich jede Woche, weil es schnell geht und satt "
            "macht.</p></body></html>")
    assert author_of(html) == signed


@pytest.mark.parametrize("meta", [
    '<meta name="twitter:label1" content="Verfasst von"><meta name="twitter:data1" content="Hanne Völkel">',
    '<meta name="twitter:label1" content="Est. reading time"><meta name="twitter:data1" content="3 minutes">'
    '<meta name="twitter:label2" content="Written by"><meta name="twitter:data2" content="Hanne Völkel">',
    '<meta name="parsely-author" content="Hanne Völkel">',
    '<meta name="shareaholic:article_author_name" content="Hanne Völkel">',
])
def test_the_writer_named_by_an_seo_or_analytics_plugins_meta(meta):
    html = (f"<html><head>{meta}</head><body><h1>Der neue Steg</h1><p>Der neue Steg am See ist fertig und wird am "
            f"Samstag mit einem kleinen Fest eröffnet.</p></body></html>")
    assert author_of(html) == "Hanne Völkel"


@pytest.mark.parametrize("cls", ["article-head__author-name", "authors"])
def test_a_byline_class_as_one_word_of_a_longer_class_name(cls):
    html = (f'<html><body><div class="{cls}"><a href="/team/hv"><img src="hv.jpg" alt="">Hanne Völkel</a></div>'
            f"<h1>Der neue Steg</h1><p>Der neue Steg am See ist fertig und wird am Samstag mit einem kleinen Fest "
            f"eröffnet.</p></body></html>")
    assert author_of(html) == "Hanne Völkel"


@pytest.mark.parametrize("text", ["Autoren", "Authors", "02:15 Min.", "Bild © NDR"])
def test_a_byline_elements_label_duration_or_picture_credit_is_no_writer(text):
    html = (f'<html><body><h1>Der neue Steg</h1><div class="author">{text}</div><p>Der neue Steg am See ist fertig '
            f"und wird am Samstag mit einem kleinen Fest eröffnet.</p></body></html>")
    assert author_of(html) is None


def test_bylines_down_a_list_of_other_articles_name_none_of_this_ones_writers():
    teasers = "".join(f'<li><h3>Andere Meldung {k}</h3><div class="listing__item__author">Von {who} am {k}.12.2022'
                      f"</div></li>" for k, who in enumerate(["Per Lund", "Ilse Brandvold", "Jonas Kettler"]))
    html = (f"<html><body><h1>Der neue Steg</h1><p>Der neue Steg am See ist fertig und wird am Samstag mit einem "
            f"kleinen Fest eröffnet.</p><ul>{teasers}</ul><div class='sidebar'><h3>Autorin</h3><p>Von Hanne "
            f"Völkel</p></div></body></html>")
    assert author_of(html) == "Hanne Völkel"


def test_a_blogs_front_page_repeating_its_bloggers_byline_keeps_it():
    posts = "".join(f'<div class="post"><h2>Eintrag {k}</h2><span class="author vcard">{who}</span><p>Heute war '
                    f"wieder ein langer Tag im Garten, und am Abend regnete es endlich.</p></div>"
                    for k, who in enumerate(["hvoelkel", "hvoelkel", "Per Lund"]))
    assert author_of(f"<html><body>{posts}</body></html>") == "hvoelkel"


BODY = "<p>Der neue Steg am See ist fertig und wird am Samstag mit einem kleinen Fest eröffnet.</p>"


@pytest.mark.parametrize("line", ["04.02.2022 | 13:10 Uhr | Hanne Völkel", "25.10.2022 - Hanne Völkel"])
def test_a_date_line_over_the_title_naming_the_writer(line):
    html = f"<html><body><small>{line}</small><h1>Der neue Steg</h1>{BODY}</body></html>"
    assert author_of(html) == "Hanne Völkel"


@pytest.mark.parametrize("line", ["22.05.2018 · Oral Health", "04.02.2022 | 13:10 Uhr | Weitere Informationen"])
def test_a_date_line_naming_a_category_names_no_writer(line):
    html = f"<html><body><small>{line}</small><h1>Der neue Steg</h1>{BODY}</body></html>"
    assert author_of(html) is None


@pytest.mark.parametrize("line", ["Von:<br><br>Hanne Völkel", "Text von Hanne Völkel &nbsp; Illustration von Per Lund"])
def test_a_by_line_with_a_colon_and_line_break_or_a_text_credit(line):
    html = f"<html><body><h1>Der neue Steg</h1>{BODY}<p>{line}</p></body></html>"
    assert author_of(html) == "Hanne Völkel"


@pytest.mark.parametrize("byline, name", [
    ("Autor: Jonas Kettler (Gastbeitrag), Tischler in Kiel", "Jonas Kettler"),
    ("Redaktion: Ilse Brandvold (Pressestelle)", "Ilse Brandvold"),
    ("Article by Ilse Brandvold", "Ilse Brandvold"),
    ("Recipe by Ilse Brandvold", "Ilse Brandvold"),
    ("Ilse Brandvold Ilse Brandvold", "Ilse Brandvold"),  # a picture's caption and a link, side by side
    ("R. K.", "R. K."),
    ("Jan", "Jan"),  # a name that is also a month's short form
    ("April", "April"),
])
def test_more_credit_wordings(byline, name):
    assert clean_author(byline) == name


@pytest.mark.parametrize("text", ["Radio Nord (www.radionord.example)", "Article by", "Autoren & Herausgeber",
                                  "BY DATE", "Friday"])
def test_more_texts_that_name_no_writer(text):
    assert clean_author(text) is None


def test_a_labelled_author_line_far_down_a_long_page_still_counts():
    filler = "".join(f"<p>Absatz {k}: Die Gemeinde plant weitere Stege an beiden Ufern des Sees.</p>"
                     for k in range(220))
    html = ('<html><head><meta name="author" content="Stiftung Seeufer e.V."></head><body><h1>Der neue Steg</h1>'
            f"{filler}<p>Autorin: Hanne Völkel, Projektleiterin am See.</p></body></html>")
    assert author_of(html) == "Hanne Völkel"


def test_a_by_line_far_down_a_long_page_does_not():
    filler = "".join(f"<p>Absatz {k}: Die Gemeinde plant weitere Stege an beiden Ufern des Sees.</p>"
                     for k in range(220))
    html = f"<html><body><h1>Der neue Steg</h1>{filler}<p>Von Hanne Völkel</p></body></html>"
    assert author_of(html) is None


def test_a_related_posts_wrapper_naming_its_writers_in_taxonomy_classes_is_no_byline():
    related = "".join(f'<li class="post type-post status-publish autor-{slug}"><a href="/p{k}">{title}</a></li>'
                      for k, (slug, title) in enumerate([("per-lund", "Baden im Herbst"), ("ilse-brandvold",
                                                                                            "Atmosphären")]))
    html = (f'<html><body><ul class="related">{related}</ul><h1>Der neue Steg</h1>{BODY}'
            f'<a rel="author" href="/autor/hv">Hanne Völkel</a></body></html>')
    assert author_of(html) == "Hanne Völkel"


@pytest.mark.parametrize("text", ["No Author", "null", "jonas[at]kettler.example", "Welcome to my very first story"])
def test_placeholders_hidden_addresses_and_sentences_are_no_writers(text):
    assert clean_author(text) is None


@pytest.mark.parametrize("text, name", [("'Ilse Brandvold'", "Ilse Brandvold"), ("„Ilse Brandvold“", "Ilse Brandvold"),
                                        ("Maria de la Luz Ortega", "Maria de la Luz Ortega")])
def test_quotes_go_and_particles_stay(text, name):
    assert clean_author(text) == name


def test_a_name_signed_under_the_text_on_a_page_naming_no_writer():
    html = (f"<html><body><h1>Der neue Steg</h1>{BODY}<p>Bis Samstag bleibt der Zugang zum Ufer gesperrt, danach "
            f'ist er wieder frei.</p><p class="sig"><strong>Hanne Völkel</strong></p></body></html>')
    assert author_of_page(html) == "Hanne Völkel"


def test_a_name_under_the_text_that_the_text_is_about_is_not_its_writer():
    html = ("<html><body><h1>Völkel gewinnt am Steg</h1><p>Hanne Völkel gewann das Rennen am neuen Steg mit einer "
            "Sekunde Vorsprung vor dem Feld.</p><p>Hanne Völkel</p></body></html>")
    assert author_of_page(html) is None


def author_of_page(html: str) -> str | None:
    from pipeline.text.extract import html_to_text

    return html_to_text(html).author


AUTHORS = [
    # a by line ending in a colon leads into a list and names no one
    pytest.param(
        "<html><body><h1>Rents In Five Charts</h1><p>Rents rose again this spring in most of the cities we "
        "follow, faster than wages did.</p><p>By the figures:</p><ul><li>Rents: up 6%</li><li>Wages: up 3%</li>"
        "</ul></body></html>",
        None,
        id="a-by-line-ending-in-a-colon-leads-into-a-list-and-names-no-one"),
    # a site named after its owner keeps the owner as author
    pytest.param(
        '<html><head><meta property="og:site_name" content="Kettler\'s Blog"><meta name="author" '
        'content="Kettler"></head><body><h1>Zwei Wochen Ostsee</h1><p>Von Hanne Völkel</p><p>Wir waren zwei '
        'Wochen an der Ostsee und haben jeden Tag etwas anderes gesehen.</p></body></html>',
        "Kettler",
        id="a-site-named-after-its-owner-keeps-the-owner-as-author"),
    # a body named in the markup gives way to a person the byline names
    pytest.param(
        '<html><head><meta name="author" content="Verband der Gartenfreunde e.V."></head><body>'
        "<h1>Kompost im Winter</h1><p>Von Hanne Völkel</p><p>Auch im Winter arbeitet der Kompost, nur "
        "langsamer, und ein wenig Laub obenauf hält ihn warm.</p></body></html>",
        "Hanne Völkel",
        id="a-body-named-in-the-markup-gives-way-to-a-person-the-byline-names"),
    # a login written together is spelt out by the byline
    pytest.param(
        '<html><head><script type="application/ld+json">{"@type": "Article", "author": {"@type": "Person", '
        '"name": "hannevoelkel"}}</script></head><body><h1>Der neue Steg</h1><p>von Hanne Voelkel</p><p>Der '
        "neue Steg am See ist fertig und wird am Samstag mit einem kleinen Fest eröffnet.</p></body></html>",
        "Hanne Voelkel",
        id="a-login-written-together-is-spelt-out-by-the-byline"),
    # a reading time is not a writer
    pytest.param(
        '<html><head><meta name="twitter:label1" content="Est. reading time"><meta name="twitter:data1" '
        'content="3 minutes"></head><body><h1>Der neue Steg</h1><p>Der neue Steg am See ist fertig und wird am '
        "Samstag mit einem kleinen Fest eröffnet.</p></body></html>",
        None,
        id="a-reading-time-is-not-a-writer"),
    # the editorial desk signing a piece is its author
    pytest.param(
        '<html><head><script type="application/ld+json">{"@type": "BlogPosting", "author": {"@type": "Person", '
        '"name": "Redaktion"}}</script></head><body><h1>Der neue Steg</h1><p>Der neue Steg am See ist fertig '
        "und wird am Samstag mit einem kleinen Fest eröffnet.</p></body></html>",
        "Redaktion",
        id="the-editorial-desk-signing-a-piece-is-its-author"),
    # a title opening with von is not a byline
    pytest.param(
        f"<html><body><h1>Von Regeln, Ausnahmen und «gutem Deutsch»</h1>{BODY}</body></html>",
        None,
        id="a-title-opening-with-von-is-not-a-byline"),
    # a byline set as a heading still counts when it names a person
    pytest.param(
        f'<html><head><meta name="author" content="Verband der Gartenfreunde e.V."></head><body><h1>Der neue '
        f"Steg</h1><h4>Von Hanne Völkel</h4>{BODY}</body></html>",
        "Hanne Völkel",
        id="a-byline-set-as-a-heading-still-counts-when-it-names-a-person"),
    # a role before the name goes when another credit gives the name alone
    pytest.param(
        '<html><head><script type="application/ld+json">{"@type": "Article", "author": {"@type": "Person", '
        f'"name": "Von Garten-Experte Hanne Völkel"}}}}</script></head><body><h1>Der neue Steg</h1>{BODY}'
        '<a rel="author" href="/team/hv">Hanne Völkel</a></body></html>',
        "Hanne Völkel",
        id="a-role-before-the-name-goes-when-another-credit-gives-the-name-alone"),
    # a papers citation author beats a plain author meta
    pytest.param(
        '<html><head><meta name="author" content="K. Osei, M. Lund"><meta name="citation_author" '
        'content="Ilse Brandvold"><meta name="citation_title" content="Piers and Currents"></head><body><h1>Piers '
        f"and Currents</h1>{BODY}</body></html>",
        "Ilse Brandvold",
        id="a-papers-citation-author-beats-a-plain-author-meta"),
]


@pytest.mark.parametrize(("html", "author"), AUTHORS)
def test_the_author_a_pages_markup_and_lines_name(html, author):
    assert author_of(html) == author
