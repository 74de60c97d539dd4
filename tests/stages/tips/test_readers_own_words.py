"""Readers' tips as a newsletter prints them: under an introduction announcing them, each line opens with a reader's
name, a colon and her own words in the first person ("Sami Rantanen: I shop with a list …"). Each is a tip, headed
by the whole line (SPEC: a name before first-person words is no colon lead). A name speaking twice is an interview.
Issue 16, round 8; written here in our own words."""

from __future__ import annotations

from tests.conftest import tip_headlines as heads

BODY = """We asked members how they keep warm for less, and hundreds wrote back. Here are four favourites.

Maren Holt: I close the curtains the minute the sun goes down and open them the minute it comes up.
Tobias Ekwueme: I keep a hot water bottle under the desk instead of heating the whole room.
Grace Pellow: I bleed the radiators every October and the house warms up in half the time.
Yusuf Demir: I wear a wool vest under my shirt and turn the thermostat down one degree.
"""


def test_readers_lines_in_their_own_words_are_the_tips():
    assert heads(BODY) == [line.strip() for line in BODY.splitlines()[2:] if line.strip()]


def test_the_same_names_taking_turns_are_an_interview():
    turns = BODY.replace("Grace Pellow", "Maren Holt").replace("Yusuf Demir", "Tobias Ekwueme")
    assert heads(turns) == []
