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
