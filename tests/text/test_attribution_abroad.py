"""Attribution helpers on the shapes blog software gives pages in other languages (issue 16, round 4b), our own
words: date headers, the "Posted by NAME at TIME" footer, titles whose small words are not English."""

from __future__ import annotations

import pytest

from pipeline.text.attribution import blog_footer, name_line
from pipeline.text.dates import is_date_line


@pytest.mark.parametrize("line", ["Montag, 4. April 2011", "lunes, 4 de abril de 2011", "lundi 4 avril 2011",
                                  "segunda-feira, 4 de abril de 2011", "maandag 4 april 2011", "Senin, 04 April 2011",
                                  "2011年4月4日", "2011년 4월 4일 월요일", "วันจันทร์ที่ 4 เมษายน พ.ศ. 2554"])
def test_a_date_header_in_another_language_is_a_date_line(line):
    assert is_date_line(line)


@pytest.mark.parametrize("line", ["4 Mai Tipps", "Mai 2011", "Die 4 Mai Regeln 2011", "Marzo Verde"])
def test_a_month_word_alone_or_in_a_title_is_no_date_line(line):
    assert not is_date_line(line)


@pytest.mark.parametrize(("line", "name"), [("Posted by Jo Lee at 9:14 PM", "Jo Lee"),
                                            ("Eingestellt von Jutta Brenner um 21:03", "Jutta Brenner"),
                                            ("Đăng bởi Lương Thị Hạnh lúc 07:30", "Lương Thị Hạnh"),
                                            ("Geplaatst door Femke de Wit op 10:05", "Femke de Wit")])
def test_a_blog_footer_names_its_poster_in_several_languages(line, name):
    assert blog_footer(line).name == name


def test_a_sentence_opening_like_a_footer_names_no_one():
    assert blog_footer("Publicado por la asociación de vecinos en primavera.") is None


@pytest.mark.parametrize("title", ["Warum Meine Glasur Reißt", "Comment Garder Nos Tomates", "Hoe Onze Tuin Groeit"])
def test_a_title_in_another_language_is_no_name_line(title):
    assert name_line(title) is None


@pytest.mark.parametrize("name", ["Ma Jun", "Son Yejin", "Ana de la Cruz", "Femke van der Berg"])
def test_names_keep_their_short_parts(name):
    assert name_line(name).name == name


@pytest.mark.parametrize(("line", "name"), [("Von Jutta Brenner", "Jutta Brenner"), ("Por María López", "María López"),
                                            ("par Amélie Roux", "Amélie Roux"), ("Door Femke de Wit", "Femke de Wit"),
                                            ("Av Lars Brekke", "Lars Brekke")])
def test_a_name_line_under_the_title_drops_the_word_for_by_in_other_languages(line, name):
    assert name_line(line).name == name


def test_a_surname_opening_with_von_stays_whole():
    named = name_line("Von Trapp")
    assert named is None or named.name == "Von Trapp"


@pytest.mark.parametrize("line", ["Related: Five Forklift Myths", "Previous post: Seven Quiet Kitchens",
                                  "Read next: Nine Habits Of Calm Cooks"])
def test_a_link_to_another_post_names_no_writer(line):
    assert name_line(line) is None


def test_a_dutch_particle_stays_in_a_name():
    assert name_line("Corrie ten Boom").name == "Corrie ten Boom"


@pytest.mark.parametrize("line", ['4 thoughts on "Why I Stopped Offering Discounts"', "2 responses to “Quiet Desk”",
                                  "Your email address will not be published. Required fields are marked *"])
def test_the_comment_sections_heading_and_form_are_footer_chrome(line):
    from pipeline.text.attribution import is_footer_chrome
    assert is_footer_chrome(line)


def test_a_sentence_about_thoughts_is_no_comment_heading():
    from pipeline.text.attribution import is_footer_chrome
    assert not is_footer_chrome("Two thoughts on pruning stayed with me all summer.")


@pytest.mark.parametrize("sentence", [
    "ដាក់ផើងផ្កានៅកន្លែងដែលមានពន្លឺថ្ងៃពេលព្រឹកហើយស្រោចទឹកតិចៗរាល់ល្ងាច។",  # Khmer, ending in its full stop
    "ပန်းအိုးကိုမနက်နေရောင်ရသောနေရာတွင်ထားပြီးညနေတိုင်းရေအနည်းငယ်လောင်းပါ။",  # Burmese, ending in its full stop
    "ວາງກະຖາງດອກໄມ້ໄວ້ບ່ອນທີ່ມີແສງແດດຕອນເຊົ້າແລະຫົດນ້ຳໜ້ອຍໆທຸກແລງ.",  # Lao
])
def test_a_sentence_of_a_script_written_without_spaces_is_prose(sentence):
    # the scripts without spaces between words share one table with the tips stage (text/languages.py): a paragraph
    # of theirs is told by its letters, as Chinese and Thai are
    from pipeline.text.attribution import is_prose
    assert is_prose(sentence)
    assert not is_prose(sentence[:12])  # a heading's length is no paragraph
