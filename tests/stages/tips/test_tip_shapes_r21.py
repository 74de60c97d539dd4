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


# ---------------------------------------------------------------------------------------------- lists and sections

LOST_GLYPHS = """My hands used to go numb on every winter ride. This is what fixed it for me:

Wear a thin liner glove under the thick one. The liner wicks sweat and the outer glove stays dry.

Carry a spare pair in the saddle bag. Swapping at the cafe stop feels fussy until the first wet day.

Loosen the watch strap before you set off. A tight strap squeezes the blood out of your fingers.

Stuff wet gloves with kitchen paper overnight, and change the paper at bedtime. Never dry them on the radiator.

None of this costs much, and none of it is clever. See you on the road!
"""


def test_a_lost_glyph_point_whose_sentence_goes_on_with_an_imperative_is_one_more_point():
    heads = [t.headline for t in split_text(LOST_GLYPHS).tips]
    assert len(heads) == 4 and heads[-1].startswith("Stuff wet gloves with kitchen paper overnight")


TRAILING_FAQ = """A tent that leaks once will leak again unless you change how you pitch it.

Pitch with the door away from the wind

A door facing the weather fills the porch with rain every time you open it.

Tension the fly before the inner

A slack fly touches the inner tent, and wherever it touches the water comes through.

Dry it at home within a day

Packed wet, a tent grows mould in the seams within a week.

{faq}

Can I use a groundsheet from an old tent under a new one, or does it have to match?

Yes, as long as it does not stick out beyond the fly.

Do I need to seal the seams of a new tent?

Only if the maker says so.
"""


def test_a_faq_under_the_points_is_no_more_points():
    for faq in ("Frequently asked questions", "FAQs", "Questions we get asked"):
        heads = [t.headline for t in split_text(TRAILING_FAQ.format(faq=faq)).tips]
        assert heads == ["Pitch with the door away from the wind", "Tension the fly before the inner",
                         "Dry it at home within a day"], faq


def test_a_page_that_is_all_faq_keeps_its_questions():
    page = TRAILING_FAQ.split("{faq}")[1].replace("\n\nDo I", "\n\nHow do I dry a wet tent on a trip?\n\n"
                                                  "Hang it over a fence at lunch.\n\nDo I")
    heads = [t.headline for t in split_text("Frequently asked questions\n\n" + page).tips]
    assert "How do I dry a wet tent on a trip?" in heads


KIT = """I have taken my bike on the sleeper train a dozen times now. Here is what I learned.

1. Book the bike space with the ticket

The spaces sell out weeks before the seats do.

2. Take the pedals off on the platform

They catch on everything in a narrow corridor.

3. Arrive early

The bike carriage is often at the far end of the train.

{cue}

• A pedal spanner
• Two straps
• A cable lock

Happy travels!
"""


def test_a_kit_list_in_the_writers_own_voice_is_no_tips():
    for cue in ("What I carry for the journey", "What's in my bag", "My kit list"):
        heads = [t.headline for t in split_text(KIT.format(cue=cue)).tips]
        assert heads == ["Book the bike space with the ticket", "Take the pedals off on the platform",
                         "Arrive early"], cue


PAGED = """My flat has single glazing and a landlord who says no to everything.

1. Find the draughts first. A candle flame shows where the air comes in.

2. Hang a second curtain. An old blanket on a rod works too.

3. Block the letterbox. A brush insert needs no screws.

Continue reading: Page 2 >>
Pages: [1] 2

Ten Ways to Warm a Cold Flat

4. Put rugs on bare boards. Floors lose more heat than you think, and a rug needs nobody's permission to lie on
them; a charity shop has them for a few pounds each.

5. Bleed the radiators. Air in the top keeps it cold, and a radiator that is cold at the top heats half a room for
the price of a whole one; the key costs less than a coffee.

6. Warm the person, not the room. A hot water bottle costs pennies, and a blanket over your knees at the desk does
more than another degree on the thermostat ever will.
"""


