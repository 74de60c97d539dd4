"""Tip shapes of round 22 (issue 16), in our own words: a paged listicle whose hand-written counters repeat a number,
sections whose numbering restarts and whose last section holds one point, a lost-glyph list with shopping lines
between its points and a bonus point after them, a company FAQ labelling its questions and not its answers, and an
accordion whose headings are buttons."""

from __future__ import annotations

from pipeline.stages.tips import split_text
from pipeline.text.extract import html_to_text

# --- a counter written with a word, repeated by mistake ------------------------------------------------------------

REPEATED = "\n\n".join([
    "Part two of our list of allotment habits.",
    "Habit 4: Sow a row of radishes every fortnight.",
    "Little and often means you never have a glut and never run out through the summer.",
    "Habit 5: Keep a rain gauge by the shed.",
    "You will water far less once you know how much actually fell overnight on the beds.",
    "Habit 6: Net the brassicas the day you plant them.",
    "Pigeons find a new row of cabbages within hours, long before the plants can stand it.",
    "Habit 6: Label every row with the date.",
    "Next year you will know which sowing did well and which one bolted in the heat.",
    "Go to part three: habits 7 to 9",
])


def test_a_repeated_word_counter_is_one_more_point():
    heads = [t.headline for t in split_text(REPEATED).tips]
    assert heads == ["Sow a row of radishes every fortnight.", "Keep a rain gauge by the shed.",
                     "Net the brassicas the day you plant them.", "Label every row with the date."]


def test_a_bare_number_repeated_is_still_no_point_of_the_run():
    page = REPEATED.replace("Habit ", "").replace(":", ".")
    heads = [t.headline for t in split_text(page).tips]
    assert "Label every row with the date." not in heads


# --- numbering restarting under each section, one point in the last section ---------------------------------------

SECTIONS = "\n\n".join([
    "I learnt most of this the hard way on a week of canal boating with two friends and a dog.",
    "Before you set off",
    "1. Walk round the whole boat with the hire company",
    "Ask where the stopcock, the bilge pump and the spare fuses are while someone is there to show you.",
    "2. Plan for three miles an hour",
    "Locks take twenty minutes each at least, so a day's route is shorter than the map suggests.",
    "On the water",
    "1. Keep to the right when you meet another boat",
    "Slow down as you pass moored boats too; your wash pulls at their ropes.",
    "2. Send someone ahead at every lock",
    "They can check it is set for you and wave you in, which saves a long wait in the current.",
    "Handing back",
    "1. Fill the water tank before the last night",
    "Most yards charge for a refill, and the last tap is often a day's cruise before the base.",
])


def test_the_last_sections_single_point_is_a_point():
    tips = split_text(SECTIONS).tips
    assert [t.headline for t in tips][-1] == "Fill the water tank before the last night"
    assert len(tips) == 5
    assert "Most yards charge for a refill" in tips[-1].text  # with its paragraph, as the other points have


def test_a_single_restarted_point_without_sections_is_no_point():
    page = "\n\n".join(p for p in SECTIONS.split("\n\n") if p not in ("Before you set off", "On the water"))
    heads = [t.headline for t in split_text(page).tips]
    assert "Fill the water tank before the last night" not in heads


# --- a list whose glyphs were lost, with shopping lines between its points and a bonus point after them -----------

SHOPPING = "\n\n".join([
    "After ten winters of sleeping in a van I have a routine for the cold nights. This is what keeps us warm:",
    "Insulate the windows first. Most of the heat leaves through the glass, so cut foam boards to fit each one.",
    "The foam I use: Thermaboard Van Kit, 6 panels -- $54.99 at vanwarmth.com",
    "Sleep off the floor. A raised bed keeps you out of the cold air that settles low in the van overnight.",
    "Vent a little even when it is freezing. A cracked roof vent stops the walls running with condensation.",
    "Our pick: Glowline 12V heated blanket (low draw) -- see today's price",
    "Eat something warm before bed. Your body makes heat digesting it for the first hours of the night.",
    "Bonus tip: Fill a bottle with hot water and put it in your sleeping bag ten minutes before you get in.",
    "None of it costs much, and all of it beats waking up at three in the morning to a frosted ceiling.",
])


def test_shopping_lines_between_lost_glyph_points_are_no_points_and_the_bonus_is_the_last():
    heads = [t.headline for t in split_text(SHOPPING).tips]
    assert heads == ["Insulate the windows first.", "Sleep off the floor.", "Vent a little even when it is freezing.",
                     "Eat something warm before bed.",
                     "Fill a bottle with hot water and put it in your sleeping bag ten minutes before you get in."]


