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
    assert looks_imperative("Fit a brush strip to the back door.")
    assert is_advice("Fit a brush strip")


def test_a_lead_in_ending_in_a_colon_is_no_point_even_when_it_opens_with_a_verb():
    block = [Para(0, 0, "Spread over a fortnight, it is an easy job. Before the day, try the following:")] + [
        Para(0, 0, text) for text in ("Book the van early.", "Label every box.", "Pack the kettle last.")]
    assert [p.text for p in _after_lead_in(block, 2)] == ["Book the van early.", "Label every box.",
                                                          "Pack the kettle last."]
    assert _after_lead_in(block[1:], 2) == block[1:]  # no lead-in: the points stand
