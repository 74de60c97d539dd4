"""A grant at the article's own edge in an HTML page (round 6): extraction trims a short closing line such as "Feel
free to reprint this article, just keep my bio" as it trims "share this"; the grant is still the article's words (it
names this text), while the same words in the site's footer may be the site's. Pages written for this test."""

from __future__ import annotations

import pytest

from pipeline.text import licence as lic
from pipeline.text.extract import html_to_text

BODY = ("<p>" + "Rinse the seeds, spread them on a paper towel and keep them in a warm dark place until they sprout. "
        * 3 + "</p>")


def page(article_end: str = "", footer: str = "") -> str:
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Sprouting Seeds</title></head><body>"
            f"<nav><a href='/'>Home</a> <a href='/garden'>Garden</a></nav><article><h1>Sprouting Seeds</h1>"
            f"<p class='byline'>By Ines Okafor</p>{BODY}{article_end}</article><footer>{footer}</footer></body></html>")


def tag(html: str) -> str | None:
    licence = html_to_text(html).meta.licence
    return licence.tag if licence else None


EDGE_GRANTS = [
    "Feel free to reprint this article, just keep my bio and the link at the bottom.",
    "This article can be freely reprinted, provided the byline is kept.",
    "This text is public domain; copy and share it however you wish.",
]


@pytest.mark.parametrize("words", EDGE_GRANTS)
def test_a_grant_naming_this_text_at_the_article_s_edge_is_the_article_s(words):
    got = html_to_text(page(article_end=f"<p>{words}</p>"))
    assert words not in got.text  # trimmed as an edge line ...
    assert got.meta.licence is not None and got.meta.licence.tag in (lic.FREE_REPRINT, lic.PUBLIC_DOMAIN)  # ... read


@pytest.mark.parametrize("words", EDGE_GRANTS)
def test_the_same_grant_in_the_site_s_footer_grants_nothing(words):
    assert tag(page(footer=f"<p>{words}</p>")) is None


def test_an_edge_grant_that_names_no_text_grants_nothing():
    assert tag(page(article_end="<p>Reprints welcome.</p>")) is None


def test_a_permission_line_in_the_footer_still_wins_over_an_edge_grant():
    html = page(article_end=f"<p>{EDGE_GRANTS[0]}</p>", footer="<p>Reprinted with permission of the author.</p>")
    assert tag(html) == lic.USED_WITH_PERMISSION


def test_a_box_s_terms_at_the_edge_make_a_bare_welcome_a_grant():
    assert tag(page(article_end="<p>Reprints welcome, with the author box and a working link.</p>")) == lic.FREE_REPRINT


def test_a_copyright_line_at_the_edge_counts_when_it_names_the_author():
    # the byline's name: the article's own line; a club's or a site's mark at the same place is chrome
    assert tag(page(article_end="<p>© 2016 Ines Okafor</p>")) == lic.ALL_RIGHTS_RESERVED
    assert tag(page(article_end="<p>© 2016 Green Fingers Club</p>")) is None


# Round 7: a writer's own site signs its footer with the writer's name ("© 2021 NAME · Theme: ..."); that line is
# the writer's notice over the post, as it would be under the text. A site's or a club's mark there stays chrome.
@pytest.mark.parametrize("footer", [
    "<div class='site-info'>© 2019 Ines Okafor</div>",
    "<div class='site-info'>&copy; 2019 Ines Okafor &middot; Theme: Plain Blue</div>",
    "<p>Copyright 2019 Ines Okafor | Powered by a blog engine</p>",
])
def test_a_footer_copyright_line_naming_the_author_is_the_article_s(footer):
    assert tag(page(footer=footer)) == lic.ALL_RIGHTS_RESERVED


@pytest.mark.parametrize("footer", [
    "<div class='site-info'>© 2019 Seed Savers Weekly · Theme: Plain Blue</div>",
    "<p>© 2019 Ines Okafor-Brown</p>",  # another name that opens with the author's
])
def test_a_footer_copyright_line_of_someone_else_stays_chrome(footer):
    assert tag(page(footer=footer)) is None


def test_a_syndicate_s_copyright_at_the_edge_or_in_the_footer_is_the_column_s():
    assert tag(page(article_end="<p>© 2021 Harbourside Features Syndicate</p>")) == lic.ALL_RIGHTS_RESERVED
    assert tag(page(footer="<p>© 2021 Harbourside Features Syndicate</p>")) == lic.ALL_RIGHTS_RESERVED
    assert tag(page(article_end="<p>© 2021 Harbourside Gazette</p>")) is None  # a site's mark stays chrome


