"""Attribution: round 12's widenings of the author readers (issue 16), tested on shapes in our own words."""

from __future__ import annotations

import pytest

from pipeline.stages.segment import Parsed, resolve_author
from pipeline.text import licence as lic
from pipeline.text.attribution import is_person_name, parse_byline


# Shape: a public body's or a firm's unit named like a person (capitalised words, no legal form): a licence line
# "This leaflet by NAME is licensed ...", a "Posted by" account. Its last word names a unit, not a surname.
@pytest.mark.parametrize("body", ["Calder Valley Emergency Management", "Halvard Events", "Larchmere Cycle Works",
                                  "Northfield Road Safety Office", "Tamsin Reyes Productions", "Upland Water Bureau",
                                  "Greenway Housing Partnership", "Riverbank Food Cooperative"])
def test_a_bodys_unit_is_no_persons_name(body):
    assert not is_person_name(body)


@pytest.mark.parametrize("name", ["Lê Thu Hà", "Halvard Eriksen", "Marco Office-Smith", "Ayşe Kılıç"])
def test_names_near_those_words_stay_names(name):  # the nearest thing: a first name like a firm's, a double name
    assert is_person_name(name)


def test_a_licensors_unit_does_not_outrank_the_page_as_its_writer():
    # a CC line crediting a county office: no person holds the copyright, so the text's reading names no writer
    # (the markup's "Prepared by" person stands), where before the office read as a person holding copyright
    statements = lic.find_statements("This leaflet by Marsh County Planning Office is licensed under a Creative "
                                     "Commons Attribution 4.0 International License.")
    assert resolve_author(Parsed(body=[], statements=statements), company=True) == (None, None, False)


# Shape: a gallery's or magazine's credit row under the headline, the writer's and the photographer's cells run
# together once their spacing is lost ("Words: NAME Photos: STUDIO"): the writer's name ends before the picture label.
@pytest.mark.parametrize(("row", "name"), [
    ("Words: Ilse Vandermeer Photos: Brightline Studio", "Ilse Vandermeer"),
    ("Text: Nguyễn Văn An Illustrations: Mai Linh", "Nguyễn Văn An"),
    ("By Oskar Lindqvist Photography: Hanne Berg", "Oskar Lindqvist"),
])
def test_a_credit_rows_picture_cell_is_cut_off_the_writers_name(row, name):
    byline = parse_byline(row)
    assert byline is not None and byline.name == name and byline.credentials is None


def test_a_name_holding_a_picture_word_without_its_colon_stays_whole():
    # the nearest thing: a surname that opens like a label, with no colon after it
    assert parse_byline("Words: Imogen Photiou").name == "Imogen Photiou"
