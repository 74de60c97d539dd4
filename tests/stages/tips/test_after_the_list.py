"""What stands under an article's list is not one more point of it (issue 16, round 8): a reader's comment headed by
a name and the day it was posted ("Tomasz — April 15, 2022"), an author box whose name line sits over a note about
the writer ("Ana Ruiz" over "Ruiz writes about bread …"), and a paragraph of its own under a list pasted as bare
lines (the conclusion). Pages written here in our own words."""

from __future__ import annotations

from tests.conftest import tip_headlines as heads

SECTIONS = """Working from a small flat for three years taught me that the desk matters less than the habits.

Start at the same hour
A fixed start tells your head the day has begun, even in slippers.

Keep the desk for work
Eat somewhere else. A table that holds both lunch and laptops holds neither well.

Take a walk at lunch
Twenty minutes outside does more for the afternoon than a third coffee.

That is all it took for me.
"""


def test_a_comment_headed_by_a_name_and_its_day_is_no_section():
    body = SECTIONS + "\nMarguerite L. — May 2, 2023\nThe walk at lunch changed my week, thank you.\n"
    assert heads(body) == ["Start at the same hour", "Keep the desk for work", "Take a walk at lunch"]


def test_a_section_headed_by_a_dated_title_that_is_no_name_stays():
    body = SECTIONS.replace("Take a walk at lunch\n", "Take a walk at lunch, every day of 2023\n")
    assert heads(body)[-1] == "Take a walk at lunch, every day of 2023"


def test_an_author_box_under_the_sections_is_no_section():
    for box in ("Ines Carvalho-Reis\nInes Carvalho-Reis has worked from home since 2019.\n",
                "Dariusz Nowak\nA former architect, Nowak writes about living well in small rooms.\n"):
        assert heads(SECTIONS + "\n" + box) == ["Start at the same hour", "Keep the desk for work",
                                                "Take a walk at lunch"]


def test_a_title_cased_point_over_its_own_words_stays_a_section():
    body = SECTIONS.replace("Keep the desk for work\nEat", "Keep The Desk Clear\nKeep the desk clear. Eat")
    assert heads(body)[1] == "Keep The Desk Clear"


LINES = """The night before a long drive is for small things. This is my list.

Fill the tank tonight. Stations on the motorway charge more.
Check the tyres. A soft one shows in the morning cold.
Pack snacks and water. Hunger makes drivers tired.
Charge your phone. Maps need power.
"""


def test_a_paragraph_of_its_own_under_points_as_lines_concludes():
    body = LINES + "\nGo to bed early. You will thank yourself at six.\n"
    assert heads(body) == ["Fill the tank tonight.", "Check the tyres.", "Pack snacks and water.", "Charge your phone."]


def test_the_same_paragraph_as_one_more_line_is_a_point():
    body = LINES + "Go to bed early. You will thank yourself at six.\n"
    assert len(heads(body)) == 5 and heads(body)[-1] == "Go to bed early."
