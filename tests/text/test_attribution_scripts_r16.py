"""Round 16: bylines in more scripts and languages. A doctor's or professor's title in Urdu ("ڈاکٹر") or
Devanagari ("डॉ.") leaves the name as "Dr." does; the Ethiopic and Armenian label colons ("፦", "՝") end a writer's
label as ":" does; the bare word for "by" of the language tables ("Gan" in Welsh) opens a byline of a full name.
Names and lines are our own."""

from __future__ import annotations

import pytest

from pipeline.text.attribution import byline_abroad, is_comments_heading, tidy_name, writing_credit


@pytest.mark.parametrize("raw, name", [
    ("ڈاکٹر نسرین اختر", "نسرین اختر"),
    ("डॉ. मीरा देशपांडे", "मीरा देशपांडे"),
    ("پروفیسر کامران علی", "کامران علی"),
])
def test_a_script_s_doctor_or_professor_leaves_the_name(raw, name):
    assert tidy_name(raw).name == name


@pytest.mark.parametrize("line, name", [
    ("ጸሐፊ፦ መቅደስ ሀይሉ", "መቅደስ ሀይሉ"),
    ("Հեղինակ՝ Անահիտ Մելքոնյան", "Անահիտ Մելքոնյան"),
    ("Autors: Oskars Liepa", "Oskars Liepa"),
    ("تحریر: نسرین اختر", "نسرین اختر"),
])
def test_a_writer_label_in_the_script_s_own_colon_names_the_writer(line, name):
    assert writing_credit(line).name == name


def test_a_picture_label_with_the_same_colon_names_no_writer():
    assert writing_credit("Ֆոտո՝ Անահիտ Մելքոնյան") is None


def test_the_welsh_bare_by_opens_a_byline_of_a_full_name_only():
    assert byline_abroad("Gan Elin Haf Rhys").name == "Elin Haf Rhys"
    assert byline_abroad("Gan fod y tywydd yn oer") is None
    assert byline_abroad("Per Olsen") is None  # a given name, not the Catalan "per"


@pytest.mark.parametrize("line", ["Komentāri (4)", "አስተያየቶች (3)", "SYLWADAU (12)", "5 komentárov",
                                  "մեկնաբանություններ (2)", "تبصرے (6)"])
def test_the_comments_heading_of_the_language_tables_with_its_count(line):
    assert is_comments_heading(line)


@pytest.mark.parametrize("line", ["Komentāri", "Sylwadau am yr ardd"])
def test_the_comments_word_without_a_count_is_no_heading(line):
    assert not is_comments_heading(line)
