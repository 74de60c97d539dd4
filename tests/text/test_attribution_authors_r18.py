"""Round 18 (issue 16): the name readers for authorship posted by one hand and written by another. Our own words."""

from __future__ import annotations

import pytest

from pipeline.text.attribution import is_person_name, original_writer, parse_byline, writing_credit


@pytest.mark.parametrize(("line", "name"), [
    ("Editor's note: this recipe was written by Halldóra Vík and first appeared in her newsletter.", "Halldóra Vík"),
    ("(This article was originally written by Kwame Asante-Boateng, who teaches joinery.)", "Kwame Asante-Boateng"),
    ("Original story by Ilse Marijnissen", "Ilse Marijnissen"),
    ("Source: plotandpail.example. Originally written by Rosa Tamura.", "Rosa Tamura"),
    ("Gwenllian Pryce, who wrote this guide, on the ridge above the lake. Photo: Iker Etxeberria", "Gwenllian Pryce"),
])
def test_a_repost_s_credit_names_the_piece_s_writer(line, name):
    assert original_writer(line).name == name


@pytest.mark.parametrize("line", [
    "Written by Ann Lee",  # a byline, read by the byline readers
    "As the original article by our founder says, sow thinly.",  # a mention inside prose
    "Originally posted by greenthumb_77",  # a forum's quote header: no writer of this piece
    "This post was written by the whole Parish Garden Team.",  # no person
    "My neighbour Ruth, who wrote this recipe down for me, swears by it.",  # a sentence, no caption's credit
])
def test_other_lines_name_no_original_writer(line):
    assert original_writer(line) is None


@pytest.mark.parametrize(("line", "name"), [
    ("by Ben Okafor-Reid", "Ben Okafor-Reid"),
    ("By Del Whitacre", "Del Whitacre"),
    ("by Al Brennan", "Al Brennan"),
])
def test_a_given_name_that_doubles_as_a_particle_opens_a_byline(line, name):
    assert parse_byline(line).name == name


@pytest.mark.parametrize("text", ["De Vries", "El Paso Gardens", "Le Creuset"])
def test_other_capitalised_particles_still_open_no_person(text):
    assert not is_person_name(text)


@pytest.mark.parametrize("line", [
    "АВТОРЫ: ДАРИНА СЕЙТКАЛИЕВА   |   Жарияланды: 12.01.2024   |   Санат: Үй",  # the label of a Kazakh directory
    "Авторы: Дарина Сейткалиева",  # Russian "Authors:"
])
def test_the_plural_cyrillic_authors_label_credits_the_writing(line):
    assert writing_credit(line).name == "Дарина Сейткалиева"
