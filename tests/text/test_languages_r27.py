"""Round 27's language rows (pipeline/text/languages.py): Northern Sami, Romansh, Guarani, Navajo, Ossetian, Fijian,
Meitei (Meitei Mayek) and Assyrian Neo-Aramaic (Syriac), each read by the consumers of its words: an all-rights line,
a grant beside its negation and its limit in the same language (a false grant is worse than none), a credit by leave,
a byline's phrase, a writer's label, a courtesy word before a name (and a chiefly title kept as a given name on a page
in another language), a date line, a count opening a title, a read-also teaser, Syriac's full stop; and the guards
that keep a short word of a new row off pages in other languages. Our own sentences, names and sites throughout."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.stages.tips.paras import count_abroad
from pipeline.stages.tips.patterns import SENTENCE_BREAK, TEASER_LINE
from pipeline.text.attribution import is_date_line, kin_word_kept, name_line, posted_by_abroad, writing_credit
from pipeline.text.html_meta import _byline_name
from pipeline.text.languages import LANGUAGES, number_words
from tests.conftest import licence_tag as _tag

ARR = "LicenseRef-all-rights-reserved"
FREE = "LicenseRef-free-reprint"
PD = "LicenseRef-public-domain"
LEAVE = "LicenseRef-used-with-permission"
ROUND_27 = ("se", "rm", "gn", "nv", "os", "fj", "mni", "aii")


def test_the_rows_stand_in_the_table_once():
    source = Path(__file__).parents[2].joinpath("pipeline/text/languages.py").read_text(encoding="utf-8")
    keys = re.findall(r'^    "([a-z]{2,3})": \{', source, re.M)
    assert set(ROUND_27) <= set(LANGUAGES)
    assert len(keys) == len(set(keys))  # a key written twice would keep its last row silently


@pytest.mark.parametrize(("code", "line"), [
    ("se", "Várreolbmot 2024. Buot vuoigatvuođat várrejuvvon."),
    ("rm", "© 2024 Ustria Flurin. Tuts dretgs reservads."),
    ("gn", "© 2024 Tetã Marandu. Opaite derécho oñeñongatu."),  # (the formula's other order)
    ("aii", "© 2024 ܒܝܬ ܐܬܘܪ · ܟܠ ܙܕܩܐ ܢܛܝܪܝܢ"),  # (written without the plural's dots)
])
def test_an_all_rights_line_reserves_the_text(code, line):
    assert _tag(line) == ARR, code


# (code, a grant to republish this text, the same grant negated, the same grant limited to some readers)
GRANTS = [
    ("se", "Sáhtát almmuhit ođđasit dán čála.", "It sáhtát almmuhit ođđasit dán čála.",
     "Sáhtát almmuhit ođđasit dán čála dušše skuvllain."),
    ("rm", "Vus dastgais reproducir quest artitgel.", "Vus na dastgais betg reproducir quest artitgel.",
     "Vus dastgais reproducir quest artitgel mo per scolas."),
    ("fj", "E rawa ni tabaki tale na itukutuku oqo.", "E sega ni rawa ni tabaki tale na itukutuku oqo.",
     "E rawa ni tabaki tale na itukutuku oqo ena koronivuli duadua ga."),
]


@pytest.mark.parametrize(("code", "grant", "refused", "limited"), GRANTS)
def test_a_grant_its_negation_and_its_limit(code, grant, refused, limited):
    assert _tag(grant) == FREE, code
    assert _tag(refused) not in (FREE, PD), code
    assert _tag(limited) not in (FREE, PD), code


def test_a_guarani_grant_and_its_refusal():
    assert _tag("Ikatu ojeguenohẽ jey ko jehaipyre.") == FREE
    assert _tag("Ndaikatúi ojeguenohẽ jey ko jehaipyre.") not in (FREE, PD)


def test_a_syriac_credit_by_the_writers_leave_glues_of_to_the_holder():
    # "republished with the leave of-the-writer": Syriac writes "of" as a proclitic glued to the holder
    assert _tag("ܡܩܠܐ ܗܢܐ ܦܪܝܣܐ ܠܘܩܕܡ ܒܟܬܒܐ ܐܚܪܢܐ، ܘܡܦܪܣܡܐ ܒܐܦܣܐ ܕܟܬܘܒܐ.") == LEAVE


def test_the_bylines_phrases_and_writers_labels():
    assert posted_by_abroad("Vola ko Mere Tabua").name == "Mere Tabua"  # Fijian, written by
    assert writing_credit("Čálli: Ánne Márjá Sara").name == "Ánne Márjá Sara"  # Northern Sami, writer
    assert writing_credit("Ohai: Ramona Giménez").name == "Ramona Giménez"  # Guarani, wrote
    # Syriac "written by the hand of": the honorific after the proclitic "of" leaves the name
    assert posted_by_abroad("ܟܬܝܒܬܐ ܒܐܝܕܐ ܕܪܒܝ ܢܝܢܘܣ ܐܕܝ").name == "ܢܝܢܘܣ ܐܕܝ"


def test_a_courtesy_word_leaves_the_name():
    assert name_line("Hastiin Ben Tsinajinnie").name == "Ben Tsinajinnie"  # Navajo, Mr
    assert name_line("Kuñakarai Rosa Villalba").name == "Rosa Villalba"  # Guarani, madam


def test_a_fijian_chiefly_title_goes_on_a_fijian_page_and_stays_a_given_name_elsewhere():
    assert kin_word_kept("Mere Tabua", "Adi", "fj", "Vola ko Adi Mere Tabua") == ("Mere Tabua", "Adi")
    assert kin_word_kept("Putra Wibowo", "Adi", "id", "Oleh Adi Putra Wibowo") == ("Adi Putra Wibowo", None)


def test_a_chiefly_title_after_a_fijian_credit_goes_whatever_language_the_page_was_read_as():
    # the language identifier knows no Fijian: the credit's own phrase ("Vola ko", written by) tells the language
    assert kin_word_kept("Mere Tabua", "Adi", "id", "Vola ko Adi Mere Tabua\n\nNa teitei.") == ("Mere Tabua", "Adi")
    assert kin_word_kept("Putra Wibowo", "Adi", "id", "Ditulis oleh Adi Putra Wibowo") == ("Adi Putra Wibowo", None)


def test_a_byline_run_on_into_a_date_in_a_tables_month_ends_before_the_month():
    assert _byline_name("Čálli: Ánde Somby borgemánnu 3, 2025") == "Ánde Somby"


@pytest.mark.parametrize("line", ["Níłch'its'ósí 3, 2025", "3 borgemánnu 2025", "12 jasyteĩ 2025",
                                  "14 ܬܫܪܝܢ ܩܕܡܝܐ 2025", "ꯃꯦꯔꯥ ꯱꯲, ꯲꯰꯲꯵", "Okosita 12, 2025"])
def test_a_date_with_a_months_name_is_a_date_line(line):
    assert is_date_line(line)


def test_a_count_opening_a_title_and_the_words_kept_off_other_languages_titles():
    assert count_abroad("Vihtta ráva dálvái", None) == 5  # Northern Sami
    assert count_abroad("Mbohapy ñemoñe'ẽ", None) == 3  # Guarani
    # Fijian four is written "vā" (the bare "va" opens a Spanish title), Romansh nine "nouv" ("Nov" opens a Slovene
    # title and an English date)
    assert count_abroad("Va a llover mañana", None) is None
    assert count_abroad("Nov 2024 newsletter", None) is None
    assert not {"va", "nov"} & set(number_words())


@pytest.mark.parametrize("line", ["Loga maid: Movt čoaggit murjjiid", "ܩܪܝ ܐܦ: ܐܝܟܢܐ ܒܥܒܕܬ ܚܡܝܪܐ",
                                  "Era interessant: Il casco da stad"])
def test_a_read_also_line_is_a_teaser(line):
    assert TEASER_LINE.fullmatch(line)


def test_a_syriac_full_stop_ends_a_sentence():
    assert SENTENCE_BREAK.split("ܠܚܡܐ ܛܒܐ܂ ܣܝܡ ܠܗ") == ["ܠܚܡܐ ܛܒܐ܂", "ܣܝܡ ܠܗ"]
