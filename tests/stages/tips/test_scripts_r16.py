"""Round 16: list markers and sentence ends of more scripts. Ethiopic numerals ("፩.", "፲፪.") and Urdu's full stop
after an Extended Arabic-Indic digit ("۳۔") number points as "1." does; the Ethiopic, Urdu and Armenian full
stops end a point's lead sentence as "." does; Welsh sequence words and Armenian counters (language tables) mark
points. Pages in our own words."""

from __future__ import annotations

import pytest

from pipeline.stages.tips.paras import match_marker
from tests.conftest import tip_headlines as heads


@pytest.mark.parametrize("line, number", [
    ("\u1369. ውሃ አስቀድመው ያዘጋጁ።", 1),
    ("\u136d) መስኮቱን ይክፈቱ።", 5),
    ("\u1372\u136a. ቀድመው ይተኙ።", 12),
    ("۳۔ صبح سویرے سیر کریں", 3),  # Extended Arabic-Indic digit and Urdu's full stop
])
def test_ethiopic_numerals_and_urdu_stops_number_the_item(line, number):
    m = match_marker(line, 0, len(line))
    assert m is not None and m.kind == "numbered" and m.number == number


def test_an_ethiopic_numeral_in_running_text_is_no_marker():
    line = "\u136d ቀን በኋላ እንገናኛለን።"  # a number and no stop after it: a count, not a marker
    m = match_marker(line, 0, len(line))
    assert m is None or m.kind != "numbered"


def test_an_amharic_list_numbered_with_ethiopic_numerals_gives_one_tip_each_cut_at_the_full_stop():
    text = ("ክረምት ሲመጣ ቤትን ማዘጋጀት ያስፈልጋል። የሚከተሉትን ልማዶች ይሞክሩ።\n\n"
            "\u1369. ጣሪያውን ያስፈትሹ። ትንሽ ቀዳዳ ብዙ ጉዳት ያመጣል።\n\n"
            "\u136a. ቦዮችን ያጽዱ። የተዘጋ ቦይ ውሃ ያቆማል።\n\n"
            "\u136b. ብርድ ልብስ ያዘጋጁ። ሌሊት ይበርዳል።\n")
    assert heads(text) == ["ጣሪያውን ያስፈትሹ።", "ቦዮችን ያጽዱ።", "ብርድ ልብስ ያዘጋጁ።"]


def test_welsh_sequence_words_mark_points_in_prose():
    text = ("Mae'r ardd yn sych iawn eleni, felly dyma rai syniadau syml.\n\n"
            "Yn gyntaf, dyfrhewch yn gynnar yn y bore. Mae llai o ddŵr yn diflannu felly.\n\n"
            "Yn ail, rhowch haen o gompost ar y pridd. Mae'n cadw'r lleithder i mewn.\n\n"
            "Yn drydydd, casglwch ddŵr glaw mewn casgen. Mae'n rhad ac am ddim.\n\n"
            "Yn olaf, plannwch bethau sy'n hoffi'r haul. Byddant yn ymdopi'n well.\n")
    got = heads(text)
    assert len(got) == 4 and got[0].startswith("Dyfrhewch")


def test_armenian_counters_head_sections():
    text = ("Ձմռանը տունը տաք պահելու համար մի քանի պարզ քայլ կա։\n\n"
            "Խորհուրդ 1. Փակեք պատուհանների ճեղքերը\n\n"
            "Սառը օդը ներս է մտնում ամենափոքր բացվածքից։\n\n"
            "Խորհուրդ 2. Վարագույրները գիշերը փակեք\n\n"
            "Հաստ կտորը ջերմությունը պահում է ներսում։\n\n"
            "Խորհուրդ 3. Ստուգեք ջեռուցման համակարգը\n\n"
            "Մաքուր ֆիլտրը ավելի քիչ էներգիա է ծախսում։\n")
    assert heads(text) == ["Փակեք պատուհանների ճեղքերը", "Վարագույրները գիշերը փակեք",
                           "Ստուգեք ջեռուցման համակարգը"]


@pytest.mark.parametrize("line", ["23. 3.   Talk on hive health, village hall, 18 h", "6. 4. Spring fair"])
def test_a_day_and_month_opening_a_calendar_line_is_no_marker(line):
    # the Central European date ("23. 3.": day, stop, month, stop) opens an events calendar's line
    m = match_marker(line, 0, len(line))
    assert m is None or m.kind != "numbered"


@pytest.mark.parametrize("line", ["3. 10 minutes a day is enough.", "1.  2 cups of flour, sifted"])
def test_a_number_after_a_marker_without_its_own_stop_leaves_the_marker(line):
    assert match_marker(line, 0, len(line)).kind == "numbered"


def test_headed_sections_in_another_language_as_many_as_the_introduction_promises():
    # Swedish-shaped: a category over the introduction, which opens with "Fyra råd" (four tips), then four headings
    text = ("Trädgård\n\n"
            "Fyra råd från våra trädgårdsmästare inför den första frosten i oktober.\n\n"
            "Hösten kommer fort i norr, och det lönar sig att vara förberedd.\n\n"
            "Täck rabatterna med löv\n\nLöven isolerar jorden och blir till mull till våren.\n\n"
            "Ta in krukväxterna i tid\n\nDe flesta tål inte minusgrader, inte ens en natt.\n\n"
            "Töm vattentunnan\n\nIs spräcker plasten när den fryser.\n\n"
            "Klipp inte rosorna nu\n\nVänta till våren, då ser du vad som frusit.\n")
    assert heads(text) == ["Täck rabatterna med löv", "Ta in krukväxterna i tid", "Töm vattentunnan",
                           "Klipp inte rosorna nu"]


def test_headed_sections_in_another_language_without_a_promised_count_stay_refused():
    text = ("Trädgård\n\n"
            "Några tankar från våra trädgårdsmästare inför den första frosten i oktober.\n\n"
            "Täck rabatterna med löv\n\nLöven isolerar jorden och blir till mull till våren.\n\n"
            "Ta in krukväxterna i tid\n\nDe flesta tål inte minusgrader, inte ens en natt.\n\n"
            "Töm vattentunnan\n\nIs spräcker plasten när den fryser.\n")
    assert heads(text) == []
