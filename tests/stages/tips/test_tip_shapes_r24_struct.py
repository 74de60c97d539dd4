"""Structured tip shapes of round 24 (issue 16), in our own words: a council-style FAQ with a question about where
to collect the provider's free kit, a do/don't table flattened to one cell a line with no tabs, a "Key takeaways"
box over headed points, a forum thread whose post stamps ("DATE, TIME #N") stand as lines, and a Q&A page whose
top answer's card follows an edit card on one line."""

from __future__ import annotations

from pipeline.stages.tips import split_text
from pipeline.stages.tips.patterns import DO_COLUMN, DONT_COLUMN, SERVICE_QUESTION


def heads(text: str, title: str | None = None) -> list[str]:
    return [t.headline.rstrip(".") for t in split_text(text, title=title).tips]


# --- an FAQ: where to collect the provider's kit is informational (SPEC round 23 (n)) -------------------------------

LITTER_TITLE = "Cutting litter on your street: your questions"
LITTER_FAQ = "\n\n".join([
    "These are the questions residents send the parks team most often.",
    "How can I keep my recycling from blowing away?",
    "Put heavy items at the bottom and close the lid fully. On windy days wait until the morning of collection.",
    "My bin keeps getting knocked over. What should I do?",
    "Stand it against a wall with the handle facing the road, and tie the lid with a short bungee cord.",
    "When is the best time to put my bin out?",
    "The evening before, after dusk, so foxes have less time to get at it.",
    "Where can I pick up a free litter-picking kit?",
    "Kits are at the Grange Road depot and at Millbrook library during opening hours, one per household.",
    "Who can I contact about this page?",
    "Email the parks team at the address below.",
])


def test_where_to_collect_the_providers_kit_is_no_tip():
    assert heads(LITTER_FAQ, LITTER_TITLE) == ["How can I keep my recycling from blowing away?",
                                 "My bin keeps getting knocked over. What should I do?",
                                 "When is the best time to put my bin out?"]


def test_where_to_collect_is_no_tip_when_an_answer_holds_a_list_too():
    # a list inside one answer belongs to that answer: the questions are still the points (SPEC round 22)
    faq = LITTER_FAQ.replace("tie the lid with a short bungee cord.",
                             "then:\n\n• Tie the lid with a short cord.\n• Weigh the bottom with a brick.")
    assert heads(faq, LITTER_TITLE) == ["How can I keep my recycling from blowing away?",
                                        "My bin keeps getting knocked over. What should I do?",
                                        "When is the best time to put my bin out?"]


def test_obtaining_questions_are_service_questions_and_advice_on_where_is_not():
    for question in ["Where can I pick up a permit?", "Where can I get the latest edition?",
                     "Where do I collect my compost caddy?", "Where can we obtain a parking card?",
                     "Who do I ask for the shed key?", "Who should I ring about a missed collection?",
                     "Can I bring in a frame I bought elsewhere?", "Can we bring a broken lamp to the workshop?"]:
        assert SERVICE_QUESTION.match(question), question
    for question in ["Where should I put the compost bin?", "Where can I leave my bike at work safely?",
                     "Who should I plant next to my beans?", "Can I bring my dog?"]:
        assert not SERVICE_QUESTION.match(question), question


# --- a do/don't table of two columns flattened to one cell a line (SPEC: one tip a row, headed by its Do) -------------

TABLE_ROWS = [
    ("Sand along the grain with a fine paper", "Go across the grain: it leaves scratches that stain darker"),
    ("Wipe the dust off with a damp cloth", "Blow the dust away and let it settle back on the wet finish"),
    ("Brush on thin coats", "Flood the surface in one thick coat"),
    ("Wait a full day between coats", "Recoat as soon as it feels dry to the touch"),
    ("Keep the room warm and dust-free", "Varnish in a cold shed with the door open"),
]


def table_page(do: str = "DO", dont: str = "DON'T") -> str:
    cells = "\n".join(cell for row in TABLE_ROWS for cell in row)
    return "\n\n".join([
        "[Photo: a freshly varnished stool on a sheet of newspaper]",
        "Varnish forgives a lot, but not dust and haste. Everything I learned the hard way fits in one small table.",
        f"{do}\n{dont}\n{cells}",
        "Take your time and the finish will last for years.",
    ])


def test_a_do_dont_table_without_tabs_gives_one_tip_a_row_headed_by_its_do():
    assert heads(table_page()) == [do for do, _ in TABLE_ROWS]


def test_the_do_dont_header_words():
    assert all(DO_COLUMN.match(w) for w in ["Do", "DO'S", "Dos", "Do this"])
    assert all(DONT_COLUMN.match(w) for w in ["Don't", "DON’T", "Don'ts", "Do not", "Avoid", "Not this"])
    assert not DO_COLUMN.match("Don't") and not DONT_COLUMN.match("Do")


def test_two_columns_under_other_labels_are_not_read_as_a_do_dont_table():
    # the same cells under a Don't / Do header (the Do last) are no Do-first table: the rows are not its tips
    got = heads(table_page("Don't", "Do"))
    assert got != [do for do, _ in TABLE_ROWS]


