"""Tip shapes of round 25 (issue 16), text-shaped pages, in our own words: a list run into one paragraph with its
introduction, "And finally," in run-on order words, related posts' excerpts under the article, a chapter's
objectives, summary and review questions, an expert round-up with unquoted answers, a first-person frame before a
colon, a hard wrap that broke a line early, a "Bonus tip:" under the conclusion, prose points and the closers
after them, a carousel's numbered slides, a video whose chapters only label the points it says aloud, and a how-to
whose steps trail off with dots."""

from __future__ import annotations

from pipeline.stages.tips import split_text


def heads(text: str, title: str | None = None) -> list[str]:
    return [t.headline for t in split_text(text, title=title).tips]


# --- a whole list run into one paragraph with its introduction ----------------------------------------------------

RUN_TOGETHER = (
    "Most seedlings that fail are drowned, not starved. Spring is when people lose the most. Here are four things "
    "I tell everyone at the plot. Sow thinly. Crowded seedlings stretch for light and flop over within a week. Use "
    "a fine rose on the can. A heavy jet knocks the little plants flat and washes the compost away. Check with a "
    "finger. Water only when the top centimetre has dried out, never on a timetable. Harden them off. A week of "
    "days outside and nights in the shed gets them used to the wind.\n\n"
    "Give it a season and you will lose far fewer."
)


def test_a_list_run_into_its_introduction_gives_one_point_per_explained_lead():
    assert heads(RUN_TOGETHER, "Four Ways to Keep Seedlings Alive") == [
        "Sow thinly.", "Use a fine rose on the can.", "Check with a finger.", "Harden them off."]


def test_without_a_count_the_run_together_paragraph_stays_prose():
    uncounted = RUN_TOGETHER.replace("Here are four things", "This is what")
    assert heads(uncounted, "Keeping Seedlings Alive") == []


# --- "And finally," closing the run-on order words -----------------------------------------------------------------

AND_FINALLY = (
    "A stuck zip ruins a good coat, and most of them can be saved in a minute. First, rub a soft pencil along the "
    "teeth; the graphite lets the slider run again. Second, if it still catches, work a little lip balm into the "
    "stiff spot and zip it up and down a few times. And finally, when the slider has spread, squeeze it gently with "
    "pliers so it grips both sides again. Next time, close the zip before it goes in the wash."
)


def test_and_finally_is_the_last_of_the_run_on_points():
    assert heads(AND_FINALLY) == [
        "Rub a soft pencil along the teeth; the graphite lets the slider run again.",
        "If it still catches, work a little lip balm into the stiff spot and zip it up and down a few times.",
        "When the slider has spread, squeeze it gently with pliers so it grips both sides again."]


# --- related posts' excerpts under the article --------------------------------------------------------------------

RELATED_EXCERPTS = "\n\n".join([
    "Grass stains look permanent, but they are mostly plant dye and come out with patience. " * 3,
    "Treat the stain while it is fresh. Dye that has dried sets into the fibres.",
    "Dab on washing-up liquid and leave it for ten minutes. It loosens the green before the wash.",
    "Wash at the warmest setting the label allows. Heat lifts what the soap loosened.",
    "Dry it outside. Sunlight fades whatever shadow is left.",
    "With a little patience, most grass stains are gone after one wash.",
    "MORE FROM THE BLOG",
    "Rescuing a Shrunken Jumper\nJune 3, 2025",
    "1. Soaking it in conditioner. A capful in warm water relaxes the fibres. 2. Stretching it flat.",
    "3. Drying it on a towel. Roll it up and press the ...",
    "Why Towels Go Hard\nMay 20, 2025",
    "It is usually the fabric softener building up in the loops, not the water. Try a rinse with ...",
])


def test_related_posts_excerpts_under_their_titles_are_no_points():
    assert heads(RELATED_EXCERPTS) == [
        "Treat the stain while it is fresh.", "Dab on washing-up liquid and leave it for ten minutes.",
        "Wash at the warmest setting the label allows.", "Dry it outside."]


# --- a chapter's objectives, summary and review questions ---------------------------------------------------------

