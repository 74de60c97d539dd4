"""Round 11 (issue 16): variants of handled shapes met on six blind hands' pages. Pages written here in our own
words."""

from __future__ import annotations

import pytest

from pipeline.stages.tips import split_text
from tests.conftest import tip_headlines


def test_a_lost_glyph_left_as_a_question_mark_is_the_items_marker():
    # the scrape could not encode the bullet glyph and wrote "?" in its place; one item lost it altogether
    body = ("A used bicycle can be a bargain or a money pit. Before you pay, consider the following:\n\n"
            "? Spin both wheels. A wobble means a bent rim or loose spokes.\n\n"
            "? Squeeze the brakes hard and push the bike forward; it should not creep.\n\n"
            "Look at the chain for rust. A rusty chain has been stored outside.\n\n"
            "? Ask for the frame number and check it against the stolen register.\n\n"
            "A seller with nothing to hide will not mind any of this.\n")
    tips = split_text(body).tips
    assert [t.headline for t in tips] == [
        "Spin both wheels.", "Squeeze the brakes hard and push the bike forward; it should not creep.",
        "Look at the chain for rust.", "Ask for the frame number and check it against the stolen register."]
    assert not any(t.text.startswith("?") for t in tips)


def test_a_question_in_the_text_stays_in_the_headline():
    # a point that asks is no lost glyph: only "?" before the first word is
    body = ("Before a long walk, ask yourself a few things:\n\n"
            "Do you know the way back? Carry a paper map as well as the phone.\n\n"
            "Is anyone expecting you? Tell someone your route and your time.\n\n"
            "Have you checked the forecast? Hill weather turns within the hour.\n")
    assert [t.headline for t in split_text(body).tips][0].startswith("Do you know the way back")


def test_a_wiki_howtos_things_you_will_need_list_is_no_tips():
    # a how-to's kit list (a wiki keeps the section's edit link in the heading) is what a recipe's ingredients are
    body = ("Sharpening a kitchen knife takes ten minutes once you know the angle.\n\n"
            "Things you'll need[edit]\n\n"
            "\u2022 A combination whetstone\n\u2022 A damp tea towel\n\u2022 A marker pen\n\u2022 Water\n\n"
            "Steps[edit]\n\n"
            "1. Soak the stone for ten minutes. A dry stone tears the edge.\n"
            "2. Colour the bevel with the marker. The ink shows where the stone touches.\n"
            "3. Hold the blade at a low angle and push it away from you. Ten strokes a side.\n"
            "4. Finish on the fine side. Fewer, lighter strokes polish the edge.\n")
    tips = split_text(body).tips
    assert [t.form for t in tips] == ["numbered"] * 4
    assert tips[0].headline == "Soak the stone for ten minutes."


def test_the_title_repeated_under_teasers_heads_the_article_not_a_section():
    # a listing page: teaser lines, then the featured article under its own title again; its sections are the
    # tips (headings about as long as the title, so its length alone does not set it apart)
    body = ("A plumber on the one valve everyone forgets…\n\n"
            "Why your loft hatch is a chimney…\n\n"
            "Four Checks Before the First Frost\n\n"
            "Every November the same calls come in, and most of them could have been avoided with an afternoon "
            "of looking.\n\n"
            "Turn the stopcock once this week\n\nTurn it now so it is not seized when you need it.\n\n"
            "Lag the pipes in the loft\n\nFoam sleeves cost little and stop a burst over the ceiling.\n\n"
            "Bleed every radiator in the house\n\nA cold top means trapped air and a boiler working harder.\n\n"
            "Clear the gutters before December\n\nLeaves hold water against the wall, where it freezes.\n")
    tips = split_text(body, title="Four Checks Before the First Frost").tips
    assert [t.headline for t in tips] == ["Turn the stopcock once this week", "Lag the pipes in the loft",
                                          "Bleed every radiator in the house", "Clear the gutters before December"]


