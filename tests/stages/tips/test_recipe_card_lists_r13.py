"""A recipe post's lists that are no tips: the selling points under "Why you'll love this recipe", and a recipe
card's notes that remark rather than advise (the nutrition figures, where the recipe came from, the pan in the
photos). The method's steps and a notes list that advises stay. Pages written here in our own words."""

from __future__ import annotations

from tests.conftest import tip_headlines as heads

PAGE = ("Barley and Leek Risotto\n\n"
        "My neighbour grows more leeks than she can use, so every autumn this risotto turns up on our table twice a "
        "week and nobody complains.\n\n"
        "Why you'll love this recipe\n"
        "- One pot and nothing else to wash\n"
        "- Pearl barley keeps its bite when reheated\n"
        "- Cheap enough for any weeknight\n\n"
        "INSTRUCTIONS\n"
        "1. Soften the sliced leeks in butter over a low heat for ten minutes.\n"
        "2. Stir in the rinsed barley and let it toast for a minute.\n"
        "3. Add the stock a ladle at a time, stirring, until the grains are tender.\n"
        "4. Take the pan off the heat and beat in the cheese.\n\n"
        "NOTES\n"
        "- The nutrition figures come from an online calculator.\n"
        "- This version is adapted from a recipe card my grandfather kept.\n"
        "- The photos show a double batch.\n")


def test_selling_points_and_remarking_notes_are_no_tips():
    assert heads(PAGE) == ["Soften the sliced leeks in butter over a low heat for ten minutes.",
                           "Stir in the rinsed barley and let it toast for a minute.",
                           "Add the stock a ladle at a time, stirring, until the grains are tender.",
                           "Take the pan off the heat and beat in the cheese."]


def test_notes_that_advise_are_tips():
    advising = PAGE.replace("- The nutrition figures come from an online calculator.\n"
                            "- This version is adapted from a recipe card my grandfather kept.\n"
                            "- The photos show a double batch.\n",
                            "- Rinse the barley well or the risotto turns gluey.\n"
                            "- Use a wide pan so the stock reduces evenly.\n"
                            "- Keep the stock hot on the next ring.\n")
    assert heads(advising)[-3:] == ["Rinse the barley well or the risotto turns gluey.",
                                    "Use a wide pan so the stock reduces evenly.",
                                    "Keep the stock hot on the next ring."]
