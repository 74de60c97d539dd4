"""Round 12: pages wholly in other languages ask the language tables (pipeline/text/languages.py) for a writer's
label ("Penulis:", "Підготувала:"), a page's metadata fields ("Kategori:", "Compartilhe:") and its date line's
words ("Publicado em …"). Each shape is written here in our own words and in languages no labelled page used for
it, with the nearest line the rule must leave alone."""

from __future__ import annotations

import pytest

from pipeline.stages.segment import _notice_tail
from pipeline.text.attribution import is_meta_line, writing_credit, written_abroad
from pipeline.text.languages import LANGUAGES
from tests.conftest import only_article as only
from tests.conftest import segment_page


# ---------------------------------------------------------------------------------------------- writer labels
@pytest.mark.parametrize("line, name", [
    ("Připravila: Jana Dvořáková", "Jana Dvořáková"),  # Czech "prepared by"
    ("Opracowanie: Anna Nowak-Wiśniewska", "Anna Nowak-Wiśniewska"),  # Polish "compiled by"
    ("Подготовила: Мария Ковалёва, агроном", "Мария Ковалёва"),  # Russian, a role after the comma
    ("Penulis: Dewi Lestari", "Dewi Lestari"),  # Indonesian "writer"
    ("Bài viết: Phạm Thị Lan", "Phạm Thị Lan"),  # Vietnamese, a label of two words
    ("Skribent: Linnea Berg", "Linnea Berg"),  # Swedish "writer"
])
def test_a_writer_label_of_the_tables_credits_the_writing(line, name):
    assert writing_credit(line).name == name


@pytest.mark.parametrize("line", [
    "Ảnh: Lê Văn Tám",  # Vietnamese "photo": a picture's credit
    "Kategori: Ekonomi",  # a field of the page
    "Editor: Sari Wulandari",  # the desk, not the writer
    "Penulis: buku ini ditulis selama dua tahun oleh tim kecil di Bandung dan diterbitkan ulang tahun lalu.",
])
def test_other_labels_and_sentences_credit_no_writer(line):
    assert writing_credit(line) is None


def test_every_language_fills_the_new_kinds():
    for code, table in LANGUAGES.items():
        for kind in ("writer_label", "meta_label", "published"):
            assert table[kind], (code, kind)


# ---------------------------------------------------------------------------------------------- metadata lines
@pytest.mark.parametrize("line", [
    "Veröffentlicht am 6. Oktober 2023",  # German date line
    "Opublikowano: 14.11.2023, 08:15",  # Polish
    "Yayınlandı 3 Mart 2021 | Kategori: Sağlık",  # Turkish
    "Komentarze: 12",  # Polish comment count
    "Udostępnij: Facebook | X | E-mail",  # Polish share row
    "공유: 카카오톡 | 페이스북",  # Korean share row
    "Julkaistu 2.5.2022 klo 9.40",  # Finnish
])
def test_a_page_field_in_another_language_is_metadata(line):
    assert is_meta_line(line)


@pytest.mark.parametrize("line", [
    "Publicado originalmente no blog da autora",  # no date: a provenance note, not the page's date line
    "Kategoria wagowa to podstawa",  # the word in a title, no colon after it
    "Comentarios finales sobre la receta",
    "Opublikowano w 2020 roku pierwszą wersję poradnika, a potem dopisano kolejne rozdziały i przykłady.",
])
def test_the_same_words_in_a_title_or_a_sentence_are_no_metadata(line):
    assert not is_meta_line(line)


# ---------------------------------------------------------------------------------------------- whole headers
BODY_ES = ("El agua es la factura que más crece sin que nadie lo note. No hace falta renunciar a nada: basta con "
           "cambiar algunos hábitos de la casa.\n\n"
           "1) Cierra el grifo mientras te cepillas los dientes. Son varios litros por minuto.\n\n"
           "2) Pon la lavadora solo cuando esté llena. Media carga gasta casi lo mismo.\n\n"
           "3) Riega las plantas al atardecer. Por la tarde el sol evapora la mitad del agua.\n")


def test_a_portal_header_with_a_date_line_and_a_share_row_in_spanish_keeps_title_and_writer():
    page = ("Hogar Práctico - ideas para ahorrar\nInicio | Casa | Cocina | Contacto\n\n"
            "Cinco formas de gastar menos agua en casa\n"
            "Por Lucía Fernández Ortega\n"
            "Publicado el 3/05/2019 a las 10:20 | Actualizado el 3/05/2019 a las 12:05\n"
            "Comparte: Facebook | Twitter | WhatsApp\n\n" + BODY_ES)
    article = only(page)
    assert article.title == "Cinco formas de gastar menos agua en casa"
    assert article.author == "Lucía Fernández Ortega"