# --- a FAQ that labels its questions but not its answers -----------------------------------------------------------

FAQ = "\n\n".join([
    "Each spring our helpline hears the same few questions, so here are the answers in one place.",
    "Q: How do I keep slugs off my seedlings?",
    "Raise them in pots until they have four true leaves, then ring each one with grit or crushed shells.",
    "Q: Do you offer a garden visit at weekends?",
    "Yes, on Saturdays, at our usual rate with a small supplement for travel outside the city.",
    "Q: When should I stop watering my tomatoes?",
    "Cut back once the last trusses have set, which concentrates the flavour in the fruit that is left.",
    "Q: Can I reuse last year's compost?",
    "Only for tough plants; mix in fresh compost and a handful of slow fertiliser before you sow anything in it.",
])


def test_labelled_questions_over_bare_answers_are_the_points():
    heads = [t.headline for t in split_text(FAQ).tips]
    # (the question about the company's own visits is no advice)
    assert heads == ["How do I keep slugs off my seedlings?", "When should I stop watering my tomatoes?",
                     "Can I reuse last year's compost?"]


def test_questions_without_answers_under_them_are_no_points():
    page = "\n\n".join(p for p in FAQ.split("\n\n") if p.startswith(("Q:", "Each")))
    assert split_text(page).tips == ()


# --- an accordion whose headings are buttons -------------------------------------------------------------------------

ACCORDION = """<html><head><title>Bread problems</title></head><body><article><h1>Bread problems</h1>
<p>Every baker meets these three sooner or later, and each one has a simple fix once you know what causes it.</p>
<div class="accordion">
<h3><button aria-expanded="false" aria-controls="p1">A dense, heavy crumb</button></h3>
<div id="p1" hidden><p>The dough was under-proved. Let it rise until it springs back slowly when you press it.</p></div>
<h3><button aria-expanded="false" aria-controls="p2">A pale, soft crust</button></h3>
<div id="p2" hidden><p>The oven was not hot enough. Heat it for half an hour before the loaf goes in.</p></div>
</div>
<p>Share <button>Copy link</button></p>
</article></body></html>"""


def test_an_accordions_button_headings_are_read_over_their_panels():
    text = html_to_text(ACCORDION).text
    assert "A dense, heavy crumb" in text and "A pale, soft crust" in text
    assert text.index("A pale, soft crust") < text.index("The oven was not hot enough")
    assert "Copy link" not in text  # a button outside a heading is still no text


# --- an introduction led by a colon over points led by colons -----------------------------------------------------

LED_UNDER_TITLE = "\n\n".join([
    "KITCHEN GARDEN",
    "Three ways to keep lettuce from bolting",
    "Every June the same letter reaches us from a reader: a fine row of lettuce one week, tall bitter stalks the "
    "next. Heat and long days trigger it, and you cannot change the weather, but you can delay it.",
    "Sow little and often: a short row every two weeks means there is always a young batch coming on behind.",
    "Water before breakfast: a cool, damp root run tells the plant there is no hurry to set seed.",
    "Give them afternoon shade: a row beside the beans or under a net stays cooler on the hottest days.",
    "Don't bother with the old trick of pinching out the centre. It only buys a day or two.",
])


def test_a_colon_led_introduction_under_the_title_is_no_point():
    heads = [t.headline for t in split_text(LED_UNDER_TITLE).tips]
    assert heads == ["Sow little and often", "Water before breakfast", "Give them afternoon shade"]


# --- a kit list in the writer's voice under the points -------------------------------------------------------------

KIT = "\n\n".join([
    "We have walked the coast path in every season, and these are the rules we keep to.",
    "1. Check the tide table the night before",
    "Several headlands can only be rounded at low water, and the sea comes in faster than you can walk.",
    "2. Carry more water than you think",
    "There are few taps between villages, and the climbs take longer than the map suggests.",
    "3. Tell the campsite when you expect to arrive",
    "If you are late they will know where to start looking.",
    "What we pack for a long coastal day",
    "- Two litres of water each and a filter bottle",
    "- A windproof layer",
    "- A printed tide table",
])


def test_a_kit_list_headed_in_the_writers_voice_is_no_points():
    heads = [t.headline for t in split_text(KIT).tips]
    assert heads == ["Check the tide table the night before", "Carry more water than you think",
                     "Tell the campsite when you expect to arrive"]


# --- one page of a paged listicle: one numbered point under the series' title ------------------------------------

