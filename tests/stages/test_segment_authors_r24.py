"""Round 24 (issue 16): authors on real-shaped text pages: a paper's byline giving two writers each with a role, a
capitals surname with its small "Mc" c, a romanised given name in two hyphened syllables, a host's opening note
saying whose the post is, a forum reply chosen for its points and signed under the rule, and a ghostwriter credited
"for" the expert. Our own words (invented sites and people).

A wrong name is worse than none for a republisher: each rule has a test that the look-alike keeps its answer.
"""

from __future__ import annotations

from pipeline.text.attribution import is_person_name, parse_byline
from tests.conftest import only_article as only

POINTS = ("1) Wrap the outdoor tap in a foam jacket before the first frost, and tape the seams shut.\n\n"
          "2) Find the stop tap now, while it is light and dry, and check that it turns all the way.\n\n"
          "3) Leave the loft hatch open on the coldest nights so a little warm air reaches the tank.\n\n")


def _paper(byline: str) -> str:
    return ("THE FENWATER COURIER\nNews | Homes | Sport\n\nHOMES\n\nFive jobs to do before the first hard frost\n\n"
            f"{byline}\nNov 3, 2026\n\nA frozen pipe costs far more than the hour it takes to protect one.\n\n"
            + POINTS + "© 2026 The Fenwater Courier\n")


def test_two_writers_each_with_a_role_after_a_comma_are_co_authors():
    byline = "BY PADRAIG OYELOWO, STAFF WRITER, AND ENYA McGRATH, CONTRIBUTOR | PHOTOS BY ODILE RENK"
    assert only(_paper(byline)).author == "Padraig Oyelowo and Enya McGrath"


def test_one_writer_whose_role_holds_an_and_stays_one_writer():
    assert parse_byline("By Padraig Oyelowo, editor and founder").name == "Padraig Oyelowo"
    assert parse_byline("By Padraig Oyelowo, owner of Oyelowo and Renk Plumbing").name == "Padraig Oyelowo"


def test_a_writer_without_a_role_after_the_and_is_no_roled_list():
    # ("A, ROLE, and B": the second has no role; the first writer's reading stands as before)
    assert parse_byline("By Padraig Oyelowo, nurse, and Enya McGrath").name != "Padraig Oyelowo and Enya McGrath"


def test_a_romanised_given_name_in_two_hyphened_syllables_is_a_name():
    assert is_person_name("Kang Ji-woo") and is_person_name("Seo-yeon Park")
    assert parse_byline("by KANG Ji-woo, plot 7").name == "Kang Ji-woo"


def test_an_english_compound_of_two_common_words_is_no_given_name():
    assert not is_person_name("Self-care Tips") and not is_person_name("Long-term Care")


def _blog(note: str) -> str:
    return ("Tessa Runs\nrunning and eating\nHome   Food   About\n\n"
            "Guest post: Five frost jobs for the allotment\nPosted by Tessa Brannigan on 4 January 2025 | Plots\n\n"
            f"{note}\n\n" + POINTS + "Tags: frost, guest\n\n© 2025 Tessa Runs\n")


def test_a_host_s_note_saying_whose_the_post_is_credits_the_guest():
    note = ("Tessa here: you ask me about frost every winter, so I asked an expert. Today's post is by Idris "
            "Okafor-Lunde, who has kept a plot in Hexham for thirty years. Over to you, Idris!")
    assert only(_blog(note)).author == "Idris Okafor-Lunde"


def test_a_writer_who_only_says_something_in_the_note_is_no_guest():
    note = ("Tessa here: frost again this week. The key is timing, says Idris Okafor-Lunde, who keeps a plot in "
            "Hexham, and I agree with him completely.")
    assert only(_blog(note)).author == "Tessa Brannigan"


def _thread(signature: str) -> str:
    return ("Lanternfield Forums\nHome › Forums › Plots › Winter\n\nTopic: Keeping the tap from freezing?\n"
            "Started by pebble_row · 3 Nov 2026 · 3 replies\n\n"
            "pebble_row\nNew member · Messages: 4\n3 Nov 2026, 07:41   #1\n"
            "The tap on our plot split last winter. What do you all do before the frost?\nLike   Quote   Reply\n\n"
            "gritty_gran\nWell-known member · Messages: 911\n3 Nov 2026, 08:02   #2\n"
            "Following, ours split too.\nLike   Quote   Reply\n\n"
            "Oskar_V\nSenior member · Messages: 4,870 · Hexham\n3 Nov 2026, 09:15   #3\n"
            "Twenty winters on the same plot, so here is my routine:\n\n"
            "- Lag the pipe where it leaves the ground, all the way to the tap.\n"
            "- Shut the valve and drain the tap after every visit from November on.\n"
            "- Cover the tap with an old sock and a plastic bag on the coldest nights.\n\n"
            + signature + "👍 41\nLike   Quote   Reply\n\n"
            "pebble_row\nNew member · Messages: 5\n3 Nov 2026, 12:30   #4\n"
            "Thank you, doing the sock tonight!\nLike   Quote   Reply\n\nYou must log in to reply here.\n")


def test_the_reply_holding_the_points_signed_under_the_rule_is_by_the_signature_s_name():
    assert only(_thread("--\nOskar Vindeløv · Hexham · plotholder since 2004\n")).author == "Oskar Vindeløv"


def test_the_same_reply_unsigned_keeps_its_handle():
    assert only(_thread("")).author == "Oskar_V"


def _column(credit: str) -> str:
    return ("ASK THE VET\n\nWhy does my old dog pace at night?\n\nBy Dr. Marit Solberg-Awe\n\n"
            "Pacing at night is common in older dogs and usually has a simple cause.\n\n" + POINTS + credit +
            "\n\n© 2026 Fjordside Pets\n")


def test_a_ghostwriter_credited_for_the_expert_wrote_the_column():
    credit = ("This column was ghostwritten for Dr. Marit Solberg-Awe by Caoimhe Brannock of Quillhouse Media, from "
              "her case notes.")
    assert only(_column(credit)).author == "Caoimhe Brannock"


def test_a_column_the_expert_wrote_herself_keeps_her_byline():
    assert only(_column("Dr. Solberg-Awe answers readers' letters every month.")).author == "Marit Solberg-Awe"
