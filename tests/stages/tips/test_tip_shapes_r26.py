"""Tip shapes of round 26 (issue 16), in our own words: scraped word salad whose paragraphs open with two bare
conjunctions, and the real-page shapes of holdout26."""

from __future__ import annotations

from pipeline.stages.tips import split_text
from pipeline.stages.tips.paras import gives_advice


def heads(text: str, title: str | None = None) -> list[str]:
    return [t.headline for t in split_text(text, title=title).tips]


# --- openers stack behind a clause only ----------------------------------------------------------------------------

def test_a_condition_then_just_still_reads_as_advice():
    assert gives_advice("When the wind lifts the fleece, just weigh its corners down with bricks.")


def test_two_bare_conjunctions_in_a_row_are_no_advice():
    # "But and also …": a spun article's damage; stripping both left "also …", read as an enumeration word
    assert not gives_advice("But and also volunteers there and those in the hall whose primary kettle at the door.")
    assert gives_advice("But also bring a flask.")


SALAD = (
    "The Garden Column\n\n"
    "Kettle warmth of the shed and you will feel rested. When allotment what but and and have those sincere in "
    "the gate evening, may are stored it with is and the rain.\n\n"
    "group if, north mostly if your neighbour doesn't water enough.) up back step to the trying and fence drawing "
    "plots rules to are exceptional seedlings even compost.\n\n"
    "and play into important with all the committee's harvest. as met tinged are marrows seems.\n\n"
    "But and also committee there and those in in the allotment he in whose primary at shed bulk that who care "
    "of the a prize you willing to when and what you are to keep be.\n\n"
    "Terms of Use"
)


def test_word_salad_with_lower_case_fragments_gives_no_paragraph_points():
    assert heads(SALAD, "Garden Column Number 4") == []


# --- a plan's "Day N –" counters (SPEC r25 (m): a dash after a day counter is a colon) ------------------------------

PLAN = (
    "I never finished a tidying challenge until I wrote a small one. Here is mine, one job an evening.\n\n"
    "WEEK 1 – Warming up\n\n"
    "Day 1 – Empty the coat pegs\nHang back only what you wore this month.\n\n"
    "Day 2 – Sort the spice rack\nSniff each jar. No smell, no place.\n\n"
    "Day 3 – Clear the window sill\nPlants and one photo may stay.\n\n"
    "Weekend – No task. Go for a walk.\n\n"
    "WEEK 2 – Getting serious\n\n"
    "Day 4 – Face the under-stairs cupboard\nPull everything out before putting anything back.\n\n"
    "Day 5 – Thin out the towels\nTwo per person is plenty.\n"
)


def test_a_day_counter_and_dash_is_a_marker_and_week_headings_no_points():
    assert heads(PLAN, "My Two-Week Tidy") == [
        "Empty the coat pegs", "Sort the spice rack", "Clear the window sill", "Face the under-stairs cupboard",
        "Thin out the towels"]


def test_a_day_in_a_sentence_is_no_marker():
    from pipeline.stages.tips.paras import match_marker
    for line in ("Day 3 was the hardest of the walk.", "Day 12 of the trip and still no rain."):
        assert match_marker(line, 0, len(line)) is None


# --- a glyph's emoji presentation selector belongs to the bullet ----------------------------------------------------

def test_a_check_mark_bullet_with_its_emoji_selector_leaves_no_selector_in_the_headline():
    text = ("My short list for the market.\n\n"
            "\u2714\ufe0f Take your own bags\n\u2714\ufe0f Buy what is in season\n\u2714\ufe0f Go near closing time\n")
    assert heads(text, "Market Day") == ["Take your own bags", "Buy what is in season", "Go near closing time"]


# --- point paragraphs parted by rule lines ---------------------------------------------------------------------------

RULED = (
    "I have kept bees on a windy hill for twelve summers and lost hives every way there is. This is what I would "
    "tell myself at the start.\n\n"
    "————————\n\n"
    "Feed them before they need it. A colony that runs short in early spring will not recover in time for the "
    "flow, whatever you give it later.\n\n"
    "————————\n\n"
    "Why open the hive on a cold day at all? Every look costs them heat. Learn to read the entrance instead.\n\n"
    "————————\n\n"
    "Strap the roofs down in autumn. The first gale finds the one you forgot.\n\n"
    "————————\n\n"
    "Keep a notebook by the apiary gate. Memory blurs the hives together by July.\n\n"
    "————————\n\n"
    "That is all of it. Beekeeping on a hill is hard, but the heather honey makes up for it.\n\n"
    "Originally sent to my newsletter readers. Pass it on to a beekeeping friend.\n"
)


