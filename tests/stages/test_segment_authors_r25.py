"""Round 25 (issue 16): authors on real-shaped text pages: a Q&A page whose editor's card and answerer's card stand
side by side (their columns run together line by line), a picture's caption bracketed over several lines crediting
the words, a credit naming the club a piece was adapted for before its adapter, a video's "Presented and written by"
credit, and a live blog's "Live coverage by" credit. Our own words (invented sites and people).

A wrong name is worse than none for a republisher: each rule has a test that the look-alike keeps its answer.
"""

from __future__ import annotations

from pipeline.text.attribution import accepted_answer_card, parse_byline
from tests.conftest import only_article as only

POINTS = ("1. Sand the seat along the grain with a medium paper, then a fine one, and wipe off every trace of dust.\n\n"
          "2. Brush on a thin coat of oil, leave it ten minutes and rub off whatever has not soaked in.\n\n"
          "3. Let it cure for a full day before anyone sits on it, and add a second coat the day after.\n\n")


def test_the_answerers_column_of_two_side_by_side_cards_names_the_writer():
    lines = ["✓ Accepted", "Rub the rust off with wire wool and oil the blade.", "share  follow",
             "edited Apr 9 at 10:12 answered Apr 8 at 21:40", "Mirela Stoyan ♦ 88.4k Tobiah Wrenfield · 3,105 ● 7 ● 30"]
    assert accepted_answer_card(lines).name == "Tobiah Wrenfield"


def test_a_lone_answer_card_under_the_mark_keeps_its_name():
    lines = ["✓ Accepted", "Rub the rust off.", "answered Apr 8 at 21:40", "Tobiah Wrenfield · 3,105 ● 7 ● 30"]
    assert accepted_answer_card(lines).name == "Tobiah Wrenfield"


def _blog(opening: str) -> str:
    return ("Shed Weekends\nsmall jobs for a small shed\n\nHome | Projects | Contact\n\n"
            "Giving an Old Stool a Second Life\n\nposted by shed_admin\n\n"
            f"{opening}\n\nThis stool came from a skip with a split seat and four coats of paint on it, and an "
            "afternoon of work made it the best seat in the kitchen.\n\n" + POINTS)


def test_a_caption_bracketed_over_several_lines_credits_the_writer_it_names():
    caption = ("[Image: A pine stool with a freshly oiled seat on a garden path.\n"
               "Caption: The stool, rescued for nothing. Words and photos by Oriel Marchbank.\n"
               "Photo licensed CC BY 4.0]")
    assert only(_blog(caption)).author == "Oriel Marchbank"


def test_a_caption_crediting_the_pictures_alone_names_no_writer():
    caption = ("[Image: A pine stool with a freshly oiled seat on a garden path.\n"
               "Caption: The stool, rescued for nothing. Photo by Oriel Marchbank.\n"
               "Photo licensed CC BY 4.0]")
    assert only(_blog(caption)).author is None


def test_an_adapters_credit_naming_the_club_it_was_made_for_names_the_adapter():
    assert parse_byline("Adapted for the Heatherdale Walkers by Ossian Pellew").name == "Ossian Pellew"
    assert parse_byline("Written for The Marsh Gazette by Ossian Pellew").name == "Ossian Pellew"


def test_a_translators_credit_for_a_club_names_no_writer():
    assert parse_byline("Translated for the Heatherdale Walkers by Ossian Pellew") is None
    assert parse_byline("written for the children by Ossian Pellew") is None  # no body's name: a sentence


def test_a_credit_of_the_writing_beside_another_role_names_the_writer():
    assert parse_byline("Presented and written by Nkechi Obuya-Lund").name == "Nkechi Obuya-Lund"
    assert parse_byline("Written and illustrated by Nkechi Obuya-Lund").name == "Nkechi Obuya-Lund"
    assert parse_byline("Presented and filmed by Nkechi Obuya-Lund") is None  # no word of writing


def test_a_live_blogs_credit_names_both_writers():
    assert parse_byline("Live coverage by Saoirse Venn and Hamid Tabrizi").name == "Saoirse Venn and Hamid Tabrizi"
    assert parse_byline("Coverage by the local radio was thin.") is None
