"""Round-19 tip shapes (holdout19's hands): list markers of other scripts and other counter words, checklists whose
boxes are ticked or not, a materials line with a qualifier. Our own words throughout."""

import pytest

from pipeline.repairs.spacing import fix_hard_wrap
from pipeline.stages.tips import split_text
from pipeline.stages.tips.paras import is_heading, paragraphs
from tests.conftest import tip_headlines


def test_burmese_digits_with_the_section_mark_number_a_list():
    # Burmese numbers its points with its own digits and its full stop ("၁။"); each headline ends at that full stop
    text = ("နွေရာသီ အတွက် အကြံပြုချက်များ ဖြစ်ပါသည်။\n\n"
            "၁။ ရေ သောက်ပါ။ တစ်နေ့လုံး ခဏခဏ သောက်ပါ။\n\n"
            "၂။ အရိပ်ထဲ နေပါ။ နေ့လယ် အပြင် မထွက်ပါနှင့်။\n\n"
            "၃။ ပေါ့ပါးသော အဝတ် ဝတ်ပါ။ အရောင်ဖျော့ ရွေးပါ။")
    tips = split_text(text).tips
    assert [t.form for t in tips] == ["numbered"] * 3
    assert tips[0].headline == "ရေ သောက်ပါ။"


def test_a_myth_counter_numbers_the_points_and_its_fact_stays_with_each():
    text = ("People tell me many things about wooden boards. Here is what really happens.\n\n"
            "Myth 1: Oil makes a board sticky.\n\n"
            "Fact: A thin coat soaks in overnight and leaves no film at all.\n\n"
            "Myth 2: Boards cannot go near water.\n\n"
            "Fact: A quick wash is fine; only a long soak splits the grain.\n\n"
            "Myth 3: Plastic is always cleaner.\n\n"
            "Fact: Deep knife grooves in plastic hold more dirt than a sanded board does.")
    tips = split_text(text).tips
    assert [t.headline for t in tips] == ["Oil makes a board sticky.", "Boards cannot go near water.",
                                          "Plastic is always cleaner."]
    assert "soaks in overnight" in tips[0].text


def test_ticked_and_empty_boxes_are_one_checklist_and_an_aside_in_brackets_is_no_heading():
    text = ("Work down this list in the month before the party.\n\n"
            "A MONTH BEFORE\n\n"
            "[ ] Send the invitations by post.\n"
            "[x] Book the hall for the evening.\n"
            "(We did this one in spring, so it is ticked.)\n"
            "[ ] Ask two friends to help with the music.\n\n"
            "THE DAY BEFORE\n\n"
            "[ ] Buy the ice and the paper plates.\n"
            "[ ] Charge the speaker overnight.")
    tips = split_text(text).tips
    assert len(tips) == 5
    assert tips[1].headline == "Book the hall for the evening."
    assert not is_heading(paragraphs("(We did this one in spring, so it is ticked.)")[0])


def test_a_checklists_box_line_is_never_joined_to_the_line_above_as_a_wrap():
    lines = ["This is a line of a wrapped paragraph that runs close to the width, and on",
             "it goes here in lower case until it stops at the end of this sentence.",
             "And another line of the same paragraph, wrapped at the width as before,",
             "and going on in lower case, as wrapped prose does, for some words more.",
             "[ ] Pack a box of the first night's things: kettle, mugs, plates, chargers.",
             "[ ] Defrost the freezer the day before."]
    fixed = fix_hard_wrap("\n".join(lines))[0]
    assert "\n[ ] Defrost" in fixed


FLOWCHART = ("Work out why the bread did not rise by following the boxes.\n\n"
             "Step 1\nDid the dough double in the first hour?\nYES -> go to Step 3\nNO -> go to Step 2\n\n"
             "Step 2\nWas the water hot to the touch?\nYES -> go to Step 4\nNO -> go to Step 5\n\n"
             "Step 3\nLet it prove longer the second time. A cold kitchen slows the last rise.\n\n"
             "Step 4\nUse water at blood heat next time. Hot water kills the yeast.\n\n"
             "Step 5\nBuy fresh yeast. Old packets lose their strength quietly.")


