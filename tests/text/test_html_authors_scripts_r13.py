"""Authors read from HTML, round 13 (issue 16): a portal's field table or a consultation's facts table names the
writer in a label cell of the page's own language ("โดย :", "المستشار:"), behind an honorific of that script, and
outranks a markup author that is the site's own desk. Every page here is our own words."""

from __future__ import annotations

import pytest

from pipeline.text.attribution import split_name
from tests.conftest import html_author as author_of

BODY = ("<p>{text}</p>" * 3).format(text="ข้อความยาวพอสมควรเกี่ยวกับการดูแลต้นไม้ในบ้าน ให้รดน้ำเป็นประจำทุกวัน "
                                    "และวางกระถางไว้ในที่ที่มีแสงแดดรำไร")


def test_a_thai_field_table_s_by_cell_outranks_the_site_team_in_meta_author():
    html = ("<html><head><title>ดูแลต้นไม้ในบ้าน - สวนหลังบ้าน</title>"
            "<meta name='author' content='ทีมงานสวนหลังบ้าน'></head><body>"
            "<table><tr><td>เรื่อง :</td><td><b>ดูแลต้นไม้ในบ้าน</b></td></tr>"
            "<tr><td>โดย :</td><td><a href='/m/7'>ดร.สมหญิง แก้วมณี</a></td></tr></table>"
            f"<div class='body'>{BODY}</div></body></html>")
    assert author_of(html) == "สมหญิง แก้วมณี"


def test_an_arabic_consultation_s_consultant_cell_names_the_answerer():
    html = ("<html dir='rtl'><head><title>ابني يخاف من الظلام | بيت النصيحة</title></head><body><article>"
            "<h1>ابني يخاف من الظلام، فماذا أفعل؟</h1><table>"
            "<tr><th>القسم:</th><td>تربية الأبناء</td></tr>"
            "<tr><th>المستشار:</th><td><a href='/c/4'>أ. سلمى يوسف الحربي</a></td></tr></table>"
            "<p>أهلاً بكِ، الخوف من الظلام شائع جداً في هذا العمر ويزول غالباً مع الصبر والهدوء والروتين الثابت.</p>"
            "<p>ابدئي بضوء خافت في الغرفة ثم خففيه تدريجياً خلال أسبوعين حتى يعتاد عليه الطفل تماماً.</p>"
            "</article></body></html>")
    assert author_of(html) == "سلمى يوسف الحربي"


@pytest.mark.parametrize("written, name", [
    ("د. سامر الخطيب", "سامر الخطيب"),  # Arabic "Dr."
    ("أ.د. هالة منصور", "هالة منصور"),  # professor doctor
    ("อ.วิชัย สุขใจ", "วิชัย สุขใจ"),  # Thai "ajarn", glued to the name
    ("ผศ. มาลี ทองดี", "มาลี ทองดี"),  # Thai assistant professor
    ('ד"ר אלון שמיר', "אלון שמיר"),  # Hebrew "Dr."
    ("ড. অমিত পাল", "অমিত পাল"),  # Bengali "Dr."
])
def test_an_honorific_of_another_script_leaves_the_name(written, name):
    assert split_name(written).name == name
