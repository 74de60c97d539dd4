"""Round 16: a recipe's facts card set as a list ("Prep: 30 min", "Cook: 2 hr", "Serves: 6"), in any language,
states figures, never points: the method's steps under it are the tips. Our own recipe."""

from __future__ import annotations

import pytest

from tests.conftest import tip_headlines as heads

CARD = ("Barley broth is what my grandmother made on the first cold Sunday, and it has not changed in our house.\n\n"
        "• {0}: 20 min\n• {1}: 90 min\n• {2}: 4\n\n"
        "1. Rinse the barley twice. Cloudy water means starch.\n"
        "2. Brown the leeks slowly. Low heat keeps them sweet.\n"
        "3. Simmer with the lid ajar. The broth thickens as it cooks.\n")


@pytest.mark.parametrize("labels", [("Prep", "Cook", "Serves"), ("Príprava", "Varenie", "Porcie"),
                                    ("Przygotowanie", "Gotowanie", "Porcje")])
def test_a_facts_card_list_is_no_tips(labels):
    assert heads(CARD.format(*labels)) == ["Rinse the barley twice.", "Brown the leeks slowly.",
                                           "Simmer with the lid ajar."]


def test_a_list_of_labelled_advice_stays_tips():
    text = ("Three habits keep a bike running through winter.\n\n"
            "• Chain: oil it every week in the wet months.\n"
            "• Tyres: drop the pressure a little for grip.\n"
            "• Lights: charge them every night.\n")
    assert len(heads(text)) == 3
