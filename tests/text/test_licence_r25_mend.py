"""Round 25's review, mended (licence), in our own words.

- An author's all-rights line takes out a site's terms only where no grant of the piece's own remains: with the
  piece's own looser grant left alone, the site's stricter licence must still weigh (a wrong grant is worse).
- A grant that speaks of a fee the reuser may not charge, or of a fee waived, or of a price of nothing, is free;
  the clause holding the grant's verb decides whether the use is sold.
"""

from __future__ import annotations

import pytest

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