def test_a_licence_footer_under_every_slide_ends_the_search_only_at_its_last_showing():
    footer = "© 2024 Rowan Training Group · Members only · Do not copy or circulate"
    slides = "\n\n".join(f"Slide {k}\n{body}\n\n{footer}" for k, body in enumerate([
        "Cooking for a crowd\nAlma Reyes",
        "Rule 1\nWrite the menu a week ahead\nOne dish per cook",
        "Rule 2\nPrep the vegetables the night before\nStore them in cold water",
        "Rule 3\nCook the rice last\nIt keeps badly",
        "Thank you"], start=1))
    tips = split_text(slides).tips
    assert [t.headline for t in tips] == ["Write the menu a week ahead", "Prep the vegetables the night before",
                                          "Cook the rice last"]
    assert not any("Do not copy" in t.text for t in tips)


def test_the_title_repeated_as_a_running_page_header_cuts_no_body():
    title = "Patient leaflet Northmoor Community Hospital"
    text = ("You have this leaflet because you have a bruised rib.\n\n"
            "What you can do\n\n"
            "• Breathe deeply every hour: it keeps the lungs clear.\n"
            "• Take pain relief regularly: pain that stops you breathing deeply slows healing.\n"
            "• Hold a pillow to your chest when you cough: it eases the pull.\n\n"
            f"{title}\n\n"
            "Exercises\n\n"
            "1. Shoulder rolls\nRoll both shoulders back five times.\n\n"
            "2. Side bends\nLean gently to each side, five times.\n\n"
            f"{title}\n\n"
            "Call us on 01632 960 111 with questions. The ward is open to visitors every afternoon, and the "
            "physiotherapy team runs a drop-in clinic on Tuesday and Thursday mornings in the outpatients hall.")
    assert len(split_text(text, title=title).tips) == 5


TALK = ("[00:00] Ana: Welcome back. Today Ben tells us how he saves on the weekly shop.\n\n"
        "[00:40] Ben: Number one, write the list at home. A list made in the shop is a wish list.\n\n"
        "[01:10] Ana: Even for a few things?\n\n"
        "[01:12] Ben: Even then. Number two, eat before you go. Hungry shoppers buy snacks.\n\n"
        "[02:05] Ben: Three: look at the bottom shelf. The dearer brands sit at eye level.\n\n"
        "[03:00] Ben: And the fourth one. Take cash only. You feel every note leave.\n\n"
        "[03:40] Ana: Thanks, Ben.")


def test_a_counter_spoken_as_its_own_subtitle_cue_heads_the_words_of_the_next_cue():
    cues = ["Here are three habits.", "Okay. Habit number one.", "Keep your keys on a hook.", "Now, habit two.",
            "Check your pockets at the door.", "And habit three.", "Leave a spare with a friend.", "Thank you."]
    text = "\n\n".join(f"{k}\n00:00:{k:02d},000 --> 00:00:{k + 1:02d},000\n{line}" for k, line in enumerate(cues, 1))
    assert [t.headline for t in split_text(text).tips] == [
        "Keep your keys on a hook.", "Check your pockets at the door.", "Leave a spare with a friend."]


def test_one_two_three_in_a_story_without_a_run_of_counters_gives_no_spoken_list():
    text = ("We set off at dawn. One. The first hill was steep and we walked it slowly.\n\n"
            "By noon the weather turned and we sheltered under a wall for an hour.\n\n"
            "We got home late, wet through and very happy with the day.")
    assert split_text(text).tips == ()