def test_a_one_word_title_repeated_in_the_body_cuts_nothing():
    # a short title is as likely a caption's or a menu's word; the list above it stays
    body = ("Before you book, check these:\n\n"
            "\u2022 Ask whether the pool is heated in winter.\n\u2022 Ask for the cleaning fee in writing.\n"
            "\u2022 Ask where the nearest shop is.\n\n"
            "Gallery\n\nThe house sits on a canal with its own jetty.\n")
    assert len(split_text(body, title="Gallery").tips) == 3


def test_a_related_box_of_any_name_ends_the_sections():
    # "Related information" and the other pages' titles under it, after the last section: the last title is no
    # section heading over the helpline line below it
    body = ("Cold feet at night keep many people awake. A few habits help.\n\n"
            "Warm the bed before you get in\nA hot water bottle for ten minutes is enough; take it out before you "
            "sleep.\n\n"
            "Wear loose socks\nTight cuffs slow the blood in your ankles; choose wool with a soft top.\n\n"
            "Keep the bedroom at an even temperature\nA room that drops to eight degrees at three in the morning "
            "wakes you whatever you wear.\n\n"
            + "Keep a blanket at the foot of the bed for the coldest hours. " * 6 + "\n\n"
            "Related information\n"
            "Choosing a winter duvet\nSleeping well in a heatwave\nTalking to your doctor about circulation\n\n"
            "Need to talk? Ring our advice line on weekdays.\n")
    heads = [t.headline for t in split_text(body).tips]
    assert "Talking to your doctor about circulation" not in heads
    assert heads[:3] == ["Warm the bed before you get in", "Wear loose socks",
                         "Keep the bedroom at an even temperature"]


def test_questions_put_to_a_guest_stay_an_interview():
    body = ("We sat down with the baker who has run the corner shop for thirty years.\n\n"
            "How did you start?\n\n"
            "My father ran it before me. I was sweeping the floor at nine and shaping loaves at twelve.\n\n"
            "What was the hardest year?\n\n"
            "The year the supermarket opened. You think people will stay loyal; half of them did not.\n\n"
            "What keeps you going?\n\n"
            "The regulars. I know what most of them want before they reach the counter.\n\n"
            "What would you change?\n\n"
            "Nothing much. I would have taken more holidays, perhaps.\n")
    assert split_text(body).tips == ()


def test_a_numbered_method_inside_one_faq_answer_belongs_to_that_answer():
    # a help centre's questions, one answered with numbered sub-steps: the questions are the tips, the steps part
    # of the second one
    body = ("These are the questions our support line hears most about the slow cooker.\n\n"
            "Can I put the ceramic pot in the oven?\n\n"
            "Yes, up to 200 degrees, without its lid. The glass lid is not ovenproof.\n\n"
            "How do I get burnt food off the pot?\n\n"
            "Soaking works better than scrubbing. This is what our test kitchen does:\n\n"
            "1. Fill the pot with warm water and a spoon of bicarbonate of soda.\n"
            "2. Leave it overnight.\n"
            "3. Wipe it out with a soft sponge in the morning.\n\n"
            "Why does the lid rattle on the high setting?\n\n"
            "A little rattle is normal as steam escapes. Turn it to low if the noise bothers you.\n\n"
            "Is it safe to leave it on while I am at work?\n\n"
            "Yes. It is designed to run unattended for up to ten hours on low.\n")
    tips = split_text(body).tips
    assert [t.headline for t in tips] == [
        "Can I put the ceramic pot in the oven?", "How do I get burnt food off the pot?",
        "Why does the lid rattle on the high setting?", "Is it safe to leave it on while I am at work?"]
    assert "Leave it overnight." in tips[1].text


def test_a_readers_name_and_a_colon_under_the_points_is_no_point():
    body = ("My allotment neighbour asked how I keep slugs off, so here is what works for me.\n\n"
            "Water in the morning, never at night. Slugs travel on damp soil after dark.\n\n"
            "Go out with a torch once a week. Picking them off at ten at night thins them out fast.\n\n"
            "Leave the hedgehog a gap under the fence. One hedgehog eats more slugs than any pellet.\n\n"
            "Grow a few lettuces as a sacrifice at the edge. They eat those first.\n\n"
            "Tessa: The torch trick works, I tried it last night.\n")
    heads = [t.headline for t in split_text(body).tips]
    assert len(heads) == 4 and not any(h.startswith("Tessa") for h in heads)


