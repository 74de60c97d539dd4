"""Round 26 review mends (authors): bare initials under a page's text sign it, a dotted abbreviation of the same
shape does not; a title's possessive names its writer only where it owns her work; a byline element keeps a
generation suffix. Our own words (invented sites and people).

A wrong name is worse than none for a republisher: each rule has a test that the look-alike keeps its answer.
"""

from __future__ import annotations

import pytest

from pipeline.text.attribution import dash_signoff, is_initials_signature, possessive_title_writer
from tests.conftest import html_author, only_article

BODY = ("Soak the lentils overnight so they cook in half the time on a weeknight.\n\n"
        "Keep a tub of chopped shallots in the freezer for quick sauces after work.\n\n"
        "Toast the spices in a dry pan first, then add the oil and the onions.\n\n")


def _unsigned_page(last_line: str) -> str:
    return "Lentil Tips for Tired Cooks\n\n" + BODY + last_line + "\n"


@pytest.mark.parametrize("abbreviation", ["P.S.", "N.B.", "U.S.", "U.K.", "A.M.", "Q.E.D.", "R.I.P."])
def test_a_dotted_abbreviation_under_the_text_signs_nobody(abbreviation):
    assert only_article(_unsigned_page(abbreviation)).author is None
    assert not is_initials_signature(abbreviation)


def test_bare_initials_under_the_text_still_sign_it():
    assert only_article(_unsigned_page("W.K.")).author == "W.K."
    assert is_initials_signature("W. K. O.")


def test_a_dashed_abbreviation_is_no_signature_but_dashed_initials_are():
    assert dash_signoff("-- W.K.").name == "W.K."
    assert dash_signoff("-- N.B.") is None


OPENING_I = "I went there twice last spring with my cousin and I spent far less money than I had feared."


@pytest.mark.parametrize("title", ["Orla’s Vineyard on a Budget", "Macy's Holiday Windows", "Denny's After Midnight",
                                   "St. John's in Three Days", "Orla's Diner: A Review"])
def test_a_possessive_place_or_business_in_the_title_is_no_writer(title):
    assert possessive_title_writer(title, OPENING_I) is None


@pytest.mark.parametrize(("title", "writer"), [("Orla’s Guide to Cheap Ferries", "Orla"),
                                               ("Orla's Top Tips for Island Trips", "Orla"),
                                               ("Orla Brennan's Packing List", "Orla Brennan")])
def test_a_possessive_owning_the_writers_work_still_names_her(title, writer):
    assert possessive_title_writer(title, OPENING_I) == writer


def _travel_page(headline: str) -> str:
    ld = ('<script type="application/ld+json">{"@type":"Article","headline":"' + headline + '","author":'
          '{"@type":"Organization","name":"Shoreline Jaunts"}}</script>')
    return (f"<html lang=\"en\"><head><title>{headline} | Shoreline Jaunts</title>{ld}</head><body><article>"
            f"<h1>{headline}</h1><p>{OPENING_I}</p><p>Take the first boat of the day, when the fares are lowest."
            "</p></article></body></html>")


def test_a_possessive_place_in_a_headline_over_a_shops_markup_names_no_person():
    assert html_author(_travel_page("Orla’s Vineyard on a Budget")) != "Orla"
    assert html_author(_travel_page("Orla’s Guide to the Island")) == "Orla"


def _byline_page(byline: str) -> str:
    return ("<html lang=\"en\"><head><title>Lentils</title></head><body><article><h1>Lentil Tips</h1>"
            f"<span class=\"byline\">{byline}</span><p>Soak the lentils overnight so they cook in half the time."
            "</p></article></body></html>")


@pytest.mark.parametrize(("byline", "author"), [("Tobias Wren jr", "Tobias Wren Jr"),
                                                ("Tobias Wren sr", "Tobias Wren Sr"), ("Tobias Wren", "Tobias Wren")])
def test_a_byline_elements_generation_suffix_stays_the_names(byline, author):
    assert html_author(_byline_page(byline)) == author
