"""Tip shapes of round 23 (issue 16), in our own words: a FAQ sorted into groups under headings with a list inside
one answer, the publisher's own service questions in it, a page whose masthead (title, dek, byline) reached the
body, a point opening with "Fit …", and a lead-in paragraph ending in a colon over paragraph points."""

from __future__ import annotations

from pipeline.stages.tips import split_text
from pipeline.stages.tips.detect import _after_lead_in
from pipeline.stages.tips.paras import Para, is_advice, looks_imperative
from pipeline.stages.tips.patterns import SERVICE_QUESTION

# --- a FAQ in groups under group headings, one answer holding a short list -------------------------------------------

GROUPED_FAQ = "\n\n".join([
    "Our vets answer the questions owners ask us every week. Click a question to open it.",
    "Feeding",
    "How often should I feed my kitten?",
    "Four small meals a day until twelve weeks, then three until six months. Measure each meal by weight.",
    "Can my cat drink milk?",
    "Most adult cats cannot digest it well. Give fresh water instead and keep the bowl away from the food.",
    "Grooming",
    "My cat hates the brush. What can I do?",
    "Start with a soft glove for a few seconds at a time, after a meal when she is drowsy.",
    "• Stop before she flicks her tail.\n• Reward her with a treat each time.",
    "How do I trim claws safely?",
    "Cut only the clear tip, never the pink part, with proper clippers. Do one paw a day at first.",
    "Visiting us",
    "Are you taking on new clients?",
    "Yes, we have space for cats and small dogs this spring.",
    "How do I cancel an appointment?",
    "Ring the front desk a day ahead so we can offer the slot to another owner.",
])


def test_a_faq_in_groups_is_one_faq_and_its_list_stays_inside_an_answer():
    heads = [t.headline for t in split_text(GROUPED_FAQ).tips]
    assert heads == ["How often should I feed my kitten?", "Can my cat drink milk?",
                     "My cat hates the brush. What can I do?", "How do I trim claws safely?"]


def test_the_list_in_an_answer_is_part_of_that_answer():
    tips = split_text(GROUPED_FAQ).tips
    assert "Reward her with a treat" in tips[2].text


def test_service_questions_about_hours_intake_booking_and_turnaround():
    for question in ["What are your opening hours?", "Are you accepting new members?",
                     "How can I reschedule my booking?", "How long does a full repair take?",
                     "Do you repair vintage radios?"]:
        assert SERVICE_QUESTION.match(question), question
    for question in ["How do I move a piano up the stairs?", "How long does bread dough take to rise?",
                     "Are you taking too much on?", "How can I make my boots last longer?"]:
        assert not SERVICE_QUESTION.match(question), question


# --- the page's masthead read as the first section -------------------------------------------------------------------

MASTHEAD = "\n\n".join([
    "How to keep a sourdough starter alive on holiday",
    "Three cheap ways to leave it for a fortnight and find it bubbling when you return",
    "by Oona Pekkarinen, Crumb & Crust",
    "When I first went away for two weeks I came back to a jar of grey sludge. It does not have to be that way.",
    "Feed it well the night before",
    "Give the starter a large feed of flour and water just before you pack, so it has plenty to eat while you rest.",
    "Keep it in the fridge",
    "Cold slows the yeast right down. A fed starter in the fridge will sit happily for ten days or more.",
    "Dry a spare on baking paper",
    "Spread a spoonful thinly, let it dry for a day, then crumble it into a jar as an insurance policy.",
])


def test_the_title_over_a_byline_is_no_section():
    heads = [t.headline for t in split_text(MASTHEAD).tips]
    assert heads == ["Feed it well the night before", "Keep it in the fridge", "Dry a spare on baking paper"]


def test_a_section_not_signed_under_its_heading_stays():
    page = MASTHEAD.replace("by Oona Pekkarinen, Crumb & Crust", "A short guide for home bakers.")
    heads = [t.headline for t in split_text(page).tips]
    assert "Feed it well the night before" in heads


