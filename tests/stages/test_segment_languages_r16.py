"""Round 16: pages wholly in Welsh, Marathi, Latvian and Slovak sign their texts in their own words: a Blogger theme's
posted-by footer ("द्वारा पोस्ट केलेले NAME वाजता ८:१५"), and a column whose title reads as a sentence (a reader's
question) with the bare "by" of its language under it ("Gan NAME"). Our own words."""

from __future__ import annotations

import pytest

from pipeline.text.attribution import blog_footer
from tests.conftest import only_article as only


@pytest.mark.parametrize("line, name", [
    ("द्वारा पोस्ट केलेले अनिता पाटील वाजता ८:१५ PM", "अनिता पाटील"),  # Marathi Blogger, Devanagari digits
    ("Postiwyd gan Gwenllian Huws am 9:05", "Gwenllian Huws"),  # Welsh
    ("Publicēja Dace Kalniņa plkst. 21:40", "Dace Kalniņa"),  # Latvian
    ("Zverejnila Zuzana Kováčová o 18:02", "Zuzana Kováčová"),  # Slovak
])
def test_a_blog_footer_in_this_round_s_languages_names_the_poster(line, name):
    assert blog_footer(line).name == name


def test_a_column_s_question_title_over_a_welsh_bare_by_byline():
    text = ("Gardd Fach\n\nColofnau › Gofynnwch i Elin\n\nGOFYNNWCH I ELIN\n\n"
            "Mae'r lawnt yn llawn mwsogl — beth ddylwn i ei wneud?\n\n"
            "Gan Elin Haf Rhys\n\n"
            "Annwyl Elin, mae ein lawnt gefn yn wyrdd ond yn feddal, ac mae'r mwsogl yn lledu bob gaeaf.\n\n"
            "Annwyl Arddwr, mae mwsogl yn hoffi cysgod a phridd gwlyb, felly dechreuwch gyda'r draeniad.\n")
    article = only(text)
    assert article.title == "Mae'r lawnt yn llawn mwsogl — beth ddylwn i ei wneud?"
    assert article.author == "Elin Haf Rhys"


@pytest.mark.parametrize("label", ["Autors:", "Author:", "Napísal:"])
def test_a_writer_s_label_in_the_post_s_meta_row_under_the_title_names_the_writer(label):
    text = ("Dārza Lapa — dārzs un māja\nMeklēt | Ienākt | Abonēt\n\nSākums » Dārzs\n\n"
            "Kā pārziemot rozes bez bēdām\n\n"
            f"3.11.2024 08:40   |   {label} Dace Kalniņa   |   Komentāri (2)\n\n"
            "Novembrī rozes jau gatavojas ziemai, un daži vienkārši darbi palīdz tām izturēt salu. "
            "Lūk, kas jādara tagad, kamēr zeme vēl nav sasalusi.\n\n"
            "Apberiet stumbra pamatni ar zemi. Tā pasargā potējuma vietu no sala.\n")
    article = only(text)
    assert article.title == "Kā pārziemot rozes bez bēdām"
    assert article.author == "Dace Kalniņa"
