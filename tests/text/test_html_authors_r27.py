"""Round 27 (issue 16): authors on real-shaped HTML pages, name forms and credits the markup hides. Our own words
(invented sites and people).

A wrong name is worse than none for a republisher: each rule has a test that the look-alike keeps its answer.
"""

from __future__ import annotations

from tests.conftest import html_author

TEXT = ("<p>Warm the pot first, so the water does not lose its heat on the cold clay.</p>"
        "<ol><li>Use water just off the boil for black tea, cooler for green.</li>"
        "<li>Steep for three minutes, then taste before you add more time.</li></ol>")


def _post(head: str, byline: str, foot: str = "") -> str:
    return (f"<html lang=\"en\"><head><title>Better tea at home – Copper Kettle Journal</title>{head}</head><body>"
            "<header><a class=\"logo\" href=\"/\">Copper Kettle</a></header><main><article>"
            f"<h1>Better tea at home</h1>{byline}<div class=\"entry-content\">{TEXT}</div>{foot}</article></main>"
            "<footer><p>© 2025 Copper Kettle Journal</p></footer></body></html>")


def _ld(name: str) -> str:
    return ('<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting",'
            f'"author":{{"@type":"Person","name":"{name}"}}}}</script>')


def test_a_byline_writing_the_markups_name_family_name_first_keeps_its_order():
    # SPEC: family name first is kept in the page's order, capitals normalised; the visible byline outranks markup
    byline = '<p class="byline">By <span class="author">MORIKAWA Sayuri</span></p>'
    assert html_author(_post(_ld("Sayuri Morikawa"), byline)) == "Morikawa Sayuri"


def test_a_byline_naming_another_person_in_the_same_order_changes_nothing_here():
    byline = '<p class="byline">By <span class="author">Sayuri Morikawa</span></p>'
    assert html_author(_post(_ld("Sayuri Morikawa"), byline)) == "Sayuri Morikawa"


CARD = ('<section class="profile-card"><p class="profile-label">Written by</p>'
        '<h2 class="profile-name">Ingeborg Sæther-Lund</h2><p class="profile-handle">@{handle} · 900 followers</p>'
        '<p>Knits socks on the night bus.</p></section>')


def test_a_written_by_card_whose_handle_is_the_markups_gives_the_full_name():
    # SPEC r26 (a): a post under a handle is credited to the full name its profile card ("Written by") gives
    byline = '<span class="handle">by <a href="/@sock_inge">@sock_inge</a></span>'
    page = _post('<meta name="author" content="sock_inge">', byline, CARD.format(handle="sock_inge"))
    assert html_author(page) == "Ingeborg Sæther-Lund"


def test_a_written_by_card_for_another_handle_credits_nobody_new():
    byline = '<span class="handle">by <a href="/@sock_inge">@sock_inge</a></span>'
    page = _post('<meta name="author" content="sock_inge">', byline, CARD.format(handle="wool_bo"))
    assert html_author(page) != "Ingeborg Sæther-Lund"


def _avatar(alt: str, href: str = "/contributors/c-208") -> str:
    return (f'<div class="meta-row"><a href="{href}" class="contributor"><img class="avatar" src="/a.jpg" '
            f'alt="{alt}"></a> <span>6 min read</span></div>')


def test_an_avatar_alone_linked_to_the_writers_page_names_her_where_nothing_else_does():
    # SPEC: a caption or alt text saying who wrote the piece credits her; the avatar in the byline slot does
    assert html_author(_post("", _avatar("Olufunke Ransome-Kuti"))) == "Olufunke Ransome-Kuti"


def test_an_avatar_whose_alt_is_no_name_or_whose_link_is_no_writers_page_names_nobody():
    assert html_author(_post("", _avatar("Profile picture"))) is None
    assert html_author(_post("", _avatar("Olufunke Ransome-Kuti", href="/shop/teapots"))) is None


def test_a_byline_in_mojibake_is_read_as_the_letters_meant_over_a_staff_meta():
    # a body encoded twice mangles the byline; the markup's staff name is no writer beside a visible byline
    byline = '<div class="byline">By <span class="author-name">ZoÃƒÂ« Lindgren</span></div>'
    head = ('<meta name="author" content="Copper Kettle Staff"><script type="application/ld+json">{"@context":'
            '"https://schema.org","@type":"NewsArticle","author":{"@type":"Organization","name":"Copper Kettle"}}'
            '</script>')
    assert html_author(_post(head, byline)) == "Zoë Lindgren"


def test_a_shop_pages_footer_fields_after_its_copyright_leave_the_company_its_author():
    # SPEC: a company's FAQ under its own © that names no person is the company's, named without its legal form
    from pipeline.text.extract import html_to_text

    page = ("<html><head><title>Winter FAQ – Larchmont Bikes</title></head><body><main><h1>Winter FAQ</h1>"
            "<details><summary>Should I oil the chain more in winter?</summary><p>Yes: wipe it and oil it every "
            "week, because road salt strips the old oil fast.</p></details></main><footer><p>© 2025 Larchmont "
            "Bikes Ltd · Company no. 01234567 · Privacy</p></footer></body></html>")
    assert html_to_text(page).meta.author == "Larchmont Bikes"


ORG_LD = ('<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting",'
          '"author":{"@type":"Organization","name":"Copper Kettle AG"}}</script>')


def test_a_byline_linking_a_person_to_her_writers_page_outranks_the_company_in_json_ld():
    # the by-word is one no table reads ("vun"): the name her link to the team page shows is the person (SPEC)
    byline = '<span class="byline">vun <a href="/team/seraina">Seraina Caduff</a>, tea buyer</span>'
    assert html_author(_post(ORG_LD, byline)) == "Seraina Caduff"


def test_a_byline_linking_no_writers_page_leaves_the_company():
    byline = '<span class="byline">vun <a href="/shop/teas">Sencha Gold</a>, tea of the month</span>'
    assert html_author(_post(ORG_LD, byline)) != "Sencha Gold"
