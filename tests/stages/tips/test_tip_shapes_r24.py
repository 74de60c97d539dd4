"""Tip shapes of round 24 (issue 16), text-shaped pages, in our own words: a numbered heading line opening with an
order word over its paragraph, a reader's letter signed after a dash over an answer whose points use the same dash,
and an HTML call-to-action box set between the point headings."""

from __future__ import annotations

from pipeline.stages.tips import split_text
from pipeline.text.extract import html_to_text

# --- "7. Finally, ..." as a heading line over its paragraph -------------------------------------------------------

ORDERED_HEADINGS = "\n\n".join([
    "Leaving a bike outside for a winter is hard on it. Here is what I do every November.",
    "1. Wash the salt off the frame\nRoad salt eats paint and chain alike. A bucket of warm water and a soft brush "
    "are enough.",
    "2. Oil the chain twice\nOnce after washing, once the next day when the links have dried through.",
    "3. Finally, cover the saddle\nA plastic bag and an elastic band keep the foam from soaking up rain all winter.",
    "It takes an hour, and the bike is still rideable in March.",
])


def test_an_order_word_opening_a_heading_line_goes_like_a_number():
    heads = [t.headline for t in split_text(ORDERED_HEADINGS).tips]
    assert heads == ["Wash the salt off the frame", "Oil the chain twice", "Cover the saddle"]


# --- a reader's letter signed after a dash, the answer's points set with the same dash -----------------------------

SIGNED_LETTER = "\n\n".join([
    "Dear Pia,\nOur cat scratches the new sofa every night and ignores the post we bought. What can we try?\n"
    "- Clawed in Carrowmore",
    "Dear Clawed,\nCats scratch to stretch and to leave their scent, so the aim is to move the habit, not stop it.",
    "- Put the post beside the sofa: the spot she already uses is the one she wants.",
    "- Rub a little catnip on it: most cats take the hint within days.",
    "- Cover the arms for a month: a throw or double-sided tape makes the old spot dull.",
    "Best wishes,\nPia",
])


def test_a_dash_signature_over_the_answer_is_no_point():
    heads = [t.headline for t in split_text(SIGNED_LETTER).tips]
    assert heads == ["Put the post beside the sofa", "Rub a little catnip on it", "Cover the arms for a month"]


# --- a call-to-action box between the point headings --------------------------------------------------------------

CTA_PAGE = """<html><body><article>
<h1>Painting a small room in a weekend</h1>
<p>We paint a hundred rooms a year. These are the habits that save us the most time.</p>
<h2>Empty the room completely</h2><p>Working around a sofa doubles the time and the drips.</p>
<h2>Tape only the edges you cannot cut in</h2><p>Good tape is slow to lay; a steady brush is faster.</p>
<div class="cta-box"><h3>Short on time?</h3><p>Our crew can paint a bedroom in a day.
<a href="/book">Book now</a></p></div>
<h2>Paint the ceiling first</h2><p>Drips run down, so start at the top.</p>
</article></body></html>"""


def test_a_call_to_action_box_between_the_points_is_no_point():
    doc = html_to_text(CTA_PAGE)
    assert "Short on time?" not in doc.text
    heads = [t.headline for t in split_text(doc.text, leads=doc.leads).tips]
    assert heads == ["Empty the room completely", "Tape only the edges you cannot cut in", "Paint the ceiling first"]


# --- lost glyphs: after items of a step and its explanation, a closing promise is the conclusion -------------------

LOST_GLYPHS_PROMISE = "\n\n".join([
    "A secondhand wok is often cheaper than a new one and better once it is brought back. Before you cook in it, "
    "consider the following:",
    "Scour the inside with salt. Coarse salt and a little oil lift the old grease without stripping the metal bare.",
    "Heat it empty until it smokes, then let it cool on the hob. The colour changes from grey to bronze as you go.",
    "Wipe on the thinnest film of oil you can. A thick coat goes sticky; you want it to look almost dry.",
    "Fry onions in it for the first week. Cheap, oily cooking builds the surface fastest.",
    "Cook in it every few days and the coating will darken by itself. Look after it and it will outlast your cooker.",
])


def test_a_closing_promise_after_lost_glyph_points_is_no_point():
    heads = [t.headline for t in split_text(LOST_GLYPHS_PROMISE).tips]
    assert heads == ["Scour the inside with salt.", "Heat it empty until it smokes, then let it cool on the hob.",
                     "Wipe on the thinnest film of oil you can.", "Fry onions in it for the first week."]


def test_a_last_point_with_a_step_after_its_promise_stays_a_point():
    last = "Store it with a paper towel inside and the rust will stay away. Keep the lid off so the air can move."
    text = LOST_GLYPHS_PROMISE.rsplit("\n\n", 1)[0] + "\n\n" + last
    assert len(split_text(text).tips) == 5


# --- a template's unfilled slots on lines of their own, between first-person habit paragraphs ----------------------