def test_a_directory_header_with_a_labelled_writer_and_fields_in_czech():
    page = ("Články zdarma | Domů | Kategorie | Přidat článek\n\n"
            "Jak ušetřit za vodu bez velkých investic\n\n"
            "Připravila: Jana Dvořáková\n"
            "Publikováno: 12. 4. 2021 | Kategorie: Domácnost | Komentáře: 3\n\n" + BODY_ES)
    article = only(page)
    assert article.title == "Jak ušetřit za vodu bez velkých investic"
    assert article.author == "Jana Dvořáková"


# ---------------------------------------------------------------------------------------------- the bare "by"
@pytest.mark.parametrize("line, name", [
    ("di Marco Rossi-Bellini", "Marco Rossi-Bellini"),  # Italian
    ("oleh Dewi Lestari", "Dewi Lestari"),  # Indonesian
    ("door Joke van Dam", "Joke van Dam"),  # Dutch, a particle inside the name
    ("de Ana Maria Popescu", "Ana Maria Popescu"),  # Romanian, three names
])
def test_the_bare_word_for_by_in_lower_case_before_a_full_name_is_a_byline(line, name):
    assert written_abroad(line).name == name


@pytest.mark.parametrize("line", [
    "de Vries",  # a surname's particle before one word
    "De Niro Robert",  # capitals: a name or a title, not "by"
    "di tanto in tanto ci vediamo al mercato",  # a phrase going on past any name
    "de Ana Maria Popescu, și publicat anul trecut.",  # a wrapped sentence's line
])
def test_the_same_word_before_anything_else_is_no_byline(line):
    assert written_abroad(line) is None


ITEM_IT = ("Le piantine seminate a febbraio arrivano ad aprile lunghe e pallide. Non è colpa dei semi ma del "
           "davanzale: ecco cosa ho imparato in dieci anni di semine sul balcone.\n\n"
           "Date loro luce e non calore. Spostate i vasetti alla finestra più luminosa e girateli ogni giorno.\n")
ITEM_IT_2 = ("Molti rinunciano al compost in condominio per paura dei vicini. Un contenitore piccolo e ben "
             "tenuto non puzza più di un vaso di terra.\n\n"
             "Mettete sempre qualcosa di secco sopra qualcosa di umido, e mescolate una volta alla settimana.\n")
RULE = "-" * 50


def test_an_issue_whose_ruled_items_are_signed_with_the_bare_by_splits_into_its_items():
    page = ("IL NOTIZIARIO DELL'ORTO IN CITTÀ\nnumero 12 - marzo 2019\n\n"
            "Cari lettori, ecco il numero di primavera.\n\n" + RULE + "\n\n"
            "PIANTINE SANE FINO AL TRAPIANTO\ndi Lorenzo Bellandi\n\n" + ITEM_IT + "\n" + RULE + "\n\n"
            "COMPOST SUL BALCONE SENZA ODORI\ndi Chiara Esposito-Ferri\n\n" + ITEM_IT_2 + "\n" + RULE + "\n")
    articles = segment_page(page)
    assert [(a.title, a.author) for a in articles] == [
        ("PIANTINE SANE FINO AL TRAPIANTO", "Lorenzo Bellandi"),
        ("COMPOST SUL BALCONE SENZA ODORI", "Chiara Esposito-Ferri")]


def test_an_issue_whose_ruled_parts_name_no_writer_stays_whole():
    # the same rules between sections of one unsigned piece: the sections are no items
    page = ("PIANTINE E COMPOST IN CITTÀ\n\n" + ITEM_IT + "\n" + RULE + "\n\nIL COMPOST\n\n" + ITEM_IT_2 + "\n"
            + RULE + "\n\nLE PIANTINE\n\n" + ITEM_IT + "\n")
    assert len(segment_page(page)) == 1


# ---------------------------------------------------------------------------------------------- a footer's notice
@pytest.mark.parametrize("tail", [
    "Přetisk materiálů je možný pouze se souhlasem redakce.",  # Czech: reprinting only with the desk's consent
    "Texterna får inte kopieras utan tillstånd.",  # Swedish
    "Materiały można publikować wyłącznie za zgodą wydawcy.",  # Polish
])
def test_a_sentence_about_reuse_in_another_language_goes_on_with_the_notice_beside_it(tail):
    assert _notice_tail(tail)


@pytest.mark.parametrize("tail", [
    "Zalévejte raději ráno než večer, listy pak rychle oschnou.",  # the article's own advice
    "Vattna krukorna på kvällen.",
])
def test_a_sentence_of_text_beside_a_notice_is_no_part_of_it(tail):
    assert not _notice_tail(tail)