# --- a "Key takeaways" box over points headed one per section (SPEC: the box is a summary, not tips) -----------------
# (headings and texts are statements, not orders: the sections are points because the title counts them)

TAKEAWAYS = "\n\n".join([
    "Key takeaways",
    "• Light and water matter most\n• Feed little in winter\n• Watch for pests",
    "People think seedlings need fuss. Mine need four habits, which I picked up over years of failures.",
    "The brightest sill in the house",
    "Seedlings stretch towards weak light and flop over. A south sill or a cheap grow lamp keeps them short.",
    "Bottom watering only",
    "A tray standing in a dish drinks what it needs in ten minutes. The surface stays dry and mould never starts.",
    "Food once the true leaves show",
    "The seed leaves carry their own food. A weak feed after that is plenty until planting out.",
    "A daily brush over the tops",
    "A hand run over them each morning bends them a little. The movement makes sturdier stems, as wind does.",
    "None of this takes more than a few minutes a day.",
])


def test_the_takeaways_box_and_its_heading_give_way_to_the_headed_points():
    assert heads(TAKEAWAYS, "Four Habits That Give Me Sturdy Seedlings") == [
        "The brightest sill in the house", "Bottom watering only", "Food once the true leaves show",
        "A daily brush over the tops"]


# --- a forum thread as text: post stamps "DATE, TIME #N" are the thread's furniture, no headings ----------------------

THREAD = "\n\n".join([
    "Started by fernpot · 2 May 2024 · 4 replies",
    "fernpot\nMember · Posts: 12",
    "2 May 2024, 20:05   #1",
    "My balcony tomatoes split every summer. Any ideas what I am doing wrong?",
    "Like   Quote   Reply",
    "olly_b\nMember · Posts: 8",
    "2 May 2024, 20:40   #2",
    "Keep an eye on this thread for me, I have the same problem every August.",
    "Like   Quote   Reply",
    "hazel_grows\nMember · Posts: 340",
    "2 May 2024, 21:15   #3",
    "Splitting is nearly always uneven watering. Here is what fixed it for me:",
    "- Water at the same time every day: a dry spell then a soaking is what cracks the skins.\n"
    "- Mulch the pots: a layer of straw keeps the compost evenly damp.\n"
    "- Pick them just before they are fully ripe: they finish indoors and never split on the plant.",
    "Like   Quote   Reply",
    "dunmore_veg\nMember · Posts: 51",
    "3 May 2024, 07:40   #4",
    "Try a self-watering pot as well. It keeps the roots evenly moist even when you forget a day.",
    "Like   Quote   Reply",
    "fernpot\nMember · Posts: 13",
    "3 May 2024, 09:12   #5",
    "Thank you all, I will put the mulch down this week and report back.",
])


def test_post_stamps_head_no_sections_and_the_replys_points_are_the_tips():
    assert heads(THREAD) == ["Water at the same time every day", "Mulch the pots",
                             "Pick them just before they are fully ripe"]


# --- a Q&A page, none accepted: the top answer's card after an edit card on one line ends its points ---------------

QA_PAGE = "\n\n".join([
    "My bread never rises properly in winter. What can I change?",
    "asked Jan 3 at 19:02 doughnut_d 40",
    "2 Answers",
    "36",
    "Cold kitchens slow the yeast down. Three things help:",
    "1. Prove the dough in the oven with only the light on.\n2. Use water at hand heat, not cold from the tap.\n"
    "3. Give it longer: wait for the size, not the clock.",
    "edited Jan 9 by Tamsin Orr♦ answered Jan 4 at 08:30 Efua Mensah-Lyle 9,210",
    "12",
    "Some more ideas:",
    "• Buy a proving basket.\n• Add a spoon of sugar.\n• Knead for longer.",
    "answered Jan 5 at 10:11 crumb_fan 310",
])


def test_an_edit_card_before_the_answer_card_still_ends_the_top_answer():
    assert heads(QA_PAGE) == ["Prove the dough in the oven with only the light on",
                              "Use water at hand heat, not cold from the tap", "Give it longer"]


# --- a thread where a later reply adds its own list: only the first listing reply's points (SPEC round 23 (i)) ------

VB_THREAD = "\n\n".join([
    "Old 11-04-2019, 08:30 PM   #1",
    "Our hens have stopped laying since the clocks went back. Is something wrong?",
    "Old 11-04-2019, 09:02 PM   #2",
    "Nothing wrong, it is the short days. A few things help them through:",
    "1. Add a light on a timer for fourteen hours of day.\n2. Give them a handful of layers pellets extra.\n"
    "3. Check for mites under the perches.",
    "Old 11-05-2019, 07:15 AM   #3",
    "Also worth doing:",
    "* Clean out the nest boxes.\n* Put fresh straw down.",
])


def test_a_later_replys_own_list_adds_no_tips():
    assert heads(VB_THREAD) == ["Add a light on a timer for fourteen hours of day",
                                "Give them a handful of layers pellets extra", "Check for mites under the perches"]
