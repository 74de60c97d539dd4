"""Round 28 (issue 16): mechanisms behind tip misses seen on several hands' pages (quoted forwards, show notes mixing
chapters with counted points, page furniture over the introduction, a recipe card retelling the method). Pages
written here in our own words, with invented names and sites."""

from __future__ import annotations

from pipeline.stages.tips import split_text
from pipeline.stages.tips.paras import Para, is_heading
from pipeline.stages.tips.patterns import CHROME_LINE


def _headlines(body: str, title: str | None = None) -> list[str]:
    return [t.headline.rstrip(".") for t in split_text(body, title=title).tips]


FORWARDED = """Pat -- this one is worth a read, see below.

---------- Forwarded message ----------
From: Corin Vale <corin@mail.example>

> -----Original Message-----
> From: Garden Post Weekly
> Subject: Issue 40
>
> FOUR WAYS TO SAVE WATER IN THE GARDEN
> by Tamsin Ruddle
>
> Summer is coming and the butt is already low. These are the
> habits that keep my beds green on half the water.
>
> * Water at dawn. The soil is cool and less of it rises off as
>   vapour before the roots drink.
>
> * Mulch every bed. A layer of bark keeps the ground damp for
>   days longer.
>
> * Aim at the roots. Leaves do not drink, so a can with a long
>   spout beats a sprinkler.
>
> * Catch the rain. A second butt on the shed pays for itself in
>   one summer.
>
> Try one this week and add the rest later.
"""


def test_points_under_quote_marks_with_empty_quoted_lines_are_read():
    # a forwarded issue quoted with "> " marks, its blank lines a bare ">": the points part as the writer parted them
    assert _headlines(FORWARDED) == ["Water at dawn", "Mulch every bed", "Aim at the roots", "Catch the rain"]


def test_points_under_two_levels_of_quote_marks_are_read():
    # forwarded twice: ">>" before the inner message's lines, and a line or two the mail client wrapped without marks
    inner = FORWARDED.split("> FOUR WAYS", 1)[1]
    body = "Mo, see the bottom.\n\n>> FOUR WAYS" + inner.replace("\n>", "\n>>")
    body = body.replace(">>   vapour before the roots drink.", "vapour before the roots drink.")
    assert _headlines(body) == ["Water at dawn", "Mulch every bed", "Aim at the roots", "Catch the rain"]


SHOW_NOTES = """This week a baker from the village shows how to keep bread fresh for longer without a freezer full of
crumbs.

Show notes

\u2022 00:00 Hello and welcome
\u2022 02:10 Meet our guest and her bakery
\u2022 06:30 Tip 1 \u2014 Keep the loaf cut side down on the board
\u2022 11:45 Tip 2 \u2014 Wrap it in cloth, never in plastic
\u2022 15:00 A word from our sponsor
\u2022 17:20 Tip 3 \u2014 Slice only what you will eat today
\u2022 23:05 Listener question: can you revive a stale loaf?
\u2022 27:40 Tip 4 \u2014 Freeze half the loaf on the day you buy it
\u2022 33:00 Goodbye and next week
"""


def test_show_notes_mixing_chapters_and_counted_tips_give_only_the_counted_lines():
    assert _headlines(SHOW_NOTES) == [
        "Keep the loaf cut side down on the board", "Wrap it in cloth, never in plastic",
        "Slice only what you will eat today", "Freeze half the loaf on the day you buy it"]


def test_a_chapter_list_without_counters_is_left_as_it_was():
    # no counted lines: the counted-chapters rule leaves the list to the other rules
    plain = SHOW_NOTES.replace("Tip 1 \u2014 ", "").replace("Tip 2 \u2014 ", "").replace(
        "Tip 3 \u2014 ", "").replace("Tip 4 \u2014 ", "")
    assert not any(h.startswith("Tip ") for h in _headlines(plain))
    assert len(_headlines(plain)) != 4


PLAYER_OVER_INTRO = """Listen to this article

7 min

Drafts cost more than most people think, and most of them can be stopped for the price of a takeaway. I walked
round a cold terraced house with a candle and a notebook to find where the heat goes.

Seal the letterbox
A brush flap on the inside of the door stops the worst of the wind for a few pounds.

Close the curtains at dusk
Heavy curtains drawn as the sun goes down keep the day's warmth in the room overnight.

Block the chimney you never use
A chimney balloon stops warm air going straight up the flue all winter.

Fill the gaps in the floorboards
A flexible filler pressed into the gaps stops cold air rising from under the floor.
"""


