"""The Free Art License (Licence Art Libre, SPDX LAL-1.3): a copyleft licence like CC BY-SA, read by its English
and French names, its short name with a version, and never where a page denies it, quotes it as an example or talks
of it (round 22; examples made up)."""

import pytest

from pipeline.text.licence import find_cc, find_statements
from pipeline.text.terms import LAL_UNVERSIONED, is_copyleft, reuse


def tags(text: str) -> list[str]:
    return [s.tag for s in find_statements(text)]


@pytest.mark.parametrize("text, tag", [
    ("(ɔ) Copyleft 2021 Odile Marchetti. You may copy, share and change this booklet under the Free Art License 1.3.",
     "LAL-1.3"),
    ("Ce carnet est diffusé sous la Licence Art Libre 1.3.", "LAL-1.3"),
    ("Texte publié selon les termes de la Licence Art Libre (LAL 1.3).", "LAL-1.3"),
    ("Released under the Free Art Licence (Licence Art Libre), version 1.2.", "LAL-1.2"),
    ("This pamphlet is yours to copy under the Free Art License; see artlibre.org/licence/lal.", LAL_UNVERSIONED),
])
def test_the_licence_by_its_names(text, tag):
    assert tags(text) == [tag]
    assert reuse({"tag": tag}).answer == "excerpt-ok"  # copyleft as SPEC maps CC BY-SA: a tip may travel
    assert is_copyleft(tag)


def test_asks_credit_and_the_same_licence():
    statement = find_cc("Free Art License 1.3 for this leaflet.")
    assert statement.conditions == ["attribution-required", "share-alike"]
    assert reuse({"tag": "LAL-1.3"}).conditions == ("attribution-required", "share-alike")


@pytest.mark.parametrize("text", [
    "This leaflet is not under the Free Art License 1.3.",  # denied
    "We never use the Free Art License for club notes.",
    "Ce bulletin n'est pas sous Licence Art Libre.",  # denied in French
    'Paste "This drawing is under the Free Art License 1.3." under your own work.',  # an example quoted
    "For example: This comic is released under the Licence Art Libre 1.3.",  # an example shown
    "The Free Art License is what many poster makers pick.",  # talked of
    "Many printmakers pick the Free Art License 1.3.",
    "Pick-up is from LAL on Tuesdays.",  # the short name without a version is an airport code
    "We had a long chat about free art licence questions.",  # prose, not the name
])
def test_no_grant_where_the_name_is_not_this_texts_licence(text):
    assert tags(text) == []
