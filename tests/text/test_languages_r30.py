"""Round 30's language rows (pipeline/text/languages.py): Ewe, Chichewa, Nahuatl, Papiamento, Upper Sorbian, Abkhaz,
Balochi and Maithili, each read by the consumers of its words: an all-rights line, a grant beside its negation and its
limit in the same language (a false grant is worse than none), a writer's label, a courtesy title before a name, a
credit line giving the holder's leave; the counts of the languages that count after the noun; and a byline element
whose label no table holds before a CMS's account. Our own sentences, names and sites throughout."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.text.attribution import writing_credit
from pipeline.text.dates import is_date_line
from pipeline.text.html_meta import _byline_name
from pipeline.text.languages import COUNT_AFTER_NOUN, LANGUAGES, number_words
from tests.conftest import licence_tag as _tag

ARR = "LicenseRef-all-rights-reserved"
FREE = "LicenseRef-free-reprint"
PD = "LicenseRef-public-domain"
PERMISSION = "LicenseRef-used-with-permission"
ROUND_30 = ("ee", "ny", "nah", "pap", "hsb", "ab", "bal", "mai")


def test_the_rows_stand_in_the_table_once():
    source = Path(__file__).parents[2].joinpath("pipeline/text/languages.py").read_text(encoding="utf-8")
    keys = re.findall(r'^    "([a-z]{2,3})": \{', source, re.M)
    assert set(ROUND_30) <= set(LANGUAGES)
    assert len(keys) == len(set(keys))  # a key written twice would keep its last row silently


@pytest.mark.parametrize(("code", "line"), [
    ("ny", "© 2024 Nyumba Yathu. Ufulu wonse ndi wotetezedwa."),
    ("pap", "© 2024 Kas di Kunuku. Tur derecho reservá."),
])
def test_an_all_rights_line_reserves_the_text(code, line):
    assert _tag(line) == ARR, code


# (code, a grant to republish this text, the same grant negated, the same grant limited to some readers)
GRANTS = [
    ("ee", "Àte ŋu atsɔ nyati sia ade wò nyatakakadzraɖoƒe femaxee.",
     "Màte ŋu atsɔ nyati sia ade wò nyatakakadzraɖoƒe o.",
     "Àte ŋu atsɔ nyati sia ade wò nyatakakadzraɖoƒe ne èxɔ mɔɖeɖe ko."),
    ("ny", "Mukhoza kufalitsa nkhaniyi pa webusaiti yanu.", "Simukhoza kufalitsa nkhaniyi popanda chilolezo.",
     "Mukhoza kufalitsa nkhaniyi kusukulu kokha."),
    ("pap", "Bo por publiká di nobo e artíkulo aki riba bo wèpsait.", "Bo no por publiká di nobo e artíkulo aki.",
     "Bo por publiká di nobo e artíkulo aki solamente den skol."),
    ("hsb", "Tutón nastawk smě so na druhich stronach wozjewić.", "Tutón nastawk so njesmě wozjewić.",
     "Tutón nastawk smě so jenož w šulach wozjewić."),
    ("mai", "अहाँ ई लेख पुनः प्रकाशित करबा लेल स्वतन्त्र छी।", "एहि लेखकेँ पुनः प्रकाशित करबाक अनुमति नहि अछि।",
     "अहाँ ई लेख केवल विद्यालयमे पुनः प्रकाशित करबा लेल स्वतन्त्र छी।"),
]


@pytest.mark.parametrize(("code", "grant", "refused", "limited"), GRANTS)
def test_a_grant_its_negation_and_its_limit(code, grant, refused, limited):
    assert _tag(grant) == FREE, code
    assert _tag(refused) not in (FREE, PD), code
    assert _tag(limited) not in (FREE, PD), code


@pytest.mark.parametrize("sentence", [
    "ھر ھپتگءَ اے بلاگ نوکیں نبشتانک شنگ کنت.",  # (Balochi: this blog publishes new writing every week)
    "Bo por lesa mas artíkulo ku nos a publiká.",  # (Papiamento: you can read more articles we published)
    "एहि साइट पर हम सभ नव लेख प्रकाशित करैत छी, अहाँ पढ़ि सकैत छी।",  # (Maithili: we publish, you can read)
    "Àte ŋu axlẽ nyati bubuwo le míaƒe nyatakakadzraɖoƒe.",  # (Ewe: you can read other articles on our site)
])
def test_a_sentence_about_reading_or_publishing_grants_nothing(sentence):
    assert _tag(sentence) not in (FREE, PD)


def test_an_ewe_grant_kept_unchanged_stays_a_grant():
    # Ewe negates a verb by its prefix and a closing "o": "if you change no word in it" is the grant's term
    assert _tag("Àte ŋu atsɔ nyati sia ade wò nyatakakadzraɖoƒe, ne mètrɔ nya aɖeke le eme o.") == FREE


def test_a_maithili_credit_gives_the_writers_leave():
    assert _tag("ई लेख लेखकक अनुमति सँ एतय प्रकाशित अछि।") == PERMISSION


def test_the_writers_labels_and_courtesy_titles():
    credit = writing_credit("Ŋlɔla: Efo Kɔmla Agbeko")  # Ewe: writer, "Efo" (Mr)
    assert (credit.name, credit.credentials) == ("Kɔmla Agbeko", "Efo")
    credit = writing_credit("Wolemba: Mayi Chikondi Phiri")  # Chichewa: writer, "Mayi" (Mrs)
    assert (credit.name, credit.credentials) == ("Chikondi Phiri", "Mayi")
    credit = writing_credit("نبشتہ: واجہ کریم جان")  # Balochi: writing, "واجہ" (Mr)
    assert (credit.name, credit.credentials) == ("کریم جان", "واجہ")
    assert writing_credit("Tekst: Měrćin Nowak").name == "Měrćin Nowak"  # Upper Sorbian


def test_the_languages_that_count_after_the_noun_lend_no_title_a_count():
    counts = number_words()
    assert "ee" in COUNT_AFTER_NOUN and "ny" in COUNT_AFTER_NOUN
    assert "eve" not in counts and "ade" not in counts  # (Ewe two and six: an English name, a Yoruba word)
    assert "dies" not in counts  # (Papiamento ten opens German titles as "this")
    assert counts["makuili"] == 5 and counts["sinku"] == 5 and counts["pjeć"] == 5 and counts["хәба"] == 5
    assert all(len(LANGUAGES[code]["numbers"]) == 9 for code in ROUND_30)


def test_a_byline_labelled_in_no_tables_words_before_an_account_names_nobody():
    assert _byline_name("Yayımlayan: admin") is None
    assert _byline_name("Yayımlayan: Ayşe Kaya") == "Ayşe Kaya"


def test_the_new_rows_date_lines():
    assert is_date_line("Djarason, 4 di yüni 2025")  # (Papiamento: the day joined to its month by "di")
    assert is_date_line("srjeda, 9. apryla 2025")  # (Upper Sorbian, the month in the genitive)
    assert is_date_line("3 ԥхынгәы 2024")  # (Abkhaz: July)
    assert is_date_line("Kuɖa, 3 Dzome 2025")  # (Ewe: Wednesday, December)
    assert not is_date_line("4 di nos yu ta bai skol")  # (four of our children go to school)
