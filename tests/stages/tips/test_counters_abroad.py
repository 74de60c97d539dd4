"""Round 12 (issue 16): a point counted by the word for "step" or "tip" in another language ("Bước 3:", "コツ③") gave no
tips: the counter words were a hand list of a few languages, and a circled number after the word was no number.
The words now come from the language tables' ``counter`` kind (pipeline/text/languages.py). Pages written here in
our own words, in languages no labelled page counted its points in."""

from __future__ import annotations

import pytest

from pipeline.stages.tips.paras import paragraphs
from tests.conftest import tip_headlines


def _steps(word: str, sign=str) -> str:
    return ("Pannut kalkkiutuvat kovan veden kaupungeissa, ja hieman etikkaa auttaa.\n\n"
            f"{word} {sign(1)}: Täytä pannu puolilleen vedellä ja etikalla.\n\n"
            f"{word} {sign(2)}: Keitä se ja anna seistä tunnin ajan.\n\n"
            f"{word} {sign(3)}: Tyhjennä ja huuhtele kahdesti puhtaalla vedellä.\n\n"
            "Toista kerran kuussa, niin pannu kestää pitkään.\n")


HEADS = ["Täytä pannu puolilleen vedellä ja etikalla.", "Keitä se ja anna seistä tunnin ajan.",
         "Tyhjennä ja huuhtele kahdesti puhtaalla vedellä."]


@pytest.mark.parametrize("word", ["Vaihe", "Langkah", "Pasul", "Steg", "Adım", "Bước"])
def test_a_step_counter_of_the_tables_numbers_a_point(word):
    assert tip_headlines(_steps(word)) == HEADS


def test_a_circled_number_after_the_counter_numbers_a_point():
    circled = "\u2460\u2461\u2462"
    assert tip_headlines(_steps("단계", lambda n: circled[n - 1])) == HEADS


def test_a_korean_page_counting_its_tips_with_circled_numbers():
    body = ("장마철에는 신발이 금방 상해요. 몇 가지만 지키면 오래 신을 수 있어요.\n\n"
            "팁\u2460 신은 날에는 하루 쉬게 하기\n\n땀이 마를 시간이 필요해요.\n\n"
            "팁\u2461 얼룩은 그날 바로 지우기\n\n시간이 지나면 잘 안 지워져요.\n\n"
            "팁\u2462 깔창은 꺼내서 말리기\n\n냄새가 확실히 줄어요.\n\n"
            "작은 습관이 신발 수명을 바꿔요.\n")
    assert tip_headlines(body) == ["신은 날에는 하루 쉬게 하기", "얼룩은 그날 바로 지우기", "깔창은 꺼내서 말리기"]


def test_a_counter_word_without_a_number_marks_nothing():
    # "Langkah pertama" ("the first step") opens a sentence; no number follows the word
    text = "Langkah pertama adalah membersihkan panci.\n\nLangkah berikutnya lebih mudah.\n"
    assert all(p.marker is None for p in paragraphs(text))


def test_a_counter_word_before_a_year_is_no_marker():
    # "Steg 2024" is no count of points: a year has four digits
    assert all(p.marker is None for p in paragraphs("Steg 2024 var ett bra år för föreningen.\n"))
