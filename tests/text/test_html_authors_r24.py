"""Round 24 (issue 16): authors on real-shaped HTML pages: a theme's unfilled "{author_name}" byline and a glued
admin login over a company's team sign-off, an editor's "Updated ... by" element run on after the writer's credit,
a team byline with the department's word against a trading name ending in "Co.", a Q&A page with no accepted
answer whose markup names the asker, and a later post's © in other letters than its byline element. Our own
words (invented sites and people).

A wrong name is worse than none for a republisher: each rule has a test that the look-alike keeps its answer.
"""

from __future__ import annotations

from pipeline.text.attribution import LEGAL_FORM
from pipeline.text.html_meta import _account_login, clean_author
from tests.conftest import file_articles, html_author

BODY = ("<p>A frozen pipe costs far more than the hour it takes to protect one, and most of the work is free.</p>"
        "<h2>1. Lag the pipes in the loft</h2><p>Foam sleeves cost little and slip on in minutes.</p>"
        "<h2>2. Find the stop tap</h2><p>Check that it turns all the way before you need it.</p>"
        "<h2>3. Keep the heating on low</h2><p>A house left cold for a week is where pipes split.</p>")


def _page(head: str, credit: str, foot: str = "") -> str:
    return (f"<html lang=\"en\"><head><title>Three frost jobs | Kettlewick</title>{head}</head><body><main>"
            f"<article><h1>Three frost jobs</h1>{credit}<div class=\"content\">{BODY}</div>{foot}</article></main>"
            "<footer><p>About · Contact · Privacy</p></footer></body></html>")


def _article(tmp_path, html: str):
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    (article,) = file_articles(path)
    return article


def test_an_unfilled_placeholder_byline_is_never_a_name():
    assert clean_author("{author_name}") is None and clean_author("By {{ post.author }}") is None


def test_a_placeholder_byline_and_an_admin_login_give_way_to_the_company_s_team_sign_off(tmp_path):
    head = ('<meta name="author" content="siteadmin"><meta property="og:site_name" content="Kettlewick Heating">'
            '<script type="application/ld+json">{"@type":"Article","author":{"@type":"Person","name":'
            '"{author_name}"}}</script>')
    credit = '<p class="post-meta">By {author_name} · 4 November 2019 · 3 min read</p>'
    foot = ('<p class="signoff">Stay warm,<br>— The Kettlewick Heating team</p>'
            '<p class="legal">© 2019 Kettlewick Heating Ltd. All rights reserved.</p>')
    assert _article(tmp_path, _page(head, credit, foot)).author == "Kettlewick Heating"


def test_a_login_with_an_admin_s_word_glued_on_is_an_account_and_a_person_s_login_is_not():
    assert _account_login("siteadmin") and _account_login("adminplot")
    assert not _account_login("marisolv") and not _account_login("kadmina")


def test_an_editor_s_element_run_on_after_the_writer_s_credit_is_cut_off():
    head = '<meta name="author" content="kw_editor">'
    credit = ('<div class="meta"><span>Words by <a href="/p/ronan">Rónán Ó Dubhláin</a></span> <span>Updated 2 May'
              ' 2025 by Ilse Marr</span> <span>6 min read</span></div>')
    assert html_author(_page(head, credit)) == "Rónán Ó Dubhláin"


def test_a_trading_name_s_closing_co_is_its_form_and_a_firm_s_and_co_its_name():
    assert LEGAL_FORM.sub("", "Fernvale Garden Supply Co.") == "Fernvale Garden Supply"
    assert LEGAL_FORM.sub("", "Crumb & Co.") == "Crumb & Co."


def test_a_team_byline_with_its_department_s_word_is_the_company_its_markup_names_in_full():
    head = ('<script type="application/ld+json">{"@type":"BlogPosting","author":{"@type":"Organization",'
            '"name":"Fernvale Garden Supply Co."}}</script>')
    credit = '<p class="byline">By the Fernvale Garden Supply Care Team · October 6, 2025 · 4 min read</p>'
    assert html_author(_page(head, credit)) == "Fernvale Garden Supply"


def _qa(asker_card: str) -> str:
    head = '<meta name="author" content="pebble_row">'
    answers = ("<div class=\"answer\"><p>Lag the pipe and drain the tap every visit from November on. Cover it with a"
               " sock on the coldest nights.</p><div class=\"user-card\">edited Feb 11 by Mods Bot♦ answered Jan 5 at"
               " 08:02 Oskar Vindeløv 12.4k</div></div>"
               "<div class=\"answer\"><p>Buy a heated tap cover, message us for a quote.</p>"
               "<div class=\"user-card\">answered Jan 6 at 10:10 Frostguard Sales 1</div></div>")
    return (f"<html lang=\"en\"><head><title>How do I stop the plot tap freezing? - Plot Answers</title>{head}"
            "</head><body><main><h1>How do I stop the plot tap freezing?</h1>"
            "<div class=\"question\"><p>It split last winter. What works?</p>"
            f"<div class=\"user-card\">{asker_card}</div></div><h2>2 Answers</h2>{answers}</main></body></html>")


def test_a_q_and_a_page_with_no_accepted_answer_is_by_its_top_answer_s_writer_not_the_asker():
    assert html_author(_qa("asked Jan 4 at 21:17 pebble_row 131")) == "Oskar Vindeløv"


def test_a_page_whose_markup_names_no_asker_keeps_its_markup_s_answer():
    assert html_author(_qa("Posted in Plots")) == "pebble_row"


def _two_posts(second_name: str, notice: str) -> str:
    def post(title: str, name: str, foot: str) -> str:
        return (f"<article class=\"post\"><header><h2 class=\"entry-title\"><a href=\"/p\">{title}</a></h2>"
                f"<p class=\"meta\">Posted <time datetime=\"2024-03-02\">2 March 2024</time> by <a class=\"author\" "
                f"rel=\"author\" href=\"/m\">{name}</a></p></header><div class=\"entry-content\">{BODY}{foot}</div>"
                "</article>")
    return ("<html lang=\"en\"><head><title>Kettlewick Makers</title><meta name=\"author\" content=\"Kettlewick "
            "Makers\"></head><body><main class=\"post-list\">"
            + post("Three frost jobs for the workshop", "Tobiasz Wrona", "")
            + post("Three frost jobs for the yard", second_name, f"<p class=\"licence\"><small>{notice}</small></p>")
            + "</main><footer><p>About · Privacy</p></footer></body></html>")


def test_a_later_post_s_copyright_in_latin_letters_keeps_its_byline_s_cyrillic_name(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(_two_posts("Ярина Шевчук", "© 2024 Yaryna Shevchuk. Please ask me before you repost this."),
                    encoding="utf-8")
    assert file_articles(path)[1].author == "Ярина Шевчук"