# --- "Fit …" opening a point, and a lead-in paragraph ending in a colon over paragraph points -----------------------


def test_fit_opens_an_imperative():
    assert looks_imperative("Fit thick curtains over the door.")  # (an adjective after it, not "a"/"the")
    assert is_advice("Fit deep gutters")


def test_a_lead_in_ending_in_a_colon_is_no_point_even_when_it_opens_with_a_verb():
    block = [Para(0, 0, "Spread over a fortnight, it is an easy job. Before the day, try the following:")] + [
        Para(0, 0, text) for text in ("Book the van early.", "Label every box.", "Pack the kettle last.")]
    assert [p.text for p in _after_lead_in(block, 2)] == ["Book the van early.", "Label every box.",
                                                          "Pack the kettle last."]
    assert _after_lead_in(block[1:], 2) == block[1:]  # no lead-in: the points stand


# --- lead-and-explanation points in phase groups, a bullet list inside one point ------------------------------------

PHASES = "\n\n".join([
    "Heavy snow can shut the valley road for a week at a time. A few hours of preparation in autumn make that week "
    "far easier for everyone in the house.",
    "Before the snow",
    "Fill the oil tank early. Deliveries stop once the road closes, and a half-full tank will not last a cold week.",
    "Clear the gutters. Ice dams form where leaves hold the meltwater, and the water then finds its way indoors.",
    "Build a winter box. Keep it by the back door where anyone can reach it.",
    "What to keep in a winter box:",
    "- A head torch and spare batteries\n- Salt or grit for the steps\n- A flask and some cereal bars",
    "While the road is shut",
    "Keep one room warm. Close the doors of the rooms you are not using and heat the one you live in.",
    "Check on the people next door. A short knock each morning matters to someone who lives alone.",
    "When the thaw comes",
    "Look at the roof from the ground. Missing tiles let the meltwater in; call a roofer before the next frost.",
])


def test_lead_points_in_phase_groups_outnumber_a_list_inside_one_of_them():
    tips = split_text(PHASES).tips
    assert [t.headline for t in tips] == ["Fill the oil tank early.", "Clear the gutters.", "Build a winter box.",
                                          "Keep one room warm.", "Check on the people next door.",
                                          "Look at the roof from the ground."]
    assert "spare batteries" in tips[2].text


def test_a_list_standing_apart_from_the_points_keeps_the_page_a_list():
    page = PHASES.replace("Keep it by the back door where anyone can reach it.",
                          "Keep it by the back door where anyone can reach it.\n\nWe learned this the hard way in "
                          "the winter the lane was shut for nine days and the shop ran out of bread.")
    assert [t.form for t in split_text(page).tips] == ["bullet"] * 3


# --- a counter and a dash typed as two hyphens -----------------------------------------------------------------------

def test_a_counter_and_a_double_hyphen_leave_no_dash_in_the_headline():
    page = "\n\n".join(["Three habits for a tidy shed.", "Habit 1 -- Hang every tool. Hooks cost pennies.",
                        "Habit 2 -- Sweep on Sundays. Dust hides screws.",
                        "Habit 3 -- Label the jars. You will thank yourself in spring."])
    assert [t.headline for t in split_text(page).tips] == ["Hang every tool.", "Sweep on Sundays.", "Label the jars."]


# --- a scan's round bullets read as "e" -------------------------------------------------------------------------------

def test_round_bullets_read_as_e_open_items():
    page = "\n\n".join(["Winter checks for the caravan.", "e Drain the water heater. Frost splits it.",
                        "e Prop the fridge door open. Mould grows in a shut one.",
                        "e Cover the tow hitch. Rain rusts the ball."])
    assert [t.headline for t in split_text(page).tips] == ["Drain the water heater.", "Prop the fridge door open.",
                                                           "Cover the tow hitch."]
