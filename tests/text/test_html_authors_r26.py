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
