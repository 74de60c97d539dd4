"""A short title over the first section is the introduction's label only where the body opens with it ("Winter
care" over "Short days are hard on plants …"); after an introduction already given in prose, a short title heads the
first point, stated short ("Smallest balance first"). A title that asks ("Why the cold matters") still explains.
Issue 16, round 8; written here in our own words."""

from __future__ import annotations

from tests.conftest import tip_headlines as heads

SECTIONS = """{title}
{body}

Cut the card, keep the account
Closing an account can hurt your credit record later. Cut up the card and leave the account open at zero.

Put every overtime shift on the debt
Send any extra pay to the debt the same week, before it turns into takeaways.

Tell one person the number
Send a friend the total left each month. Someone watching keeps you honest.
"""
INTRO = ("When I added up what I owed in January I felt sick: three cards, an overdraft and a car loan. This is how I "
         "cleared it in three years.\n\n")


def test_after_an_introduction_a_short_first_title_is_the_first_point():
    body = INTRO + SECTIONS.format(title="Smallest balance first",
                                   body="I know the sums say otherwise. I needed to see one debt vanish, and it kept "
                                        "me going.")
    assert heads(body)[0] == "Smallest balance first" and len(heads(body)) == 4


def test_a_short_title_opening_the_body_labels_the_introduction():
    body = SECTIONS.format(title="Debt diary", body="I owed money on three cards and I did not sleep. This is how I "
                                                    "cleared it in three years.")
    assert heads(body)[0] == "Cut the card, keep the account" and len(heads(body)) == 3


def test_a_title_that_asks_still_explains_after_an_introduction():
    body = INTRO + SECTIONS.format(title="Why debt matters",
                                  body="Interest compounds quietly. A card at twenty per cent doubles in under four "
                                       "years.")
    assert heads(body)[0] == "Cut the card, keep the account" and len(heads(body)) == 3


def test_a_title_naming_a_part_of_the_article_still_sets_the_scene():
    body = INTRO + SECTIONS.format(title="The basics",
                                   body="Interest compounds quietly. A card at twenty per cent doubles in under four "
                                        "years.")
    assert heads(body)[0] == "Cut the card, keep the account" and len(heads(body)) == 3
