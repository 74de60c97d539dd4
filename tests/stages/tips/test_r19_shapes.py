"""Round-19 tip shapes (holdout19's hands): list markers of other scripts and other counter words, checklists whose
boxes are ticked or not, a materials line with a qualifier. Our own words throughout."""

from pipeline.repairs.spacing import fix_hard_wrap
from pipeline.stages.tips import split_text
from pipeline.stages.tips.paras import is_heading, paragraphs


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


def test_a_things_you_need_line_with_a_qualifier_heads_no_points():
    text = ("Painting a small room takes a weekend if you plan it.\n\n"
            "What you'll need before you begin:\n"
            "- a wide brush\n- two rollers\n- a big dust sheet\n\n"
            "1. Wash the walls and let them dry for a day.\n"
            "2. Tape the skirting boards with care.\n"
            "3. Paint the edges first, then roll the middle.")
    assert [t.form for t in split_text(text).tips] == ["numbered"] * 3


def test_a_sentence_that_needs_something_is_still_no_materials_heading():
    text = ("Before the move, a few things matter most.\n\n"
            "You'll need to tell the landlord early\n"
            "- write to them a month ahead\n- keep a copy of the letter\n- ask when they will inspect")
    assert len(split_text(text).tips) == 3


def test_a_checklists_box_line_is_never_joined_to_the_line_above_as_a_wrap():
    lines = ["This is a line of a wrapped paragraph that runs close to the width, and on",
             "it goes here in lower case until it stops at the end of this sentence.",
             "And another line of the same paragraph, wrapped at the width as before,",
             "and going on in lower case, as wrapped prose does, for some words more.",
             "[ ] Pack a box of the first night's things: kettle, mugs, plates, chargers.",
             "[ ] Defrost the freezer the day before."]
    fixed = fix_hard_wrap("\n".join(lines))[0]
    assert "\n[ ] Defrost" in fixed


def test_a_bullet_list_of_things_before_the_numbered_points_is_their_materials():
    text = ("Starting a window box takes one free morning.\n\n"
            "Things to have ready\n\n"
            "• A box at least twenty centimetres deep\n"
            "• Peat-free compost\n"
            "• A small trowel\n\n"
            "1. Drill holes in the base\n\nWater has to leave the box or the roots drown.\n\n"
            "2. Fill it to a finger below the rim\n\nThe gap stops the compost washing over the edge.\n\n"
            "3. Plant the tallest things at the back\n\nThey then shade nothing else.")
    assert [t.headline for t in split_text(text).tips] == [
        "Drill holes in the base", "Fill it to a finger below the rim", "Plant the tallest things at the back"]


def test_bullet_points_that_say_something_before_a_numbered_list_stay():
    text = ("Starting a window box takes one free morning.\n\n"
            "• Buy a box at least twenty centimetres deep.\n"
            "• Use peat-free compost.\n"
            "• Keep a small trowel by the door.\n\n"
            "1. Drill holes in the base.\n2. Fill it to a finger below the rim.\n3. Plant the tallest at the back.")
    assert len(split_text(text).tips) == 6


def test_readers_questions_with_answers_after_the_numbered_points_are_no_points():
    text = ("How our team welcomes a new starter who works from home.\n\n"
            "1. Post the laptop a week early. Parcels go astray.\n"
            "2. Give them a buddy outside their own team. Questions come easier.\n"
            "3. Hand them a small real job by the third day. Reading only bores people.\n\n"
            "Questions we hear\n\n"
            "• Can they visit the office first?\nYes, in the second month if they like.\n\n"
            "• Who sets up the accounts?\nThe help desk, once the form is in.")
    assert [t.form for t in split_text(text).tips] == ["numbered"] * 3


FLOWCHART = ("Work out why the bread did not rise by following the boxes.\n\n"
             "Step 1\nDid the dough double in the first hour?\nYES -> go to Step 3\nNO -> go to Step 2\n\n"
             "Step 2\nWas the water hot to the touch?\nYES -> go to Step 4\nNO -> go to Step 5\n\n"
             "Step 3\nLet it prove longer the second time. A cold kitchen slows the last rise.\n\n"
             "Step 4\nUse water at blood heat next time. Hot water kills the yeast.\n\n"
             "Step 5\nBuy fresh yeast. Old packets lose their strength quietly.")


def test_a_flowcharts_question_boxes_and_go_to_lines_are_no_points_its_fixes_are():
    assert [t.headline for t in split_text(FLOWCHART).tips] == [
        "Let it prove longer the second time.", "Use water at blood heat next time.", "Buy fresh yeast."]


def test_a_quizs_answer_key_is_no_second_list_of_points():
    text = ("Test what you know about storing herbs before the summer glut.\n\n"
            "1. Where should fresh basil live?\na) In the fridge\nb) In a glass of water on the side\n\n"
            "2. How do you keep parsley longest?\na) Wrapped in a damp towel in the fridge\nb) On the windowsill\n\n"
            "3. Which herb freezes best in oil?\na) Rosemary\nb) Lettuce\n\n"
            "ANSWERS\n\n"
            "1 - b. Cold turns basil black within a day.\n"
            "2 - a. The towel keeps the leaves from drying out.\n"
            "3 - a. Woody herbs keep their taste in cubes of oil.")
    tips = split_text(text).tips
    assert [t.headline for t in tips] == ["Where should fresh basil live?", "How do you keep parsley longest?",
                                          "Which herb freezes best in oil?"]


def test_a_counter_in_brackets_with_its_total_numbers_the_captions():
    text = ("Three pictures from my shed, each with the habit it shows.\n\n"
            "[Picture 1 of 3]\nHang every tool on its own hook. You see at once what is missing.\n\n"
            "[Picture 2 of 3]\nOil the blades before winter. Rust starts in the damp months.\n\n"
            "[Picture 3 of 3]\nKeep a bucket of sand for the spades. Pushing them in cleans and oils them.")
    assert [t.headline for t in split_text(text).tips] == [
        "Hang every tool on its own hook.", "Oil the blades before winter.", "Keep a bucket of sand for the spades."]


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
