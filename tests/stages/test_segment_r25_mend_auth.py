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


def _thread(closing: str) -> str:
    def message(sender: str, address: str, day: int, text: str, reply: bool = True) -> str:
        return (f"From: {sender} <{address}@example.org>\nSubject: {'Re: ' if reply else ''}Moss on the lawn - "
                f"any ideas?\nDate: {day} March 2022\n\n{text}\n\n")
    return (message("Ida Quarles", "ida", 1, "Moss has taken half my lawn this winter. What can I do?", reply=False)
            + message("Mark Tolland", "mark", 1, "Rake it out hard in spring and spike the wet patches with a fork "
                      "so the water drains away before it pools.")
            + message("Nell Oduya", "nell", 2, "Moss loves shade and poor soil. Cut back the hedge that shades it, "
                      "feed the grass in April and sow fresh seed on the bare patches.")
            + message("Ida Quarles", "ida", 9, closing))


def test_the_replier_the_asker_names_by_possessive_or_address_is_the_author():
    assert only(_thread("Mark my words, I will rake it too, but Nell's hedge idea fixed it!")).author == "Nell Oduya"
    assert only(_thread("Thanks Nell, cutting the hedge fixed it.")).author == "Nell Oduya"


def test_a_first_name_that_is_an_ordinary_word_opening_a_sentence_names_nobody():
    assert only(_thread("Mark the date: I cut the hedge and it is gone. Thanks all!")).author == "Mark Tolland"


GUIDE = ("How to Keep a Sourdough Starter Alive\n\nBy Hedda Vorlund\n\n{above}"
         "Feed it the same weight of flour and water every day it lives on the counter.\n\n"
         "Keep it in the fridge when you bake less than once a week, and feed it weekly.\n\n"
         "Pour off the grey liquid on top before a feed: it is hunger, not spoilage.\n\n"
         "Bring it back to room temperature a day before you bake with it.\n\n{below}")


def test_a_whole_piece_of_short_paragraphs_over_a_footers_subscribe_line_is_kept():
    assert only(GUIDE.format(above="", below="Subscribe to continue reading our weekly baking letters.\n")).text.count(
        "\n\n") >= 3


def test_a_login_line_under_the_byline_over_the_whole_piece_cuts_nothing():
    assert "room temperature" in only(GUIDE.format(above="Log in to keep reading for free\n\n", below="")).text


def test_a_one_paragraph_lead_over_the_wall_and_its_pitch_is_still_a_teaser():
    from tests.conftest import segment_page

    teaser = ("How to Keep a Sourdough Starter Alive\n\nBy Hedda Vorlund\n\n"
              "A starter is a pet that lives on flour: most die of neglect in their second week, and yours need "
              "not.\n\n"
              "Subscribe to continue reading\nThis guide is for members only. Join today.\n• Every guide\n• Recipes\n")
    assert segment_page(teaser) == []
