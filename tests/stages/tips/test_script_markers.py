"""List markers of scripts other than Latin (round 13): Hebrew letters in the alphabet's order ("א.", "ב)"), digits
of any script before a danda ("১।", "२।"), and digits of other scripts before a stop (Persian, Arabic-Indic,
Thai). Each is a marker like "1." (SPEC: a marker of any kind leaves the headline). Pages in our own words."""

from __future__ import annotations

import pytest

from pipeline.stages.tips.paras import match_marker
from tests.conftest import tip_headlines as heads


@pytest.mark.parametrize("line, number", [
    ("א. לסגור את הברז בלילה.", 1),
    ("ג) לנקות את המסנן פעם בשבוע.", 3),
    ("ט. לבדוק את הצינור.", 9),
    ("১। প্রতিদিন একটু হাঁটুন।", 1),  # Bengali digit and danda
    ("৪। রাতে আলো কমিয়ে দিন।", 4),
    ("३। पानी ज़्यादा पिएँ।", 3),  # Devanagari digit and danda
    ("۲. هر روز کمی راه بروید.", 2),  # Persian digit
    ("٣. أغلقي النافذة.", 3),  # Arabic-Indic digit
    ("๕. ปิดไฟก่อนนอน", 5),  # Thai digit
])
def test_a_script_s_own_marker_numbers_the_item(line, number):
    m = match_marker(line, 0, len(line))
    assert m is not None and m.kind == "numbered" and m.number == number


@pytest.mark.parametrize("line", [
    "א.ב. יהושע כתב על כך",  # initials: a letter, a stop and another letter with no blank
    "ש. כהן הגיע מאוחר",  # a letter past yod is no marker (an initial)
    "১২৩৪ সালের কথা।",  # a year, no danda after the number
])
def test_an_initial_or_a_year_is_no_marker(line):
    m = match_marker(line, 0, len(line))
    assert m is None or m.kind != "numbered"


def test_a_hebrew_lettered_list_gives_one_tip_per_letter():
    text = ("בחורף העציצים במרפסת סובלים מקור ומרוח. כמה הרגלים פשוטים עוזרים להם לעבור את העונה.\n\n"
            "א. להכניס את העציצים הרגישים פנימה. צמחים טרופיים לא אוהבים לילות קרים.\n\n"
            "ב. להשקות פחות. בחורף האדמה מתייבשת לאט.\n\n"
            "ג. להרחיק מהמזגן. האוויר החם מייבש את העלים.\n")
    assert heads(text) == ["להכניס את העציצים הרגישים פנימה.", "להשקות פחות.", "להרחיק מהמזגן."]


def test_a_bengali_list_numbered_with_the_danda_gives_one_tip_per_number():
    text = ("বর্ষায় ঘরের গাছ নিয়ে অনেকে চিন্তায় থাকেন। নিচের নিয়মগুলো মানলে গাছ ভালো থাকবে।\n\n"
            "১। টবের নিচে ছিদ্র রাখুন। জল জমলে শিকড় পচে যায়।\n\n"
            "২। জল কম দিন। বর্ষায় মাটি এমনিতেই ভেজা থাকে।\n\n"
            "৩। গাছ জানালার কাছে রাখুন। মেঘলা দিনে আলো কম থাকে।\n")
    assert heads(text) == ["টবের নিচে ছিদ্র রাখুন।", "জল কম দিন।", "গাছ জানালার কাছে রাখুন।"]


def test_a_thai_list_headed_tip_no_n_gives_one_tip_per_heading():
    # Thai writes no spaces between words: each heading is one "word", told as a phrase by its letters
    text = ("อากาศร้อนทำให้ต้นไม้ในกระถางเหี่ยวเร็ว ลองทำตามวิธีง่าย ๆ ต่อไปนี้ค่ะ\n\n"
            "เคล็ดลับที่ 1 : รดน้ำตอนเช้าตรู่\n\n"
            "ดินยังเย็นและน้ำไม่ระเหยเร็ว รากจึงดูดน้ำได้เต็มที่\n\n"
            "เคล็ดลับที่ 2 : ย้ายกระถางเข้าที่ร่มตอนบ่าย\n\n"
            "แดดบ่ายแรงที่สุด ใบจะไหม้ได้ง่าย\n\n"
            "เคล็ดลับที่ 3 : คลุมดินด้วยฟางแห้ง\n\n"
            "ฟางช่วยเก็บความชื้นไว้ในดินได้นานขึ้น\n")
    assert heads(text) == ["รดน้ำตอนเช้าตรู่", "ย้ายกระถางเข้าที่ร่มตอนบ่าย", "คลุมดินด้วยฟางแห้ง"]
