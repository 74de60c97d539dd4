"""Pages wholly in other languages: a directory's labelled author line, a blog's posted-by words and a title in a
script without capitals (pipeline/text/languages.py feeds the words). Pages written here in our own words."""

from __future__ import annotations

import pytest

from pipeline.text.attribution import may_be_title, opens_capitalised, written_abroad
from pipeline.text.html_meta import clean_author
from tests.conftest import only_article as only

BODY_HI = ("परीक्षा से पहले का महीना सबसे कठिन होता है, और हर साल बच्चे एक जैसी गलतियाँ दोहराते हैं। नीचे कुछ बातें हैं।\n\n"
           "१. रोज़ एक ही समय पर पढ़ें। आदत बनने में दो हफ़्ते लगते हैं और फिर मन अपने आप लगने लगता है।\n\n"
           "२. नींद पूरी लें। थका हुआ दिमाग़ याद की हुई बातें जल्दी भूलता है।\n\n"
           "३. मोबाइल दूसरे कमरे में रखें। पाँच मिनट कब एक घंटा बन जाते हैं, पता नहीं चलता।\n")


def test_a_labelled_author_line_under_a_title_in_devanagari_names_the_writer():
    page = ("लेख संग्रह - मुफ़्त लेख\nहोम | श्रेणियाँ | संपर्क\n\n"
            "परीक्षा से पहले के तीस दिन: तीन ज़रूरी बातें\n\nलेखक: सुनीता वर्मा\nप्रकाशित: 3 फ़रवरी 2024 | शब्द: 410\n\n"
            + BODY_HI)
    article = only(page)
    assert article.title == "परीक्षा से पहले के तीस दिन: तीन ज़रूरी बातें"
    assert article.author == "सुनीता वर्मा"


@pytest.mark.parametrize("line, name", [("Enviado por Nerea Olabarría Ruiz", "Nerea Olabarría Ruiz"),
                                        ("Geplaatst door Joke van Dam", "Joke van Dam"),
                                        ("Diposting oleh Ayu Lestari", "Ayu Lestari")])
def test_posted_by_words_of_the_tables_open_a_byline(line, name):
    assert written_abroad(line).name == name


def test_posted_by_words_abroad_leave_a_markup_byline():
    assert clean_author("Postado por Conceição Magalhães") == "Conceição Magalhães"
    assert clean_author("Pubblicato da Chiara Ferri") == "Chiara Ferri"


def test_a_line_in_an_uncased_script_may_be_a_title():
    assert opens_capitalised("장마철 욕실 곰팡이") and opens_capitalised("阳台种菜") and opens_capitalised("كيف أخفض")
    assert may_be_title("장마철 욕실 곰팡이, 이렇게 잡았어요")
    assert not opens_capitalised("lower case start") and not may_be_title("• 장마철 욕실")


BODY_KO = ("안녕하세요. 장마철이 되면 욕실 줄눈이 금방 까맣게 변해서 올해는 집에 있는 재료로 관리해 봤어요. "
           "효과 본 방법만 정리합니다.\n\n"
           "1. 줄눈은 베이킹소다 반죽으로 : 물을 조금 섞어 칫솔로 문지르고 십 분 뒤에 헹궈요.\n\n"
           "2. 실리콘은 키친타월 팩 : 과탄산 푼 물에 적셔 붙이고 랩으로 덮어 두세요.\n\n"
           "3. 샤워 후 물기는 스퀴지로 : 일 분만 밀어 주면 확실히 덜 생겨요.\n")


def test_a_name_then_the_posts_date_under_a_title_names_the_writer():
    page = ("본문 바로가기\n살림노트\n카테고리\n\n살림 팁\n장마철 욕실 줄눈 관리법\n박지은 2023. 6. 2. 09:40\n\n"
            + BODY_KO)
    article = only(page)
    assert article.title == "장마철 욕실 줄눈 관리법"
    assert article.author == "박지은"


def test_a_written_by_byline_abroad_under_a_title_wrapped_over_two_lines_is_read():
    body = ("La despensa se ordena una vez y se mantiene cada semana. Estas son las reglas que seguimos en casa "
            "desde hace dos años y que cualquier familia puede aplicar.\n\n"
            "1. Etiquetar cada bote con la fecha en que se abrió.\n\n2. Poner lo nuevo detrás y lo viejo delante.\n\n"
            "3. Revisar los estantes una vez al mes.\n")
    # the second page of a document split in two: the title wraps, its second line carries "(página 2)"
    page = ("Portal > Hogar\n\nCómo ordenar la despensa familiar y reducir el desperdicio de\n"
            "alimentos (página 2)\n\nEnviado por Nerea Olabarría Ruiz\n\nPartes: 1, 2\n\n" + body)
    assert only(page).author == "Nerea Olabarría Ruiz"
    assert only(page.replace("Enviado por", "By")).author == "Nerea Olabarría Ruiz"  # as in English
