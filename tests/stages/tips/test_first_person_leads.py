"""Round 9 (issue 16): SPEC makes a name before words in the first person no lead ("Maria Lopez: I freeze grapes
…"); the code refused every lead whose explanation opened with "I", so a guest post's point "Use the same route as a
memory palace: I tied new words to …" kept its whole sentence as headline while the four points around it were cut
to their leads. Only a name (capitalised words) before first-person words is a speaker. Our own words."""

from __future__ import annotations

from pipeline.stages.tips.paras import colon_lead
from tests.conftest import tip_headlines


def test_a_lead_explained_in_the_first_person_is_a_lead():
    assert colon_lead("Tie each word to a landmark: I still see the windmill when I hear it.") == \
        "Tie each word to a landmark"


def test_a_name_before_her_own_words_is_still_no_lead():
    assert colon_lead("Maria Lopez: I freeze grapes for the children.") == \
        "Maria Lopez: I freeze grapes for the children."


def test_the_points_of_a_colon_led_list_are_headed_alike():
    body = ("I had eighty minutes a day on a train and no money for a course. Here is how I used them.\n\n"
            "Give each trip one job: mornings for new words, evenings for going over them.\n\n"
            "Load everything the night before: the signal dies in the cutting after the second station.\n\n"
            "Tie words to the view: I still think of one word whenever the windmill goes past.\n\n"
            "Count the small wins: forty minutes a day is well over a hundred hours a year.\n\n"
            "You will not become fluent on a train. But you will arrive at class with far more.\n")
    assert tip_headlines(body) == ["Give each trip one job", "Load everything the night before",
                                   "Tie words to the view", "Count the small wins"]
