"""Round 15: dates, dedications and headings in languages of their own scripts (Georgian, Ukrainian, Greek,
Romanian, Swedish, Indonesian, Vietnamese). Sentences written here in our own words."""

from __future__ import annotations

from pipeline.stages.segment import uncased
from pipeline.text.attribution import caseless_letter, may_be_title, opens_capitalised
from pipeline.text.dates import is_date_line
from pipeline.text.languages import LANGUAGES
from pipeline.text.licence import combine, find_statements


def test_date_lines_in_more_languages():
    assert is_date_line("3 თებერვალი, 2023")
    assert is_date_line("середа, 7 травня 2025 р.")
    assert is_date_line("Πέμπτη, 3 Ιουλίου 2025")
    assert not is_date_line("7 травня ми поїхали до моря")


def test_georgian_letters_open_a_heading_as_caseless_letters_do():
    assert caseless_letter("ბ") and not caseless_letter("b")
    assert opens_capitalised("როგორ გავზარდოთ პომიდორი აივანზე")
    assert may_be_title("როგორ გავზარდოთ პომიდორი აივანზე")
    assert uncased("როგორ გავზარდოთ პომიდორი აივანზე")


def test_georgian_has_a_full_row():
    assert "ავტორი" in LANGUAGES["ka"]["writer_label"]
    assert "და ბოლოს" in LANGUAGES["ka"]["sequence"]


def test_public_domain_dedications_in_more_languages():
    for line in ("Acest text este dăruit în domeniul public de autoare.",
                 "Цю статтю авторка передала в суспільне надбання.",
                 "Το κείμενο αυτό δίνεται στον δημόσιο τομέα.",
                 "Denna artikel är allmän egendom.",
                 "Tulisan ini saya lepaskan ke domain publik.",
                 "Bài viết này được đưa vào phạm vi công cộng.",
                 "ეს სტატია საზოგადოებრივ საკუთრებაშია."):
        assert [s.kind for s in find_statements(line)][:1] == ["public-domain"], line


def test_a_dedication_no_text_is_given_by_is_none():
    assert find_statements("Nhiều bài hát cũ đã thuộc phạm vi công cộng.") == []
    assert find_statements("Multe cărți vechi sunt deja în domeniul public.") == []


def test_a_dedications_own_gloss_is_no_stricter_grant():
    found = find_statements("ეს ტექსტი საზოგადოებრივ საკუთრებას გადავეცი: შეგიძლიათ გადაბეჭდოთ ნებისმიერი მიზნით.")
    assert combine(found).tag == "LicenseRef-public-domain"


def test_a_grant_provided_the_text_is_not_changed_grants():
    for line in ("Acest articol poate fi preluat, cu condiția să nu fie modificat.",
                 "Este artigo pode ser reproduzido desde que não seja alterado."):
        assert [s.kind for s in find_statements(line)] == ["reprint"], line
    assert find_statements("Acest articol nu poate fi preluat.") == []
