"""Round 12 (issue 16): a list's first number misread by OCR. A scanned page's text reads the digit "1" of the first
marker as a lowercase L, a capital I or a bar ("l. Flatten the back first.", then "2. …"), so the list seemed to
start at two and its first point was lost. Widened from the glued "1." (a scraper gluing it to the heading above):
the paragraph directly above a "2" of the same punctuation that opens so is item 1. Pages in our own words."""

from __future__ import annotations

from pipeline.stages.tips import split_text

INTRO = "Nobody shows beginners how little it takes. This is the whole routine, start to finish.\n\n"
POINTS = ("2. Soak the stone for ten minutes. A dry stone glazes and stops cutting.\n\n"
          "3. Keep the angle steady. Rock the blade and you round the edge.\n\n"
          "4. Test on a sheet of paper. A sharp edge slices without a sound.\n")


def test_a_lowercase_l_for_the_first_number_is_item_one():
    body = INTRO + "l. Flatten the back of the blade. Only the last inch matters.\n\n" + POINTS
    heads = [t.headline for t in split_text(body).tips]
    assert heads == ["Flatten the back of the blade.", "Soak the stone for ten minutes.", "Keep the angle steady.",
                     "Test on a sheet of paper."]


def test_a_capital_i_or_a_bar_with_a_bracket_is_item_one_too():
    points = POINTS.replace(". ", ") ", 1).replace("3. ", "3) ").replace("4. ", "4) ")
    for first in ("I) ", "|) "):
        body = INTRO + first + "Flatten the back of the blade. Only the last inch matters.\n\n" + points
        assert split_text(body).tips[0].headline == "Flatten the back of the blade.", first


def test_a_pronoun_or_another_punctuation_is_no_number():
    body = INTRO + "I. M. Pei once said a good edge is a quiet one.\n\n" + POINTS  # an initial, not item one
    assert split_text(body).tips[0].headline == "Soak the stone for ten minutes."
    body = INTRO + "I) Flatten the back of the blade. Only the last inch matters.\n\n" + POINTS  # "2." is no ")"
    assert split_text(body).tips[0].headline == "Soak the stone for ten minutes."