def test_a_title_repeated_under_a_pager_heads_the_articles_next_page():
    heads = [t.headline for t in split_text(PAGED, title="Ten Ways to Warm a Cold Flat").tips]
    assert len(heads) == 6 and heads[0] == "Find the draughts first." and heads[-1] == "Warm the person, not the room."


def test_a_title_repeated_under_teasers_still_starts_the_article():
    page = PAGED.replace("Continue reading: Page 2 >>\nPages: [1] 2", "Read next: our guide to radiators")
    heads = [t.headline for t in split_text(page, title="Ten Ways to Warm a Cold Flat").tips]
    assert heads[0] == "Put rugs on bare boards."


SECTIONS = """Saving on an uneven income is hard, but it can be done.

Work out your bare minimum month

List only what you must pay: rent, food, power and travel. That number is your target.

Save a share, not a sum

Move a tenth of every payment you receive into savings the day it lands.

Best easy-access accounts

Account

Rate

Min. deposit

Rates checked on 3 March. We may earn a fee from the banks listed.

Keep the fund somewhere separate

A second bank adds a moment of friction before you spend it.

Expert tip

"Put tax money in its own pot too," says a planner we spoke to.

When to see a debt adviser

If you are borrowing to pay bills, free advice services can help you make a plan.
"""


def test_column_labels_a_callout_heading_and_a_seek_help_section_are_no_points():
    heads = [t.headline for t in split_text(SECTIONS).tips]
    assert heads == ["Work out your bare minimum month", "Save a share, not a sum", "Keep the fund somewhere separate"]


CREDITS_LIST = """Shy, curious or hiding: how to help a new cat settle in.

• By Ana Lindqvist
• Reviewed by Dr Omar Haddad
• Published 3 June 2024 · Updated 9 January 2025

Bringing a rescue cat home is exciting for you and bewildering for them.

Tip 1: Start with one small room

A spare room is plenty of territory for a nervous cat.

Tip 2: Let the cat come to you

Sit on the floor and read; resist reaching under the bed.

Tip 3: Keep the tray away from the food

Cats dislike eating near their toilet.
"""


def test_the_articles_credits_set_as_a_list_are_no_points():
    heads = [t.headline for t in split_text(CREDITS_LIST).tips]
    assert heads == ["Start with one small room", "Let the cat come to you", "Keep the tray away from the food"]


TAB_TABLE = ("Colds and hay fever feel alike but behave differently.\n\n"
             "Sign\tCold\tHay fever\n"
             "Itchy eyes\tRare\tCommon\n"
             "Sore throat\tCommon\tNow and then\n"
             "How long it lasts\tA week\tAs long as the pollen lasts, often for weeks\n\n"
             "Colds build over a day or two; hay fever starts on a bright morning.\n\n"
             "Ways to feel better\n\n"
             "Keep a diary for a week\n"
             "Note when it is worst and what the weather was doing.\n\n"
             "Rinse the pollen off indoors\n"
             "Change your clothes and wash your face when you come in.\n\n"
             "Keep the windows shut in the morning\n"
             "Pollen peaks early; air the rooms at midday instead.\n")


def test_a_tables_last_cell_heads_no_section():
    heads = [t.headline for t in split_text(TAB_TABLE).tips]
    assert heads == ["Keep a diary for a week", "Rinse the pollen off indoors", "Keep the windows shut in the morning"]


HOWTO = """A short guide to bleeding a radiator at home.

1. Introduction

A radiator that is cold at the top has air in it, and letting the air out takes ten minutes.

2. What you need

A radiator key, an old towel and a small dish.

3. Bleeding, step by step

3.1. Turn the heating off

Work on a cold system: hot water sprays and scalds.

3.2. Open the valve a quarter turn

Hold the towel under the key and listen for the hiss of air.

3.3. Close it when water comes

A steady drip means the air is out; tighten the valve.

3.4. Check the boiler pressure

Bleeding lowers it; top it up if the gauge reads under one bar.

4. Further reading

The boiler maker's manual has a page on pressure.
"""