def test_a_name_with_an_inner_capital_is_no_glued_title():
    body = ("Our office moved its slides to the cloud last year.\n\n"
            "Share early\nSend the draft a day ahead so people can comment.\n\n"
            "Keep one master copy\nEverybody edits the same file; nobody emails versions.\n\n"
            "Open the file in PowerPoint on the big screen before the meeting starts, to check the fonts.\n\n"
            "Name files by date\nA date first sorts the folder in order without effort.\n")
    texts = [t.text for t in split_text(body).tips]
    assert not any(t.startswith("Point") for t in texts)
    assert any("Open the file in PowerPoint" in t for t in texts)


HEADLINES = [
    # the columnist's answer opens "Dear X," in the same paragraph as its first words; that paragraph advises in
    # general terms but addresses the reader: the points are the paragraphs after it
    pytest.param(
        "Dear Mina, my flatmate leaves dishes in the sink for days and I have started doing them myself. I am "
        "tired of it but I do not want a fight. What should I do?\n\n"
        "— Sink Full, Leeds\n\n"
        "Dear Sink Full, you should not have to be the only one who cares. Keep calm, and do not let it fester "
        "for another month. Here is how I would start.\n\n"
        "Choose a quiet evening. A row over a dirty pan at midnight goes nowhere.\n\n"
        "Describe the sink, not the person. Say what you see and how it affects you.\n\n"
        "Agree one simple rule. Dishes done before bed is easy to check.\n\n"
        "Stop doing them yourself. Leave the rule to work.\n",
        ["Choose a quiet evening.", "Describe the sink, not the person.",
         "Agree one simple rule.", "Stop doing them yourself."],
        id="answers-salutation-paragraph"),
    # the page heads its conclusion as it heads its points; the label and the text pointing back tell it apart
    pytest.param(
        "Moving house with a cat takes planning. These are the steps that kept ours calm.\n\n"
        "Keep the carrier out for a week beforehand\n\nLet the cat sleep in it so it smells of home.\n\n"
        "Pack one room last and shut the cat in it\n\nThe familiar room is the quiet one on the day.\n\n"
        "Move the cat last and unpack its room first\n\nBed, bowl and tray go in before the boxes.\n\n"
        "Keep it indoors for two weeks\n\nA cat let out too soon tries to walk back to the old house.\n\n"
        "The upshot\n\nNone of these steps takes long, and they spare you a frightened cat under the bed "
        "for a week.\n",
        ["Keep the carrier out for a week beforehand", "Pack one room last and shut the cat in it",
         "Move the cat last and unpack its room first", "Keep it indoors for two weeks"],
        id="labelled-closing-section"),
    # a reposted explainer: the photo's caption and credit lines, then the writer's "Name, Institution" line over
    # the introduction; the body's first section is that line, and the introduction is the writer's own words
    pytest.param(
        "A frame of seedlings that went out too early in the first week of March.\n"
        "Jo Marsh/Flickr, CC BY\n"
        "Ilse Vandermeer, Northfield College\n\n"
        "Every spring I watch people on my allotment sow too early and lose half of it. I have done it "
        "myself more than once, and the seedlings never quite recover.\n\n"
        "Wait for the soil, not the calendar\n\nPush a finger in; if it is colder than your hand, wait.\n\n"
        "Warm the bed under plastic for a week\n\nA sheet held down with bricks lifts it by a few degrees.\n\n"
        "Sow thinly and sow twice\n\nA second sowing a fortnight later covers the losses of the first.\n\n"
        "Harden them off slowly\n\nA week of afternoons outside before they stay out overnight.\n",
        ["Wait for the soil, not the calendar", "Warm the bed under plastic for a week", "Sow thinly and sow twice",
         "Harden them off slowly"],
        id="writers-credit-under-photo-caption"),
    # a leaflet of parents' questions (none put to a guest), each answered in a paragraph that speaks to the reader
    # after opening with a plain statement: the questions head the tips
    # (answers longer than a checklist's, one in the nurse's "we": the answers' "you" tells them from a guest's)
    pytest.param(
        "Every month our school nurse answers the questions parents ask most at the gate.\n\n"
        "How much sleep does a seven-year-old get by on?\n\n"
        "Around ten hours is typical at this age. The range is wide. A growth spurt, a cold or a week of "
        "sport may add an hour for a while, and a child who wakes cheerful and copes with the afternoon is "
        "getting enough, whatever the clock says. Your child may sit at either end of the range.\n\n"
        "Is a tablet at bedtime really that bad?\n\n"
        "For most children, yes. The light and the pace of games wake them up rather than settle them. Most "
        "families who stop it an hour before lights out see the difference within a week or two, and bedtime "
        "gets shorter as well as calmer. You may notice it in the mornings first.\n\n"
        "Our son says he is not tired at eight. Is he right?\n\n"
        "Sometimes. Children who still nap at school often are not, and some are simply later sleepers "
        "than their brothers and sisters. A later bedtime can suit them for a term, and the mornings will "
        "tell you whether it works. You know your child better than any chart does.\n\n"
        "Is a night light at this age a problem?\n\n"
        "There is no harm in it. A dim warm light disturbs sleep far less than a bright white one, and many "
        "children give it up on their own in a year or two. We see plenty of ten-year-olds who still use "
        "one, and you will hear about it when they stop.\n",
        ["How much sleep does a seven-year-old get by on?", "Is a tablet at bedtime really that bad?",
         "Our son says he is not tired at eight. Is he right?", "Is a night light at this age a problem?"],
        id="readers-questions-answered-to-reader"),
    # prose advice, one point per paragraph, after a two-paragraph introduction; one point is stated as a clause
    # and a colon, one as the writer's own habit: both are points among the others
    pytest.param(
        "Last spring my landlord sold the flat and I had six weeks to move out with a full-time job and no car. "
        "I managed it, just.\n\n"
        "I made every mistake there is, so here is what I would tell anyone in the same spot.\n\n"
        "Book the van before you look at flats. Vans go weeks ahead at the end of the month, and a good flat "
        "will not wait for you to find one.\n\n"
        "Boxes are never enough: the free ones from the supermarket collapse under books, and the count "
        "always comes up short by half. Sturdy ones cost little next to a broken lamp.\n\n"
        "I stopped packing in the evenings. After a day at work everything went into the nearest box, and it "
        "took me a month to find my keys.\n\n"
        "Label every box with its room, not its contents. Whoever carries it in only needs to know where it "
        "goes.\n\n"
        "Keep one bag for the first night. Kettle, mugs, a towel and the phone charger, packed last and "
        "carried by you.\n",
        ["Book the van before you look at flats.", "Boxes are never enough",
         "I stopped packing in the evenings.", "Label every box with its room, not its contents.",
         "Keep one bag for the first night."],
        id="one-colon-lead-among-paragraphs"),
    # a mailing-list archive keeps its previous/next links as bullets above the letter; the letter's points are
    # its paragraphs
    pytest.param(
        "* Previous message: [allotment-list] Water butts for sale\n"
        "* Next message: [allotment-list] AGM minutes\n"
        "* Messages sorted by: [ date ] [ thread ] [ subject ]\n\n"
        "Hello everyone,\n\n"
        "I am handing over the shed keys at the end of the month, and this is what I wish I had known.\n\n"
        "Lock the padlock with the shackle facing the wall. Nobody can get a bar behind it then.\n\n"
        "Sign the book for anything bigger than a trowel. Half our arguments are about who had the strimmer.\n\n"
        "Check the fuel before you take the mower out. An empty tank at the far plot is a long walk back.\n\n"
        "Thank you for taking this on. It was the best part of my week and I hope it becomes part of yours.\n",
        ["Lock the padlock with the shackle facing the wall.",
         "Sign the book for anything bigger than a trowel.",
         "Check the fuel before you take the mower out."],
        id="archive-navigation-bullets"),
    # a blog copied over two screens: one section's title lost its line break ("... worth itMy first ..."), and
    # the pager between the screens is no section title
    pytest.param(
        "Nine winters of riding to work taught me a few things, and here they are.\n\n"
        "Wear thin layers\nOne thick coat overheats on the first hill and freezes you at the next light.\n\n"
        "Fit a second rear light to the bagA single light is easy to miss in sleet, and a bag light sits at "
        "a driver's eye level.\n\n"
        "Keep your feet dry\nOvershoes look silly and work better than anything else I have tried.\n\n"
        "Pages: 1 2 Next \u00bb\n\n"
        "Plan a way home by bus\nSome mornings the storm wins; a fare in your pocket means you are never "
        "stranded.\n",
        ["Wear thin layers", "Fit a second rear light to the bag", "Keep your feet dry",
         "Plan a way home by bus"],
        id="title-glued-to-first-sentence"),
]