def test_an_audio_players_row_and_its_duration_are_no_title_lines():
    # the page's "Listen to this article" player and its "7 min" length over the introduction are furniture: neither
    # is a title line over a section (a heading with a number in it still is)
    assert not is_heading(Para(0, 0, "7 min")) and not is_heading(Para(0, 0, "12 minutes read"))
    assert CHROME_LINE.match("Listen to this article") and CHROME_LINE.match("Listen to this page | Translate")
    assert is_heading(Para(0, 0, "7 hills to climb")) and is_heading(Para(0, 0, "Close the curtains at dusk"))
    assert _headlines(PLAYER_OVER_INTRO) == [
        "Seal the letterbox", "Close the curtains at dusk", "Block the chimney you never use",
        "Fill the gaps in the floorboards"]


def test_a_row_of_bracketed_buttons_heads_no_point():
    # a text scrape's button row over an introduction that advises: before round 28 it headed that paragraph
    intro = PLAYER_OVER_INTRO.split("\n\n")[2]
    buttons = "[Tweet] [Like] [Email a friend] [Print]"
    body = PLAYER_OVER_INTRO.replace("Listen to this article\n\n7 min", buttons).replace(
        intro, "Heating a draughty house is money out of the window. You should seal the gaps before you turn the "
               "boiler up: a short list of habits that cost nothing to adopt, and they keep the warmth in.")
    assert _headlines(body) == [
        "Seal the letterbox", "Close the curtains at dusk", "Block the chimney you never use",
        "Fill the gaps in the floorboards"]


RECIPE_CARD_BELOW = """My aunt's oat bars were never the same twice, so I finally wrote the method down.

How to make them

1. Melt the butter, sugar and syrup together over a low heat.
2. Stir in the oats and a pinch of salt until every flake is coated.
3. Press the mixture firmly into a lined tin with the back of a spoon.
4. Bake for 20 minutes until golden at the edges.
5. Serve warm with a cup of tea.

Oat Bars

Ingredients

\u2022 150 g butter
\u2022 100 g brown sugar
\u2022 2 tbsp golden syrup
\u2022 250 g rolled oats

Instructions

1. Melt the butter, sugar and syrup.
2. Stir in the oats and salt.
3. Press into a lined tin.
4. Bake for 20 minutes.
"""


def test_a_recipe_card_retelling_the_method_above_counts_once_without_the_serving_note():
    # the ingredients are listed only on the card under the method: the card's steps retell it (counted where first
    # shown), and the method's closing "Serve warm" line is the serving note, no step
    assert _headlines(RECIPE_CARD_BELOW) == [
        "Melt the butter, sugar and syrup together over a low heat",
        "Stir in the oats and a pinch of salt until every flake is coated",
        "Press the mixture firmly into a lined tin with the back of a spoon",
        "Bake for 20 minutes until golden at the edges"]


def test_a_card_method_that_retells_nothing_above_stays():
    # a numbered list of a different kind above the card (shopping habits, not the method) is no first telling
    body = RECIPE_CARD_BELOW.replace("1. Melt the butter, sugar and syrup together over a low heat.",
                                     "1. Buy oats in the big bag from the wholefood shop.").replace(
        "2. Stir in the oats and a pinch of salt until every flake is coated.",
        "2. Keep syrup tins upside down so the last spoonful runs out.").replace(
        "3. Press the mixture firmly into a lined tin with the back of a spoon.",
        "3. Line tins with paper cut from cereal packets.").replace(
        "4. Bake for 20 minutes until golden at the edges.", "4. Cool everything on a wire rack.")
    headlines = _headlines(body)
    assert "Melt the butter, sugar and syrup" in headlines


LAZY_DOUBLED = """Every autumn the shed fills up with things that should have gone to the tip in spring. A wet
weekend is the best time to sort it, and these are the jobs I do in order.

Every autumn the shed fills up with things that should have gone to the tip in spring. A wet
weekend is the best time to sort it, and these are the jobs I do in order.

Empty it onto the lawn: You cannot sort a shed from the doorway. Take everything out and lay it on a tarp.

Empty it onto the lawn: You cannot sort a shed from the doorway. Take everything out and lay it on a tarp.

Image: garden tools laid out in rows on a green tarpaulin beside an open shed door

Hang the long tools: Rakes and spades on wall hooks free the whole floor for the mower.

Label the shelves: A strip of tape with a marker word on each shelf keeps the tins where they belong.

Oil the blades before winter: A rag with a few drops of oil stops the rust that ruins secateurs by March.

An afternoon is enough, and the shed will stay sorted until spring.

An afternoon is enough, and the shed will stay sorted until spring.
"""


def test_paragraphs_printed_twice_running_count_once_and_a_picture_line_parts_no_points():
    # a reader view's lazy loading printed the introduction, a point and the conclusion twice, and a picture's
    # placeholder line stands between two points: the doubled introduction stays the introduction, the doubled
    # conclusion stays the conclusion, and the first point is a point
    assert _headlines(LAZY_DOUBLED) == [
        "Empty it onto the lawn", "Hang the long tools", "Label the shelves", "Oil the blades before winter"]