def test_a_documents_numbered_subsections_are_its_steps():
    heads = [t.headline for t in split_text(HOWTO).tips]
    assert heads == ["Turn the heating off", "Open the valve a quarter turn", "Close it when water comes",
                     "Check the boiler pressure"]


def test_numbered_points_with_numbered_details_stay_points():
    page = ("Work through these in autumn.\n\n1. Clear the beds.\n1.1 Pull the bean plants.\n1.2 Compost the leaves."
            "\n1.3 Stack the canes.\n\n2. Cover the soil.\n2.1 Sow a green manure.\n\n3. Oil the tools.\n"
            "3.1 Scrape off the soil.")
    heads = [t.headline for t in split_text(page).tips]
    assert heads == ["Clear the beds.", "Cover the soil.", "Oil the tools."]


def test_a_contents_line_naming_the_faq_cuts_no_points():
    page = ("In this guide\n\nPitch with the door away from the wind\nTension the fly\nFrequently asked questions\n\n"
            "A tent that leaks once will leak again unless you change how you pitch it.\n\n"
            + TRAILING_FAQ.split("A tent that leaks once will leak again unless you change how you pitch it.\n\n")[1])
    heads = [t.headline for t in split_text(page.format(faq="Frequently asked questions")).tips]
    assert heads == ["Pitch with the door away from the wind", "Tension the fly before the inner",
                     "Dry it at home within a day"]


# The references rule (every item dated, two full stops, none advising: the page's sources) read a decimal point as
# a full stop and took a list the lead-in names as tips for references (hypothesis drew it: items that each hold a
# year). A lead-in naming its tips keeps them; a real reference list under "Sources" still gives none.
def test_dated_items_under_a_lead_naming_them_tips_are_tips():
    page = ("Our five garden tips for a dry year. They cost nothing.\n\n"
            "• Our beds lost half their water in 2012. A mulch stopped that.\n"
            "• Bark mulch, first laid in 2012. It still works.\n"
            "• Grouped pots, tried in 2021. They lost a third less.\n\nThat is all for now.\n")
    assert len(split_text(page).tips) == 3


def test_a_decimal_point_is_no_full_stop_of_a_reference():
    from pipeline.stages.tips.patterns import REFERENCE_STOP

    assert [len(REFERENCE_STOP.findall(s)) for s in ("Rainfall fell 3.5% in 2008.", "Lee A. Soil water. 2019;4:1-9.")] \
        == [1, 3]


def test_a_numbered_reference_list_still_gives_no_tips():
    refs = ("Why mulch works\n\nMulch keeps the water in the soil.\n\nReferences\n\n"
            "1. Lee A. Soil water under mulch. Garden Journal. 2019;4:1-9.\n"
            "2. Ng B. Mulch and evaporation. Soil Notes. 2021;7:33-40.\n"
            "3. Oduya C. Bark against straw. Plot Review. 2017;2:11-19.\n")
    assert len(split_text(refs).tips) == 0


# The same rule on a run numbered inside one paragraph: the sentence before "1." is the run's lead-in, as a paragraph
# over a list is (hypothesis drew "Our shop tips start here. ... 1. ... 2008. 2. ... 3. ..." and lost all three).
def test_dated_points_numbered_inline_after_a_lead_naming_them_tips_are_tips():
    page = ("Our allotment tips start here. They are short. 1. Our beans went in late in 2019. They did well. 2. The "
            "brassicas were netted in 2020. Pigeons stayed off. 3. The onions were lifted dry in 2021. They kept all "
            "winter.\n\nGood luck this year.\n")
    assert len(split_text(page).tips) == 3


def test_dated_lines_numbered_inline_with_no_lead_naming_tips_stay_references():
    page = ("Why mulch works\n\nMulch keeps water in the soil. We read three papers. 1. Tan D. Evaporation under "
            "mulch. Garden Journal. 2019;4:1-9. 2. Ng B. Mulch and evaporation. Soil Notes. 2021;7:33-40. 3. Oduya "
            "C. Bark against straw. Plot Review. 2017;2:11-19.\n")
    assert len(split_text(page).tips) == 0