@pytest.mark.parametrize(("text", "headlines"), HEADLINES)
def test_the_tips_headlines_of_a_shape(text, headlines):
    assert tip_headlines(text) == headlines


COUNTS = [
    # a last step under a short title stays a step
    pytest.param(
        "Four steps to a clean oven without fumes.\n\n"
        "Make the paste\n\nMix bicarbonate of soda with water until it spreads.\n\n"
        "Coat the inside\n\nSpread it everywhere except the element.\n\n"
        "Leave it overnight\n\nTwelve hours lets it soften the grease.\n\n"
        "Final wipe\n\nWipe all of these layers away with a damp cloth and vinegar.\n",
        4,
        id="last-step-under-short-title"),
    # the same heading shape under a paragraph of prose: the introduction has been given, the section is a point
    pytest.param(
        "Most cold frames are opened too late in the day and shut too early. A few habits fix that, and "
        "they cost nothing at all.\n\n"
        "Open it by nine\n\nEven on a grey day the glass traps heat by mid-morning.\n\n"
        "Shut it by four\n\nClose it while the soil still holds the day's warmth.\n\n"
        "Prop it on windy days\n\nA brick under the lid lets air in without the gale.\n",
        3,
        id="first-section-under-prose-intro"),
    # a thank you after the points is the close
    pytest.param(
        "Three things I learned running the school quiz for ten years.\n\n"
        "Write twice as many questions as you need. A round always runs short when a table argues.\n\n"
        "Test the microphone in the empty hall. A full hall soaks up half the sound.\n\n"
        "Mark the sheets at a separate table. Teams hover if you mark in front of them.\n\n"
        "Thank you all for coming every year. It was the best night of the school calendar for me.\n",
        3,
        id="thank-you-after-points"),
]


