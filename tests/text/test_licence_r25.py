"""Round 25: licence statements read line by line (issue 16), in our own words.

- A reprint offered for a fee or under a bought licence grants nothing free; a grant stated free keeps a fee that
  is for something else (SPEC, round 25, the lead's decision).
- A dedication asked or supposed ("Is this ... public domain?", "If this ... is in the public domain") is none, in
  English and in the Tamazight row (round 24's review).
- The Public Domain Mark on this text is a public-domain statement (SPEC r24 (s)).
- Refusals: "ask before republishing anything from this blog", "do not share them on other websites", a list's
  "stay the property of the people who wrote them".
- Issue scope: "Anything in TITLE may be reprinted ..." speaks for every item.
"""

from __future__ import annotations

import pytest

from pipeline.text import licence as lic
from tests.conftest import licence_tag

FREE, ARR, PD, NONE = (lic.FREE_REPRINT, lic.ALL_RIGHTS_RESERVED, lic.PUBLIC_DOMAIN, lic.NOASSERTION)


@pytest.mark.parametrize("line", [
    "For a fee, you may reprint this article in your club magazine.",
    "You may reprint this column for a fee of $35 per issue.",
    "You may republish this piece once you have paid the syndication fee.",
    "You may reprint this article after purchasing a reprint licence from our desk.",
    "For a small charge, you may reprint this article in your newsletter.",
])
def test_a_reprint_sold_grants_nothing(line):
    assert licence_tag(line) == NONE


def test_a_reprint_bought_with_a_refusal_of_one_medium_reserves():
    # the grant is sold, so nothing is given; the refusal beside it still refuses (the page reserves)
    line = "If you buy a reprint licence, you may reprint this article in print, but do not post it online."
    assert licence_tag(line) == ARR


def test_a_sold_reprint_beside_an_all_rights_line_is_all_rights_reserved():
    assert licence_tag("© 2021 Odile Brac. All rights reserved. For a fee, you may reprint this essay.") == ARR


@pytest.mark.parametrize("line", [
    "Free to reprint this article; a fee applies only to print runs over 10,000.",
    "You may reprint this article free of charge; larger runs carry a fee.",
    "You may reprint this article in your newsletter, no fee required.",
    "You may reprint this article without paying a fee, as long as my bio stays.",
    "You may republish this piece royalty-free in your ezine.",
    # a reuser's own charging is a non-commercial term, not a price on the grant
    "This guide may be posted to any forum or web site as long as it is posted whole and nobody charges money "
    "for it.",
])
def test_a_grant_stated_free_keeps_its_grant_whatever_the_fee_is_for(line):
    assert licence_tag(line) == FREE


@pytest.mark.parametrize("line", [
    "Is this article in the public domain?",
    "If this article is in the public domain, anyone may copy it.",
    "Whether this essay is in the public domain, nobody knows.",
    "ⵉⵙ ⴰⴹⵔⵉⵙ ⴰⴷ ⵉⴳⴰ ⴰⵢⵍⴰ ⴰⵎⴰⵜⵓ?",  # Tamazight: is this article public property?
    "ⵎⴰⵔ ⴰⴹⵔⵉⵙ ⴰⴷ ⵉⴳⴰ ⴰⵢⵍⴰ ⴰⵎⴰⵜⵓ, ⵜⵣⵎⵔⴷ ⴰⴷ ⵜⵙⵙⵉⵡⴹⴷ.",  # ... if this article were public property
])
def test_a_dedication_asked_or_supposed_is_none(line):
    assert licence_tag(line) == NONE


@pytest.mark.parametrize("line", [
    "This article is in the public domain.",
    "This essay is in the public domain; if you reuse it, a link back is welcome.",
    "Unless otherwise noted, content on this site is in the public domain.",
    "ⴰⴹⵔⵉⵙ ⴰⴷ ⵉⴳⴰ ⴰⵢⵍⴰ ⴰⵎⴰⵜⵓ.",
])
def test_a_dedication_made_stands(line):
    assert licence_tag(line) == PD


@pytest.mark.parametrize("line, tag", [
    ("This transcription is marked with the Public Domain Mark 1.0.", PD),
    ("These notes are marked with the Creative Commons Public Domain Mark 1.0: no known copyright.", PD),
    ("This booklet is free of known copyright restrictions.", PD),
    ("This text is not marked with the Public Domain Mark.", NONE),
    ("Many scans in the library's archive carry the Public Domain Mark 1.0.", NONE),
    ("Photo: Ivo Marek, this image is marked with the Public Domain Mark 1.0.", NONE),
])
def test_the_public_domain_mark_on_this_text(line, tag):
    assert licence_tag(line) == tag


def test_ask_before_republishing_anything_refuses():
    assert lic.refuses("Please ask before republishing anything from this blog.")
    assert not lic.refuses("Please ask before buying anything from this shop.")


@pytest.mark.parametrize("line, tag", [
    ("This planner is for home use only. You may print it for yourself; please do not share it on other "
     "websites or in other groups.", ARR),
    ("Members' posts stay the property of the people who wrote them. Please ask the writer before quoting one.",
     ARR),
    ("You may share them on other websites.", NONE),
])
def test_refusals_in_a_few_more_words(line, tag):
    assert licence_tag(line) == tag


def test_anything_in_a_titled_publication_speaks_for_every_item():
    assert lic.covers_issue("Anything in The Potting Shed Gazette may be reprinted by other clubs, in full.")
    assert not lic.covers_issue("You may reprint this article in full; anything in our shop costs extra.")


def test_an_author_s_all_rights_line_takes_out_a_directory_s_terms_for_all_its_articles():
    own = lic.find_statements("© 2019 Pavla Roos. All rights reserved.")
    terms = lic.find_statements("Any article on Dogwise Hub may be reprinted free of charge, whole, with its "
                                "author box.")
    assert [s.kind for s in lic.without_page_grants(own + terms, "Pavla Roos")] == ["copyright"]
    # another's all-rights line, or the author's bare ©, takes nothing out
    assert [s.kind for s in lic.without_page_grants(own + terms, "Ida Falk")] == ["copyright", "reprint"]
    bare = lic.find_statements("© 2019 Pavla Roos.")
    assert [s.kind for s in lic.without_page_grants(bare + terms, "Pavla Roos")] == ["copyright", "reprint"]
    # the piece's own grant is no page-wide grant: combine weighs it as before
    mine = lic.find_statements("You may reprint this article in your ezine if my bio stays with it.")
    assert [s.kind for s in lic.without_page_grants(own + mine, "Pavla Roos")] == ["copyright", "reprint"]


@pytest.mark.parametrize("line", [
    "You may reprint this article in your ezine if you keep my bio, with a link to my site, where you can buy my "
    "book.",
    "You may reprint this article whole; the author's coaching pays for this site.",
])
def test_money_beside_a_grant_that_is_no_price_on_it_keeps_the_grant(line):
    assert licence_tag(line) == FREE


@pytest.mark.parametrize("line", [
    "I dedicate this text to the public domain: copy it, sell it, pay no one.",
    "This guide is in the public domain; you may even sell copies for a small price.",
])
def test_a_dedication_that_speaks_of_money_stays_a_dedication(line):
    assert licence_tag(line) == PD
