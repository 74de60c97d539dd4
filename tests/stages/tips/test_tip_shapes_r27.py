"""Tip shapes of round 27 (issue 16), in our own words: an introduction paragraph above points that each open with
a short lead, a writer's profile card under headed points, a recap or checklist of ticks repeating numbered points
under them, and readers' own tips in the comments under a post."""

from __future__ import annotations

from pipeline.stages.tips import split_text
from pipeline.stages.tips.config import DEFAULT_TIPS
from pipeline.stages.tips.detect import Context, Item, bullets, numbered_lines, without_overviews
from pipeline.stages.tips.paras import paragraphs

# --- a long-sentence introduction above led points (a colon or a full stop after a short lead) --------------------

LED_POINTS = "\n\n".join([
    "The first cold snap usually arrives the week after everyone has put the mower away for good. One damp winter in "
    "a shed is enough to seize the engine, and a few minutes of work now will spare you a repair bill in April.",
    "Empty the fuel tank: old petrol goes stale over winter and gums up the carburettor by spring.",
    "Scrape the deck clean: wet clippings left under the housing rust it through in a season.",
    "Sharpen the blade. A torn grass tip goes brown, and a sharp blade cuts with less fuel.",
    "Check the spark plug: a blackened tip means the engine has been running rich all summer.",
    "Store it somewhere dry: a garden shed is fine if the roof does not leak onto it.",
])


def test_a_long_opening_paragraph_above_led_points_is_the_introduction():
    heads = [t.headline for t in split_text(LED_POINTS).tips]
    assert heads == ["Empty the fuel tank", "Scrape the deck clean", "Sharpen the blade.", "Check the spark plug",
                     "Store it somewhere dry"]


def test_a_long_first_point_that_says_what_to_do_stays_a_point():
    first = ("Put the mower away with a clean deck and an empty tank, whatever the weather is doing in October. "
             "Both jobs take ten minutes.")
    heads = [t.headline for t in split_text("\n\n".join([first, *LED_POINTS.split("\n\n")[1:]])).tips]
    assert len(heads) == 6 and heads[0].startswith("Put the mower away")


# --- a writer's profile card under headed points ------------------------------------------------------------------

HEADED_WITH_CARD = "\n\n".join([
    "A new pan needs a little care before it cooks well. Here is what I do with every one.",
    "Wash off the factory oil\nHot water and a drop of soap, once, before anything else.",
    "Dry it on the hob\nA minute over a low flame drives the last water out of the pores.",
    "Rub in a thin coat of oil\nUse a paper towel and wipe until the pan looks almost dry again.",
    "Bake it upside down\nAn hour in a hot oven sets the oil into a hard, smooth layer.",
    "Your eggs will slide off it within a week.",
    "Written by",
    "Tobias Wrenfield",
    "Cooks on cast iron in a tiny flat. Weekend baker.",
])


def test_a_name_heading_over_a_one_line_bio_under_the_points_is_no_point():
    heads = [t.headline for t in split_text(HEADED_WITH_CARD).tips]
    assert heads == ["Wash off the factory oil", "Dry it on the hob", "Rub in a thin coat of oil",
                     "Bake it upside down"]


# --- a recap of ticks repeating the numbered points under them ----------------------------------------------------

POINTS_AND_RECAP = "\n\n".join([
    "Camping in the rain is fine if you prepare for it. These are the things I do before every wet weekend.",
    "1. Pitch the tent in the garden first. A missing peg is easy to replace at home and impossible in a field.",
    "2. Pack a second groundsheet. Laid inside the tent it keeps the sleeping bags off any water that gets under.",
    "3. Keep one dry set of clothes in a sealed bag. Never wear it in the day, whatever the sky does.",
    "4. Bring a tarp for the cooking area. Cooking in the tent porch is how tents catch fire.",
    "Tick them off before you leave:",
    "• ☐ Tent pitched at home\n• ☐ Second groundsheet\n• ☐ Dry clothes bagged\n• ☐ Cooking tarp",
])


def test_a_checklist_of_ticks_repeating_the_points_is_not_counted_again():
    tips = split_text(POINTS_AND_RECAP).tips
    assert [t.form for t in tips] == ["numbered"] * 4
    assert tips[0].headline == "Pitch the tent in the garden first."


def test_a_short_list_naming_other_things_is_no_recap():
    # the same shape (one line an item, as many items, a quarter of the text) with other words: not a recap
    numbered = [it for it in _items(POINTS_AND_RECAP) if it.form == "numbered"]
    other = "\n".join(["Torch", "Matches", "Spare socks", "A flask"])
    text = POINTS_AND_RECAP + "\n\n" + other
    start = len(POINTS_AND_RECAP) + 2
    lines = [Item("bullet", [(start + at, start + at + len(line))], group=("bullet", 9))
             for at, line in ((other.index(line), line) for line in other.split("\n"))]
    assert without_overviews(text, numbered + lines) == numbered + lines
    assert without_overviews(POINTS_AND_RECAP, _items(POINTS_AND_RECAP)) == numbered


def _items(text: str) -> list[Item]:
    paras = paragraphs(text)
    context = Context(text, DEFAULT_TIPS)
    return sorted(numbered_lines(paras, context) + bullets(paras, context), key=lambda it: it.start)


# --- readers' own tips in the comments under a post ---------------------------------------------------------------

POST_WITH_COMMENTS = "\n\n".join([
    "Most bread goes stale because of where it is kept, not how old it is.",
    "Keep it out of the fridge\nThe cold dries the crumb faster than the counter does.",
    "Use a cloth bag\nIt lets the crust breathe without drying the loaf.",
    "Freeze what you will not eat\nSlice it first so you can toast it from frozen.",
    "Revive a dry loaf\nRun it under the tap and give it five minutes in a hot oven.",
    "Mara T. - 2 March 2024 at 8:15 am",
    "Lovely post! My own tricks:\n1. Add a stick of celery to the bag.\n2. Keep the cut side down on the board.\n"
    "3. Buy smaller loaves.",
    "Gus - 2 March 2024 at 9:40 am",
    "Thanks, trying the tap one tonight.",
])


def test_tips_in_the_comments_under_a_post_are_not_the_articles():
    heads = [t.headline for t in split_text(POST_WITH_COMMENTS).tips]
    assert heads == ["Keep it out of the fridge", "Use a cloth bag", "Freeze what you will not eat",
                     "Revive a dry loaf"]


# --- a plan's time slot before each action ------------------------------------------------------------------------

WEEKEND_PLAN = "\n\n".join([
    "Clearing a garage sounds like a month of work, but it fits in one weekend if you split it up like this.",
    "Saturday morning: carry everything out onto the drive and sort it into keep, sell and tip.",
    "Saturday afternoon: sweep the floor and fix shelves to the back wall before anything goes back in.",
    "Sunday: put the keep pile back, heaviest things lowest, and book the tip run for Monday.",
    "By Sunday evening you can park in it again.",
])


def test_a_time_slot_before_the_action_is_its_marker():
    heads = [t.headline for t in split_text(WEEKEND_PLAN).tips]
    assert heads == ["carry everything out onto the drive and sort it into keep, sell and tip.",
                     "sweep the floor and fix shelves to the back wall before anything goes back in.",
                     "put the keep pile back, heaviest things lowest, and book the tip run for Monday."]
