"""Other countries' open-government licences (round 26, issue 16): Canada's, France's Licence Ouverte, Germany's
Datenlizenz Deutschland, Norway's NLOD, by SPDX's ids. Canada's name begins with the UK licence's, so it was read as
the UK's. Every wording here is written in our own words."""

from __future__ import annotations

import pytest

from pipeline.text import licence as lic
from tests.conftest import file_articles
from tests.conftest import licence_tag as tag_of


@pytest.mark.parametrize("line, tag", [
    ("Text on this page is available under the Open Government Licence – Canada.", "OGL-Canada-2.0"),
    ("Reproduced under the OPEN GOVERNMENT LICENCE - CANADA", "OGL-Canada-2.0"),
    ("Terms: https://open.canada.ca/en/open-government-licence-canada", "OGL-Canada-2.0"),
    ("Contenu publié sous la Licence du gouvernement ouvert – Canada.", "OGL-Canada-2.0"),
    ("Ce guide est diffusé sous Licence Ouverte / Open Licence version 2.0.", "etalab-2.0"),
    ("Réutilisation libre sous la Licence Ouverte d'Etalab.", "etalab-2.0"),
    ("Lizenz: Datenlizenz Deutschland – Namensnennung – Version 2.0", "DL-DE-BY-2.0"),
    ("Dieser Ratgeber steht unter der dl-de/by-2-0.", "DL-DE-BY-2.0"),
    ("Inhalte dieser Seite: Datenlizenz Deutschland – Zero – Version 2.0", "DL-DE-ZERO-2.0"),
    ("Innholdet er lisensiert under Norsk lisens for offentlige data (NLOD) 2.0.", "NLOD-2.0"),
    ("Published under the Norwegian Licence for Open Government Data (NLOD) 1.0.", "NLOD-1.0"),
])
def test_a_national_open_licence_is_read_by_its_own_id(line, tag):
    assert tag_of(line) == tag


@pytest.mark.parametrize("line, tag", [
    # the UK's stays the UK's; a version SPDX has no id for is no licence we can name
    ("Everything here is under the Open Government Licence v3.0.", "OGL-UK-3.0"),
    ("Sous Licence Ouverte v1.0.", lic.NOASSERTION),
    # prose about these licences licenses nothing
    ("Canada's open government licence debate went on for a year.", lic.NOASSERTION),
    ("The council discussed whether an open licence would suit its data.", lic.NOASSERTION),
])
def test_the_uk_licence_prose_and_unknown_versions_are_not_national_grants(line, tag):
    assert tag_of(line) == tag


@pytest.mark.parametrize("tag", ["OGL-Canada-2.0", "etalab-2.0", "DL-DE-BY-2.0", "NLOD-2.0"])
def test_a_national_open_licence_lets_a_tip_travel_alone_with_credit(tag):
    answer = lic.reuse({"tag": tag, "conditions": []})
    assert (answer.answer, answer.conditions, answer.attribution) == (lic.EXCERPT_OK, ("attribution-required",),
                                                                       True)


def test_the_german_zero_licence_asks_nothing():
    answer = lic.reuse({"tag": "DL-DE-ZERO-2.0", "conditions": []})
    assert (answer.answer, answer.conditions) == (lic.EXCERPT_OK, ())


# A Canadian department's page: the licence link beside the Crown's copyright line, as the UK's pages have it.
def test_a_canadian_footer_s_licence_link_licenses_the_page(tmp_path):
    html = ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Wood stoves in winter</title></head>"
            "<body><main><h1>Using a wood stove safely in winter</h1>"
            + "<p>Have the chimney swept each autumn, and burn only dry, seasoned wood in small loads.</p>" * 3
            + "</main><footer><p>© His Majesty the King in Right of Canada. Reproduced under the <a rel='license' "
            "href='https://open.canada.ca/en/open-government-licence-canada'>Open Government Licence – Canada</a>."
            "</p></footer></body></html>")
    page = tmp_path / "stoves.html"
    page.write_text(html, encoding="utf-8")
    articles = file_articles(page)
    assert [a.licence.tag for a in articles] == ["OGL-Canada-2.0"]
    assert lic.reuse(articles[0].licence).answer == lic.EXCERPT_OK
