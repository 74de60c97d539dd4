"""Round 26 (issue 16): authors on real-shaped HTML pages: a shop's journal post with no byline, its markup
crediting the shop, whose headline names its writer in the possessive and whose opening is in her first person
(SPEC r25 (b)). Our own words (invented sites and people).

A wrong name is worse than none for a republisher: each rule has a test that the look-alike keeps its answer.
"""

from __future__ import annotations

from pipeline.text.attribution import possessive_title_writer
from tests.conftest import html_author

SHOP_LD = ('<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting",'
           '"author":{"@type":"Organization","name":"Fernbrook Pottery Ltd"}}</script>')
STEPS = ("<ol><li>Wedge the clay well so no air stays trapped inside it.</li>"
         "<li>Centre it on the wheel before you open the middle.</li></ol>")


def _journal(headline: str, opening: str, byline: str = "") -> str:
    return (f"<html lang=\"en\"><head><title>{headline} – Fernbrook Pottery</title>{SHOP_LD}</head><body>"
            f"<header><a class=\"logo\" href=\"/\">Fernbrook Pottery</a></header><main><article>"
            f"<h1>{headline}</h1>{byline}<div class=\"rte\"><p>{opening}</p>{STEPS}</div></article></main>"
            "<footer><p>© 2025 Fernbrook Pottery Ltd. All rights reserved.</p></footer></body></html>")


FIRST_PERSON = ("I’ve taught the Tuesday beginners’ class for six years, and my first lesson is always the same: "
                "the clay decides, not you.")


def test_a_possessive_headline_over_a_first_person_opening_names_its_writer_over_the_shop():
    assert html_author(_journal("Marisol’s Guide to Your First Bowl", FIRST_PERSON)) == "Marisol"


def test_a_possessive_headline_over_an_impersonal_opening_names_nobody_new():
    opening = "Throwing a first bowl takes patience, a steady wheel and clay that has been wedged with care."
    assert html_author(_journal("Marisol’s Guide to Your First Bowl", opening)) != "Marisol"


def test_a_byline_outranks_the_headlines_possessive():
    byline = '<p class="byline">By Dunstan Oyelaran</p>'
    assert html_author(_journal("Marisol’s Guide to Your First Bowl", FIRST_PERSON, byline)) == "Dunstan Oyelaran"


def test_a_possessive_of_no_given_name_is_no_writer():
    assert possessive_title_writer("Nature’s Own Glaze Recipes", FIRST_PERSON) is None
    assert possessive_title_writer("Marisol Ruiz’s Glaze Notes", FIRST_PERSON) == "Marisol Ruiz"


def _post(byline: str) -> str:
    return ("<html lang=\"en\"><head><title>Three ways to dry herbs</title>"
            "<meta name=\"author\" content=\"herbsite_admin\"></head><body><main><article>"
            f"<h1>Three ways to dry herbs</h1><p class=\"byline\">{byline}</p><div class=\"content\">{STEPS}</div>"
            "</article></main></body></html>")


def test_a_byline_element_ending_in_a_postposed_by_word_names_the_writer_over_a_login():
    assert html_author(_post("Dr. Hawi Tesfaye irraa")) == "Hawi Tesfaye"


def test_a_byline_element_of_a_bare_name_keeps_it_whole():
    assert html_author(_post("Hawi Tesfaye")) == "Hawi Tesfaye"


def test_a_byline_listing_three_writers_with_commas_alone_names_all_three():
    page = _journal("Bowls for beginners", "Throwing a first bowl takes patience and a steady wheel, and clay too.",
                    '<p class="byline">By Ilse Varga, Caspar Lind, Zhou Mingyue</p>')
    assert html_author(page) == "Ilse Varga and Caspar Lind and Zhou Mingyue"


def test_a_byline_whose_commas_part_a_role_and_a_desk_names_the_writer_alone():
    page = _journal("Bowls for beginners", "Throwing a first bowl takes patience and a steady wheel, and clay too.",
                    '<p class="byline">By Ilse Varga, Senior Editor, Home Desk</p>')
    assert html_author(page) == "Ilse Varga"


def test_a_name_may_open_with_an_elision_apostrophe():
    from pipeline.text.attribution import is_person_name

    assert is_person_name("’Malineo Thoahlane") and not is_person_name("’Tis The Season")


def _qa(second_card: str) -> str:
    return ("<html lang=\"en\"><head><title>How do I unstick a drawer?</title></head><body><main>"
            "<h1>How do I unstick a drawer?</h1><p>The bottom drawer of an old pine chest jams halfway.</p>"
            "<p>asked Jan 3, 2024 at 09:12 pine_owner 41</p><h2>2 Answers</h2>"
            "<div class=\"answer\"><p>Rub a candle along the runners and it will slide again.</p>"
            "<p>answered Jan 3, 2024 at 10:02 Tobiah Wrenfield 9,310</p></div>"
            "<div class=\"answer accepted-answer\"><p>✓ Accepted answer</p>"
            "<p>Take the drawer out and plane a shaving off the swollen runner, then wax it.</p>"
            f"<p>{second_card}</p></div></main></body></html>")


def test_a_qa_page_credits_the_accepted_answers_card_though_another_answer_sits_above():
    assert html_author(_qa("answered Jan 4, 2024 at 08:30 Oriel Marchbank 1,204")) == "Oriel Marchbank"


def test_an_accepted_answers_card_with_its_own_edit_date_after_the_answer_date_names_the_answerer():
    card = "answered Jan 4, 2024 at 08:30 · edited Feb 9, 2024 at 17:45 Oriel Marchbank 1,204"
    assert html_author(_qa(card)) == "Oriel Marchbank"
