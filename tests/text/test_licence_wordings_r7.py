"""Free-reprint leave worded without the usual words (round 7, issue 16's licence row): a printed sheet's photocopy
leave, a club guide's "share it as is, with my name on it", a leaflet's "this publication may be reproduced in its
entirety", a newsletter's "individual articles may be reprinted ...". Each grants only with its terms or a place;
the traps beside each stay no grant (a wrong grant is worse than none). Sentences written for this test."""

from __future__ import annotations

import pytest

from pipeline.text import licence as lic
from tests.conftest import cases
from tests.conftest import licence_tag as tag_of

READINGS = [
    # leave worded without the usual words, with its terms or a place: a free reprint
    *cases("leave-without-the-usual-words", lic.FREE_REPRINT, [
        "Please feel free to photocopy this sheet for your neighbours, as long as it is copied whole.",
        "You are welcome to photocopy this sheet and pass it round, unaltered and with our name on it.",
        "Feel free to share this guide with your walking group, as is and with my name on it.",
        "This publication may be reproduced in its entirety, provided credit is given to the society.",
        "Individual articles may be reprinted in your own bulletin with the author's name and resource box attached.",
    ]),
    # the posts' own copyright beside the platform word still counts
    *cases("posts-own-copyright-beside-platform-word", lic.ALL_RIGHTS_RESERVED, [
        "Forum posts © their respective authors",
        "Blog posts © 2019 Ann Lee",
        "Content on this platform © 2020 Ann Lee",
    ]),
    # the rights kept by each writer, in plain words: the mirror of "© their respective authors"
    *cases("writers-keep-their-copyright", lic.ALL_RIGHTS_RESERVED, [
        "Letters appear as sent. Correspondents keep the copyright in their letters.",
        "Contributors retain copyright of everything they post here.",
        "Authors hold the copyright to their own stories.",
    ]),
    # the words about writers and copyright elsewhere state nothing
    *cases("writers-and-copyright-elsewhere", lic.NOASSERTION, [
        "Do writers keep copyright laws in mind when they quote?",  # a question about the law
        "Writers keep notebooks, and so should gardeners.",
    ]),
    # a resource box's question answered "go ahead" with no terms stays advice
    *cases("go-ahead-without-terms", lic.NOASSERTION, [
        "Want to use this recipe for a picnic? Go ahead, as long as you double the dressing.",
    ]),
]


@pytest.mark.parametrize(("line", "tag"), READINGS)
def test_a_line_is_read_as_its_licence(line, tag):
    assert tag_of(line) == tag


@pytest.mark.parametrize("line", [
    "Photocopy this sheet and pin it by the back door.",  # advice to the reader, no leave, no terms
    "You can photocopy this sheet for your own records.",
    "Feel free to share this guide with your friends.",  # an invitation to read
    "Individual articles may be reprinted only with written permission.",  # asks first
    "This publication may not be reproduced in its entirety or in part.",
])
def test_the_same_words_without_leave_and_terms_grant_nothing(line):
    assert tag_of(line) not in (lic.FREE_REPRINT, lic.PUBLIC_DOMAIN)


def test_the_terms_are_read_as_conditions():
    [statement] = lic.find_statements("Feel free to share this guide with your club, as is and with my name on it.")
    assert {"no-modification", "attribution-required"} <= set(statement.conditions)
    [statement] = lic.find_statements("You may photocopy this sheet for your class, as long as it is copied whole.")
    assert "entire-article-only" in statement.conditions


# A forum's or a blog's footer credits its software: "Community platform by X © 2010-2022 X Ltd." is the program's
# copyright, not the posts'. The posts' own notice in the same footer still counts (in READINGS above).
@pytest.mark.parametrize("line", [
    "Community platform by Threadly® © 2011-2023 Threadly Ltd.",
    "Forum software © 2019 Boardworks Inc. All times are UTC.",
    "Blog platform © 2018 Plainpress",
])
def test_a_platform_s_copyright_is_not_the_text_s(line):
    assert lic.find_statements(line) == []


# A resource box's question answered "go ahead", its terms worded as the box itself ("include this paragraph") and
# the whole text ("run it complete"); the same answer with no terms stays advice (in READINGS above).
def test_a_box_s_question_answered_with_its_terms_is_a_free_reprint():
    box = ("Sunita Rao-Whitfield coaches new managers in Leeds. Want to use this article in your own newsletter or on "
           "your site? Go ahead, as long as you run it complete and include this paragraph with it.")
    [statement] = lic.find_statements(box)
    assert statement.tag == lic.FREE_REPRINT
    assert {"entire-article-only", "keep-author-bio"} <= set(statement.conditions)
