"""Bylines of pages wholly in other languages (round 13): a metadata row opened by a writer label, a post head with
its date before the name, a blog footer's "posted by NAME at TIME" in more of the blog software's languages. Lines
written here in our own words."""

from __future__ import annotations

from pipeline.text.attribution import Byline, blog_footer, name_before_date, writing_credit
from pipeline.text.dates import is_date_line


def test_a_metadata_row_opened_by_a_writer_label_names_the_writer():
    row = "Yazar: Nilüfer Çağlayan | Tarih: 03.04.2015 | Okunma: 2.310 | Kategori: Bahçe"
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
