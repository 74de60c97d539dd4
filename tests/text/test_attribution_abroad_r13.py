"""Bylines of pages wholly in other languages (round 13): a metadata row opened by a writer label, a post head with
its date before the name, a blog footer's "posted by NAME at TIME" in more of the blog software's languages. Lines
written here in our own words."""

from __future__ import annotations

from pipeline.text.attribution import Byline, blog_footer, clean_title, name_before_date, name_line, writing_credit
from pipeline.text.dates import is_date_line


def test_a_metadata_row_opened_by_a_writer_label_names_the_writer():
    row = "Yazar: Nilüfer Çağlayan | Yayın tarihi: 03.04.2015 | Okunma: 2.310 | Kategori: Bahçe ve Balkon Bitkileri"
    assert writing_credit(row) == Byline("Nilüfer Çağlayan")
    assert writing_credit("Autorka: Věra Dvořáková · 3. 5. 2019 · Zahrada") == Byline("Věra Dvořáková")
    # a row whose first part is not the writer's
    assert writing_credit("Kategori: Bahçe | Yazar: Nilüfer Çağlayan") is None


def test_a_post_head_may_give_the_date_before_the_name():
    assert is_date_line("7. 11. 2022")
    assert name_before_date("7. 11. 2022 Věra Dvořáková") == Byline("Věra Dvořáková")
    assert name_before_date("7. 11. 2022 Zahrada a balkon") is None


def test_blog_footers_in_more_languages():
    assert blog_footer("Lähettänyt Helmi Lindqvist klo 20.05") == Byline("Helmi Lindqvist")
    assert blog_footer("Gönderen Deniz Akbulut zaman: 18:30") == Byline("Deniz Akbulut")
    assert blog_footer("Lähettänyt pitkän kirjeen, jossa ei ole kellonaikaa.") is None


def test_a_date_lines_lead_word_is_no_name():
    assert name_line("Published Sunday, March 9, 2025 | 3 min read") is None
    assert name_line("Orla Brennan, March 9, 2025") == Byline("Orla Brennan")


def test_a_footnote_mark_after_the_title_is_not_the_titles():
    assert clean_title("SAVE WATER IN THE GARDEN*") == "SAVE WATER IN THE GARDEN"
    assert clean_title("A Field Guide To Moths†") == "A Field Guide To Moths"
    assert clean_title("***") == "***"


def test_a_how_to_guides_markup_names_its_writer_as_an_articles_does(tmp_path):
    from bench.real_pages import run_page
    page = tmp_path / "guide.html"
    page.write_text(
        '<html><head><title>Truing a wheel at home</title><script type="application/ld+json">'
        '{"@context": "https://schema.org", "@type": "HowTo", "name": "Truing a wheel at home", '
        '"author": {"@type": "Person", "name": "Maeve Donnelly"}}</script></head><body>'
        "<h1>Truing a wheel at home</h1><p>A wobbling rim rubs the brake and wears the pads. You need a spoke key "
        "and a cable tie on the frame as a gauge, and half an hour without interruptions.</p>"
        "<h3>Step 1: Find the wobble</h3><p>Spin the wheel slowly and watch where the rim touches the cable tie; "
        "mark that spot with a bit of tape.</p><h3>Step 2: Tighten and loosen in pairs</h3><p>Give the spoke on the "
        "far side a quarter turn tighter and its neighbours a quarter turn looser, then spin again.</p>"
        "</body></html>", encoding="utf-8")
    assert [o.author for o in run_page(page)] == ["Maeve Donnelly"]


def test_a_release_issued_by_an_office_of_an_organisation_is_the_organisations():
    from pipeline.text.attribution import release_issuer
    head = ["PRESS RELEASE", "Ferries run late on Sunday", "Issued by the Media Desk, Kestrel Isles Ferry Company",
            "Text."]
    assert release_issuer(head) == "Kestrel Isles Ferry Company"
    assert release_issuer([*head[:2], "Issued by the Kestrel Isles Ferry Company, Harbour Road", "Text."]) == (
        "Kestrel Isles Ferry Company")
