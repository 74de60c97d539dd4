"""Round 9 (issue 16): a point of prose advice may open with a short phrase of time or place before its verb ("On
rest days, …", "In hot weather, …"): the sentence still tells the reader what to do. Written in our own words after
the shape of real one-point-per-paragraph health and work guides."""

from __future__ import annotations

from pipeline.stages.tips.paras import gives_advice
from tests.conftest import tip_headlines as headlines

GUIDE = ("Early starts wear most people down within a month. A few habits make them bearable.\n\n"
         "Go to bed at the same time every night, weekends included. The body clock likes a fixed anchor more "
         "than it likes a lie-in.\n\n"
         "Lay out breakfast the night before. Five minutes saved at five in the morning feel like twenty.\n\n"
         "Get outside in the first hour. Daylight tells the brain the day has begun, even on a grey morning.\n\n"
         "On rest days, get up no more than an hour later than usual. A long lie-in drags the whole week "
         "later and makes Monday harder.\n\n"
         "None of this makes a four o'clock alarm pleasant, but it does make it possible.\n\n")


def test_a_point_opening_with_a_phrase_of_time_is_still_a_point():
    assert headlines(GUIDE) == [
        "Go to bed at the same time every night, weekends included.", "Lay out breakfast the night before.",
        "Get outside in the first hour.", "On rest days, get up no more than an hour later than usual."]


def test_a_phrase_of_time_before_a_statement_gives_no_advice():
    assert gives_advice("In hot weather, get the watering done before breakfast.")
    assert not gives_advice("In hot weather, the lawn turns brown within a week.")
    assert not gives_advice("On Tuesday, we drove to the coast.")
