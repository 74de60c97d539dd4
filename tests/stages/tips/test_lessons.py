"""Round 7 (issue 16): the lessons of a "what I learned" piece. A page by another hand announces its points in the
introduction's last sentence ("This is what a year taught me, roughly in the order I learned it.") and then makes
one point a paragraph, each opening with a short lesson in the present tense ("Loneliness arrives on Thursdays.")
and explaining it from the writer's own year. The lessons give no advice the cue words know, so the page gave no
tips. Now three or more such paragraphs in a row under an announcing introduction are its points; a story's
paragraphs, whose short openings tell what happened, are not. Pages written here in our own words."""

from __future__ import annotations

from pipeline.stages.tips import split_text

INTRO = ("Two winters ago we swapped the car for a cargo bike. I expected to miss the heater. This is what the two "
         "winters taught us, in about the order we learned it.\n\n")
LESSONS = ("Rain is a clothing problem. A cheap poncho and overtrousers in the basket turn a wet morning into an "
           "ordinary one, and the children now think puddles are the best part of school.\n\n"
           "Distance shrinks as your legs adapt. Eight kilometres felt like an expedition in October and "
           "like nothing by February.\n\n"
           "Shopping becomes a habit of small trips. The basket holds two days of food, so we buy less and waste "
           "almost none of it.\n\n"
           "Neighbours talk to you on a bike. Nobody ever waved at the car.\n\n")
CLOSE = "We may buy a car again one day. For now the bike stays in the hall."


def test_lessons_under_an_announcing_introduction_are_points():
    heads = [t.headline for t in split_text(INTRO + LESSONS + CLOSE).tips]
    assert heads == ["Rain is a clothing problem.", "Distance shrinks as your legs adapt.",
                     "Shopping becomes a habit of small trips.", "Neighbours talk to you on a bike."]


def test_the_same_paragraphs_without_the_announcement_are_an_essay():
    intro = "Two winters ago we swapped the car for a cargo bike. I expected to miss the heater.\n\n"
    assert split_text(intro + LESSONS + CLOSE).tips == ()


def test_a_story_told_in_short_openings_is_no_list_of_lessons():
    story = ("We left at dawn. The road was empty and the bike was heavier than we had packed it to be.\n\n"
             "The rain started at ten. We sheltered under a bridge with a man selling apples.\n\n"
             "Lunch was bread and cheese. The children wanted chips, and we found some in the next village.\n\n"
             "We reached the coast at six. Nobody had the energy to look at the sea.\n\n")
    assert split_text(INTRO + story + CLOSE).tips == ()
