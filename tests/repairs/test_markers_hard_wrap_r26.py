"""A marker token at the start of a hard-wrapped line (round 26, issue 16), in our own words: the restored word
goes on in lower case where the line above runs on over the break, and is capitalised where a sentence starts."""

from __future__ import annotations

from pipeline.repairs.markers import fix_markers


def test_a_marker_after_a_wrapped_break_stays_lower_case():
    wrapped = "Pack the stove, the fuel and\nrepparttar matches in one bag, then check\nrepparttar lid."
    assert fix_markers(wrapped)[0] == "Pack the stove, the fuel and\nthe matches in one bag, then check\nthe lid."


def test_a_marker_opening_a_sentence_or_a_paragraph_is_capitalised():
    text = "Pack it all.\nrepparttar bag goes by the door.\n\nrepparttar end of the list."
    assert fix_markers(text)[0] == "Pack it all.\nThe bag goes by the door.\n\nThe end of the list."


def test_a_marker_under_a_heading_line_is_capitalised():
    assert fix_markers("Packing List\nrepparttar stove comes first.")[0] == "Packing List\nThe stove comes first."


def test_a_marker_after_a_blank_line_opens_a_paragraph_whatever_the_line_before_ends_with():
    text = "and the kettle goes on last\n\nrepparttar tent comes down at dawn."
    assert fix_markers(text)[0] == "and the kettle goes on last\n\nThe tent comes down at dawn."
