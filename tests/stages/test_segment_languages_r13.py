"""Round 13: pages wholly in Hebrew, Persian, Bengali and Thai head, sign, license and number their texts in their
own words. The language tables (pipeline/text/languages.py) now hold those four languages; each shape is written
here in our own words, with the nearest line the rule must leave alone."""

from __future__ import annotations

import pytest

from pipeline.text import licence as lic
from pipeline.text.attribution import (
    is_meta_line,
    is_prose,
    name_line,
    reporter_byline,
    split_name,
    writing_credit,
    written_abroad,
)
from tests.conftest import only_article as only
from tests.conftest import segment_page

BODY_BN = ("বাগানে জল দেওয়ার সময় অনেকেই ভুল করেন। কয়েকটি সহজ নিয়ম মানলে গাছ ভালো থাকে।\n\n"
           "গাছে সকালে জল দিন। দুপুরের রোদে জল দ্রুত উড়ে যায়।\n\n"
           "মাটির ওপর শুকনো পাতা বিছিয়ে দিন। এতে মাটি ভেজা থাকে।\n")


# ---------------------------------------------------------------------------------------------- writer labels
@pytest.mark.parametrize("line, name", [
    ("লিখেছেন: অনিন্দিতা সেনগুপ্ত", "অনিন্দিতা সেনগুপ্ত"),  # Bengali "written by"
    ("লেখক: তপন রায়চৌধুরী", "তপন রায়চৌধুরী"),  # Bengali "writer"
    ("כותבת: נועה ברק", "נועה ברק"),  # Hebrew "writer" (feminine)
    ("نویسنده: شیرین مرادی", "شیرین مرادی"),  # Persian "writer"
    ("ผู้เขียน : สมศรี ใจดี", "สมศรี ใจดี"),  # Thai "writer", a spaced colon
])
def test_a_writer_label_of_the_new_tables_credits_the_writing(line, name):
    assert writing_credit(line).name == name


@pytest.mark.parametrize("line, name", [
    ("נכתב על ידי נועה ברק", "נועה ברק"),  # Hebrew "written by"
    ("نوشته‌ی: شیرین مرادی", "شیرین مرادی"),  # Persian "written (by)", a zero-width non-joiner in the word
    ("เขียนโดย สมศรี ใจดี", "สมศรี ใจดี"),  # Thai "written by"
])
def test_a_written_by_phrase_of_the_new_tables_is_a_byline(line, name):
    assert written_abroad(line).name == name


@pytest.mark.parametrize("line", [
    "রেটিং: ★★★★☆ (৩.৯)",  # Bengali rating row
    "পঠিত: ১,২০৪ বার | মন্তব্য: ২",  # Bengali read count and comments
    "תגובות: 4",  # Hebrew comment count
    "هماهنگی: بهار ۱۴۰۳",  # not a Persian field word: stays text
])
def test_a_page_field_in_the_new_languages_is_metadata(line):
    assert is_meta_line(line) == (not line.startswith("هماهنگی"))


# ---------------------------------------------------------------------------------------------- whole headers
def test_a_bengali_directory_header_with_a_rating_row_keeps_title_and_writer():
    page = ("বাংলা লেখার ঘর | প্রথম পাতা | যোগাযোগ\n\n"
            "বর্ষায় টবের গাছ বাঁচানোর তিনটি উপায়\n\n"
            "লিখেছেন: অনিন্দিতা সেনগুপ্ত\n"
            "প্রকাশিত: ৩ শ্রাবণ ১৪৩০ | পঠিত: ৯১২ বার\n\n"
            "রেটিং: ★★★☆☆ (৩.১)\n\n" + BODY_BN)
    article = only(page)
    assert article.title == "বর্ষায় টবের গাছ বাঁচানোর তিনটি উপায়"
    assert article.author == "অনিন্দিতা সেনগুপ্ত"


