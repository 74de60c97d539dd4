"""Round-17 rules narrowed to their shape after they misfired on the next hands' pages (round 18). Our own words."""

from pipeline.stages.tips import split_text
from pipeline.stages.tips.detect import _heading_over_led_points
from pipeline.stages.tips.paras import paragraphs

NOTICE = ("The footbridge over the mill race is shut while its deck is replaced.\n\n"
          "Key dates\n"
          "Works begin: Tuesday 2 June, 8am\n"
          "Works expected to finish: Friday 10 July, 5pm\n"
          "Notice in force until: Friday 17 July (to allow for weather)\n"
          "Hours of closure: all day, every day\n\n"
          "Where\n\nThe footbridge between the school lane and the meadow path.\n\n"
          "Walkers will be sent round by the road bridge, which adds about ten minutes.")


def test_a_label_and_its_value_is_no_title_over_colon_led_points():
    paras = paragraphs(NOTICE)
    assert not any(_heading_over_led_points(NOTICE, paras, k) for k in range(len(paras)))
    assert split_text(NOTICE).tips == ()


def test_a_plain_title_over_colon_led_paragraphs_still_leads_them_in():
    text = ("What to pack\n\nA spare tube: a flat on a wet verge is quicker to swap than to patch.\n\n"
            "A light shell: the wind on the top of the moor is colder than the forecast says.\n\n"
            "Two bottles: there is no café for the middle thirty miles of the loop.\n\n"
            "Cash for the ferry: the boat across the estuary does not take cards.")
    paras = paragraphs(text)
    assert _heading_over_led_points(text, paras, 0)


def test_a_second_list_under_its_own_label_is_no_sub_list_of_the_first_lists_last_item():
    # round 17's nested run (an item's colon paragraph over 1, 2, 3, the outer list going on) read a second list
    # whose numbers ran past the first's last number as that item's sub-points
    text = ("To clear the old cache on the laptop:\n\n"
            "1. Open the settings panel from the start menu.\n"
            "2. Choose the storage page in the list on the left.\n"
            "3. Press the button to clear the cached files.\n\n"
            "A picture of the panel.\n\n"
            "On the tablet:\n\n"
            "1. Open the settings app from the home screen.\n"
            "2. Choose the storage page under the device section.\n"
            "3. Tap the cached data row to select it.\n"
            "4. Confirm that the cached files should go.\n"
            "5. Restart the tablet so the space is freed.")
    assert len(split_text(text).tips) == 8
