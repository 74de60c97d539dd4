"""A part of a series recaps the earlier part and announces the next in lists of their own (round 15): those lists
are the other parts' points, not this part's tips. Pages written here in our own words."""

from __future__ import annotations

from tests.conftest import tip_headlines as heads

PART_TWO = """Last month we sorted the soil. In case you missed it, a quick recap of what we covered:
- dig in a barrow of compost per bed
- test the pH before you lime
- leave the clods for the frost to break

This month is about sowing, which is where most first-year plots go wrong.

Sow thinly along a taut string
A straight drill is easier to weed, and thin sowing saves you a morning of thinning out later.

Water the drill before you sow
Wet the bottom of the drill, then sow and cover with dry soil, so the crust never sets hard.

Label every row on the day
A row you cannot name in May is a row you will hoe off by mistake.

Coming in part three:
- keeping the pigeons off
- when to thin and when to leave
"""


def test_the_recap_and_the_preview_lists_are_not_the_tips():
    assert heads(PART_TWO) == ["Sow thinly along a taut string", "Water the drill before you sow",
                               "Label every row on the day"]


def test_a_list_with_an_ordinary_lead_in_stays():
    body = """Three habits keep a plot tidy all season:
- hoe on a dry morning every week
- water at the roots, never over the leaves
- clear a finished row the day you empty it
"""
    assert len(heads(body)) == 3


def test_coming_in_as_plain_words_is_no_preview():
    body = """Three habits keep the cash coming in:
- invoice the day the work is done
- state the payment terms on every invoice
- phone when a bill is a week overdue
"""
    assert len(heads(body)) == 3
