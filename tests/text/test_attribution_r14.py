"""Title lines carrying their writer's credit on the same line (round 14). Written in our own words."""

from __future__ import annotations

from pipeline.text.attribution import clean_title


def test_a_print_view_s_title_drops_the_credit_run_on_after_it():
    assert clean_title("Darning Wool Socks The Old Way - By: Ruairí Mac Aodha") == "Darning Wool Socks The Old Way"
    assert clean_title("Darning Wool Socks | written by Ana Petrović") == "Darning Wool Socks"


def test_a_title_whose_last_words_only_start_with_by_keeps_them():
    assert clean_title("Learning To Sail - By Trial And Error") == "Learning To Sail - By Trial And Error"