# ---------------------------------------------------------------------------------------------- licences
def test_a_bengali_grant_to_reprint_the_whole_text_is_free_reprint():
    page = ("টবের গাছে জল দেওয়ার নিয়ম\n\nলিখেছেন: অনিন্দিতা সেনগুপ্ত\n\n" + BODY_BN +
            "\nএই লেখাটি আপনি নিজের ব্লগে বিনামূল্যে ছাপতে পারেন, তবে লেখকের নাম ও পরিচিতি সঙ্গে রাখতে হবে।\n")
    assert only(page).licence.tag == "LicenseRef-free-reprint"


def test_a_bengali_refusal_is_no_grant():
    page = ("টবের গাছে জল দেওয়ার নিয়ম\n\nলিখেছেন: অনিন্দিতা সেনগুপ্ত\n\n" + BODY_BN +
            "\nএই লেখাটি লেখকের অনুমতি ছাড়া কোথাও ছাপতে পারেন না।\n")
    assert only(page).licence.tag != "LicenseRef-free-reprint"


@pytest.mark.parametrize("line", [
    "כל הזכויות שמורות לעמותת הגינה © 2023",  # Hebrew "all rights reserved"
    "© ۱۴۰۲ — کلیه حقوق محفوظ است",  # Persian
    "สงวนลิขสิทธิ์ © 2566 บ้านสวนผัก",  # Thai
])
def test_rights_reserved_in_the_new_languages(line):
    page = "כותרת\n\n" + BODY_BN + "\n" + line + "\n"
    assert only(page).licence.tag == "LicenseRef-all-rights-reserved"


def test_a_hebrew_credit_line_by_the_editors_leave_is_used_with_permission():
    page = ("איך לשמור על עציצים בחורף\n\nמאת נועה ברק\n\n"
            "הכתבה הופיעה לראשונה בעלון המושב ומתפרסמת כאן באדיבות העורכים וברשותם.\n\n" + BODY_BN)
    assert only(page).licence.tag == "LicenseRef-used-with-permission"


# ---------------------------------------------------------------------------------------------- weekday date lines
@pytest.mark.parametrize("line", [
    "יום רביעי, 14.02.2024 | זמן קריאה: 3 דקות",  # Hebrew: "day" and its ordinal, then the date
    "الأربعاء ١٤ فبراير ٢٠٢٤",  # Arabic
    "বৃহস্পতিবার, ৮ আগস্ট ২০২৪",  # Bengali
    "วันศุกร์ ที่ 9 สิงหาคม 2567",  # Thai
])
def test_a_date_line_opening_with_a_weekday_is_metadata_and_no_name(line):
    assert is_meta_line(line)
    assert name_line(line) is None


def test_a_weekday_word_without_a_date_is_no_metadata():
    assert not is_meta_line("الأربعاء القادم نلتقي في الحديقة")


def test_a_hebrew_header_with_a_by_line_and_a_weekday_date_keeps_title_and_writer():
    page = ("הגינה שלנו | ראשי | מאמרים\n\n"
            "איך לשמור על עציצים בחורף\n\n"
            "מאת נועה בר־לב\n\n"
            "יום רביעי, 14.02.2024 | זמן קריאה: 3 דקות\n\n"
            "בחורף העציצים במרפסת סובלים מקור ומרוח. כמה הרגלים פשוטים עוזרים להם לעבור את העונה בשלום.\n\n"
            "א. להכניס את העציצים הרגישים פנימה. צמחים טרופיים לא אוהבים לילות קרים.\n\n"
            "ב. להשקות פחות. בחורף האדמה מתייבשת לאט.\n")
    article = only(page)
    assert article.title == "איך לשמור על עציצים בחורף"
    assert article.author == "נועה בר־לב"


