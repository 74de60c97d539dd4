"""Licence readings widened in round 11 (issue 16): forms of statements the wording table already reads, met on
fact sheets and leaflets by hands the code had never read. Every wording here is written in our own words."""

from __future__ import annotations

import pytest

from pipeline.text import licence as lic


def tag_of(line: str) -> str:
    return lic.combine(lic.find_statements(line)).tag


# A passive notice's verb is a participle: a -y verb's is -ied ("copied", "photocopied", "carried"), which the
# stem-plus-"ed" reading never met.
@pytest.mark.parametrize("line", [
    "This leaflet may be photocopied for non-commercial use.",
    "This fact sheet may be copied and handed out, unchanged and with our name on it.",
    "Our handouts may be freely copied, provided they are copied whole.",
    "This column may be carried in your newsletter if the byline stays.",
])
def test_a_y_verb_s_participle_is_read_as_its_verb(line):
    assert tag_of(line) == lic.FREE_REPRINT


# A notice's bare subject with its publisher's name before it ("Glenmoor Extension materials", "Harbour Council
# leaflets"): the same notice as "Materials may be copied ...", a grant only with its terms.
@pytest.mark.parametrize("line", [
    "Fernvale University Extension materials may be copied and shared in their entirety, with credit to the author.",
    "Harbour Council leaflets may be reproduced in full, provided the council is credited.",
    "The Extension's fact sheets may be shared with credit to the author.",
])
def test_a_bare_subject_after_its_publisher_s_name_is_a_grant_with_its_terms(line):
    assert tag_of(line) == lic.FREE_REPRINT


@pytest.mark.parametrize("line", [
    "Garden Club leaflets may be copied for your members.",  # no terms: may be a club's own circle
    "Monday Posts can be published at a set time.",  # blogging advice with a name before the noun
    "Kitchen Table recipes can be copied into your notebook.",
    "Fernvale Extension materials may not be copied without written permission.",  # refused
    "Fernvale Extension materials may be copied only with the author's permission.",  # asks first
])
def test_the_same_subject_without_terms_or_with_a_refusal_grants_nothing(line):
    assert tag_of(line) not in (lic.FREE_REPRINT, lic.PUBLIC_DOMAIN)


def test_the_terms_of_a_named_publisher_s_notice_are_its_conditions():
    [statement] = lic.find_statements("Fernvale Extension materials may be copied in their entirety for "
                                      "non-commercial purposes, with credit to the author.")
    assert {"entire-article-only", "attribution-required", "non-commercial"} <= set(statement.conditions)
