"""Round 28's language rows (pipeline/text/languages.py): Tok Pisin, Bambara, Kashubian, Sorani (its words in the
Kurdish row, as round 23 decided), Plains Cree (Canadian syllabics), Shan (Myanmar script), Twi and Udmurt, each read
by the consumers of its words: an all-rights line, a grant beside its negation and its limit in the same language (a
false grant is worse than none), a byline's phrase or a writer's label, a courtesy title before a name, the syllabic
full stop, a forum's "solved" flag, a recipe's serving note; and the guards that keep a short word of a new row off
pages in other languages. Our own sentences, names and sites throughout."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.stages.segment import THREAD_FLAG
from pipeline.stages.tips.detect import _serves
from pipeline.stages.tips.patterns import SENTENCE_BREAK
from pipeline.text.attribution import posted_by_abroad, writing_credit
from pipeline.text.languages import LANGUAGES, number_words
from tests.conftest import licence_tag as _tag

ARR = "LicenseRef-all-rights-reserved"
FREE = "LicenseRef-free-reprint"
PD = "LicenseRef-public-domain"
ROUND_28 = ("tpi", "bm", "csb", "cr", "shn", "tw", "udm")  # (Sorani's words stand in the "ku" row, round 23)


def test_the_rows_stand_in_the_table_once():
    source = Path(__file__).parents[2].joinpath("pipeline/text/languages.py").read_text(encoding="utf-8")
    keys = re.findall(r'^    "([a-z]{2,3})": \{', source, re.M)
    assert set(ROUND_28) <= set(LANGUAGES)
    assert len(keys) == len(set(keys))  # a key written twice would keep its last row silently


@pytest.mark.parametrize(("code", "line"), [
    ("bm", "© 2024 Kalanso Kura. Josariyaw bɛɛ mara."),
    ("csb", "© 2024 Mòrskô Karczma. Wszëtczé prawa zastrzeżoné."),
    ("ku", "© 2024 گۆڤاری باخچە. هەموو مافەکان پارێزراون."),  # (Sorani)
    ("tw", "© 2024 Adwuma Krataa. Yɛakora hokwan nyinaa."),
])
def test_an_all_rights_line_reserves_the_text(code, line):
    assert _tag(line) == ARR, code


# (code, a grant to republish this text, the same grant negated, the same grant limited to some readers)
GRANTS = [
    ("bm", "I bɛ se ka nin sɛbɛn labɔ kokura i ka siti kan.", "I tɛ se ka nin sɛbɛn labɔ kokura.",
     "I bɛ se ka nin sɛbɛn labɔ kokura lakɔlisow dɔrɔn na."),
    ("tw", "Wobɛtumi asan atintim nsɛm a ɛwɔ krataa yi mu.", "Mma obiara nsan ntintim asɛm yi.",
     "Wobɛtumi asan atintim asɛm yi wɔ sukuu mu nkoaa."),
    ("tpi", "Yu ken prinim gen dispela stori.", "Yu no ken prinim gen dispela stori.",
     "Yu ken prinim gen dispela stori long skul tasol."),
    ("csb", "Mòżesz kòpérowac ten tekst.", "Nie mòżesz kòpérowac tego tekstu.",
     "Mòżesz kòpérowac ten tekst le w szkòle."),
    ("ku", "دەتوانیت ئەم وتارە بڵاوکردنەوە بکەیت.", "ناتوانیت ئەم وتارە بڵاوبکەیتەوە.",
     "دەتوانیت ئەم وتارە تەنها لە قوتابخانە بڵاوکردنەوە بکەیت."),
    ("udm", "Ты быгатӥськоды та статья выльысь поттыны.", "Ты уг быгатӥськы та статья выльысь поттыны.",
     "Ты быгатӥськоды та статья школаын гинэ выльысь поттыны."),
]


@pytest.mark.parametrize(("code", "grant", "refused", "limited"), GRANTS)
def test_a_grant_its_negation_and_its_limit(code, grant, refused, limited):
    assert _tag(grant) == FREE, code
    assert _tag(refused) not in (FREE, PD), code
    assert _tag(limited) not in (FREE, PD), code


def test_a_bambara_grant_with_its_unchanged_term_stays_a_grant():
    # "if you have changed no word": the perfective negation "ma" states the grant's term, it refuses nothing
    assert _tag("I bɛ se ka nin sɛbɛn labɔ kokura, n'i ma daɲɛ si yɛlɛma.") == FREE


def test_the_bylines_phrases_and_writers_labels():
    assert writing_credit("Sɛbɛnnikɛla: Awa Tarawele").name == "Awa Tarawele"  # Bambara, writer
    assert posted_by_abroad("Napisała Ana Kòrtas").name == "Ana Kòrtas"  # Kashubian, (she) wrote
    assert writing_credit("Гожтӥз: Анна Сергеева").name == "Анна Сергеева"  # Udmurt, wrote
    assert posted_by_abroad("نووسینی ئاراس کەریم").name == "ئاراس کەریم"  # Sorani, the writing of
    assert posted_by_abroad("raitim bilong Kila Wari").name == "Kila Wari"  # Tok Pisin, written by


def test_a_twi_courtesy_title_leaves_the_name_the_writers_label_credits():
    credit = writing_credit("Nea ɔkyerɛwee: Awuraa Ama Owusu")  # "the one who wrote: Mrs ..."
    assert (credit.name, credit.credentials) == ("Ama Owusu", "Awuraa")


def test_the_syllabic_full_stop_ends_a_sentence():
    assert SENTENCE_BREAK.split("ᓃᓱ ᐊᐦᐴ᙮ ᓂᐢᑐ ᐊᐦᐴ᙮") == ["ᓃᓱ ᐊᐦᐴ᙮", "ᓂᐢᑐ ᐊᐦᐴ᙮"]


def test_a_shan_solved_flag_is_the_threads_not_its_title():
    m = THREAD_FLAG.match("[ၵႄႈလိတ်ႈယဝ်ႉ] ၶေႃႈထၢမ်")
    assert m is not None and m.group().strip() == "[ၵႄႈလိတ်ႈယဝ်ႉ]"


def test_an_udmurt_serving_note_opens_with_how_warm_then_its_verb():
    assert _serves("Шоныт сётэ йӧлэн но нянен.") and _serves("Кезьыт сётэ.")
    assert not _serves("Шоныт ведраын мешамез возьыны.")  # (warm, but a step: no "give")


def test_the_new_numbers_leave_english_and_the_neighbours_alone():
    counts = number_words()
    assert counts["tripela"] == 3  # Tok Pisin counts with "-pela", off English words ("tri", "et")
    assert counts["dwa"] == 2  # Kashubian and Polish agree
    # Bambara, Twi and Shan count after the noun: no title opens with their numbers, which would only collide
    # (Bambara "saba", three, is Swahili's seven; its "tan", ten, an English word)
    assert counts["saba"] == 7 and "tan" not in counts and "nsia" not in counts
    assert all(len(LANGUAGES[code]["numbers"]) == 9 for code in ROUND_28)