SPONSORED_BOX = """Small kitchens punish clutter. These are the habits that keep mine usable.

1. Put things back straight away
A thing left out for a minute stays out for a week.

2. Keep one shelf empty
An empty shelf is where the shopping lands, not the worktop.

3. Store pans inside each other
Nested pans take a third of the space of a row of them.

SPONSORED
Rackwell wall rails
The rail system for walls too thin for shelves
1. Holds 20 kg per hook
2. Fits in ten minutes
3. Comes in three finishes
Shop the rails at rackwell.example

4. Hang the mugs
Six hooks under a cupboard free a whole shelf.

5. Clear the sink before bed
A clear sink in the morning starts the day with room to work.
"""


def test_a_sponsored_boxs_own_numbered_features_are_no_points_and_the_list_runs_on():
    assert _headlines(SPONSORED_BOX) == [
        "Put things back straight away", "Keep one shelf empty", "Store pans inside each other", "Hang the mugs",
        "Clear the sink before bed"]


ROUTINE_WITH_TWIN_BULLETS = """A short stretching routine for after a run

Do the moves in this order.

1. Roll your shoulders back ten times.
2. Swing each leg forward and back.
3. Touch your toes and hold for a breath.

- Hold a wall and lean into your hamstrings.
- Hold a wall and lean into your hamstrings.
"""


def test_two_bullets_alike_under_a_numbered_list_stay_a_point():
    # review r28 (7): a bullet has no number to tell a scrape's double from a point the writer set down twice (one
    # side, then the other); dropping one left a lone bullet that was no list, and the point vanished
    headlines = _headlines(ROUTINE_WITH_TWIN_BULLETS)
    assert "Hold a wall and lean into your hamstrings" in headlines
    assert headlines[:3] == ["Roll your shoulders back ten times", "Swing each leg forward and back",
                             "Touch your toes and hold for a breath"]


def test_a_numbered_item_printed_twice_with_its_number_still_counts_once():
    # the negation: "2." then "2." with the same words is the scrape's double (its list has other numbers), and
    # "2." then "3." with the same words differ by their numbers, so neither rule nor this mend joins them
    swing = "2. Swing each leg forward and back."
    body = ROUTINE_WITH_TWIN_BULLETS.split("\n- ")[0].replace(swing, f"{swing}\n{swing}")
    assert _headlines(body) == ["Roll your shoulders back ten times", "Swing each leg forward and back",
                                "Touch your toes and hold for a breath"]


# Negations of the round's other rules: ordinary pages of a near shape that must read as they did before.

def test_arrows_inside_lines_are_no_quote_marks():
    # ">" within a line (a comparison, a menu path) quotes nothing: the body is read as written
    from pipeline.stages.tips.split import unquoted
    body = "Set the oven > 180 C.\n\nGo to Settings > Display >> Night mode.\n\n- Keep it on after dark."
    assert unquoted(body) == body


PHOTO_TIPS = """Phone pictures of the garden rarely look like the garden. These habits fixed mine.

Picture the frame first: Decide what the photo is of before you lift the phone, and leave the rest out.

Image size matters: Shoot at the largest setting so you can crop later without the blur.

Photograph in soft light: An overcast morning flatters leaves that noon sun bleaches.

Clean the lens: A thumbprint on the glass turns every shot to fog.
"""


def test_points_led_by_words_about_pictures_are_no_picture_lines():
    # the picture-line rule takes a placeholder ("Image: …", "Photo 2: …"), never a point whose lead is about images
    assert _headlines(PHOTO_TIPS) == ["Picture the frame first", "Image size matters", "Photograph in soft light",
                                      "Clean the lens"]


def test_one_bracketed_tag_before_a_point_is_no_button_row():
    # a single "[New]" tag heads its line's point: a button row is two bracketed labels or more and nothing else
    body = PHOTO_TIPS.replace("Clean the lens:", "[New] Clean the lens:")
    assert _headlines(body)[-1].endswith("Clean the lens")


AD_OVER_THE_LIST = """Six habits for a calmer morning

Most rushed mornings start the night before.

Advertisement

1. Lay out clothes the evening before.
2. Fill the kettle before bed.
3. Put keys in one bowl by the door.
4. Get up when the first alarm rings.
"""


def test_an_advert_label_right_above_the_articles_only_list_leaves_the_list():
    # the sponsored-box rule takes a run numbered from 1 inside a box set between the article's points; an article
    # whose own list starts under an advert's label has no points before it, and the list is its points
    assert _headlines(AD_OVER_THE_LIST) == [
        "Lay out clothes the evening before", "Fill the kettle before bed", "Put keys in one bowl by the door",
        "Get up when the first alarm rings"]
