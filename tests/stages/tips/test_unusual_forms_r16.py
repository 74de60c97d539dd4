"""Tips in unusual forms (issue 16, round 16: a blind hand's pages of do/don't tables, step headings over lettered
sub-steps, FAQs with a table inside an answer, myth/fact pairs, a video transcript's spoken counters). Our own words.
"""

from pipeline.stages.tips import split_text


def _heads(text: str, title: str | None = None) -> list[str]:
    return [t.headline.rstrip(".") for t in split_text(text, title=title).tips]


def test_the_last_steps_lettered_sub_steps_belong_to_it():
    steps = []
    for n, (name, subs) in enumerate((("Strip the old varnish", 3), ("Sand the boards", 3), ("Oil the wood", 2)), 1):
        steps.append(f"Step {n}: {name}")
        steps.append("\n".join(f"{'abc'[k]}) Work along the grain and keep the tool moving, part {k + 1}."
                               for k in range(subs)))
    text = "Old decking comes back to life in a weekend.\n\n" + "\n\n".join(steps) + "\n\nEnjoy the summer."
    assert _heads(text) == ["Strip the old varnish", "Sand the boards", "Oil the wood"]


def test_a_lettered_list_after_a_plain_numbered_list_stays_a_list():
    text = ("Three jobs for March.\n\n1. Prune the roses hard.\n2. Feed the lawn lightly.\n3. Sow sweet peas "
            "indoors.\n\nAnd in April:\n\na) Plant out the sweet peas.\nb) Mow on a high setting.\nc) Tie in the "
            "clematis.")
    assert len(_heads(text)) == 6


def test_a_myth_counter_is_a_marker_and_the_myth_heads_the_point():
    pairs = [("Cold weather gives you a cold", "Viruses do; you simply spend more time indoors together."),
             ("Cracking knuckles causes arthritis", "Studies of lifelong crackers found no link at all."),
             ("You lose most heat through your head", "You lose heat from any skin you leave bare.")]
    text = "Some things everybody knows are wrong.\n\n" + "\n\n".join(
        f"MYTH #{n}: {m}.\nFACT: {f}" for n, (m, f) in enumerate(pairs, 1))
    assert _heads(text) == [m for m, _ in pairs]


def test_a_numbered_reply_header_is_no_counter():
    text = ("My three rules for a first hive.\n\n1. Heft it every month.\n2. Keep the entrance clear.\n3. Never open "
            "it in the cold.\n\nReply #1 - Bee_Keeper_Sam - 4 May 2023\nGood list, thanks.\n\nReply #2 - Mo - 5 "
            "May 2023\nAgreed on the cold.")
    assert len(_heads(text)) == 3


def test_a_transcripts_time_stamp_before_a_spoken_counter_is_part_of_the_marker():
    text = ("Transcript\n\n[00:00] Hello and welcome back to the workshop.\n\n"
            "[01:10] Tip one: clamp the piece before you cut. A moving board ruins the line.\n\n"
            "[03:25] Tip two: mark the waste side with a cross. You will thank yourself later.\n\n"
            "[05:40] Tip three: let the saw do the work. Pushing only bends the blade.\n\n"
            "[07:02] That's all for today, see you next week.")
    assert _heads(text) == ["clamp the piece before you cut", "mark the waste side with a cross",
                            "let the saw do the work"]


def test_a_gear_list_is_no_tips():
    text = ("Gear in this video\n\n• A japanese pull saw\n• Two quick clamps\n• A marking knife\n\n"
            "Some links are affiliate links.")
    assert _heads(text) == []


def test_a_table_inside_one_answer_does_not_end_the_faq():
    text = ("We hear these at the counter every week.\n\n"
            "How often should I sharpen my kitchen knife?\n\nHone it every week and sharpen it twice a year.\n\n"
            "Can I put a good knife in the dishwasher?\n\nNo. The heat and the rattling dull it within weeks.\n\n"
            "Which stone should I buy first?\n\nOne medium stone covers almost everything at home.\n\n"
            "Stone guide\n\nGrit\n\nUse\n\n400\n\nChips\n\n1000\n\nEveryday edge\n\n"
            "How do I store knives safely?\n\nOn a magnetic strip or in a block, never loose in a drawer.\n\n"
            "Should I oil a carbon steel blade?\n\nYes. Wipe on a drop of oil after washing to stop rust.")
    assert len(_heads(text)) == 5


def test_a_do_and_dont_table_under_its_heading_gives_one_tip_per_row_headed_by_the_do():
    rows = [("Rinse the pan while it is still warm", "Leave it soaking overnight in the sink",
             "Standing water rusts the surface."),
            ("Dry it on a low flame for a minute", "Let it drip dry on the rack",
             "Drops left behind leave orange spots."),
            ("Rub in a thin film of oil before storing it away in the cupboard", "Pour on a thick layer",
             "Too much oil turns sticky."),
            ("Cook something fatty in it the first few times", "Start with a tomato sauce",
             "Acid strips the young seasoning.")]
    cells = "\n\n".join("\n\n".join(row) for row in rows)
    text = ("A cast iron pan outlives its owner if you treat it right.\n\nThe table\n\nDo\n\nDon't\n\nWhy\n\n"
            + cells + "\n\nThat is all there is to it.")
    assert _heads(text) == [row[0] for row in rows]


def test_title_lines_and_their_paragraphs_are_no_table():
    text = ("Photo by a friend of mine\nI kept losing my keys. These are the rules that stuck.\n"
            "Keep one bowl by the door\nEvery key goes there the moment I walk in, without exception.\n"
            "Tag the spare set\nA bright tag makes them easy to spot in a drawer full of junk.\n"
            "Check before you leave\nPat your pockets at the door, every time, until it is a habit.")
    assert "Photo by a friend of mine" not in _heads(text)
