"""Round 21's mends of round 20's licence rules, each found by a read-only review: a dedication or grant undone by a
quantifier ("Nothing here is ...", "None of these ..."), a dedication read off what a text holds, a plural federal
work the gate missed. Lines written in our own words, each beside the grant it must not disturb."""

from __future__ import annotations

import pytest

from pipeline.text import licence as lic

PD, NONE = lic.PUBLIC_DOMAIN, lic.NOASSERTION


def tag_of(line: str) -> str:
    return lic.combine(lic.find_statements(line)).tag


@pytest.mark.parametrize("line", [
    "Nothing on this blog is a work of the U.S. federal government.",
    "None of these recipes are copyright-free.",
    "Neither of these guides is copyright-free.",
    "Nobody puts this piece in the public domain.",
    "No one releases these notes into the public domain.",
    "None of our handouts are works of the US government.",
])
def test_a_dedication_undone_by_a_quantifier_is_none(line):
    assert tag_of(line) == NONE


@pytest.mark.parametrize("line", [
    "Many of the recipes in these notes are copyright-free.",  # what the notes hold, not the notes
    "Some of the drawings of this booklet are copyright free.",
])
def test_what_a_text_holds_being_copyright_free_is_no_dedication(line):
    assert tag_of(line) == NONE


@pytest.mark.parametrize("line", [
    "These recipes are copyright-free.",
    "Everything in this leaflet is copyright free.",
    "Pia Norberg puts this piece in the public domain.",
    "This site is a work of the U.S. federal government.",
    "Our fact sheets are works of the U.S. federal government.",  # the plural, as PUBLIC reads it (the gate too)
])
def test_the_same_dedications_unnegated_still_stand(line):
    assert tag_of(line) == PD


def test_a_quantifier_before_a_grant_leaves_no_grant_and_the_grant_alone_stands():
    assert tag_of("Nobody may reprint this article in a newsletter.") != lic.FREE_REPRINT
    assert tag_of("You may reprint this article in your newsletter.") == lic.FREE_REPRINT


# Lao writes "not" (ບໍ່) before the verb, spaced or not, or with "did" (ໄດ້) between: every form undoes the dedication
@pytest.mark.parametrize("line", [
    "ເອກະສານນີ້ ບໍ່ ເປັນສົມບັດສາທາລະນະ.",
    "ເອກະສານນີ້ບໍ່ໄດ້ເປັນສົມບັດສາທາລະນະ.",
    "ເອກະສານນີ້ບໍ່ເປັນສົມບັດສາທາລະນະ.",
])
def test_a_lao_dedication_with_not_is_none(line):
    assert tag_of(line) == NONE


def test_a_lao_dedication_without_not_stands():
    assert tag_of("ເອກະສານນີ້ ເປັນສົມບັດສາທາລະນະ.") == PD


@pytest.mark.parametrize("line", [
    "We do not use the GNU Free Documentation License.",
    "This article is not under the GFDL.",
    "This guide is not under CC BY-SA 4.0.",
    "Our council never publishes under the Open Government Licence.",
])
def test_a_public_licence_denied_before_its_name_is_none(line):
    assert tag_of(line) == NONE


@pytest.mark.parametrize("line, tag", [
    ("This article is under the GFDL.", "GFDL-1.1-or-later"),
    ("Where not otherwise noted, this blog is licensed under CC BY 4.0.", "CC-BY-4.0"),  # a default, not a denial
    ("You may re-use these notes (not including the club's logos) free of charge under the terms of the Open "
     "Government Licence v3.0.", "OGL-UK-3.0"),  # the licence's own wording: the aside denies the logos only
])
def test_a_public_licence_stated_stands(line, tag):
    assert tag_of(line) == tag


def test_a_gfdl_licence_read_before_weighs_again_as_a_public_licence():
    from pipeline.records import Licence
    s = lic.statement_of(Licence(tag="GFDL-1.3-or-later", statement="GNU FDL 1.3 or later"))
    assert s is not None and s.kind == "cc" and "share-alike" in s.conditions


@pytest.mark.parametrize("holder", ["Mirela Dobos", "Dobos Garden Media Ltd"])
@pytest.mark.parametrize("terms", ["Content on this site is in the public domain.",
                                   "Articles on this site may be reprinted free of charge with the author's bio."])
def test_a_footer_reserving_rights_outranks_the_sites_lighter_terms_whoever_holds_it(holder, terms):
    from pipeline.text.html_meta import trimmed_rights
    statement = trimmed_rights([f"© 2024 {holder}. All rights reserved.", terms])
    assert statement is not None and statement.tag == lic.ALL_RIGHTS_RESERVED


def test_a_persons_bare_mark_leaves_the_sites_terms_standing():
    from pipeline.text.html_meta import trimmed_rights
    assert trimmed_rights(["© 2024 Mirela Dobos.", "Content on this site is in the public domain."]).tag == PD


def test_a_persons_reserving_line_above_the_sites_own_mark_is_an_articles_not_the_sites():
    """A directory page of two articles: the second's own "© NAME. All rights reserved." stands above the
    footer's "© SITE", so the site's reprint terms still cover the first."""
    from pipeline.text.html_meta import trimmed_rights
    lines = ["© 2019 Mirela Dobos. All rights reserved.",
             "Any article on Quillside Articles may be reprinted free of charge with its author box.",
             "© 2019 Quillside Articles · Privacy · Terms"]
    assert trimmed_rights(lines).tag == lic.FREE_REPRINT
