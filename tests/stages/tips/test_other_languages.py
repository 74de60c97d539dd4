"""Round 9 (issue 16): lists in other languages gave no tips on pages by two more hands. A Japanese numbered list's
items were read as one "word" each (no spaces between the words) and rejected as menu entries; "Βήμα 1:" (and
"Krok 1", "Schritt 1:", "Tipp 1:") was no marker, the item words being English only; and a Polish list whose
glyphs were lost was refused because the shapes are told with English cue words, though its layout (a point's
line, its explanation, a blank line) says what it is. Pages written here in our own words."""

from __future__ import annotations

import pytest

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
