"""Round 25's mend (authors): the tables' plain-word honorifics that are given names elsewhere ("Misa", "Tata",
"Soxna") stay the name's own on a page in another language, a "By" line never becomes the author, ... Our own
words (invented people and papers).
"""

from __future__ import annotations

from pipeline.text.attribution import name_line, tidy_name
from tests.conftest import only_article as only


def _paper(byline: str, tail: str = "") -> str:
    return ("THE HARBOUR GAZETTE\nNews | Home | Garden\n\nThree ways to keep a cast-iron pan in shape\n\n"
            f"{byline}\n\nA cast-iron pan outlives its owner if it is kept dry and oiled after every use.\n\n"
            "1. Rinse it with hot water and a brush while it is still warm, never with soap that strips the oil.\n\n"
            "2. Dry it on the hob for a minute so no drop of water is left to rust it.\n\n"
            "3. Rub a few drops of oil into the inside with a paper towel before you put it away.\n\n" + tail)


def test_an_honorific_word_of_another_languages_table_is_a_given_name_on_an_english_page():
    assert only(_paper("By Misa Oyelaran")).author == "Misa Oyelaran"
    assert only(_paper("Written by Tata Okonkwo")).author == "Tata Okonkwo"
    assert only(_paper("By Soxna Faye")).author == "Soxna Faye"
    assert only(_paper("By Dr Misa Oyelaran")).author == "Misa Oyelaran"
    assert only(_paper("", "About the author\nMisa Oyelaran is a cook in Lagos who teaches camp cooking.\n")
                ).author == "Misa Oyelaran"


def test_an_english_title_still_goes_and_a_title_word_before_two_names_stays_a_title():
    assert only(_paper("By Dr Rowan Oyelaran")).author == "Rowan Oyelaran"
    assert tidy_name("Dr Oyelaran").name == "Oyelaran"  # an English title before a lone surname: still a title
    assert tidy_name("Misa Rowan Oyelaran").credentials == "Misa"  # (given back on a page not in Tongan)


def test_a_by_line_with_no_name_the_readers_accept_is_no_author():
    assert name_line("By Dr Oyelaran") is None
    assert only(_paper("By Dr Oyelaran")).author != "By Dr Oyelaran"
    assert name_line("Rowan Oyelaran").name == "Rowan Oyelaran"
