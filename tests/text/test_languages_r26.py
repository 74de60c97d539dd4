"""Round 26's language rows (pipeline/text/languages.py): Sesotho, Lingala, Oromo, Hawaiian, Manx, Sardinian,
Dzongkha and Sakha, each read by the consumers of its words: an all-rights line, a grant beside its negation and its
limit in the same language (a false grant is worse than none), a courtesy word before a name, a writer's label,
order words and ordinals numbering points, a count opening a title, a date line; and the guards that keep a short
word of a new row off pages in other languages. Our own sentences, names and sites throughout."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.stages.tips import split_text
from pipeline.stages.tips.paras import count_abroad
from pipeline.stages.tips.patterns import TEASER_LINE
from pipeline.text.attribution import byline_abroad, is_date_line, kin_word_kept, name_line, writing_credit
from pipeline.text.languages import LANGUAGES, number_words
from tests.conftest import licence_tag as _tag

ARR = "LicenseRef-all-rights-reserved"
FREE = "LicenseRef-free-reprint"
PD = "LicenseRef-public-domain"
ROUND_26 = ("st", "ln", "om", "haw", "gv", "sc", "dz", "sah")


def test_the_rows_stand_in_the_table_once():
    source = Path(__file__).parents[2].joinpath("pipeline/text/languages.py").read_text(encoding="utf-8")
    keys = re.findall(r'^    "([a-z]{2,3})": \{', source, re.M)
    assert set(ROUND_26) <= set(LANGUAGES)
    assert len(keys) == len(set(keys))  # a key written twice would keep its last row silently


@pytest.mark.parametrize(("code", "line"), [
    ("st", "Koranta ea Motse 2024. Litokelo tsohle li sirelelitsoe."),
    ("om", "Raadiyoo Ganda 2024. Mirgi hundi seeraan eegamaadha."),
    ("sc", "Foglieddu de Ollolai 2024. Totu sos deretos riservados."),
    ("sah", "«Сулус» 2024. Бары бырааптар көмүскэнэллэр."),
    ("dz", "ལྷན་ཁག ༢༠༢༤ ཐོབ་དབང་ཡོངས་རྫོགས་ཉར་ཚགས་འབད་ཡོད།"),  # (no ©: the words alone)
])
def test_an_all_rights_line_reserves_the_text(code, line):
    assert _tag(line) == ARR, code


# (code, a grant to republish this text, the same grant negated, the same grant limited to some readers)
GRANTS = [
    ("st", "U ka hatisa hape sengoloa sena.", "U ke ke ua hatisa hape sengoloa sena.",
     "U ka hatisa hape sengoloa sena sekolong feela."),
    ("ln", "Okoki kobimisa lisusu lisolo oyo.", "Okoki te kobimisa lisusu lisolo oyo.",
     "Okoki kobimisa lisusu lisolo oyo kaka na kelasi."),
    ("om", "Barreeffama kana deebisanii maxxansuu ni dandeessu.",
     "Barreeffama kana deebisanii maxxansuu hin dandeessu.",
     "Barreeffama kana mana barumsaatiif qofa deebisanii maxxansuu ni dandeessu."),
    ("haw", "Hiki iā ʻoe ke paʻi hou i kēia moʻolelo.", "ʻAʻole hiki iā ʻoe ke paʻi hou i kēia moʻolelo.",
     "Hiki iā ʻoe ke paʻi hou i kēia moʻolelo no nā kula wale nō."),
    ("gv", "Foddee shiu art erbee ayns yn earroo shoh y chur magh reesht.",
     "Cha nod shiu art erbee y chur magh reesht.",
     "Foddee shiu art erbee y chur magh reesht ynrycan son scoillyn."),
    ("sc", "Podides publicare torra custu artìculu.", "No podides publicare torra custu artìculu.",
     "Podides publicare torra custu artìculu petzi pro sas iscolas."),
    ("dz", "རྩོམ་ཡིག་འདི་ བསྐྱར་དཔར་འབད་ཆོག།", "རྩོམ་ཡིག་འདི་ བསྐྱར་དཔར་འབད་མི་ཆོག།",
     "རྩོམ་ཡིག་འདི་ སློབ་གྲྭ་ཚུ་གིས་རྐྱངམ་ཅིག་ བསྐྱར་དཔར་འབད་ཆོག།"),
    ("sah", "Бу ыстатыйаны бэчээттиэххитин сөп.", "Бу ыстатыйаны бэчээттиэххитин сөп буолбатах.",
     "Бу ыстатыйаны оскуолаларга эрэ бэчээттиэххитин сөп."),
]


@pytest.mark.parametrize(("code", "grant", "refused", "limited"), GRANTS)
def test_a_grant_its_negation_and_its_limit(code, grant, refused, limited):
    assert _tag(grant) == FREE, code
    assert _tag(refused) not in (FREE, PD), code
    assert _tag(limited) not in (FREE, PD), code


def test_a_manx_grant_to_reprint_whole_and_unchanged_keeps_the_grant():
    # "gyn caghlaa" (without change) sets the grant's terms; Manx "gyn" is no limit word
    assert _tag("Foddee shiu art erbee y chur magh reesht, slane as gyn caghlaa.") == FREE


def test_a_sesotho_courtesy_word_leaves_the_name():
    assert name_line("’Mè Malineo Mokoena").name == "Malineo Mokoena"  # (the page's curly apostrophe)
    assert name_line("'Mè Malineo Mokoena").name == "Malineo Mokoena"
    assert name_line("Ntate Thabo Mokoena").name == "Thabo Mokoena"


def test_a_lingala_kinship_word_goes_on_a_lingala_page_and_stays_on_an_english_one():
    assert kin_word_kept("Nzinga Mbuyi", "Mama", "ln", "Publié par Mama Nzinga Mbuyi") == ("Nzinga Mbuyi", "Mama")
    assert kin_word_kept("Nzinga Mbuyi", "Mama", "en", "By Mama Nzinga Mbuyi") == ("Mama Nzinga Mbuyi", None)


def test_a_sakha_writers_label_names_the_writer():
    assert writing_credit("Ааптар: Айаал ПЕТРОВ").name == "Айаал Петров"


def test_a_bylines_phrase_opens_a_byline_and_a_korean_name_is_none():
    assert byline_abroad("Iscritu dae Giuanne Piras").name == "Giuanne Piras"
    assert byline_abroad("Scruit liorish Juan Kermode").name == "Juan Kermode"
    assert byline_abroad("Dae Jung Park") is None  # (Sardinian's bare "dae" is no row's "by")


def test_sardinian_order_words_before_a_colon_number_the_points():
    text = ("Deo fatzo gasi dae annos:\n\n"
            "Primu: Abbera sa terra a manu. Sa terra cheret aera.\n\n"
            "Segundu: Semena sos fasolos in abrile. Su frittu los faghet morrer.\n\n"
            "Tertzu: Bagna a sero. A mesudie s'abba si nche andat.\n\n"
            "A s'ùrtimu: Collì sos fasolos cando sunt siccos. Gasi si mantenent.\n\n"
            "Bona fortuna a totus.")
    assert [t.headline.rstrip(".") for t in split_text(text).tips] == [
        "Abbera sa terra a manu", "Semena sos fasolos in abrile", "Bagna a sero",
        "Collì sos fasolos cando sunt siccos"]


def test_an_oromo_counter_with_its_ordinal_numbers_the_points():
    # "gorsa tokkoffaa" (the first advice): the ordinal follows the counter, as in Shona's "zano rekutanga"
    text = ("Gorsa armaan gadii hordofaa:\n\n"
            "Gorsa tokkoffaa: Bishaan qulqulluu dhugaa. Qaamni bishaan barbaada.\n\n"
            "Gorsa lammaffaa: Harka kee dhiqadhu. Dhukkubni harkaan darba.\n\n"
            "Gorsa sadaffaa: Halkan yeroon rafaa. Hirriba gahaan barbaachisaadha.\n\n"
            "Fayyaa gaarii!")
    assert [t.headline.rstrip(".") for t in split_text(text).tips] == [
        "Bishaan qulqulluu dhugaa", "Harka kee dhiqadhu", "Halkan yeroon rafaa"]


@pytest.mark.parametrize("line", ["Ааҕыҥ эмиэ: Оскуолаҕа саҥа кыбартыыра", "Bala hape: Sekolo se secha Maseru",
                                  "Dubbisi dabalataa: Bishaan akkamitti qulqulleessina"])
def test_a_read_also_line_is_a_teaser(line):
    assert TEASER_LINE.fullmatch(line)


def test_a_count_opening_a_title_and_the_words_kept_off_other_languages_titles():
    assert count_abroad("Shey coyrleyn son y gharey", None) == 6  # Manx
    assert count_abroad("Сэттэ сүбэ кыһыҥҥы суолга", None) == 7  # Sakha
    # Manx "tree" (three) is an English word: the count of people, "troor", stands for it; Sardinian "oto" and
    # "noe" open Polish and Norwegian titles ("Oto …", here is; "Noe …", something)
    assert count_abroad("Tree planting for beginners", None) is None
    assert not {"tree", "oto", "noe"} & set(number_words())
    assert number_words()["troor"] == 3


@pytest.mark.parametrize("line", ["Bitootessa 12, 2024", "Phupu 3, 2024", "12 олунньу 2024", "3 de martzu 2024",
                                  "Iune 4, 2024", "4 Mee Houney 2024"])
def test_a_date_with_a_months_name_is_a_date_line(line):
    assert is_date_line(line)