@pytest.mark.parametrize(("text", "count"), COUNTS)
def test_the_number_of_tips_of_a_shape(text, count):
    assert len(split_text(text).tips) == count


FORMS = [
    # things you will need without the edit link is a kit list too
    pytest.param(
        "Hanging a shelf straight is easier with a plan.\n\n"
        "Things you will need:\n\n"
        "\u2022 A spirit level\n\u2022 A drill and a masonry bit\n\u2022 Wall plugs and screws\n\n"
        "1. Mark the height with a pencil line. Check it with the level before you drill.\n"
        "2. Drill the first hole and plug it. Hang the bracket loosely from it.\n"
        "3. Level the bracket, mark the second hole and drill it.\n",
        ["numbered"] * 3,
        id="kit-list-without-edit-link"),
    # a recipe cards method under its headings stays the list
    pytest.param(
        "Soft rolls for a Sunday lunch. Do they really need two rises?\n\n"
        "Ingredients\n\n\u2022 500 g strong flour\n\u2022 7 g yeast\n\u2022 300 ml warm milk\n\n"
        "Instructions\n\n"
        "1. Mix everything into a soft dough and knead for ten minutes.\n"
        "2. Leave it covered until doubled, about an hour.\n"
        "3. Shape twelve rolls and let them rise again for half an hour.\n"
        "4. Bake at 200 C for 15 minutes.\n\n"
        "Notes\n\nCan they be frozen? Yes, for a month.\n",
        ["numbered"] * 4,
        id="recipe-card-method"),
]


@pytest.mark.parametrize(("text", "forms"), FORMS)
def test_the_tips_forms_of_a_shape(text, forms):
    assert [t.form for t in split_text(text).tips] == forms