SLIDE = "\n\n".join([
    "[Image: a row of leeks in a raised bed]",
    "Photo: Marta Quell",
    "5 / 9",
    "5. Earth up the stems in August",
    "Draw soil up round each leek as it grows, and the blanched white part will be twice as long by the first frost.",
    "Stop once the soil reaches the lowest leaves, or grit gets into the layers and never washes out.",
    "PREVIOUS",
    "NEXT",
])


def test_a_page_showing_one_point_of_a_promised_series_has_that_point():
    tips = split_text(SLIDE, title="9 Ways to Grow Fatter Leeks").tips
    assert [t.headline for t in tips] == ["Earth up the stems in August"]
    assert "blanched white part" in tips[0].text


def test_one_numbered_line_without_a_series_promised_is_still_no_list():
    assert split_text(SLIDE, title="Growing Fatter Leeks").tips == ()
    # a numbered line under running prose is some article's stray number, not a slide
    prose = "We grew leeks for years before we learnt this, and the difference was plain the very first autumn."
    assert split_text(prose + "\n\n" + SLIDE, title="9 Ways to Grow Fatter Leeks").tips == ()


# --- point paragraphs whose bold was lost: two run together, and a closing statement -------------------------------

RUN_TOGETHER = "\n\n".join([
    "Most of the boats we service were laid up in a hurry. That is no criticism; autumn gets busy. But a few hours "
    "spent properly in October save a week of work in April, and here is how we would spend them.",
    "Flush the engine with fresh water. Salt left in the cooling passages eats them over the winter.",
    "Take the batteries home. A flat battery in a frozen cradle may never take a charge again. Prop the cushions on "
    "their edges. Air has to move round them or the mould arrives by February.",
    "Fill the fuel tank to the top. A full tank leaves no room for damp air and the water it drops.",
    "Loosen the sail covers a little. Tight covers trap rain and rot the stitching along the seams.",
    "Laying up is the job everyone puts off. Do it in this order and the spring launch becomes a morning's work.",
])


def test_two_points_run_together_in_one_paragraph_are_two_and_the_closing_statement_none():
    heads = [t.headline for t in split_text(RUN_TOGETHER).tips]
    assert heads == ["Flush the engine with fresh water.", "Take the batteries home.",
                     "Prop the cushions on their edges.", "Fill the fuel tank to the top.",
                     "Loosen the sail covers a little."]


def test_an_explanation_holding_a_short_imperative_is_not_cut_without_the_lead_shape():
    # points whose first sentences are long statements: no lead shape, so no sentence inside is read as a new lead
    page = "\n\n".join([
        "Here is what the club learnt over three seasons of running the towpath cleanup.",
        "The volunteers who came back were the ones we thanked by name on the day itself. Keep a list. Names matter "
        "to people who give up a Saturday.",
        "The bags we bought in bulk tore on brambles within an hour of the start. Buy heavy ones. The cheap ones cost "
        "more in the end.",
        "The hot drinks at the halfway point kept people walking further than any speech did. Bring a flask. A cold "
        "morning ends early without one.",
        "The photographs we posted afterwards brought in more new volunteers than the posters. Take pictures. Ask "
        "first, though.",
    ])
    for tip in split_text(page).tips:
        assert "run-on" not in tip.flags


# --- a scanned column with a boxed advert set into it, cutting a point's lead from its explanation ----------------

COLUMN = "\n\n".join([
    "Every autumn the woodpile decides how warm the winter is, and most of us stack it the way our fathers did, "
    "which is to say badly.",
    "Split it early. Green logs split in spring dry by the first frost; split in October they hiss all winter.",
    "Stack it off the ground. Two old pallets keep the bottom row out of the wet and let the air under it.",
    "| WOOD STOVES REPAIRED",
    "| Glass, seals and grates.",
    "| Write to Box 12, Millbrook.",
    "Cover the top only.",
    "A sheet over the whole stack holds the damp in; a roof over the top row lets the wind dry the sides and "
    "keeps the rain off.",
    "Burn the oldest first. Date each row with chalk so the dry wood never hides behind the new.",
    "Do all that and the chimney sweep will have a very short visit next year.",
])


def test_a_boxed_advert_inside_a_column_parts_no_points_and_a_cut_lead_keeps_its_explanation():
    tips = split_text(COLUMN).tips
    assert [t.headline for t in tips] == ["Split it early.", "Stack it off the ground.", "Cover the top only.",
                                          "Burn the oldest first."]
    assert "lets the wind dry the sides" in tips[2].text
