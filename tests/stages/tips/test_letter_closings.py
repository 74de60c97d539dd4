"""Round 9 (issue 16): a letter or column of one point per paragraph ends with a paragraph of good wishes ("You'll
get it wrong at first, as we all did. Welcome to the street."): the greeting gives no advice, so the paragraph is the
conclusion, not one more point; and a point that names "these things" only in its explanation ("… so we settle
these things together.") is still a point, not the conclusion. Written in our own words after the shape of real
open letters to a new neighbour, member or colleague, signed under the text."""

from __future__ import annotations

from tests.conftest import tip_headlines as headlines

LETTER = ("Dear new neighbour,\n\n"
          "The agent tells me number 12 has been sold at last, and as I have lived across the road for twenty years "
          "I thought I would write down a few things before you unpack.\n\n"
          "Put the bins out on Sunday night. The lorry comes before seven on Monday and it will not wait for "
          "anyone in a dressing gown.\n\n"
          "Keep the side gate shut. The foxes use the gardens as a road, and an open gate is an invitation.\n\n"
          "Park on your own side of the lamp post. The street is narrow and the bus scrapes anything that sticks "
          "out past it.\n\n"
          "Ask before you cut the hedge. Three houses share it, so we settle these things together over a cup of "
          "tea.\n\n"
          "You'll find your own way soon enough, as we all did. Welcome to the street. I'm the one with the red "
          "door.\n\n"
          "With best wishes,\n\n"
          "-- Oonagh\n")


def test_the_paragraph_of_good_wishes_closes_the_letter():
    assert headlines(LETTER) == [
        "Put the bins out on Sunday night.", "Keep the side gate shut.", "Park on your own side of the lamp post.",
        "Ask before you cut the hedge."]
