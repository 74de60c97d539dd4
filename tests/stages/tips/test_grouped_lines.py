"""Round 9 (issue 16): points laid out as groups of lines, each a short sentence stating the point with its
explanation on the line under it and a blank line before the next (the bold or the glyphs lost), gave no tips when
no colon led into them: the introduction only told a story ("… and from the mistakes I made in the first three.").
Two hands wrote the shape (an English page, a Polish one). Three groups or more of one size, each opening with a
short sentence that states a point (never a question: a Q&A's question over its answer is no point), are the
points, in any language. Pages written here in our own words."""

from __future__ import annotations

from pipeline.stages.tips.detect import _grouped_points
from pipeline.stages.tips.paras import paragraphs
from tests.conftest import tip_headlines

HENS = ("Hens put up with frost far better than new keepers fear. Damp and frozen water are what hurt them, as I "
        "learned over twelve winters on a windy hill.\n\n"
        "Ventilate, don't seal.\nBlocking every gap keeps the damp in, and damp brings frostbite.\n\n"
        "Deepen the litter.\nAdd a layer of shavings each week; the bottom composts and gives off a little heat.\n\n"
        "Check the water twice a day.\nA drinker freezes in hours; swap it for a thawed spare morning and evening.\n\n"
        "Let them choose whether to go out.\nOpen the pop-hole anyway, and leave straw inside to scratch in.\n\n"
        "Most flocks see the spring in better shape than their keepers do.\n")


def test_groups_of_a_point_line_and_its_explanation_are_the_points():
    assert tip_headlines(HENS) == ["Ventilate, don't seal.", "Deepen the litter.", "Check the water twice a day.",
                                   "Let them choose whether to go out."]


def test_questions_over_their_answers_are_no_such_points():
    body = ("Readers sent us their cycling questions; our coach answers the ones we hear most often.\n\n"
            "Do I need special pedals?\nNot for your first year; flat pedals and stiff shoes are fine.\n\n"
            "How often should I pump the tyres?\nOnce a week, and before any long ride.\n\n"
            "Is it bad to ride every day?\nNot if most rides are easy and one day a week is a rest.\n")
    assert not _grouped_points(body, paragraphs(body), 0, frozenset())
    assert _grouped_points(HENS, paragraphs(HENS), 0, frozenset())


def test_a_diary_in_paragraphs_of_lines_is_no_list():
    body = ("We spent a week on the coast in March, and it rained on most days.\n\n"
            "On Monday we walked to the lighthouse and back along the cliffs in a gale that nearly took my hat.\n"
            "The café at the top was shut, so we ate our sandwiches behind a wall.\n\n"
            "On Tuesday it poured, and we stayed in with a jigsaw of a steam train that had a piece missing.\n"
            "Nobody admitted to losing it.\n\n"
            "On Wednesday the sun came out at last and we swam, very briefly, in a sea the colour of slate.\n"
            "My sister says it was warm. It was not.\n")
    assert tip_headlines(body) == []


BIRDS = ("People ask how I see so many birds from a flat with no garden. It took two winters to get it right.\n"
         "Put the feeder where you can see it from your chair.\n"
         "A feeder stuck to the glass looks odd, but the birds come within a metre of you.\n"
         "Offer one good food, not a cheap mix.\n"
         "Sunflower hearts brought more kinds of bird than any mix, and no husks on the balcony below.\n"
         "Keep it clean.\nOnce a fortnight it goes in hot soapy water. Dirty feeders spread disease.\n"
         "Be patient for the first weeks.\nNothing came for nineteen days. Then a blue tit, and then the rest.\n"
         "Good luck, and tell me what you see!\n")


def test_lines_alternating_a_point_and_its_explanation_are_the_points():
    assert tip_headlines(BIRDS) == ["Put the feeder where you can see it from your chair.",
                                    "Offer one good food, not a cheap mix.", "Keep it clean.",
                                    "Be patient for the first weeks."]


def test_a_story_told_in_lines_is_no_such_list():
    body = ("I went birding on the estuary on Sunday, my first time out since the spring.\n"
            "We parked by the old mill.\nThe tide was out, and the mud shone for a mile in the low sun.\n"
            "A heron stood by the sluice.\nIt did not move for the whole half hour we watched it from the wall.\n"
            "Then the rain came.\nWe ran for the car and ate our sandwiches with the windows steaming up.\n")
    assert tip_headlines(body) == []