def test_template_slot_lines_are_removed_and_keep_no_block_apart():
    from pipeline.repairs import repair_text

    page = "\n\n".join([
        "{{hero_image_caption}}",
        "For years I ate lunch at my desk and was starving by four. A few habits changed that over one spring.",
        "First, I started cooking twice as much at dinner. The second half goes into a box for the next day.",
        "Second, I moved my lunch to a fixed hour. My stomach learned it within a week.",
        "{{ad_slot_inline_1}}",
        "I also stopped buying snacks at the station. What is not in my bag does not get eaten.",
        "Another change was keeping a bowl of fruit on the desk. It is the first thing I see at three o'clock.",
        "Finally, I drink a glass of water before I eat anything. Half my hunger turned out to be thirst.",
        "It took a month before I noticed the difference.",
    ])
    repaired = repair_text(page)[0]
    assert "{{" not in repaired
    heads = [t.headline for t in split_text(repaired).tips]
    assert heads == ["I started cooking twice as much at dinner.", "I moved my lunch to a fixed hour.",
                     "I also stopped buying snacks at the station.",
                     "Another change was keeping a bowl of fruit on the desk.",
                     "I drink a glass of water before I eat anything."]


def test_a_slot_inside_a_sentence_stays():
    from pipeline.repairs import repair_text

    line = "Type your {order_number} into the box and press send."
    assert repair_text(line)[0] == line


# --- a question heading that leads into the list ("The upside?") over statement headings ---------------------------

HOOK_PAGE = "\n\n".join([
    "Every spring our readers send the same pictures of bolted lettuce and split radishes. The weather gets the "
    "blame, but most of it comes down to a handful of habits in April.",
    "The upside?",
    "All of it is easy to change. These are the habits that make the most difference.",
    "Sow little and often",
    "A short row every fortnight gives a steady supply instead of forty lettuces in one week.",
    "Water in the evening",
    "Roots drink overnight, and less is lost to the sun than at noon.",
    "Thin the seedlings early",
    "Crowded radishes never swell. Pull the extras while they are small enough to eat.",
])


def test_a_question_heading_announcing_the_points_is_no_point():
    heads = [t.headline for t in split_text(HOOK_PAGE).tips]
    assert heads == ["Sow little and often", "Water in the evening", "Thin the seedlings early"]


def test_a_question_heading_over_a_point_of_its_own_stays():
    page = HOOK_PAGE.replace("All of it is easy to change. These are the habits that make the most difference.",
                             "Cover the rows with fleece on cold nights. It keeps the soil a few degrees warmer.")
    heads = [t.headline for t in split_text(page).tips]
    assert heads[0] == "The upside?" and len(heads) == 4


# --- an advert line of another script between lost-glyph points ---------------------------------------------------

def test_a_foreign_advert_line_with_a_link_between_english_points_is_removed():
    from pipeline.repairs import repair_text

    page = "\n".join([
        "Before your first long hike, consider the following:",
        "",
        "    Break in your boots. Wear them around the house for a week before the trail.",
        "",
        "    Pack a spare pair of socks. Wet feet blister in an hour.",
        "купить дешёвые ботинки оптом http://boots-spam.example",
        "    Tell someone your route. Leave a note with the time you expect to be back.",
        "",
        "    Eat before you are hungry. A handful of nuts every hour keeps your legs going.",
        "",
        "You will enjoy the walk far more, and you will want to do it again.",
    ])
    repaired = repair_text(page)[0]
    assert "http://boots-spam.example" not in repaired
    assert [t.headline for t in split_text(repaired).tips] == [
        "Break in your boots.", "Pack a spare pair of socks.", "Tell someone your route.", "Eat before you are hungry."]


def test_a_foreign_line_without_a_link_stays():
    from pipeline.repairs import repair_text

    text = "My grandmother had a saying about bread.\nхлеб всему голова\nIt means bread comes first."
    assert "хлеб всему голова" in repair_text(text)[0]


# --- a printed web page: the browser's header and footer lines fall between two points -----------------------------

PRINTED = "\n".join([
    "Week Four: Race Week",
    "",
    "The last three weeks of any plan are about resting enough to arrive fresh at the start line.",
    "",
    "Taper the mileage. Cut each run to about two thirds of its length so your legs recover.",
    "",
    "Check the weather forecast. Pick your layers the day before so the morning holds no surprises.",
    "https://trailnotes.example/print/race-week                                             2/3",
    "3/9/24, 8:15 PM                Race week: the full guide (print) | Trail Notes",
    "Sleep early two nights before. The night before a race is often restless, so bank the sleep earlier.",
    "",
    "Walk the first hill. Everyone around you will run it and half of them will pay for it later.",
    "",
    "We will post the results in the next issue.",
])


def test_print_margins_between_points_part_no_block():
    from pipeline.repairs import repair_text

    heads = [t.headline for t in split_text(repair_text(PRINTED)[0]).tips]
    assert heads == ["Taper the mileage.", "Check the weather forecast.", "Sleep early two nights before.",
                     "Walk the first hill."]


def test_a_span_of_time_with_a_count_is_no_order_word():
    from pipeline.stages.tips.paras import is_advice

    assert not is_advice("The first two weeks are about getting the habit, not the distance.")
    assert not is_advice("The next few days will be cold.")
    assert is_advice("The first step is to measure the room.")