HEADLINES = [
    # a bullet list of things before the numbered points is their materials
    pytest.param(
        "Starting a window box takes one free morning.\n\n"
        "Things to have ready\n\n"
        "• A box at least twenty centimetres deep\n"
        "• Peat-free compost\n"
        "• A small trowel\n\n"
        "1. Drill holes in the base\n\nWater has to leave the box or the roots drown.\n\n"
        "2. Fill it to a finger below the rim\n\nThe gap stops the compost washing over the edge.\n\n"
        "3. Plant the tallest things at the back\n\nThey then shade nothing else.",
        ["Drill holes in the base", "Fill it to a finger below the rim", "Plant the tallest things at the back"],
        id="bullet-list-of-things-as-materials"),
    # a flowcharts question boxes and go to lines are no points its fixes are
    pytest.param(
        FLOWCHART,
        ["Let it prove longer the second time.", "Use water at blood heat next time.", "Buy fresh yeast."],
        id="flowchart-fixes"),
    # a quizs answer key is no second list of points
    pytest.param(
        "Test what you know about storing herbs before the summer glut.\n\n"
        "1. Where should fresh basil live?\na) In the fridge\nb) In a glass of water on the side\n\n"
        "2. How do you keep parsley longest?\na) Wrapped in a damp towel in the fridge\nb) On the windowsill\n\n"
        "3. Which herb freezes best in oil?\na) Rosemary\nb) Lettuce\n\n"
        "ANSWERS\n\n"
        "1 - b. Cold turns basil black within a day.\n"
        "2 - a. The towel keeps the leaves from drying out.\n"
        "3 - a. Woody herbs keep their taste in cubes of oil.",
        ["Where should fresh basil live?", "How do you keep parsley longest?",
         "Which herb freezes best in oil?"],
        id="quiz-answer-key"),
    # a counter in brackets with its total numbers the captions
    pytest.param(
        "Three pictures from my shed, each with the habit it shows.\n\n"
        "[Picture 1 of 3]\nHang every tool on its own hook. You see at once what is missing.\n\n"
        "[Picture 2 of 3]\nOil the blades before winter. Rust starts in the damp months.\n\n"
        "[Picture 3 of 3]\nKeep a bucket of sand for the spades. Pushing them in cleans and oils them.",
        ["Hang every tool on its own hook.", "Oil the blades before winter.", "Keep a bucket of sand for the spades."],
        id="bracketed-counter-with-total"),
    # a wiki steps number drawn again beside the lists own is part of the marker
    pytest.param(
        "Re-hanging a door that sticks takes an hour.\n\n"
        "Part 1 Finding the problem\n\n"
        "1. 1\nClose the door slowly and watch the gap. A gap that narrows at the top shows a loose hinge.\n"
        "2. 2\nRub chalk on the door edge. The rub marks on the frame show where it catches.\n\n"
        "Part 2 Fixing it\n\n"
        "1. 1\nTighten the hinge screws first. Most sticking doors need nothing more.\n"
        "2. 2\nPlane the marked edge lightly. Take off a little at a time and try the door again.\n\n"
        "Tips\n\n"
        "• Paint the planed edge so the wood does not swell again.\n"
        "• Keep the shavings off the floor so nobody slips.\n\n"
        "Warnings\n\n"
        "• Lift a heavy door off its hinges with a helper.",
        ["Close the door slowly and watch the gap.", "Rub chalk on the door edge.",
         "Tighten the hinge screws first.", "Plane the marked edge lightly."],
        id="wiki-step-number-drawn-twice"),
    # a numbered list of dated references is no list of points
    pytest.param(
        "Sore knees after running are common and mostly harmless.\n\n"
        "Ease into hills\n\nClimbs load the knee more than flat ground. Add one a week.\n\n"
        "Swap the old shoes\n\nWorn soles tilt the foot. Replace them every 700 km or so.\n\n"
        "Strengthen the hips\n\nWeak hips let the knee fall inwards. Do side planks twice a week.\n\n"
        "Sources\n\nWe use peer-reviewed studies.\n\n"
        "1. Marlowe K, Ibsen T. Knee load on slopes. J Run Sci. 2018;4(1):12-19.\n"
        "2. Adeyemi F, et al. Shoe wear and gait. Sports Med Rev. 2021;9:33-40.\n"
        "3. Sato H. Hip strength in recreational runners. Phys Ther Today. 2015;2:5-9.",
        ["Ease into hills", "Swap the old shoes",
         "Strengthen the hips"],
        id="dated-references-list"),
    # a footnote number glued to a heading leaves the headline
    pytest.param(
        "A stiff neck after a long day at the desk often eases by itself.\n\n"
        "Warm the muscles\n\nA wheat bag on the neck for ten minutes relaxes them.\n\n"
        "Try a menthol rub2\n\nA small study found it helped about as well as a tablet.\n\n"
        "Raise the screen\n\nThe top of the screen belongs at eye height.",
        ["Warm the muscles", "Try a menthol rub",
         "Raise the screen"],
        id="footnote-number-glued-to-heading"),
    # a what why how table gives a tip a row and stops at the next table
    pytest.param(
        "Why rented rooms lose heat\n\n"
        "Old windows and thin doors let the warmth out all evening, and the big repairs are not yours to make.\n\n"
        "The fixes\n\n"
        "What\n\nWhy it helps\n\nHow to do it\n\n"
        "Fit a draught excluder along the door\n\nCold air creeps under it.\n\n"
        "A fabric snake needs no tools at all.\n\n"
        "Close the curtains at dusk\n\nGlass loses heat fastest at night.\n\nSet a reminder on your phone.\n\n"
        "Bleed the radiator\n\nTrapped air keeps the top cold.\n\nTurn the valve a quarter turn with a key.\n\n"
        "Item\n\nWatts\n\nCost an hour\n\n"
        "Fan heater\n\n2,000\n\n56p\n\n"
        "Electric blanket\n\n60\n\n2p",
        ["Fit a draught excluder along the door", "Close the curtains at dusk", "Bleed the radiator"],
        id="what-why-how-table"),
    # points counted aloud in a transcript are the tips headed by what follows each counter
    pytest.param(
        TALK,
        ["Write the list at home.", "Eat before you go.", "Look at the bottom shelf.", "Take cash only."],
        id="transcript-counted-aloud"),
]


