"""Round 9 (issue 16): lists in other languages gave no tips on pages by two more hands. A Japanese numbered list's
items were read as one "word" each (no spaces between the words) and rejected as menu entries; "Βήμα 1:" (and
"Krok 1", "Schritt 1:", "Tipp 1:") was no marker, the item words being English only; and a Polish list whose
glyphs were lost was refused because the shapes are told with English cue words, though its layout (a point's
line, its explanation, a blank line) says what it is. Pages written here in our own words."""

from __future__ import annotations

import pytest

from pipeline.stages.tips.paras import paragraphs
from tests.conftest import tip_headlines

JAPANESE = ("冷蔵庫は一日中動いている家電です。使い方を少し変えるだけで電気代が下がります。\n\n"
            "1. 扉を開けたままにしない\n\n何を出すか決めてから開けると、冷気が逃げにくくなります。\n\n"
            "2. 温かい料理は冷ましてから入れる\n\n庫内の温度が上がると、ほかの食品も傷みやすくなります。\n\n"
            "3. 背面を壁から少し離す\n\n熱がこもらないので、余分な電力を使わずにすみます。\n\n"
            "どれもすぐにできることばかりです。\n")


def test_a_japanese_numbered_list_is_a_list():
    assert tip_headlines(JAPANESE) == ["扉を開けたままにしない", "温かい料理は冷ましてから入れる",
                                       "背面を壁から少し離す"]


def test_japanese_lines_of_dates_are_no_list():
    body = "店の歩み\n\n1. 1998年 開店\n2. 2004年 二号店\n3. 2015年 移転\n"
    assert tip_headlines(body) == []


@pytest.mark.parametrize("word", ["Βήμα", "Krok", "Schritt", "Tipp", "Étape", "Paso", "Крок"])
def test_a_step_marker_in_another_language_numbers_a_point(word):
    body = ("Kettles fur up in hard-water towns, and a little vinegar clears them.\n\n"
            f"{word} 1: Half fill the kettle with equal parts water and vinegar.\n\n"
            f"{word} 2: Boil it and leave it to stand for an hour.\n\n"
            f"{word} 3: Empty it and rinse twice with clean water.\n\n"
            "Do it every month and the kettle will thank you.\n")
    assert tip_headlines(body) == ["Half fill the kettle with equal parts water and vinegar.",
                                   "Boil it and leave it to stand for an hour.",
                                   "Empty it and rinse twice with clean water."]


POLISH = ("Co roku jesienią wyjmuję swetry i co roku coś mnie zaskakuje. W tym roku spisałam, co naprawdę działa.\n\n"
          "Zanim cokolwiek schowasz, przeczytaj to:\n\n"
          "Wszystko najpierw wypierz.\nMole szukają resztek jedzenia i potu, a nie samej wełny.\n\n"
          "Swetry składaj, nie wieszaj.\nNa wieszaku dzianina rozciąga się pod własnym ciężarem.\n\n"
          "Każde pudło podpisz.\nKartka z zawartością oszczędza szukania jesienią.\n\n"
          "A wy jak to robicie? Piszcie w komentarzach!\n")


def test_a_list_of_lost_glyphs_in_another_language_is_read_by_its_layout():
    assert tip_headlines(POLISH) == ["Wszystko najpierw wypierz.", "Swetry składaj, nie wieszaj.",
                                     "Każde pudło podpisz."]


def test_pairs_of_credit_lines_in_another_language_are_no_points():
    body = ("Heute sprechen wir über Gespenster, Monster und andere Gäste der Nacht, wie jedes Jahr im Oktober.\n\n"
            "Musik:\n\nNachtwind Intro\nKarla Berg (klangarchiv.example)\n\n"
            "Dunkles Logo\nJonas Reuter (klangarchiv.example)\n\n"
            "Letzte Nacht\nMira Falk (klangarchiv.example)\n")
    assert tip_headlines(body) == []


def test_the_polish_pages_groups_are_two_lines_each():
    # the shape the rule reads: a point's line and its explanation's, parted from the next by a blank line
    lines = [p.text for p in paragraphs(POLISH)]
    assert lines[2:4] == ["Wszystko najpierw wypierz.", "Mole szukają resztek jedzenia i potu, a nie samej wełny."]


@pytest.mark.parametrize("word, points", [
    ("Βήμα", ["Βράστε νερό με ξίδι. Αφήστε το μία ώρα.", "Αδειάστε τον βραστήρα. Τρίψτε απαλά.",
              "Ξεπλύνετε καλά. Βράστε καθαρό νερό."]),
    ("Крок", ["Веди журнал. Записуй дату і погоду.", "Не відкривай вулик. Кожен огляд шкодить.",
              "Знайди наставника. Він знає місцеві хвороби."]),
    ("Krok", ["Wypierz wszystko. Łatwo o tym zapomnieć.", "Składaj swetry. Śliskie wieszaki je rozciągają.",
              "Podpisz pudła. Żadnego szukania jesienią."]),
    ("Schritt", ["Ernte im Herbst. Äpfel lagern kühl.", "Schneide das Laub ab. Übrig bleibt die Knolle.",
                 "Lagere im Sand. Öfter nachsehen hilft."]),
])
def test_a_points_headline_is_its_first_sentence_in_any_alphabet(word, points):
    body = "An introduction of some length, as every page has one.\n\n" + "\n\n".join(
        f"{word} {k}: {point}" for k, point in enumerate(points, start=1))
    assert tip_headlines(body) == [point.split(". ")[0] + "." for point in points]


@pytest.mark.parametrize("marker", ["{n}．", "{f}．", "（{n}）", "{n}）", "■"])
def test_a_japanese_pages_own_markers_number_its_points(marker):
    items = ["扉を開けたままにしない", "温かい料理は冷ましてから入れる", "背面を壁から少し離す"]
    body = "冷蔵庫の電気代は使い方で下がります。\n\n" + "".join(
        marker.format(n=k, f=chr(0xFF10 + k)) + item + "\n\n" + item[:2] + "だけでも効果があります。\n\n"
        for k, item in enumerate(items, start=1))
    assert tip_headlines(body) == items
