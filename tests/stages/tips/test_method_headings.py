"""Round 10 (issue 16): a recipe saved as text often loses its method's numbers, one step a line under the card's
"Instructions" (or "Method", "Directions") heading. Lists whose glyphs were lost were found only under a lead-in
ending with a colon or saying "the following"; a method heading announces its steps as surely. On a page by another
hand, and on one of the real texts, nothing found the steps, and the card's labels ("Instructions", "Notes") passed
for headed sections. Recipes written here in our own words."""

from __future__ import annotations

import pytest

from pipeline.stages.tips.detect import _lead_in
from pipeline.stages.tips.paras import Para
from tests.conftest import tip_headlines

CARD = ("Oat biscuits keep a week in a tin and take ten minutes to mix.\n\n"
        "Oat Biscuits\nMakes: 20 biscuits\nPrep Time: 10 minutes\n\n"
        "Ingredients\nBiscuits\n100 g butter\n100 g golden syrup\n150 g rolled oats\n"
        "To finish\n50 g dark chocolate\n\n")
# the card's notes, labels and a reader's comment: title lines over text, which passed for headed sections
TAIL = ("\n\nNotes\nThe mixture freezes well rolled into balls; bake them from frozen for two minutes longer.\n\n"
        "Recipe by: Ines Corbett\nCuisine: British / Category: Baking\n\nDid you bake these? Leave a comment below!\n\n"
        "Marta\nmine spread into one giant biscuit but we ate it anyway\nreply\n")
STEPS = ["Heat the oven to 180 C and line two trays with baking paper.",
         "Melt the butter and syrup together in a small pan over a low heat.",
         "Stir the oats and flour into the pan until everything is coated.",
         "Roll the mixture into walnut-sized balls and set them well apart on the trays.",
         "Bake for 12 minutes, until golden at the edges but still soft in the middle."]


@pytest.mark.parametrize("heading", ["Instructions", "Method", "Directions:", "PREPARATION"])
def test_steps_under_a_method_heading_are_the_tips(heading):
    body = CARD + heading + "\n" + "\n".join(STEPS) + TAIL
    assert tip_headlines(body) == STEPS


def test_the_serving_note_after_the_lines_is_no_step():
    body = CARD + "Method\n" + "\n".join(STEPS) + "\nBest eaten the day they are baked." + TAIL
    assert tip_headlines(body) == STEPS


@pytest.mark.parametrize("line", ["Instructions", "Method:", "Directions"])
def test_a_method_heading_leads_in(line):
    assert _lead_in(Para(0, 0, line))


@pytest.mark.parametrize("line", ["Instructions for use are on the tin.", "My method", "The method is simple",
                                  "Ingredients"])
def test_other_lines_lead_in_nothing(line):
    assert not _lead_in(Para(0, 0, line))


def test_steps_as_paragraphs_under_a_method_heading_end_before_the_serving_note():
    body = (CARD + "Method\n\n" + "\n\n".join(STEPS) + "\n\nServe with a mug of tea, still a little warm.\n\n"
            "Comments (2)\nAled: made these twice already\n")
    assert tip_headlines(body) == STEPS
