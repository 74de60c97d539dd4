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