# ---------------------------------------------------------------------------------------------- news desks
@pytest.mark.parametrize("line, name", [
    ("김하늘 기자 | 입력 2024.03.02 10:15 | 수정 2024.03.02 11:40", "김하늘"),  # Korean reporter, job after the name
    ("남궁 민수 특파원", "남궁 민수"),  # a correspondent, the family name apart
    ("이도윤 기자 doyun@news.example", "이도윤"),  # the reporter's address after the job
    ("本报记者 王海燕", "王海燕"),  # Chinese, the job before the name
])
def test_a_reporter_s_byline_gives_the_name_without_the_job(line, name):
    assert reporter_byline(line).name == name


@pytest.mark.parametrize("line", [
    "기자 회견이 오후에 열렸다",  # "press conference": the word opens a sentence
    "김하늘 기자가 현장을 다녀왔다",  # the job inside a sentence
    "记者节快乐",
])
def test_the_job_word_in_a_sentence_is_no_byline(line):
    assert reporter_byline(line) is None


def test_a_korean_news_head_keeps_the_headline_over_its_subheadline_and_the_reporter():
    page = ("동네소식\n전체 | 사회 | 생활\n\n홈 > 생활\n\n"
            "장마철 빨래 냄새 잡으려면…\"세탁 후 바로 널어야\"\n\n"
            "생활 전문가가 전하는 여름 빨래 요령\n\n"
            "한지우 기자 | 입력 2024.07.01 08:00 | 댓글 2\n\n"
            "장마가 시작되면서 빨래에서 냄새가 난다는 집이 많다. 세탁 습관 몇 가지만 바꾸면 대부분 해결된다.\n\n"
            "1. 세탁이 끝나면 바로 널기 : 세탁기 안에 오래 두면 세균이 늘어난다.\n\n"
            "2. 세제는 적게 쓰기 : 남은 세제가 냄새의 원인이 된다.\n")
    article = only(page)
    assert article.title == "장마철 빨래 냄새 잡으려면…\"세탁 후 바로 널어야\""
    assert article.author == "한지우"


# ---------------------------------------------------------------------------------------------- Chinese notices
@pytest.mark.parametrize("line", [
    "本文版权归作者所有。",  # the copyright belongs to the author
    "声明：本站文章版权归原作者所有，未经作者书面许可，任何网站不得转载或摘编。",  # whose leave, then who may not
    "未经本刊同意，不得转载。",
])
def test_a_chinese_notice_naming_whose_copyright_it_is_reserves_every_right(line):
    assert [s.tag for s in lic.find_statements(line)] == ["LicenseRef-all-rights-reserved"]


def test_a_sentence_about_copyright_reserves_nothing():
    assert lic.find_statements("版权归属问题很复杂，值得讨论。") == []


# ---------------------------------------------------------------------------------------------- Persian issues
def test_a_persian_name_keeps_its_zero_width_non_joiner_and_ends_at_the_arabic_comma():
    assert written_abroad("نوشته\u200cی: سارا نیک\u200cپور").name == "سارا نیک\u200cپور"
    assert split_name("پرویز امینی، مسئول کتاب\u200cخانه").name == "پرویز امینی"


RULE = "-" * 40


def test_a_persian_issue_of_ruled_items_signed_above_and_below_splits_into_its_items():
    page = ("خبرنامه\u200cی باغچه\u200cی محله\nشماره\u200cی ۱۲\n\n" + RULE + "\n\n"
            "چند راه ساده برای آبیاری کمتر در تابستان\n\nنوشته\u200cی: سارا نیک\u200cپور\n\n"
            "تابستان که می\u200cرسد قبض آب هم بالا می\u200cرود. با چند عادت کوچک می\u200cشود مصرف را کم کرد.\n\n"
            "۱. صبح زود آب بدهید. خاک هنوز خنک است و آب زود بخار نمی\u200cشود.\n\n"
            "۲. پای گیاهان را با برگ خشک بپوشانید. رطوبت خاک بیشتر می\u200cماند.\n\n" + RULE + "\n\n"
            "بازارچه\u200cی دانه به پارک محله آمد\n\n"
            "از این هفته هر جمعه صبح بازارچه\u200cی تبادل دانه در پارک برپا می\u200cشود "
            "و همه می\u200cتوانند بیایند.\n\n"
            "— پرویز امینی، هماهنگ\u200cکننده\u200cی بازارچه\n\n" + RULE + "\n")
    articles = segment_page(page)
    assert [(a.title, a.author) for a in articles] == [
        ("چند راه ساده برای آبیاری کمتر در تابستان", "سارا نیک\u200cپور"),
        ("بازارچه\u200cی دانه به پارک محله آمد", "پرویز امینی")]


