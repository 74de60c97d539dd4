"""Round 12 (issue 16): "The first time I …" tells a time, it counts no point. A sentence opening "The first",
"The next", "The last" or "The final" counts a point ("The first step is to …") unless a noun of time follows, as
"next week" already did not: "The first time I led a group …", "The last night of the trip …" open a story. A
personal essay's story paragraphs above its points were taken for points by that opening. Own words."""

from __future__ import annotations

from pipeline.stages.tips import split_text
from pipeline.stages.tips.paras import is_advice


def test_a_time_after_the_first_or_the_last_opens_a_story():
    assert not is_advice("The first time I rode to work I arrived soaked and an hour late.")
    assert not is_advice("The last winter we spent in that flat the pipes froze twice.")
    assert not is_advice("The next morning the tyre was flat again.")
    assert not is_advice("The final weeks before the move were chaos.")


def test_a_counted_point_still_gives_advice():
    assert is_advice("The first step is to check the tyre pressure.")
    assert is_advice("The last thing to pack is the kettle.")
    assert is_advice("The next trick is to ride in a lower gear.")


ESSAY = ("The first winter I commuted by bike I arrived at work soaked, frozen and late on most mornings. I nearly "
         "sold the bike in February, and only a colleague's spare mudguards kept me at it.\n\n"
         "Six winters later I still ride every day, in sleet and in the dark. I have changed almost everything about "
         "how I do it, and a few habits made the difference.\n\n"
         "Fit full mudguards before anything else. Spray from the back wheel soaks you faster than rain does, and "
         "a long rear flap keeps the rider behind you dry as well.\n\n"
         "Wear a thin layer less than feels comfortable at the door. Ten minutes in, you will be warm, and sweat "
         "chills you far more than cold air.\n\n"
         "Run lights in daylight as well. Low winter sun blinds drivers, and a flashing light is seen when you are "
         "not.\n\n"
         "Keep a spare set of clothes at work. A dry pair of socks in a drawer turns a wet ride into a small thing.\n\n"
         "None of this is clever, but together it turned a misery into the best part of my day.\n")


def test_story_paragraphs_above_the_points_are_no_points():
    heads = [t.headline for t in split_text(ESSAY).tips]
    assert heads == ["Fit full mudguards before anything else.",
                     "Wear a thin layer less than feels comfortable at the door.",
                     "Run lights in daylight as well.", "Keep a spare set of clothes at work."]
