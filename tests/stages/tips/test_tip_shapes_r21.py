"""Tip shapes of round 21 (issue 16), in our own words: a magazine's letters page with bare "Q"/"A" labels, a
FAQ whose one list sits in its last answer, and a Q&A site's answers each closed by an answer card."""

from pipeline.stages.tips import split_text

# (each letter and each answer one line, as the page prints them)
LETTERS = "\n".join([
    "Our cycling expert answers your letters this month.",
    "",
    "Q My old road bike has sat in the shed for six winters and the chain is orange with rust now. Can I save the "
    "chain or should I buy a new one?",
    "Petra Lind, Harrogate",
    "",
    "A Buy a new one. A rusted chain stretches unevenly and wears the sprockets faster than you would think, so soak "
    "the cassette in degreaser before you fit the new chain.",
    "",
    "Q When should I replace my brake pads?",
    "Omar Stiles, by email",
    "",
    "A When the grooves have worn away. Check them each month, and change both sides together so the bike stops "
    "straight.",
    "",
    "Q Where can I buy the saddle bag you showed in last month's photographs?",
    "Iris Mahon, Whitby",
    "",
    "A It is a small roll bag from a local maker. Any bag that clips to the rails does the same job.",
    "",
    "Q We bought two second-hand bikes for our children. The tyres look fine. The brakes squeal on every hill. Is it "
    "safe to let them ride to school?",
    "Dana and Luis Ferro, Ripon",
    "",
    "A Not yet. Have the brakes looked at by a shop first, and teach them to brake with both levers at once.",
    "",
])


def test_a_letters_page_with_bare_labels_gives_one_tip_per_advising_question():
    heads = [t.headline for t in split_text(LETTERS).tips]
    assert heads == [
        # a statement and its question on one line: the question whole (29 words)
        "My old road bike has sat in the shed for six winters and the chain is orange with rust now. Can I save the "
        "chain or should I buy a new one?",
        "When should I replace my brake pads?",
        # (where to buy a thing is an informational question, no tip)
        # a longer letter: its first sentence
        "We bought two second-hand bikes for our children.",
    ]


def test_the_bare_answer_label_is_an_answer_only_under_a_bare_question():
    # "A Good…" under labelled "Q:" questions is a sentence's article: the answer is the "A:" paragraph
    page = ("Q: How often should I oil the chain?\n\nA Good question for winter riders.\n\nA: Every 200 miles, and "
            "after every wet ride.\n\nQ: Should I wash the bike with a hose?\n\nA: Only gently, never at the hubs.")
    found = split_text(page).tips
    assert [t.headline for t in found] == ["How often should I oil the chain?", "Should I wash the bike with a hose?"]
    assert "A Good question" in found[0].text and "200 miles" in found[0].text


FAQ = """We changed how the recycling boxes are collected this spring. These are the questions we hear most.

About the service

When does the new collection start?

The first collections are in the week of 6 May.

How much is a second box?

A second box costs £6, paid online.

Who do I contact about a missed box?

Report it online by the end of the next day.

Using your boxes

My box fills up in two days. How can I fit more in?

Flatten every carton and rinse tins so they stack inside each other. Keep glass in the small box only.

How do I stop the box blowing away on windy days?

Put it out on the morning of collection, not the night before, and stand it against a wall.

Can I sort more at home, and where do I begin?

Yes, and most households can.

1. Keep a bag for paper beside the bin.
2. Reuse jars for storing screws and seeds.
3. Pass good clothes on to a charity shop.

Last updated: April 2025
"""


def test_a_faq_whose_list_sits_in_its_last_answer_gives_its_advising_questions():
    heads = [t.headline for t in split_text(FAQ).tips]
    assert heads == [
        "My box fills up in two days. How can I fit more in?",
        "How do I stop the box blowing away on windy days?",
        "Can I sort more at home, and where do I begin?",
    ]  # the start date, the price and whom to contact ask about the service: no tips; the list is the last answer's


QA_SITE = """My kitchen window runs with water every morning. What fixes this?

asked Mar 3 at 8:15 ola_p 54

2 Answers

31

It is too much moisture in the air. In order of how much they help:

1. Dry the washing outside, never on the radiators.
2. Open the vents at the top of the frame and leave them open.
3. Run the cooker hood whenever you boil anything.

answered Mar 3 at 9:40 Hana Berg 6,120

12

Just buy a dehumidifier.

• Get one that takes 10 litres a day
• Empty it every morning

answered Mar 3 at 10:02 tomtom 880
"""


def test_a_qa_sites_points_are_the_first_answers_up_to_its_card():
    heads = [t.headline for t in split_text(QA_SITE).tips]
    assert heads == ["Dry the washing outside, never on the radiators.",
                     "Open the vents at the top of the frame and leave them open.",
                     "Run the cooker hood whenever you boil anything."]


def test_without_an_answer_card_every_list_stays():
    page = QA_SITE.replace("answered Mar 3 at 9:40 Hana Berg 6,120", "Hope this helps.")
    page = page.replace("answered Mar 3 at 10:02 tomtom 880", "")
    assert len(split_text(page).tips) == 5