# ---------------------------------------------------------------------------------------------- CC in words
@pytest.mark.parametrize("line, tag", [
    ("این نوشته تحت مجوز کریتیو کامنز «نسبت\u200cدادن-غیرتجاری ۴٫۰ بین\u200cالمللی» منتشر شده است.",
     "CC-BY-NC-4.0"),  # Persian, the name in quotes and the version in Persian digits
    ("هذا المقال مرخص بموجب رخصة المشاع الإبداعي نسب المصنف - الترخيص بالمثل 4.0 الدولية", "CC-BY-SA-4.0"),
    ("הכתבה מופצת ברישיון קריאייטיב קומונס ייחוס 4.0 בינלאומי", "CC-BY-4.0"),
    ("เนื้อหานี้ใช้สัญญาอนุญาตครีเอทีฟคอมมอนส์ แสดงที่มา-ห้ามแก้ไข 4.0 สากล", "CC-BY-ND-4.0"),
])
def test_creative_commons_named_in_another_script_is_its_licence(line, tag):
    assert [s.tag for s in lic.find_statements(line) if s.kind == "cc"] == [tag]


def test_the_words_for_creative_commons_alone_are_no_licence():
    assert [s for s in lic.find_statements("درباره\u200cی کریتیو کامنز بیشتر بخوانید") if s.kind == "cc"] == []


# ---------------------------------------------------------------------------------------------- unspaced scripts
@pytest.mark.parametrize("line, prose", [
    ("周末去市场买菜的时候，我总会多带一个布袋，这样就不用再拿塑料袋了，既方便又环保。", True),
    ("週末に市場へ行くときは、いつも布の袋を持っていきます。レジ袋をもらわずに済むからです。", True),
    ("ทุกครั้งที่ไปตลาดตอนเช้าฉันจะพกถุงผ้าไปด้วยเสมอเพื่อลดการใช้ถุงพลาสติก.", True),
    ("周末买菜的三个小习惯", False),  # a title: short, no sentence end
])
def test_a_paragraph_of_a_script_without_spaces_is_prose(line, prose):
    assert is_prose(line) is prose


def test_a_column_page_of_two_posts_parted_by_a_box_drawing_rule_splits_into_them():
    body = ("周末去市场买菜的时候，我总会多带一个布袋，这样就不用再拿塑料袋了，既方便又环保。\n\n"
            "一、提前列好清单\n\n出门前看看冰箱里还有什么，只买缺的东西，就不会浪费。\n\n"
            "二、早点出门\n\n早上的菜最新鲜，人也少，挑起来更从容。\n\n")
    page = ("小日子专栏\n首页  专栏  关于我们\n\n"
            "周末买菜的几个小习惯\n\n作者：许文静  |  发布于 2024-05-01 09:00  |  阅读 2,310\n\n" + body +
            "────────────────────\n\n"
            "阳台上种香草，从一盆薄荷开始\n\n发布于 2024-04-20 18:30  |  阅读 1,876\n\n文/郑一鸣\n\n" + body +
            "────────────────────\n\n下一页 »\n\n声明：本站文章版权归作者所有，未经许可不得转载。\n")
    articles = segment_page(page)
    assert [(a.title, a.author) for a in articles] == [
        ("周末买菜的几个小习惯", "许文静"), ("阳台上种香草，从一盆薄荷开始", "郑一鸣")]
