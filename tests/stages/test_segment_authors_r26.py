"""Round 26 (issue 16): authors on real-shaped text pages. Our own words (invented sites and people).

A wrong name is worse than none for a republisher: each rule has a test that the look-alike keeps its answer.
"""

from __future__ import annotations

from pipeline.text.attribution import kin_word_kept
from tests.conftest import only_article as only


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
