"""Round 29 (issue 16): authors and titles from the markup, shapes seen on trafilatura-eval's real pages and the
tuned parts. Our own words (invented sites and people).

A wrong name is worse than none for a republisher: each rule has a test that the look-alike keeps its answer.
"""

from __future__ import annotations

from pipeline.text.html_main import walk
from tests.conftest import html_author

TEXT = ("<p>Warm the pot first, so the water does not lose its heat on the cold clay.</p>"
        "<p>Steep for three minutes, then taste before you add more time to the pot.</p>")


def _page(head: str, body: str) -> str:
    return (f"<html lang=\"en\"><head><title>Better tea at home</title>{head}</head><body><main><article>"
            f"{body}<div class=\"entry-content\">{TEXT}</div></article></main></body></html>")


def _ld(author: str, site: str) -> str:
    return (f'<meta property="og:site_name" content="{site}">'
            '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",'
            f'"author":{{"@type":"Person","name":"{author}"}}}}</script>')


def test_a_markup_author_spelling_out_the_sites_host_gives_way_to_the_byline():
    # og:site_name is the host ("www.copperkettle.com"), the JSON-LD's author the same name in words: the site
    body = '<h1>Better tea at home</h1><div class="autor"><h6>Ilse Marwood | 3 hours ago</h6></div>'
    assert html_author(_page(_ld("Copper Kettle", "www.copperkettle.com"), body)) == "Ilse Marwood"


def test_a_writer_whose_name_her_blogs_host_spells_stays_the_writer():
    body = '<h1>Better tea at home</h1><div class="autor"><h6>Tea Club | 3 hours ago</h6></div>'
    assert html_author(_page(_ld("Ilse Marwood", "https://ilsemarwood.example/"), body)) == "Ilse Marwood"


def test_a_pictures_author_class_is_no_byline():
    # "Courtesy" under the picture, classed as the image's author, beside a markup author naming the site: the
    # picture's credit is no writer's, and the site stands
    head = ('<meta property="og:site_name" content="Copper Kettle"><script type="application/ld+json">'
            '{"@context":"https://schema.org","@type":"NewsArticle","author":{"@type":"Organization",'
            '"name":"Copper Kettle"}}</script>')
    body = ('<h1>Better tea at home</h1><figure><img src="a.jpg" alt=""><span class="img-author">Courtesy</span>'
            '</figure>')
    assert html_author(_page(head, body)) == "Copper Kettle"


LONG_TEXT = "".join(f"<p>Steep cup {i} for three minutes, then taste before you add more time to the pot.</p>"
                    for i in range(6))
FIELD_ROWS = ('<div class="info"><span>Date:</span> 19.11.2024<br><span>Author:</span> {who}<br>'
              '<span>Source:</span> Kettle News</div>')


def _facts_page(rows: str) -> str:
    return ('<html><head><title>Kettle News</title></head><body><main><h2 class="element-invisible">Main content</h2>'
            f'<div class="entry">{LONG_TEXT}</div>{rows}</main></body></html>')


def test_a_heading_only_a_screen_reader_gets_is_chrome():
    parts = walk(_facts_page(""))
    assert [parts.chrome[b.elem] for b in parts.blocks if b.text == "Main content"] == ["class:element-invisible"]


def test_a_block_of_field_rows_names_the_writer_on_its_writer_row():
    assert html_author(_facts_page(FIELD_ROWS.format(who="Ilse Marwood"))) == "Ilse Marwood"


def test_a_field_row_naming_no_person_names_nobody():
    assert html_author(_facts_page(FIELD_ROWS.format(who="see below"))) is None


def test_a_lone_author_label_in_a_sentence_is_no_field_row():
    body = '<h1>Better tea at home</h1><p>Author: Ilse Marwood wrote to us that the pot was cold today.</p>'
    assert html_author(_page("", body)) != "Ilse Marwood wrote to us that the pot was cold today."


def test_an_account_login_glued_to_an_admins_word_gives_way_to_the_organisation():
    # <meta name="author"> holds "ck-webadmin", a login the page never shows; the JSON-LD names the company
    head = ('<meta name="author" content="ck-webadmin"><meta property="og:site_name" content="Copper Kettle Ltd">'
            '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article",'
            '"author":{"@type":"Organization","name":"Copper Kettle Ltd"}}</script>')
    assert html_author(_page(head, "<h1>Better tea at home</h1>")) != "ck-webadmin"


def test_a_newsrooms_login_alone_credits_nobody():
    head = '<meta name="author" content="webredaktion">'
    assert html_author(_page(head, "<h1>Better tea at home</h1>")) is None


def test_a_writers_own_login_shown_on_the_page_stays():
    head = '<meta name="author" content="ilse-m">'
    body = '<h1>Better tea at home</h1><p class="note">Posted by ilse-m</p>'
    assert html_author(_page(head, body)) == "ilse-m"
