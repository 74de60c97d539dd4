"""Titles on pages by other hands (round 12): a gallery's credit row and counter lines are no titles.

A magazine's gallery or slideshow saved as text sets its headline over a credit row that names the words' writer
and the pictures' ("Words: NAME   Photos: NAME", "Text: NAME · Illustration: NAME"), then the first slide's counter
("Slide 1 of 10", "Photo 1/12"). The credit row is the byline (the words' field is the writer's), the counter is
where the reader stands among the slides; neither is a title. Every page here is written in our own words.
"""

from __future__ import annotations

from pipeline.stages import segment as sg
from tests.conftest import only_article

GALLERY = ("THE WEEKEND HOUSE\nHome | Gardens | Kitchens | Subscribe\n\n{title}\n\n{credit}\nUpdated 2 March 2024\n\n"
           "{counter}\n\n[image: a row of pots on a cold sill]\n\n"
           "Radiators, draughts and short days all work against plants that came from the tropics, and most of "
           "them show it by February. These are the small changes that keep them going until spring.\n\n"
           "Turn the pots each week\nA plant on a sill leans to the light; a quarter turn every Sunday keeps it "
           "straight and evenly green.\n")


def test_a_credit_row_naming_the_words_writer_is_the_byline_under_the_gallery_s_title():
    for credit, counter in (("Words: Maribel Okafor   Photos: Dunmore Studio", "Slide 1 of 9"),
                            ("Text: Maribel Okafor · Illustration: Tove Lind", "Photo 1/9"),
                            ("Story: Maribel Okafor  Photography: Dunmore Studio", "(1 of 9)")):
        page = only_article(GALLERY.format(title="Nine Ways To Keep Houseplants Happy In Winter", credit=credit,
                                           counter=counter))
        assert (page.title, page.author) == ("Nine Ways To Keep Houseplants Happy In Winter", "Maribel Okafor")


def test_a_counter_line_is_the_header_s_metadata_and_a_count_field_names_nobody():
    assert sg._is_meta("Slide 3 of 12") and sg._is_meta("Page 2/5") and sg._is_meta("[4 of 10]")
    assert not sg._is_meta("Ten of the Best Winter Houseplants") and not sg._is_meta("3 of 5 Stars For Effort Alone")
    row = "Submitted: 2011-04-02 | Words: 740 | Views: 88"
    assert sg._writer_field(row) == row  # a word count, not the words' writer