@pytest.mark.parametrize(("text", "headlines"), HEADLINES)
def test_the_tips_headlines_of_a_shape(text, headlines):
    assert tip_headlines(text) == headlines


COUNTS = [
    # a sentence that needs something is still no materials heading
    pytest.param(
        "Before the move, a few things matter most.\n\n"
        "You'll need to tell the landlord early\n"
        "- write to them a month ahead\n- keep a copy of the letter\n- ask when they will inspect",
        3,
        id="youll-need-sentence-no-materials-heading"),
    # bullet points that say something before a numbered list stay
    pytest.param(
        "Starting a window box takes one free morning.\n\n"
        "• Buy a box at least twenty centimetres deep.\n"
        "• Use peat-free compost.\n"
        "• Keep a small trowel by the door.\n\n"
        "1. Drill holes in the base.\n2. Fill it to a finger below the rim.\n3. Plant the tallest at the back.",
        6,
        id="advising-bullets-before-numbered-list"),
    # a recipe cards tips box under its method keeps its points
    pytest.param(
        "A quick flatbread for a weeknight.\n\n"
        "INSTRUCTIONS\n"
        "1. Mix the flour and the yoghurt into a soft dough.\n"
        "2. Rest it for twenty minutes under a cloth.\n"
        "3. Cook each round in a dry pan for two minutes a side.\n\n"
        "TIPS\n"
        "- Roll the rounds thinner than feels right. They puff up in the pan.\n"
        "- Keep the cooked ones in a towel. They stay soft that way.",
        5,
        id="recipe-card-tips-box"),
]


@pytest.mark.parametrize(("text", "count"), COUNTS)
def test_the_number_of_tips_of_a_shape(text, count):
    assert len(split_text(text).tips) == count


FORMS = [
    # a things you need line with a qualifier heads no points
    pytest.param(
        "Painting a small room takes a weekend if you plan it.\n\n"
        "What you'll need before you begin:\n"
        "- a wide brush\n- two rollers\n- a big dust sheet\n\n"
        "1. Wash the walls and let them dry for a day.\n"
        "2. Tape the skirting boards with care.\n"
        "3. Paint the edges first, then roll the middle.",
        ["numbered"] * 3,
        id="things-you-need-with-qualifier"),
    # readers questions with answers after the numbered points are no points
    pytest.param(
        "How our team welcomes a new starter who works from home.\n\n"
        "1. Post the laptop a week early. Parcels go astray.\n"
        "2. Give them a buddy outside their own team. Questions come easier.\n"
        "3. Hand them a small real job by the third day. Reading only bores people.\n\n"
        "Questions we hear\n\n"
        "• Can they visit the office first?\nYes, in the second month if they like.\n\n"
        "• Who sets up the accounts?\nThe help desk, once the form is in.",
        ["numbered"] * 3,
        id="readers-questions-after-points"),
    # a see a doctor list after the points is an aside
    pytest.param(
        "Looking after a scraped knee at home.\n\n"
        "1. Rinse the scrape under running water for a few minutes.\n"
        "2. Press a clean cloth on it until it stops bleeding.\n"
        "3. Cover it with a plaster and change it every day.\n\n"
        "When to see a doctor the same day\n\n"
        "• Redness spreading away from the wound\n"
        "• A scrape that still bleeds after ten minutes\n"
        "• Grit you cannot wash out",
        ["numbered"] * 3,
        id="see-a-doctor-list-after-points"),
]


@pytest.mark.parametrize(("text", "forms"), FORMS)
def test_the_tips_forms_of_a_shape(text, forms):
    assert [t.form for t in split_text(text).tips] == forms
