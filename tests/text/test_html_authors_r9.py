"""Authors read from HTML markup where the markup's first name is not the writer's (issue 16, round 9): a credit
label in another language inside the byline element ("文＝NAME／role", "Συντάκτης: NAME"), a CMS login in the
markup beside the name the page shows, and a Q&A page whose member cards (microdata ``itemprop="author"`` on a
``user-details`` card) name the asker first and the accepted answer's writer later, with each member's score after
the name. Every page here is our own words."""

from __future__ import annotations

import pytest

from pipeline.text.html_meta import clean_author
from tests.conftest import html_author as author_of


@pytest.mark.parametrize("byline, name", [
    ("文=高橋里奈／料理研究家", "高橋里奈"),
    ("文＝高橋里奈", "高橋里奈"),
    ("Συντάκτης: Νίκος Παππάς", "Νίκος Παππάς"),
    ("글: 이하은", "이하은"),
    ("Text: Ilse Brandvold", "Ilse Brandvold"),
])
def test_a_label_crediting_the_writing_leaves_the_name(byline, name):
    assert clean_author(byline) == name


def test_a_label_crediting_the_pictures_names_no_writer():
    assert clean_author("Photos: Ilse Brandvold") is None


POST = ("<html><head>{head}</head><body><article><h1>Descaling A Kettle With Vinegar</h1>"
        "<div class='entry-meta'>{byline}</div>"
        "<p>Hard water leaves a white crust in a kettle within a few months, and the crust makes it slow and loud."
        " A cupful of vinegar shifts it overnight.</p></article></body></html>")
LD_LOGIN = ('<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article",'
            '"headline":"Descaling A Kettle With Vinegar","author":{"@type":"Person","name":"%s"}}</script>')


LOGINS = [
    # a login in the markup gives way to the name the byline shows
    pytest.param("nikos_p", "<span class='meta-author'>Συντάκτης: <a href='/author/nikos_p/'>Νίκος Παππάς</a></span>",
                 "Νίκος Παππάς", id="login-gives-way-to-byline-name"),
    # a login with digits gives way to a by-line too
    pytest.param("kettleman77", "<p>By Farid Haddad</p>", "Farid Haddad", id="login-with-digits-gives-way"),
    # a login stays when the page shows no full name
    pytest.param("nikos_p", "<span class='meta-date'>3 May 2022</span>", "nikos_p", id="login-stays-without-name"),
    # a name in the markup is not a login and stays over a byline element without "By"
    pytest.param("Νίκος Παππάς", "<p class='byline'>Farid Haddad</p>", "Νίκος Παππάς", id="markup-name-stays"),
    # SPEC (round 11): the visible byline outranks markup that names someone else (read so since round 13)
    pytest.param("Νίκος Παππάς", "<p class='byline'>By Farid Haddad</p>", "Farid Haddad",
                 id="by-line-outranks-markup-name"),
]


@pytest.mark.parametrize(("login", "byline", "author"), LOGINS)
def test_the_markup_s_login_or_name_against_the_byline_the_page_shows(login, byline, author):
    assert author_of(POST.format(head=LD_LOGIN % login, byline=byline)) == author


def card(who: str, score: str, when: str) -> str:
    return (f"<div class='user-info'><span class='user-action-time'>{when}</span>"
            f"<div class='user-details' itemprop='author' itemscope itemtype='https://schema.org/Person'>"
            f"<a href='/users/1' itemprop='name'>{who}</a> <span class='reputation-score'>{score}</span></div></div>")


QA = ("<html itemscope itemtype='https://schema.org/QAPage'><body><h1>Why does my bread sink in the middle?</h1>"
      "<div class='question' itemprop='mainEntity' itemscope itemtype='https://schema.org/Question'>"
      "<div itemprop='text'><p>Every loaf rises well and then sinks as it cools. What am I getting wrong?</p></div>"
      "<div class='post-signature owner'>{asker}</div></div>"
      "<div class='answer accepted-answer' itemprop='acceptedAnswer' itemscope itemtype='https://schema.org/Answer'>"
      "<div itemprop='text'><p>It is almost always underbaking: the crumb has not set when it leaves the oven, so "
      "bake it ten minutes longer and check that the base sounds hollow.</p></div>"
      "<div class='post-signature'>{answerer}</div></div>"
      "<div class='answer' itemprop='suggestedAnswer' itemscope itemtype='https://schema.org/Answer'>"
      "<div itemprop='text'><p>Too much yeast does it too.</p></div><div class='post-signature'>{other}</div></div>"
      "</body></html>")


def test_a_qa_page_is_credited_to_its_accepted_answers_writer_without_the_score():
    page = QA.format(asker=card("crumbly_kate", "57", "asked Jan 3"),
                     answerer=card("Róisín Ní Mhurchú", "12.9k", "answered Jan 3"),
                     other=card("doughboy", "1,204", "answered Jan 4"))
    assert author_of(page) == "Róisín Ní Mhurchú"


FAQ = ("<html><head><title>FAQ: Your First Sourdough — {site}</title></head><body><header><a href='/' class='logo'>"
       "{site}</a></header><main><h1>Your First Sourdough: Questions We Hear</h1>"
       "<p>We hear these at every Saturday class. If yours is missing, ask us at the counter.</p>"
       "<h2>How warm should the starter be?</h2><p>Room temperature is fine; a cold kitchen only slows it down.</p>"
       "<h2>Why is my loaf flat?</h2><p>Usually the dough was proved too long, so shape it sooner next time.</p>"
       "</main><footer><p>{site} Ltd · Unit 2, Mill Yard · Registered in England</p><p>© 2024 {holder}</p>"
       "</footer></body></html>")


def test_a_companys_own_page_that_names_no_person_is_the_companys():
    from pipeline.text.extract import html_to_text
    doc = html_to_text(FAQ.format(site="Rye Lane Bakehouse", holder="Rye Lane Bakehouse Ltd"))
    assert doc.author == "Rye Lane Bakehouse"
    assert doc.meta.licence.tag == "LicenseRef-all-rights-reserved"  # the © names the page's author (SPEC.md)


def test_another_firms_copyright_on_the_page_names_no_author():
    from pipeline.text.extract import html_to_text
    assert html_to_text(FAQ.format(site="Rye Lane Bakehouse", holder="Crumbhost Web Services Ltd")).author is None


def test_a_persons_copyright_is_no_company_author():
    from pipeline.text.extract import html_to_text
    assert html_to_text(FAQ.format(site="Rye Lane Bakehouse", holder="Ann Lee")).author is None