# Round 7: a person's bare copyright line at the article's own edge (inside its element) is the article's notice,
# as the same line under a text page's article is, whoever the byline names (a reprinted piece keeps its writer's
# line); a club's or a site's mark at the same place stays chrome.
@pytest.mark.parametrize("line", ["Copyright 2014 Desmond Achterberg", "© Priyanka Raghunathan",
                                  "Copyright © 2015-present Kwame Mensah-Bonsu"])
def test_a_person_s_copyright_line_at_the_edge_is_the_article_s(line):
    assert tag(page(article_end=f"<p>{line}</p>")) == lic.ALL_RIGHTS_RESERVED


def test_a_person_s_copyright_line_in_the_footer_is_still_chrome():
    assert tag(page(footer="<p>© 2014 Desmond Achterberg</p>")) is None


# Round 8: a site's footer that asks readers not to republish without permission reserves the rights even when it
# names what it covers by a bare plural ("recipes or photographs") rather than "this article" (SPEC.md: a © with
# reproduction words is all-rights-reserved, not the site's bare mark).
@pytest.mark.parametrize("footer", [
    "<p>© 2021 Sprout Corner. Please do not republish recipes or photographs without permission.</p>",
    "<p>&copy; 2021 Sprout Corner. Don't copy posts or pictures from here without asking first.</p>",
])
def test_a_footer_refusing_reuse_without_permission_reserves_the_rights(footer):
    assert tag(page(footer=footer)) == lic.ALL_RIGHTS_RESERVED


def test_a_footer_that_lets_readers_repost_without_asking_stays_the_site_s_mark():
    assert tag(page(footer="<p>© 2021 Sprout Corner. Recipes may be reposted without asking.</p>")) is None


# An article directory's republish box beside the article (round 9): themes put it in the sidebar as often as under
# the text. On a page of one article, a grant there that names "this article" and states its terms is the article's.
SIDE_BOX = ("<h3>Reuse this article</h3><p>You may publish this article in your newsletter or on your site at no "
            "cost, provided the author's bio box and its links are kept.</p>")


def page_with_sidebar(sidebar: str, footer: str = "© 2011 TipVault.example. All rights reserved.",
                      articles: int = 1) -> str:
    posts = "".join(f"<article class='post hentry'><h2>Sprouting Seeds {n}</h2><p class='byline'>By Ines Okafor</p>"
                    f"{BODY}<p>{BODY}</p></article>" for n in range(articles))
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Sprouting Seeds</title></head><body>"
            f"<div id='wrap'><div id='content'>{posts}</div><div id='sidebar'>{sidebar}"
            f"<h3>Popular</h3><ul><li><a href='/a'>Ten Herbs</a></li><li><a href='/b'>Compost</a></li></ul></div>"
            f"</div><div id='footer'><p>{footer}</p></div></body></html>")


def test_a_republish_box_in_the_sidebar_naming_this_article_with_its_terms_is_the_article_s_grant():
    assert tag(page_with_sidebar(SIDE_BOX)) == lic.FREE_REPRINT


@pytest.mark.parametrize("sidebar", [
    "<p>Republish this article</p>",  # a button, no terms
    "<p>Articles on this site may be reprinted free of charge if the author's bio and links are kept.</p>",  # site's
    "<p>Please do not republish this article without the author's written permission.</p>",
])
def test_a_sidebar_without_a_grant_of_this_article_on_terms_leaves_the_footer_s_reservation(sidebar):
    assert tag(page_with_sidebar(sidebar)) == lic.ALL_RIGHTS_RESERVED


def test_the_same_box_in_the_footer_stays_the_site_s():
    footer = "You may publish this article on your site at no cost, provided the author's bio box is kept."
    assert tag(page_with_sidebar("", footer=footer)) is None


def test_the_box_beside_several_articles_names_none_of_them():
    licence = html_to_text(page_with_sidebar(SIDE_BOX, articles=2)).meta.licence
    assert licence is None or licence.tag != lic.FREE_REPRINT


def company_page(author: str) -> str:
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><meta name='author' content='{author}'>"
            f"<title>Servicing Your Bike</title></head><body><nav><a href='/'>Home</a></nav><article>"
            f"<h1>Servicing Your Bike</h1>{BODY}{BODY}</article><footer><p>© 2023 Quarry Lane Cycles Ltd</p>"
            f"</footer></body></html>")


def test_a_company_s_footer_copyright_names_the_company_author_without_its_legal_form():
    # SPEC: the organisation author is named without "Ltd"; its © line keeps it, and is still the author's line
    assert tag(company_page("Quarry Lane Cycles")) == lic.ALL_RIGHTS_RESERVED
    assert tag(company_page("Ines Okafor")) is None  # a person's article: the company's bare © is the site's mark
