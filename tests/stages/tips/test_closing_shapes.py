"""Round 7 (issue 16): the closing line under a list is no tip. On pages by other hands the last paragraph after a
list whose glyphs were lost, or after prose points, was counted as one more tip when it differed from the items
only in shape: the items open with a lead and a dash and the closer does not ("Go out tonight and try them one at a
time."); the items are a lead sentence and its explanation and the closer one sentence promising a result ("Give it
a year … and you will surprise yourself."); the closer opens with a word pointing back at the list as a whole ("It
took three weeks.", "Nobody remembers whether the bread was perfect.") where no item does. Pages written here in our
own words."""

from __future__ import annotations

from tests.conftest import tip_headlines as heads

LEAD_IN = "My grandmother kept bees for forty years, and she taught me a handful of habits. Here they are:\n\n"


def test_a_closer_promising_a_result_after_lead_and_explanation_items_is_no_item():
    body = (LEAD_IN + "Open the hive on warm days. Cold bees are cross bees.\n\n"
            "Move slowly around the entrance. A sudden shadow puts the guards on alert.\n\n"
            "Keep a notebook by the hives. Memory lies about which queen was which.\n\n"
            "Plant something that flowers in August. The gap between lime and ivy is a hungry one.\n\n"
            "Give it two summers of patience and you will wonder why you waited so long.")
    assert heads(body) == ["Open the hive on warm days.", "Move slowly around the entrance.",
                           "Keep a notebook by the hives.", "Plant something that flowers in August."]


def test_a_closer_pointing_back_at_the_list_is_no_item():
    body = (LEAD_IN + "A smoker lit before the suit goes on.\n\n"
            "A hive tool tied to the belt with string.\n\n"
            "A spare queen cage in the pocket.\n\n"
            "A bucket of water for the bees on hot days.\n\n"
            "It took me ten years to learn all of that. It was worth every sting.")
    assert heads(body) == ["A smoker lit before the suit goes on.", "A hive tool tied to the belt with string.",
                           "A spare queen cage in the pocket.", "A bucket of water for the bees on hot days."]


def test_a_last_item_shorter_than_the_others_stays_an_item():
    body = (LEAD_IN + "Open the hive on warm days. Cold bees are cross bees.\n\n"
            "Move slowly around the entrance. A sudden shadow puts the guards on alert.\n\n"
            "Keep a notebook by the hives. Memory lies about which queen was which.\n\n"
            "Feed them in a late spring before the first flowers open.")
    assert len(heads(body)) == 4


def test_prose_points_with_dash_leads_end_before_a_closer_without_one():
    body = ("Night photos on a phone fail for the same few reasons. Four habits fix most of them.\n\n"
            "Hold the phone still for longer than feels natural — night mode needs two or three seconds.\n\n"
            "Lean on something solid — a wall or a railing does the job of a tripod.\n\n"
            "Tap on the brightest thing in the frame — the phone sets its exposure from it.\n\n"
            "Switch the flash off — it flattens faces and lights up every speck of dust.\n\n"
            "Go out after dark this week and try them one at a time.")
    assert heads(body) == ["Hold the phone still for longer than feels natural", "Lean on something solid",
                           "Tap on the brightest thing in the frame", "Switch the flash off"]


def test_a_closer_without_the_items_colon_leads_is_no_item():
    body = ("Set the chair up before you blame it. Check these, in order:\n\n"
            "Seat height: your feet rest flat and your thighs are level.\n\n"
            "Seat depth: two fingers fit between the seat edge and your knees.\n\n"
            "Backrest: the curve sits in the small of your back.\n\n"
            "Armrests: just below the desk, so your shoulders can drop.\n\n"
            "Sit on it for a whole week before you decide.")
    assert heads(body) == ["Seat height", "Seat depth", "Backrest", "Armrests"]
