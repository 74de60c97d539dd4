"""After point paragraphs of a lead and its explanation, one sentence alone concludes ("Give it a month and you will
not go back."); but only one: above it, a sentence alone is the last point (a recipe's "Bake for 35 to 40 minutes,
until golden." above its "Serve warm with custard or cream."). Issue 16, round 8; pages written in our own words."""

from __future__ import annotations

from tests.conftest import tip_headlines as heads

STEPS = """Wet weekends call for something warm from the oven, and this is the one I make most.

Ingredients
4 pears
100 g flour
75 g butter
50 g sugar

Method

Heat the oven to 180°C. Grease a small baking dish with a little of the butter.

Peel and slice the pears. Lay them in the dish in one even layer.

Rub the butter into the flour. Stop while a few small lumps remain.

Stir in the sugar. Scatter the crumbs over the fruit without pressing them down.

Bake for 35 to 40 minutes in the middle of the oven, until the top is golden brown.

Serve it warm with custard or a spoon of thick cream on the side.
"""


def test_a_one_sentence_step_above_the_closing_sentence_is_a_point():
    assert heads(STEPS) == ["Heat the oven to 180°C.", "Peel and slice the pears.", "Rub the butter into the flour.",
                            "Stir in the sugar.",
                            "Bake for 35 to 40 minutes in the middle of the oven, until the top is golden brown."]


def test_one_closing_sentence_still_concludes():
    body = STEPS.replace("Bake for 35 to 40 minutes in the middle of the oven, until the top is golden brown.\n\n", "")
    assert heads(body)[-1] == "Stir in the sugar."
