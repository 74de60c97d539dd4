"""Round 9 (issue 16): a personal-experience advice piece, one habit per paragraph, told in the first person ("We
cook double and freeze half.", "I stopped going to the shop …", "Another habit is to …") rather than as
imperatives. Pages written here in our own words after the shape of real frugal-living and "what worked for me"
blog posts; a story told in the same voice, past tense, stays a story."""

from __future__ import annotations

from pipeline.stages.tips.paras import habit_lead
from tests.conftest import tip_headlines as headlines

HABITS = ("For a whole winter our heating bill frightened me every month. Nothing I read online made a dent. "
          "What did was a few small routines, and here they are for anyone in the same boat.\n\n"
          "We heat the rooms we use and close the doors on the rest. The spare room and the hall stay cold, "
          "and nobody has noticed.\n\n"
          "I started drawing the curtains at dusk instead of at bedtime. Two hours of heat stay in the room "
          "that used to leak through the glass.\n\n"
          "We wear a jumper indoors before anyone touches the thermostat. It sounds mean; it is just sensible, "
          "and the children stopped arguing about it within a week.\n\n"
          "And I bleed the radiators every autumn, which takes ten minutes with a key from the hardware shop. "
          "A cold top on a radiator is air, and air heats nothing.\n\n"
          "Our bill came down by a quarter the next year. None of it is clever, but it adds up.\n\n")

STORY = ("That winter the boiler broke twice, and I still remember the cold.\n\n"
         "We walked to my mother's house every evening to warm up. The lanes were icy and dark, and the "
         "children complained the whole way.\n\n"
         "I stopped at the hardware shop on the way home one night and bought a heater. It blew the fuse "
         "within the hour.\n\n"
         "We went to bed in our coats that night. Nobody slept much, and the dog howled at the wind.\n\n"
         "The engineer came on the Friday and fixed it in twenty minutes.\n\n")


def test_habits_told_in_the_first_person_are_the_points_of_the_piece():
    assert headlines(HABITS) == [
        "We heat the rooms we use and close the doors on the rest.",
        "I started drawing the curtains at dusk instead of at bedtime.",
        "We wear a jumper indoors before anyone touches the thermostat.",
        "And I bleed the radiators every autumn, which takes ten minutes with a key from the hardware shop."]


def test_a_story_told_in_the_same_voice_is_no_advice():
    assert headlines(STORY) == []


def test_a_habit_is_present_tense_or_a_change_taken_up():
    assert habit_lead("So we keep a jar for coins. It fills fast.")
    assert habit_lead("I also gave up buying coffee out.")
    assert habit_lead("Another habit is to check the meter on Sundays.")
    assert not habit_lead("I began the day with a long walk to the harbour.")  # the change takes no habit
    assert not habit_lead("We think it was the best year we had.")  # a stance, not a habit
    assert not habit_lead("We had a long talk about money.")  # the past: a story


def test_two_habits_alone_are_not_enough_to_read_a_piece_as_advice():
    two = ("We moved to the coast in spring and it took a while to settle in.\n\n"
           "We swim before work most days. The water is cold until June.\n\n"
           "The town is quiet in winter, and the shops close early.\n\n"
           "I cycle to the station when it is dry. The hill home is the hard part.\n\n"
           "The neighbours have been kind, and the children love the beach.\n\n")
    assert headlines(two) == []
