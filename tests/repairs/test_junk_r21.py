"""Round 21: a teaser's jump link in sentence case ("Continue reading →") is the same link as "Continue Reading"."""

from __future__ import annotations

from pipeline.repairs.junk import JUMP_LINK, fix_page_junk


def test_a_jump_link_in_sentence_case_is_taken_and_counted():
    text, changes = fix_page_junk("Worms slow down in the cold and stop eating below five degrees, and …\n"
                                  "Continue reading →\nNext teaser\n")
    assert "Continue reading" not in text and [c.name for c in changes] == [JUMP_LINK]


def test_the_words_inside_a_sentence_stay():
    text = "Continue reading the label before you buy.\n"
    assert fix_page_junk(text) == (text, [])