CHAPTER = """After reading this chapter you will be able to:
- tell a blunt blade from a bent one
- sharpen a mower blade at home

A blunt blade tears the grass instead of cutting it, and torn tips turn brown within a day.

4.1 Sharpening

1. Disconnect the spark plug before anything else. A blade turned by hand can start the engine.
2. Mark the underside of the blade with paint. It goes back the same way up.
3. File along the original angle only. A steeper edge chips on the first stone.
4. Balance the blade on a nail before refitting it. A heavy side shakes the mower apart.

Chapter summary
- Make the mower safe first
- Keep the original angle
- Balance before refitting

Review questions
1. Why disconnect the spark plug?
2. What happens to a blade that is out of balance?"""


def test_a_chapters_objectives_summary_and_questions_are_no_points():
    assert heads(CHAPTER) == [
        "Disconnect the spark plug before anything else.", "Mark the underside of the blade with paint.",
        "File along the original angle only.", "Balance the blade on a nail before refitting it."]


# --- an expert round-up whose answers are unquoted ----------------------------------------------------------------

ROUNDUP = "\n\n".join([
    "We asked four people who cook for crowds what home cooks get wrong when they feed a big table.",
    "Ines Marwood, caterer at Long Table Events",
    "Make the main dish the day before. Stews and braises taste better after a night in the fridge anyway.",
    "Tobiah Renk, school cook",
    "I tell every new helper the same thing: taste as you go, because a big pot hides a bland sauce.",
    "Related: Our favourite big roasting tins",
    "Dagny Holloway, food writer at Crumbwise",
    "Buy one more loaf than you think you need. Bread runs out before anything else on a long afternoon.",
    "Pell Okonjo, chef at The Yard",
    "Keep the oven free for the last hour. Everything that can be served cold or warm should already be done.",
])


def test_unquoted_answers_under_credit_lines_are_the_points():
    assert heads(ROUNDUP) == [
        "Make the main dish the day before.",
        "I tell every new helper the same thing: taste as you go, because a big pot hides a bland sauce.",
        "Buy one more loaf than you think you need.", "Keep the oven free for the last hour."]


# --- a hard wrap that broke a point's line before it was full -----------------------------------------------------

EARLY_WRAP = """The council expects a long cold spell from next week, and the gritting lorries will be busy on the main
roads first. The side streets can wait days. Neighbours who did a little in autumn will be glad of it in January.

We asked the road crews and a few residents what they do before the first frost. If you only have an
afternoon, start here:

Buy a bag of grit now: the shops run out the day the forecast turns and the price doubles after that.
A twenty-kilo bag does a short drive and the path.

Fit winter wipers. Summer blades smear in the cold and leave a film across the screen at night. Keep a
spare pair in the boot.

Check the antifreeze. A cheap tester from the garage tells you in a minute whether the mix will hold.
Top it up before the first hard night.

Keep a blanket in the car. Being stuck for an hour on a closed road is far colder than people expect."""


def test_a_line_broken_early_by_the_wrap_goes_on_with_its_point():
    assert heads(EARLY_WRAP) == [
        "Buy a bag of grit now", "Fit winter wipers.", "Check the antifreeze.", "Keep a blanket in the car."]


# --- a "Bonus tip:" under the conclusion --------------------------------------------------------------------------

BONUS_UNDER_CONCLUSION = """Camping with children is easier with a plan. Here is mine.

Before you go

1. Pitch the tent once in the garden. You find the missing pegs at home, not in the rain.
2. Pack a bag of dry clothes for each child and do not open it until bedtime.

On site

1. Pick the flattest spot, not the one with the view.
2. Give every child a job and a torch.

Final thoughts

Nobody remembers the rain, only the marshmallows.

Bonus tip: Put a cheap doormat outside the tent door and leave the wet boots on it."""


def test_a_bonus_tip_under_the_conclusion_is_one_more_point():
    found = heads(BONUS_UNDER_CONCLUSION)
    assert len(found) == 5
    assert found[-1] == "Put a cheap doormat outside the tent door and leave the wet boots on it."


# --- prose points led by short sentences, then the closers --------------------------------------------------------

PROSE_POINTS = "\n\n".join([
    "Our water bill doubled last year, so I spent the summer trying things one at a time. Most of them were free.",
    "Fix the dripping tap first. A tap that drips once a second wastes a bath of water every week.",
    "Fit a shower timer. Four minutes is plenty, and a sand timer on the tiles makes it a game.",
    "Catch the cold water while the shower warms up. A bucket in the corner fills a watering can every morning.",
    "Run the machine only when it is full. Half a load uses almost the same water as a whole one.",
    "If the toilet cistern is an old one, just put a brick wrapped in a bag in it to save a litre every flush.",
    "None of this is going to change the world, but our last two bills were the lowest since we moved in here.",
    "Perrin writes about money at Small Change and grows tomatoes on a windowsill.",
])


