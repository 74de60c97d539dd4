"""Round 26 (issue 16): authors on real-shaped text pages. Our own words (invented sites and people).

A wrong name is worse than none for a republisher: each rule has a test that the look-alike keeps its answer.
"""

from __future__ import annotations

from pipeline.text.attribution import kin_word_kept
from tests.conftest import only_article as only
from tests.conftest import segment_page


def _paper(byline: str, foot: str = "") -> str:
    return ("THE RIVERSIDE POST\nNews | Money | Life\n\nFour ways to cut your water bill this summer\n\n"
            f"{byline}\n\nA hosepipe left running for an hour uses more water than a family of four does in a day.\n\n"
            "1. Water the garden in the evening, when less of it evaporates before the roots take it up.\n\n"
            "2. Fit a water butt to the downpipe and use the rain for the pots and the car.\n\n"
            "3. Take a four-minute shower and set a timer on your phone to keep to it.\n\n" + foot)


def test_a_kinship_word_goes_where_another_credit_writes_the_name_without_it():
    # SPEC r25 (e): the word is a courtesy, not the name she goes by, where one of her credits omits it
    about = "About me\nI am Efua Mensah-Boateng, a retired plumber who writes about saving water.\n"
    assert only(_paper("By Mama Efua Mensah-Boateng", about)).author == "Efua Mensah-Boateng"


def test_a_kinship_word_every_credit_writes_stays_the_name():
    about = "About me\nMama Efua Mensah-Boateng is a retired plumber who writes about saving water.\n"
    assert only(_paper("By Mama Efua Mensah-Boateng", about)).author == "Mama Efua Mensah-Boateng"


def test_the_name_without_the_word_is_counted_whatever_its_case():
    page = "By Baba Tunde Okoro\n...\nWRITTEN BY TUNDE OKORO FOR THE PARISH SHEET"
    assert kin_word_kept("Tunde Okoro", "Baba", "en", page) == ("Tunde Okoro", "Baba")


def test_a_repost_note_naming_the_outlet_the_piece_was_written_for_credits_its_writer():
    from pipeline.text.attribution import Byline, original_writer

    note = ("Editor’s note: this piece was written by Oona Vesk for the members’ newsletter of the Fell Ramblers "
            "and is republished here with her kind permission.")
    assert original_writer(note) == Byline("Oona Vesk")


def _copy(foot: str) -> str:
    return ("PennyJar.example\nSaving a little every week\n\nFive habits that shrink the food bill\n"
            "Posted by admin on May 3, 2013 in Food\n\n"
            "Most of us could spend a good deal less at the shops without eating any worse than we do now.\n\n"
            "1. Plan four dinners a week and let leftovers fill the rest of the days.\n\n"
            "2. Check the cupboards before you write the list, and cook from what is there.\n\n"
            "3. Compare the price per kilo on the shelf label, not the price on the pack.\n\n"
            "Ines Albrecht teaches a money class for young parents and\nwrites on household budgets for her local "
            "paper. Her planner\nis free at her site.\n\n" + foot + "\n\nShare this: Facebook | Email\n")


def test_a_copys_source_label_over_its_link_leaves_the_bio_above_it_to_credit_the_writer():
    assert only(_copy("Article Source:\nhttp://www.articlebarn.example/?expert=Ines_Albrecht")).author == (
        "Ines Albrecht")


def test_a_label_over_a_line_that_is_no_footer_field_is_left_alone():
    from pipeline.stages.segment import _label_over

    lines = ["The text.", "Three things to try:", "Wash the jars in hot water."]
    assert _label_over(lines, [0, 1, 2], 0, 2) is None


def _issue(sign: str) -> str:
    rule = "-" * 60
    return ("THE HEDGEROW\nIssue 12   The Brackenford Garden Club   March 2025\n\n" + rule + "\n\n"
            "BEDS FOR A DRY SUMMER\n\nLast year taught most of us a hard lesson about water, so here is what I "
            "changed on my own plot:\n\n1. Mulch every bed thickly in spring, before the soil dries out.\n\n"
            "2. Water deeply twice a week rather than a little every evening.\n\n"
            "3. Group the thirsty plants together near the water butt.\n\nWilma Oduya\n\n" + rule + "\n\n"
            "Sowing in the Cold Frame\n\nA cold frame gives you a month's head start, and it costs very little "
            "to run. This is how I use mine:\n\n"
            " • Sow the hardy lettuces first, in trays, and keep the lid shut on frosty nights.\n"
            " • Open it a crack on sunny days so the seedlings do not cook.\n"
            " • Harden them off for a week before they go out into the beds.\n\n"
            f"{sign}\n\n" + rule + "\n\n© The Brackenford Garden Club 2025\n")


def test_bare_initials_under_an_issues_item_sign_it_over_the_issues_copyright():
    assert [a.author for a in segment_page(_issue("R.B."))] == ["Wilma Oduya", "R.B."]


def test_an_item_with_no_signature_stays_unsigned():
    assert [a.author for a in segment_page(_issue(""))][0] == "Wilma Oduya"
    assert [a.author for a in segment_page(_issue(""))][-1] != "R.B."


def test_an_accented_honorific_of_another_languages_row_stays_the_names_own_on_an_english_page():
    # (round 25 leftover: "toketā", "sëriñ" were taken off as the plain "misa", "tata" are not)
    assert only(_paper("By Toketā Losa Havili")).author == "Toketā Losa Havili"
    assert only(_paper("By Sëriñ Moussa Diallo")).author == "Sëriñ Moussa Diallo"


def test_a_written_by_credit_naming_the_rules_it_was_written_to_names_its_writer():
    assert only(_paper("Written per the club's rules by Oona Vesk")).author == "Oona Vesk"


def test_a_written_to_clause_that_is_a_sentence_names_nobody():
    from pipeline.text.attribution import parse_byline

    assert parse_byline("Written to be read aloud, by the sea.") is None


def test_a_forum_cards_rank_under_a_members_handle_is_no_name_line():
    # a script without capitals: the handle passes for a title line there, the rank ("new member") for a name
    from pipeline.stages.segment import _name_line_at

    assert _name_line_at([0, 1], {0: "وارث_سومرو", 1: "نئون ميمبر"}) is None
    assert _name_line_at([0, 1], {0: "ٻارن جي صحت بابت سوال", 1: "وارث سومرو"}) == 1
