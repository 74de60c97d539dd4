"""Points that each open with a lead and a colon, one a paragraph, under an introduction without one (round 13):
the introduction is no point, even where it advises in general ("A few changes on your side help"). Own words."""

from __future__ import annotations

from tests.conftest import tip_headlines as headlines

LED = ("Somewhere around nine, the dog who came at every whistle starts answering with a look and trotting off. "
       "It is normal, and it is not a verdict on your training. A few changes on your side can bring him back.\n\n"
       """Carry the best treats: cheese or sausage, never the dry biscuits, so the reward is worth the run.

Call once and wait: repeating the name teaches a dog that the first call is only a warning.

Never call for the bad thing: a bath or the end of the walk ruins the word for a week.

Practise in the garden first: ten recalls a day where nothing competes with you.

Most dogs come back to it within a few weeks, and the walks get longer again.
""")


def test_a_general_introduction_over_colon_led_points_is_not_a_point():
    assert headlines(LED) == ["Carry the best treats", "Call once and wait", "Never call for the bad thing",
                              "Practise in the garden first"]


def test_an_advising_first_paragraph_with_its_own_lead_stays_a_point():
    text = LED.split("\n\n", 1)[1]
    assert headlines(text)[0] == "Carry the best treats"
