"""The HTML reader's title (round 25, issue 16): a visible ``<h1>`` that holds the short name ``<title>`` gives and
says more is the post's own heading, not a masthead, even where a recipe card's heading repeats the short name.
Pages written here in our own words (an invented blog)."""

from __future__ import annotations

from pipeline.text.html_main import walk
from pipeline.text.html_meta import page_meta


def _page(h1: str) -> str:
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>Nettle Soup — Hedge Kitchen | Orla Finch</title>"
            "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"Recipe\","
            "\"name\":\"Nettle Soup\",\"publisher\":{\"@type\":\"Organization\",\"name\":\"Hedge Kitchen\"}}"
            "</script></head><body><header><a href='/'>Hedge Kitchen</a></header><main><article>"
            f"<h1>{h1}</h1><p>Young nettle tops make a green soup that tastes of spring, and gloves are all the "
            "kit you need to pick them.</p><ol><li>Pick only the top four leaves of each stem.</li>"
            "<li>Wash them in a sink of cold water.</li></ol>"
            "<div class='recipe-card'><h3>Nettle Soup</h3><p>Serves four.</p></div></article></main></body></html>")


def test_an_h1_holding_the_title_s_short_name_whole_is_the_post_s_heading_not_the_recipe_card_s():
    assert page_meta(walk(_page("Nettle Soup Done Well"))).title == "Nettle Soup Done Well"
