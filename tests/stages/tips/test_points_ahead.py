"""Round 7 (issue 16): sections that explain rather than advise ("Chill haze", "Cloud base", "Beans with maize") are
an article's points when the introduction right above them announces them without a colon ("… one of these is
usually the cause.", "These are the pairings that hold up.", "Here is how I set mine up."). Before, headed sections
had to read as advice, so such a page gave no tips at all. "These" alone mostly points back ("the ministry rejected
these claims", "These teams meet again on Friday"), so only "these are", "one of these", "here is" and the like
announce. Pages written here in our own words."""

from __future__ import annotations

import pytest

from pipeline.stages.tips import split_text
from pipeline.stages.tips.detect import _points_ahead
from pipeline.stages.tips.paras import Para

SECTIONS = ("Cold plaster\n"
            "Plaster that stays cold holds water from the air, and mould grows where the wall is coldest.\n\n"
            "Washing on the rack\n"
            "A load of washing puts two litres of water into the room as it dries on the rack.\n\n"
            "Blocked vents\n"
            "A window vent taped shut for the winter leaves the moist air of the kitchen nowhere to go.\n\n"
            "A wardrobe on an outside wall\n"
            "A wardrobe pushed tight to a cold wall keeps the warm air off it, and the back of it turns black.\n\n")
HEADS = ["Cold plaster", "Washing on the rack", "Blocked vents", "A wardrobe on an outside wall"]


@pytest.mark.parametrize("intro", [
    "Black spots in the corner of a bedroom are common in old houses. When they come back, one of these is usually "
    "the cause.",
    "Mould is rarely a mystery. These are the four causes I find in most of the flats I visit.",
    "I have cleared mould from a dozen rented rooms. Here is what I look at first.",
])
def test_an_introduction_pointing_ahead_makes_explaining_sections_points(intro):
    assert [t.headline for t in split_text(intro + "\n\n" + SECTIONS).tips] == HEADS


@pytest.mark.parametrize("intro", [
    "Black spots in the corner of a bedroom are common in old houses, and the tenants rejected these claims.",
    "The council inspected forty flats in March and wrote a report on what its officers found.",
])
def test_without_the_announcement_explaining_sections_stay_an_essay(intro):
    assert split_text(intro + "\n\n" + SECTIONS).tips == ()


def test_a_report_with_subheads_and_a_backward_these_gives_no_tips():
    body = ("The ministry denied the charges on Tuesday and officials rejected these accusations as false.\n\n"
            "The border post\nSome two hundred soldiers are stationed there, the ministry said on Monday.\n\n"
            "The camp\nAbout eight thousand people live in the camp, according to the agency.\n\n"
            "What comes next\nTalks are due to resume in Geneva next month, officials said.\n\n")
    assert split_text(body).tips == ()


def test_points_ahead_reads_the_last_sentence_of_prose_only():
    assert _points_ahead(Para(0, 0, "Rice fails in three ways. Here is what I do about each."))
    assert not _points_ahead(Para(0, 0, "Here is the story. We moved house in May and it rained."))
    assert not _points_ahead(Para(0, 0, "Here are the causes:"))  # a colon lead-in is lead_in_lists'
    assert not _points_ahead(Para(0, 0, "Cold plaster"))  # a title line, not prose
