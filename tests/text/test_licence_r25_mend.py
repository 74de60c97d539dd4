"""Round 25's review, mended (licence), in our own words.

- An author's all-rights line takes out a site's terms only where no grant of the piece's own remains: with the
  piece's own looser grant left alone, the site's stricter licence must still weigh (a wrong grant is worse).
- A grant that speaks of a fee the reuser may not charge, or of a fee waived, or of a price of nothing, is free;
  the clause holding the grant's verb decides whether the use is sold.
"""

from __future__ import annotations

import pytest

from bench.labels import clean_through
from pipeline import clean_text
from pipeline.text import licence as lic
from tests.conftest import licence_tag

FREE, NONE = lic.FREE_REPRINT, lic.NOASSERTION


def test_a_site_s_stricter_terms_stay_beside_the_piece_s_own_grant():
    own = lic.find_statements("© 2018 Tomas Ekberg. All rights reserved.")
    mine = lic.find_statements("You may reprint this column in your club bulletin if my name stays on it.")
    site = lic.find_statements("Everything on this site is licensed under CC BY-NC-ND 4.0.")
    kinds = [s.kind for s in lic.without_page_grants(own + mine + site, "Tomas Ekberg")]
    assert kinds == ["copyright", "reprint", "cc"]
    # negation: with no grant of the piece's own, the site's terms still go
    assert [s.kind for s in lic.without_page_grants(own + site, "Tomas Ekberg")] == ["copyright"]


def test_a_piece_s_reprint_note_does_not_loosen_a_site_s_licence_end_to_end():
    text = ("Mending a Bicycle Chain\n\nBy Tomas Ekberg\n\nClean the chain before you look for a stiff link.\n\n"
            "Oil each roller, then wipe the outside dry.\n\nReplace a chain that has stretched past its gauge.\n\n"
            "You may reprint this column in your club bulletin if my name stays on it.\n\n"
            "© 2018 Tomas Ekberg. All rights reserved.\n\n"
            "Everything on this site is licensed under CC BY-NC-ND 4.0.")
    article = next(r for r in clean_text(text) if r.kind == "article")
    assert article.licence.tag == "CC-BY-NC-ND-4.0"


@pytest.mark.parametrize("line", [
    "You may republish this essay in your ezine as long as you do not charge a fee for it.",
    "You may republish this essay in your ezine as long as you don't charge a fee for it.",
    "Reprint fee waived for charities: you may reprint this essay in your bulletin.",
    "You may reprint this essay in your bulletin; fees are waived for libraries.",
    "You may republish this essay on any forum that does not charge joining fees.",
    "You may reprint this essay in your bulletin, fee waived.",
    "You may reprint this essay in your bulletin for $0.",
])
def test_a_fee_not_charged_or_waived_or_of_nothing_keeps_the_grant(line):
    assert licence_tag(line) == FREE


@pytest.mark.parametrize("line", [
    "Free to read on our site; you may reprint this essay in your bulletin for $20.",
    "You may reprint this essay in your bulletin for $10.",
    "You may reprint this essay in your bulletin; each reprint carries a fee of $15.",
])
def test_a_price_in_the_grant_s_own_clause_or_beside_it_sells_the_use(line):
    assert licence_tag(line) == NONE


def test_sold_reads_the_grant_s_clause():
    assert lic.sold("Free to read on our site; you may reprint this essay for $20.")
    assert not lic.sold("Free to reprint this essay; a fee applies only to bound copies.")


# A licence link in a picture's box (figure, caption, credit) is the picture's: it never licenses the text beside
# it, nor outranks the author's own all-rights line.
def _page(figure: str, end: str = "") -> str:
    body = "".join(f"<p>{line}</p>" for line in (
        "Soak the seed potatoes overnight in a bucket of tepid water before you plant them out.",
        "Plant them a spade's depth down, eyes upward, a forearm's length apart in the row.",
        "Earth them up when the shoots reach a hand high, and again three weeks after that."))
    return (f"<!DOCTYPE html><html lang='en'><head><title>Planting Potatoes | Plot Diary</title></head><body>"
            f"<article><h1>Planting Potatoes</h1><p class='byline'>By Greta Moss</p>{body}{figure}{end}"
            f"</article></body></html>")


MARK = "<a rel='license' href='https://creativecommons.org/publicdomain/mark/1.0/'>Public Domain Mark</a>"
CC_BY_LINK = "<a rel='license' href='https://creativecommons.org/licenses/by/4.0/'>CC BY 4.0</a>"
RESERVED = "<p>© 2023 Greta Moss. All rights reserved.</p>"


def _tag(tmp_path, html: str) -> str:
    path = tmp_path / "p.html"
    path.write_text(html)
    [article] = [r for r in clean_through([str(path)], "segment") if r.kind == "article"]
    return article.licence.tag


@pytest.mark.parametrize("figure, end, tag", [
    (f"<figure><img src='a.jpg'><figcaption>A potato clamp, 1905. {MARK}</figcaption></figure>", RESERVED,
     lic.ALL_RIGHTS_RESERVED),
    (f"<figure><img src='a.jpg'><figcaption>A potato clamp, 1905. {MARK}</figcaption></figure>", "", NONE),
    (f"<figure><img src='a.jpg'><figcaption>A potato clamp. {CC_BY_LINK}</figcaption></figure>", RESERVED,
     lic.ALL_RIGHTS_RESERVED),
    (f"<div class='wp-caption'><img src='a.jpg'><p>A potato clamp. {MARK}</p></div>", RESERVED,
     lic.ALL_RIGHTS_RESERVED),
])
def test_a_licence_link_in_a_picture_s_box_is_the_picture_s(tmp_path, figure, end, tag):
    assert _tag(tmp_path, _page(figure, end)) == tag


def test_a_licence_link_outside_any_picture_still_licenses_the_text(tmp_path):
    # negation: the same link in the article's own closing line is the article's licence
    assert _tag(tmp_path, _page("", f"<p>This post is shared under {CC_BY_LINK}.</p>")) == "CC-BY-4.0"


@pytest.mark.parametrize("line", [
    "This pamphlet is free of known copyright restrictions in the United Kingdom only.",
    "This pamphlet is in the public domain in Australia only.",
    "This pamphlet is in the public domain only in New Zealand.",
])
def test_a_public_domain_status_for_one_territory_only_is_no_dedication(line):
    assert lic.find_public_domain(line) is None


def test_a_public_domain_status_without_a_territory_limit_stands():
    assert lic.find_public_domain("This pamphlet is free of known copyright restrictions.") == 0
    assert lic.find_public_domain("This pamphlet is in the public domain in every country.") == 0