def test_point_paragraphs_parted_by_rules_are_one_point_each_without_intro_or_closer():
    assert heads(RULED, "Hill Bees: What Twelve Summers Taught Me") == [
        "Feed them before they need it.", "Why open the hive on a cold day at all?", "Strap the roofs down in autumn.",
        "Keep a notebook by the apiary gate."]


# --- an emoji-headed summary box, then points each led by an emoji of its own -------------------------------------

EMOJI_POST = (
    "\U0001f4cc Key takeaways\n"
    "\u2705 Sharpen the blade first\n"
    "\u2705 Mow high in summer\n"
    "\u2705 Leave the clippings\n\n"
    "Our lawn was a patchy mess for years. These are the habits that turned it round, none of them costly.\n\n"
    "\U0001f52a Sharpen the mower blade every spring\n"
    "A blunt blade tears the grass and the torn tips go brown within days.\n\n"
    "\u2600\ufe0f Mow high when it is hot\n"
    "Longer grass shades its own roots and needs far less water.\n\n"
    "\U0001f4e3 ADVERTISEMENT \U0001f4e3\n"
    "Half price on lawn feed at Greenfield Sheds this week only.\n\n"
    "\U0001f33f Leave the clippings where they fall\n"
    "Short clippings rot down in a week and feed the soil for free.\n\n"
    "\U0001f4a7 Water deeply and rarely\n"
    "One long soak a week beats a daily sprinkle that keeps the roots shallow.\n\n"
    "\u2728 Bonus tip: rake out the moss in autumn\n"
    "It lets the rain reach the roots again.\n\n"
    "\U0001f64c That's it! Try one or two and watch the green come back.\n"
)


def test_emoji_led_points_are_one_list_and_the_emoji_headed_summary_box_restates_them():
    assert heads(EMOJI_POST, "Five Habits for a Better Lawn") == [
        "Sharpen the mower blade every spring", "Mow high when it is hot", "Leave the clippings where they fall",
        "Water deeply and rarely", "Bonus tip: rake out the moss in autumn"]


def test_a_run_of_one_emoji_is_still_a_list_by_its_glyph():
    text = ("Three habits for the lawn.\n\n"
            "\u2705 Sharpen the blade first\n\u2705 Mow high in summer\n\u2705 Leave the clippings\n")
    assert heads(text, "Lawn Habits") == ["Sharpen the blade first", "Mow high in summer", "Leave the clippings"]


# --- a leaflet's problems, each over a Do: line and a Don't: line --------------------------------------------------

LEAFLET = (
    "The hive committee's notes for new members. Most trouble comes from a few habits.\n\n"
    "Do:\n"
    "- Inspect on warm, still afternoons\n"
    "- Keep a record card in every roof\n"
    "- Light the smoker before you open up\n\n"
    "Don't:\n"
    "- Leave frames out in the sun\n"
    "- Open the hive in the rain\n\n"
    "TROUBLESHOOTING\n\n"
    "Bees too cross to handle?\n"
    "Do: give them a few quiet days and a gentler smoke.\n"
    "Don't: bang the frames or stand in the flight path.\n\n"
    "Wax moth in the stored combs?\n"
    "Do: freeze the frames for two days before storing them.\n"
    "Don't: keep them in a warm shed over summer.\n\n"
    "Questions can go to the secretary at the Saturday meeting.\n"
)


def test_problems_over_their_do_and_dont_lines_are_tips_headed_by_the_problem():
    assert heads(LEAFLET, "Hive Habits") == [
        "Inspect on warm, still afternoons", "Keep a record card in every roof", "Light the smoker before you open up",
        "Leave frames out in the sun", "Open the hive in the rain", "Bees too cross to handle?",
        "Wax moth in the stored combs?"]


def test_one_problem_alone_is_no_run_of_pairs():
    from pipeline.stages.tips.config import DEFAULT_TIPS
    from pipeline.stages.tips.detect import Context, problem_pairs
    from pipeline.stages.tips.paras import paragraphs
    one = "Bees too cross?\nDo: wait a few days.\nDon't: bang the frames.\n\nThanks for reading."
    assert problem_pairs(paragraphs(one), Context(one, DEFAULT_TIPS)) == []