def test_closers_of_another_shape_after_led_prose_points_conclude():
    assert heads(PROSE_POINTS) == [
        "Fix the dripping tap first.", "Fit a shower timer.", "Catch the cold water while the shower warms up.",
        "Run the machine only when it is full.",
        "If the toilet cistern is an old one, just put a brick wrapped in a bag in it to save a litre every flush."]


# --- a carousel's numbered slides ---------------------------------------------------------------------------------

CAROUSEL = """plantsbymo
Follow
Original audio

1/6
HOUSEPLANTS DYING?
4 things to check
swipe

2/6
LIGHT BEFORE WATER
Most plants sulk from too little light, not too little water. Move them first.

3/6
FEEL THE SOIL
Water when the top inch is dry, not on Sundays.

4/6
EMPTY THE SAUCER
Roots standing in water rot within a week.

5/6
TURN THE POT
A quarter turn a week keeps them growing straight.

6/6
SAVE THIS FOR LATER
Follow @plantsbymo for more

View all 42 comments"""


def test_a_carousels_cover_last_slide_and_chrome_are_no_points():
    assert heads(CAROUSEL) == ["LIGHT BEFORE WATER", "FEEL THE SOIL", "EMPTY THE SAUCER", "TURN THE POT"]


# --- a video whose chapters only label the points the transcript says ---------------------------------------------

VIDEO = """Chapters
0:00 Intro
0:30 Tip 1 - the pan
1:10 Tip 2 - the oil
1:50 Sponsor
2:20 Tip 3 - the flip
3:00 Outro

Transcript
0:00 Hi all, today it's three ways to stop pancakes sticking.
0:30 Tip number one. Heat the pan for a full two minutes before the batter goes in.
0:36 A cold pan is the reason most first pancakes tear.
1:10 Tip number two. Wipe the oil on with kitchen paper instead of pouring it.
1:16 A thin film is all you need.
1:50 This video is brought to you by a frying pan company.
2:20 And tip number three. Wait for bubbles across the top before you flip.
2:26 If the edges lift easily, it is ready.
3:00 That's it, see you next week."""


def test_counted_chapters_defer_to_the_points_said_aloud():
    found = heads(VIDEO)
    assert len(found) == 3
    assert found[1] == "Wipe the oil on with kitchen paper instead of pouring it."


# --- a how-to whose steps trail off with dots ---------------------------------------------------------------------

TRAILING_DOTS = "\n\n".join([
    "Ferns hate being moved, but a pot-bound fern hates it more. This is how I do mine each spring.",
    "Water the fern the evening before so the roots slide out in one piece...",
    "Tip the pot on its side and ease the plant out by the base of the fronds...",
    "Tease out the outer roots and trim off any that are brown and soft...",
    "Set it in a pot one size larger with fresh compost and firm it in gently...",
    "Keep it out of direct sun for a week and it will soon perk up.",
])


def test_steps_trailing_off_with_dots_are_no_teasers():
    found = heads(TRAILING_DOTS)
    assert found[:4] == [
        "Water the fern the evening before so the roots slide out in one piece...",
        "Tip the pot on its side and ease the plant out by the base of the fronds...",
        "Tease out the outer roots and trim off any that are brown and soft...",
        "Set it in a pot one size larger with fresh compost and firm it in gently..."]


def test_a_point_said_aloud_runs_on_over_the_transcripts_lines():
    wrapped = (VIDEO.replace("0:30 Tip number one. Heat the pan for a full two minutes before the batter goes in.",
                             "0:30 Tip number one. Heat the pan for a full two minutes\n"
                             "0:33 before the batter goes in.")
               .replace("2:20 And tip number three. Wait for bubbles across the top before you flip.",
                        "2:20 And tip number three. Wait for bubbles across\n2:23 the top before you flip."))
    found = heads(wrapped)
    assert found[0] == "Heat the pan for a full two minutes before the batter goes in."
    assert found[2] == "Wait for bubbles across the top before you flip."

