"""Round 10 (issue 16): a recipe's closing serving note is no method step, whether it sits under a numbered method or
after the method's paragraphs or lines (SPEC). Round 9 knew the note only after paragraphs; on pages by another hand
a numbered method's last "6. Serve warm, …" was a sixth step, and "Best eaten the same day" was a note the word list
did not know. Recipes written here in our own words."""

from __future__ import annotations

import pytest

from pipeline.stages.tips.patterns import SERVING_NOTE
from tests.conftest import tip_headlines

RECIPE = ("Flatbreads are the fastest bread there is, and a hot dry pan does all the work.\n\n"
          "Ingredients\n\n• 300 g plain flour\n• 200 g yoghurt\n• 1 tsp baking powder\n• a pinch of salt\n\n"
          "Method\n\n"
          "1. Mix the flour, baking powder and salt in a wide bowl.\n"
          "2. Stir in the yoghurt and bring it together into a soft dough.\n"
          "3. Cut the dough into six pieces and roll each one thin.\n"
          "4. Cook each in a dry pan over a high heat for a minute a side, until it puffs and spots brown.\n")
STEPS = ["Mix the flour, baking powder and salt in a wide bowl.",
         "Stir in the yoghurt and bring it together into a soft dough.",
         "Cut the dough into six pieces and roll each one thin.",
         "Cook each in a dry pan over a high heat for a minute a side, until it puffs and spots brown."]


@pytest.mark.parametrize("note", ["Serve warm, brushed with garlic butter.", "Best eaten the same day, with soup.",
                                  "Eat them warm from the pan."])
def test_a_numbered_methods_serving_note_is_no_step(note):
    assert tip_headlines(RECIPE + f"5. {note}\n") == STEPS


def test_a_numbered_list_that_is_no_recipe_keeps_its_last_point():
    hosting = ("Hosting a big table is mostly planning.\n\n1. Write the menu a week ahead.\n"
               "2. Cook what keeps the day before.\n3. Borrow chairs early.\n4. Serve the oldest guests first.\n")
    assert tip_headlines(hosting)[-1] == "Serve the oldest guests first."


def test_a_longer_last_step_opening_with_serve_stays_a_step():
    long_step = ("5. Serve the breads stacked in a warm cloth, then make the dip by stirring crushed garlic, lemon and "
                 "a spoon of oil into the rest of the yoghurt and seasoning it well with salt and black pepper.\n")
    headlines = tip_headlines(RECIPE + long_step)
    assert len(headlines) == 5 and headlines[-1].startswith("Serve the breads stacked in a warm cloth")


@pytest.mark.parametrize("line", ["Best eaten the same day.", "Lovely served with cream.", "They keep for a week."])
def test_serving_note_words(line):
    assert SERVING_NOTE.match(line)


@pytest.mark.parametrize("line", ["Best of all, buy flour in bulk.", "Eat less sugar.", "It keeps the crust soft."])
def test_not_serving_notes(line):
    assert SERVING_NOTE.match(line) is None
