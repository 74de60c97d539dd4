"""Round 25 (issue 16): authors on real-shaped HTML pages: a byline linking two writers each to her page under the
site's "/team/" path (the markup names the first only), and a live blog's "Live coverage by A and B" element around
each writer's own rel=author link, the markup naming the desk. Our own words (invented sites and people).

A wrong name is worse than none for a republisher: each rule has a test that the look-alike keeps its answer.
"""

from __future__ import annotations

from tests.conftest import file_articles, html_author

BODY = ("<p>A budget that survives a lean month starts with the bills that never move, so list those first.</p>"
        "<h2>1. List the fixed bills</h2><p>Rent, power and travel come off the top before anything else.</p>"
        "<h2>2. Keep one month aside</h2><p>Build it slowly, a little from every payment that comes in.</p>"
        "<h2>3. Check it every quarter</h2><p>Prices move, and a plan that fitted in spring may not in winter.</p>")


def _page(meta: str, credit: str) -> str:
    return (f"<html lang=\"en\"><head><title>Three budget habits | Coinfield</title>{meta}</head><body><main>"
            f"<article><h1>Three budget habits</h1>{credit}<div class=\"content\">{BODY}</div></article></main>"
            "<footer><p>About · Contact · Privacy</p></footer></body></html>")


def test_a_byline_linking_two_writers_to_their_team_pages_names_both():
    credit = ('<p class="byline">By <a href="/team/ilse-varga/">Ilse Varga</a>, '
              '<a href="/team/caspar-lind/">Caspar Lind</a></p>')
    assert html_author(_page('<meta name="author" content="Ilse Varga">', credit)) == "Ilse Varga and Caspar Lind"


def test_a_team_link_in_a_byline_of_one_writer_names_her_alone():
    credit = '<p class="byline">By <a href="/team/ilse-varga/">Ilse Varga</a></p>'
    assert html_author(_page('<meta name="author" content="Ilse Varga">', credit)) == "Ilse Varga"


def test_a_live_blogs_credit_around_two_author_links_names_both(tmp_path):
    credit = ('<p class="byline">Live coverage by <a href="/authors/ilse-varga" rel="author">Ilse Varga</a> and '
              '<a href="/authors/caspar-lind" rel="author">Caspar Lind</a></p>')
    page = _page('<meta name="author" content="Coinfield Money Desk">', credit)
    assert html_author(page) == "Ilse Varga and Caspar Lind"
    path = tmp_path / "live.html"
    path.write_text(page, encoding="utf-8")
    assert [a.author for a in file_articles(path)] == ["Ilse Varga and Caspar Lind"]


def test_one_author_link_beside_a_credit_of_another_role_stays_the_writer():
    credit = ('<p class="byline">By <a href="/authors/ilse-varga" rel="author">Ilse Varga</a></p>'
              '<p class="byline">Reviewed by Caspar Lind and Tove Ahl</p>')
    assert html_author(_page('<meta name="author" content="Coinfield Money Desk">', credit)) == "Ilse Varga"
