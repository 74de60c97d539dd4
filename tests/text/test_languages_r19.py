"""Round 19's language rows (pipeline/text/languages.py): Afrikaans, Azerbaijani, Basque, Irish, Galician,
Gujarati, Hausa, Croatian, Kazakh, Khmer, Mongolian, Malay, Maltese, Burmese, Nepali, Sinhala, Slovenian, Telugu,
Uzbek and Yoruba, each read by one consumer of its words. Our own sentences, names and sites throughout."""

from __future__ import annotations

import pytest

from pipeline.stages.tips.patterns import INGREDIENTS_CUE, NUMBERED_LINE, SEQUENCE_WORD_ABROAD
from pipeline.text.attribution import posted_by_abroad, written_abroad
from pipeline.text.dates import is_date_line
from pipeline.text.languages import LANGUAGES
from tests.conftest import licence_tag as _tag

ARR = "LicenseRef-all-rights-reserved"
UWP = "LicenseRef-used-with-permission"
ROUND_19 = ("af", "az", "eu", "ga", "gl", "gu", "ha", "hr", "kk", "km", "mn", "ms", "mt", "my", "ne", "si", "sl", "te",
            "uz", "yo")


def test_the_rows_stand_in_the_table():
    assert set(ROUND_19) <= set(LANGUAGES)


@pytest.mark.parametrize(("code", "line"), [
    ("az", "© 2024 Bağçam. Bütün hüquqlar qorunur."),
    ("ga", "© 2024 Nuacht an Ghleanna. Gach ceart ar cosaint."),
    ("gl", "© 2024 A Cociña da Avoa. Todos os dereitos reservados."),
    ("kk", "© 2024 Бақша үйі. Барлық құқықтар қорғалған."),
    ("km", "© ២០២៤ ផ្ទះយើង។ រក្សាសិទ្ធិគ្រប់យ៉ាង។"),
    ("mn", "© 2024 Гэр бүлийн булан. Бүх эрх хуулиар хамгаалагдсан."),
    ("ms", "© 2024 Dapur Kita. Hak cipta terpelihara."),
    ("mt", "© 2024 Il-Kċina Tagħna. Id-drittijiet kollha riżervati."),
    ("si", "© 2024 ගෙවත්ත. සියලුම හිමිකම් ඇවිරිණි."),
    ("sl", "© 2024 Vrtiček. Vse pravice pridržane."),
    ("te", "© 2024 తోటపని. సర్వ హక్కులు ప్రత్యేకించబడినవి."),
    ("yo", "© 2024 Ọgbà Wa. Gbogbo ẹ̀tọ́ wà ní ìpamọ́."),
])
def test_an_all_rights_line_reserves_the_text(code, line):
    assert _tag(line) == ARR, code


@pytest.mark.parametrize(("code", "line"), [
    ("af", "Dinsdag, 9 Julie 2024"),
    ("az", "12 oktyabr 2023"),
    ("ga", "Dé Máirt, 14 Bealtaine 2024"),
    ("gl", "3 de xullo de 2024"),
    ("gu", "9 જુલાઈ, 2024"),
    ("ha", "Talata, 14 ga Oktoba 2023"),  # the day joined to its month by "ga"
    ("hr", "14. srpnja 2024."),
    ("kk", "14 шілде 2024"),
    ("ms", "Khamis, 8 Ogos 2024"),
    ("mt", "12 ta' Ottubru 2023"),  # ... and by "ta'"
    ("my", "၁၅ ဧပြီ ၂၀၂၄"),
    ("ne", "असार २५, २०८१"),
    ("sl", "14. julija 2024"),
    ("te", "జూలై 9, 2024"),
    ("uz", "9 iyul 2024"),
])
def test_a_date_line_with_the_months_name_is_a_date_line(code, line):
    assert is_date_line(line), code


def test_a_word_between_a_day_and_a_month_makes_no_date_of_another_word():
    assert not is_date_line("14 ga wani 2023") and not is_date_line("7 ta' kull 2023")


@pytest.mark.parametrize(("code", "line", "name"), [
    ("af", "Geskryf deur Marike van Heerden", "Marike van Heerden"),
    ("mt", "Miktub minn Pawlu Grech", "Pawlu Grech"),
])
def test_a_written_by_line_names_the_writer(code, line, name):
    assert posted_by_abroad(line).name == name, code


def test_an_irish_byline_opens_with_le_in_lower_case():
    assert written_abroad("le Ciarán Ó Floinn").name == "Ciarán Ó Floinn"


@pytest.mark.parametrize(("code", "line"), [
    ("eu", "Lehenik, garbitu ontziak ur beroarekin."),
    ("hr", "Naposljetku, prozračite sobu prije spavanja."),
    ("mn", "Нэгдүгээрт, цонхоо сайтар битүүлээрэй."),
    ("si", "පළමුව, මල් පෝච්චි හිස් කරන්න."),
    ("yo", "Àkọ́kọ́, kọ gbogbo ìnáwó rẹ sílẹ̀."),
])
def test_a_sequence_word_before_its_comma_is_a_marker(code, line):
    assert SEQUENCE_WORD_ABROAD.match(line), code


@pytest.mark.parametrize(("code", "line"), [
    ("gu", "પગલું 3: માટી તૈયાર કરો"),
    ("km", "គន្លឹះទី៣ បិទភ្លើងពេលចេញពីបន្ទប់"),
    ("uz", "Maslahat 2: derazani kechasi yoping"),
])
def test_a_counter_before_its_number_is_a_list_marker(code, line):
    assert NUMBERED_LINE.match(line), code


def test_a_basque_ingredients_heading_is_the_ingredients_cue():
    assert INGREDIENTS_CUE.match("Osagaiak (4 lagunentzat)")


@pytest.mark.parametrize(("code", "line"), [
    ("ga", "Athfhoilsithe anseo le cead an údair."),
    ("my", "စာရေးသူ၏ ခွင့်ပြုချက်ဖြင့် ပြန်လည်ဖော်ပြပါသည်။"),
    ("ne", "लेखकको अनुमतिमा पुनः प्रकाशित।"),
])
def test_a_credit_line_carries_the_text_with_its_writers_leave(code, line):
    assert _tag(line) == UWP, code


def test_a_leave_its_own_language_limits_credits_nothing():
    # "it may not be republished but with the author's leave": the leave asked, in Irish, whose "not" and "but"
    # the fixed list of limits does not spell; the language's own limits say so
    assert _tag("Ní féidir an t-alt seo a athfhoilsiú ach le cead an údair.") != UWP
    assert _tag("Athfhoilsithe anseo le cead an údair.") == UWP


def test_a_date_leads_particle_opens_no_date_line_in_a_name():
    # Hausa's "updated" opens with the particle "an": a given name too, so the date leads keep longer words only
    from pipeline.text.attribution import name_line

    assert name_line("An Trần Minh").name == "An Trần Minh"
    assert name_line("Published Sunday, 2 February 2025") is None
