"""Titles under a site's header (round 10): shapes that pages by other hands write.

A small blog may write its name and its menu in lower case ("the mending shed - notes on repair" over "home |
darning | about"), and a spam-ridden page carries an advert's line under its label ("Sponsored: ...") between the
menu and the title. Neither is the first paragraph of the text. Every page here is written in our own words.
"""

from __future__ import annotations

from pipeline.stages import segment as sg
from tests.conftest import segment_page

TEXT = ("I learnt to patch jeans from a neighbour who had done it for forty years, and the trick she taught me was "
        "to work from the inside, where nobody looks.")


def test_a_lower_case_site_name_over_its_lower_case_menu_is_the_header_not_a_paragraph():
    page = ("the mending shed - notes on repair and making do\n"
            "home | darning | patching | about | english / deutsch\n\n"
            "Patching Jeans So the Patch Lasts\n\nLaila Okonkwo-Brandt\n12 March 2021\n\n" f"{TEXT}\n\n{TEXT}\n")
    (article,) = segment_page(page)
    assert article.title == "Patching Jeans So the Patch Lasts"
    assert "home | darning" not in article.text


def test_a_lower_case_line_running_on_into_a_sentence_is_still_hard_wrapped():
    assert sg._hard_wrapped("most of the jeans I see in charity shops have gone at the knee and", "the seat first.")


def test_an_adverts_line_under_its_label_stays_in_the_header_over_the_title():
    page = ("GadgetDesk | Phones | Laptops | Deals\nSponsored: cheap replica watches, free shipping worldwide, "
            "click here!!!\n\nSeven Ways to Make a Laptop Battery Last\n\n" f"{TEXT}\n\n{TEXT}\n")
    (article,) = segment_page(page)
    assert article.title == "Seven Ways to Make a Laptop Battery Last"
    assert "replica" not in article.text


def test_a_sentence_about_sponsorship_is_no_adverts_label():
    assert sg.DISCLOSURE.match("Anzeige: Jetzt günstig bestellen")
    assert not sg.DISCLOSURE.match("Sponsored content is everywhere now, and readers can tell.")
