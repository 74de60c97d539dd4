"""Round 15: institutional pages' writers. Two writers named on a line of their own under a fact sheet's title
("A and B", in a few languages), their shared role in the plural under them, and a company's legal form written
with dots and a comma inside ("Co., Ltd.", "Pte. Ltd.", "Sdn. Bhd.") taken off its name whole. Names and sentences
written here in our own words."""

from __future__ import annotations

import pytest

from pipeline.stages.segment import COMPANY
from pipeline.text.attribution import LEGAL_FORM, is_role, name_line


@pytest.mark.parametrize(("line", "author"), [
    ("Rosalind Achebe and Tomás Ibarra-Vidal", "Rosalind Achebe and Tomás Ibarra-Vidal"),
    ("Rosalind Achebe & Tomás Ibarra-Vidal", "Rosalind Achebe and Tomás Ibarra-Vidal"),
    ("Jutta Brenner und Kai Roth", "Jutta Brenner and Kai Roth"),
    ("Ewa Nowak i Jan Kos", "Ewa Nowak and Jan Kos"),
])
def test_two_writers_on_a_name_line_are_one_author_string(line, author):
    named = name_line(line)
    assert named is not None and named.name == author


@pytest.mark.parametrize("line", ["Salt and Pepper", "Marsh and Tillery Counties", "Fish and Chips Every Friday",
                                  "Pride and Prejudice"])
def test_two_words_or_places_joined_by_and_are_no_writers(line):
    named = name_line(line)
    assert named is None or " and " not in named.name


@pytest.mark.parametrize("line", ["County Horticulture Educators", "Clinical Nurse Specialists, Ward 3",
                                  "Extension Agents, Upper Valley"])
def test_a_shared_role_in_the_plural_is_a_role(line):
    assert is_role(line)


@pytest.mark.parametrize(("holder", "name"), [
    ("Hoang Minh Trading Co., Ltd.", "Hoang Minh Trading"),
    ("Lanterna Tools Co., Ltd", "Lanterna Tools"),
    ("Brightwave Co. Ltd.", "Brightwave"),
    ("Northgate Tech Co., Inc.", "Northgate Tech"),
    ("Seabird Dental Pte. Ltd.", "Seabird Dental"),
    ("Sunrise Foods Pvt. Ltd.", "Sunrise Foods"),
    ("Tanjung Print Sdn. Bhd.", "Tanjung Print"),
    ("Grupo Solano S.A. de C.V.", "Grupo Solano"),
    ("Malý Dům s.r.o.", "Malý Dům"),
    ("Kestrel Logistics Ltd", "Kestrel Logistics"),
    ("Pinecrest, Inc.", "Pinecrest"),
])
def test_a_dotted_or_comma_led_legal_form_leaves_the_company_s_name(holder, name):
    assert LEGAL_FORM.sub("", holder) == name
    assert COMPANY.search(holder) is not None


# a bare "Co" ends people's names ("Emily Co") and "& Co" sites' names ("Stoneage & Co"): neither is a legal form
@pytest.mark.parametrize("name", ["Ann Lee", "Jim Coe", "Tomás Ibarra-Vidal", "Marco Colas", "Emily Co",
                                  "Stoneage & Co"])
def test_a_person_s_name_holds_no_legal_form(name):
    assert LEGAL_FORM.sub("", name) == name
    assert COMPANY.search(name) is None


def test_the_co_author_join_is_linear_on_a_long_blank_run():
    """The join's blank run is taken from its start only: from each blank of a 20,000-blank run "\\s+and" walked
    the rest of it (79 s before the lookbehind; now milliseconds)."""
    import time

    from pipeline.text.attribution import CO_AUTHOR_JOIN

    start = time.process_time()
    assert CO_AUTHOR_JOIN.split("Ann Lee" + " " * 20_000 + "andx") == ["Ann Lee" + " " * 20_000 + "andx"]
    assert time.process_time() - start < 2.0
