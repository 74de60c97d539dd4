"""Round 29's language rows (pipeline/text/languages.py): Kabyle, Chechen, Hmong, Tahitian, Manding in the N'Ko script,
Ilocano, Crimean Tatar and Kalaallisut, each read by the consumers of its words: an all-rights line, a grant beside its
negation and its limit in the same language (a false grant is worse than none), a byline's phrase or a writer's label,
a courtesy title or a kin word before a name, a Blogger footer and date line; an ordered list whose items print their
own numbers (N'Ko's digits); and the guards that keep a short word of a new row off pages in other languages. Our own
sentences, names and sites throughout."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.stages.segment import THREAD_LABEL, THREAD_STATS
from pipeline.stages.tips.patterns import SUMMARY_HEAD
from pipeline.text.attribution import blog_footer, posted_by_abroad, writing_credit
from pipeline.text.dates import is_date_line
from pipeline.text.html_main import extract_main
from pipeline.text.languages import LANGUAGES, number_words
from tests.conftest import licence_tag as _tag

ARR = "LicenseRef-all-rights-reserved"
FREE = "LicenseRef-free-reprint"
PD = "LicenseRef-public-domain"
ROUND_29 = ("kab", "ce", "hmn", "ty", "nqo", "ilo", "crh", "kl")


def test_the_rows_stand_in_the_table_once():
    source = Path(__file__).parents[2].joinpath("pipeline/text/languages.py").read_text(encoding="utf-8")
    keys = re.findall(r'^    "([a-z]{2,3})": \{', source, re.M)
    assert set(ROUND_29) <= set(LANGUAGES)
    assert len(keys) == len(set(keys))  # a key written twice would keep its last row silently


@pytest.mark.parametrize(("code", "line"), [
    ("kab", "Akk izerfan ttwaḥerzen."),
    ("ilo", "Amin a karbengan ket nakareserba."),
    ("ty", "ʻUa tāpeʻahia te mau tiʻaraʻa atoʻa."),
])
def test_an_all_rights_line_reserves_the_text(code, line):
    assert _tag(line) == ARR, code


# (code, a grant to republish this text, the same grant negated, the same grant limited to some readers)
GRANTS = [
    ("kab", "Tzemreḍ ad tessuffɣeḍ amagrad-a deg usmel-ik.", "Ur tzemreḍ ara ad tessuffɣeḍ amagrad-a.",
     "Tzemreḍ ad tessuffɣeḍ amagrad-a deg uɣerbaz kan."),
    ("crh", "Bu maqaleni başqa saytlarda basmaq serbest.", "Bu maqaleni basmaq serbest degil.",
     "Bu maqaleni yalıñız mektepte basmaq serbest."),
    ("ilo", "Mabalinmo nga ipablaak manen daytoy nga artikulo.",
     "Saan a mabalin nga ipablaak manen daytoy nga artikulo.",
     "Mabalinmo nga ipablaak daytoy nga artikulo iti eskuelaan laeng."),
    ("hmn", "Koj muaj cai luam dua zaj no rau koj lub blog.", "Koj tsis muaj cai luam dua zaj no.",
     "Koj muaj cai luam dua zaj no rau tsev kawm ntawv xwb."),
]


@pytest.mark.parametrize(("code", "grant", "refused", "limited"), GRANTS)
def test_a_grant_its_negation_and_its_limit(code, grant, refused, limited):
    assert _tag(grant) == FREE, code
    assert _tag(refused) not in (FREE, PD), code
    assert _tag(limited) not in (FREE, PD), code


def test_a_kabyle_grant_kept_unchanged_stays_a_grant():
    # "war abeddel", without change: the grant's term; "war" alone (without) limits ("war tasiregt", without leave)
    assert _tag("Tzemreḍ ad tessuffɣeḍ amagrad-a deg usmel-ik, war abeddel.") == FREE
    assert _tag("Tzemreḍ ad tessuffɣeḍ amagrad-a war tasiregt n umaru.") not in (FREE, PD)


def test_the_bylines_phrases_and_writers_labels():
    assert posted_by_abroad("Sɣur Lwennas Amrani").name == "Lwennas Amrani"  # Kabyle, by
    assert writing_credit("Язйина: Хадижат Мусаева").name == "Хадижат Мусаева"  # Chechen, wrote
    assert writing_credit("Mannurat: Lorna Agbayani").name == "Lorna Agbayani"  # Ilocano, writer
    assert writing_credit("Müellif: Server Qurtmolla").name == "Server Qurtmolla"  # Crimean Tatar, author
    assert writing_credit("Allattoq: Aviaja Lynge").name == "Aviaja Lynge"  # Kalaallisut, writer


def test_a_courtesy_title_and_a_kin_word_leave_the_name():
    credit = writing_credit("ߛߍߓߍ߲ߣߌߞߍߟߊ: ߞߊߙߊߡߐߜߐ ߝߊߕߎߡߊߕߊ ߞߊߡߊߙߊ")  # N'Ko: "writer: teacher NAME"
    assert (credit.name, credit.credentials) == ("ߝߊߕߎߡߊߕߊ ߞߊߡߊߙߊ", "ߞߊߙߊߡߐߜߐ")
    credit = posted_by_abroad("Nā Māmā Tiare Teriʻi")  # Tahitian: "by Mother NAME", a recipe's credit
    assert (credit.name, credit.credentials) == ("Tiare Teriʻi", "Māmā")


def test_a_hmong_blogger_post_dates_and_signs_itself():
    assert blog_footer("Sau los ntawm Paj Yaj thaum 8:05 PM").name == "Paj Yaj"  # written by NAME when 8:05 PM
    assert is_date_line("Hnub Ob, Lub 7 Hlis Ntuj Tim 2, 2024")  # Tuesday, the 7th month, day 2, 2024
    assert is_date_line("Lub 7 Hlis Ntuj Tim 3, 2024 9:15 AM")  # a comment's stamp
    assert not is_date_line("Lub 7 Hlis (4)")  # an archive's month and its count of posts


def test_an_ordered_lists_items_printing_their_own_numbers_keep_only_their_own():
    html = ("<html><body><article><h1>Boil the water</h1><p>Water from the well is often dirty, and a family can"
            " fall ill from it. Here is what the clinic tells every household to do.</p>"
            '<ol style="list-style:none"><li><strong>߁. ߊߥ ߞߊ ߖߌ ߘߊߜߊ.</strong> ߘߌߡߐߜߐߥ ߣߌ.</li>'
            "<li><strong>߂. ߊߥ ߞߊ ߖߌ ߓߐ.</strong> ߊߥ ߞߊߣߊ.</li></ol>"
            "<ol><li>Cover the pot. Dust stays out.</li><li>2 cups of water a day.</li></ol></article></body></html>")
    lines = extract_main(html).text.splitlines()
    assert "߁. ߊߥ ߞߊ ߖߌ ߘߊߜߊ. ߘߌߡߐߜߐߥ ߣߌ." in lines  # (N'Ko's own digits, no "1. " before them)
    assert "1. Cover the pot. Dust stays out." in lines  # an item without its own number takes the list's
    assert "2. 2 cups of water a day." in lines  # an amount opening an item is no number of its own


def test_the_new_numbers_leave_the_neighbours_alone():
    counts = number_words()
    assert counts["snat"] == 2 and counts["marluk"] == 2 and counts["tsib"] == 5 and counts["uppat"] == 4
    # Kabyle's masculine "sin" and "tam" are Spanish "without" and Polish "there" at a title's start: its row counts
    # in the feminine; Hmong "ob" (two) opens German titles as "whether", "peb" (three) and "rau" (six) are also
    # "we" and "for"
    assert "sin" not in counts and "tam" not in counts
    assert "ob" not in counts and "peb" not in counts and "rau" not in counts
    # N'Ko Manding counts after its noun, as Bambara does: no title opens with its numbers
    assert "ߝߌߟߊ" not in counts
    assert all(len(LANGUAGES[code]["numbers"]) == 9 for code in ROUND_29)


def test_a_boards_counts_row_with_blank_thousands_and_its_badge_is_the_boards():
    # the labelled counts under a thread's title, their thousands set apart by a blank, the status badge after them
    assert THREAD_STATS.match("Cevaplar: 7 · Körüvler: 2 418 · ✔ Çezilgen")  # (Crimean Tatar: replies, views, solved)
    assert THREAD_STATS.match("Replies: 3 · Views: 1 096 · ✔ Solved")
    assert not THREAD_STATS.match("Price: 4 · Size: 12 500 · Colour")  # (no status after the counts: a shop's row)
    assert THREAD_LABEL.sub("", "Mevzu: Kiraz ağacını ne vaqıt budamalı?") == "Kiraz ağacını ne vaqıt budamalı?"


def test_a_kalaallisut_checklist_box_sums_the_points_up():
    assert SUMMARY_HEAD.match("Allattorsimaffik naatsoq") and SUMMARY_HEAD.match("Eqikkaaneq:")
    assert not SUMMARY_HEAD.match("Allattorsimaffik")  # (a list: the heading of any list, no summary)


def test_a_turkish_refusal_is_no_crimean_tatar_grant():
    # "serbest" (free) is a leave word of both rows: a refusal closing on Turkish's "değildir" (is not) stays one
    assert _tag("Bu yazıları kopyalamak serbest değildir.") not in (FREE, PD)
    assert _tag("Bu yazıyı kopyalamak mümkün değildir.") not in (FREE, PD)  # ("mümkün", possible, is no leave word)
