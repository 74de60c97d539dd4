"""Round 21: an e-mailed issue (its message headers on top, a "view it online" line, a masthead, a contents list)
holding two pieces between rule lines, each under its own headline. Pages written in our own words."""

from __future__ import annotations

from bench.labels import clean_through
from pipeline.records import Article
from pipeline.stages.segment import _bare_signature, _listicle_piece, _short_remark, _signed_at_end

RULE = "=" * 50

MAILED = f"""From: The Tidy Shed <post@tidyshed.example>
Subject: Issue 12: sharpening, and when to sow beans
Date: Tue, 4 Mar 2025 08:00:00 +0000

Open this message in your browser

THE TIDY SHED
notes for people with small gardens  ·  Issue 12  ·  March 2025

Inside:
 - Sharpening without a jig
 - When to sow broad beans

Hello everyone, two pieces this month, one on tools and one on seeds. - Mo

{RULE}

SHARPENING SECATEURS WITHOUT A JIG

Blunt secateurs crush stems instead of cutting them, and crushed stems rot. Ten minutes at the kitchen table
fixes most pairs, and this is how I do it:

 a) Open the blades and wipe off the sap with a rag and a little oil.
 b) Hold the stone flat against the bevel and push along the edge, away from you.
 c) Take one light pass on the flat side to lift off the burr.
 d) Cut a sheet of paper to test it, then oil the spring.

Do it every spring. Your roses will notice.

Ottilie Brandvold
© 2025 Ottilie Brandvold

{RULE}

When to Sow Broad Beans for an Early Crop

Broad beans are the first crop many of us pick, and the sowing date decides how early that is.

Sow in late autumn if your soil drains well. The plants sit small through winter and race away in spring.

Sow under cover in February if your ground stays wet. Plant them out when they have four leaves.

Pinch out the tips once the first pods set. It stops the blackfly and sends the strength into the pods.

Rasmus Lind is a market gardener in Cumbria and the author of two books on growing in the north.

{RULE}

DIARY
 14 Mar   Seed swap at the village hall, 10am
 2 Apr    Pruning walk, meet at the gate, 2pm

{RULE}

You get this because you signed up at tidyshed.example. Unsubscribe | Preferences
"""


def articles(tmp_path, text: str) -> list[Article]:
    path = tmp_path / "issue.txt"
    path.write_text(text, encoding="utf-8")
    return [a for a in clean_through([str(path)], "segment") if isinstance(a, Article)]


def test_an_emailed_issue_of_two_pieces_is_two_articles_under_their_own_headlines(tmp_path):
    found = articles(tmp_path, MAILED)
    assert [a.title for a in found] == ["SHARPENING SECATEURS WITHOUT A JIG",
                                        "When to Sow Broad Beans for an Early Crop"]
    assert found[0].author == "Ottilie Brandvold"  # the name signed over the writer's own copyright line


def test_a_name_over_its_copyright_line_signs_the_item():
    lines = ["TITLE", "A paragraph of the item, as long as a sentence should be.", "Ann Lee-Varga",
             "© 2024 Ann Lee-Varga"]
    assert _signed_at_end(lines, [0, 1, 2, 3], [0, 1, 2, 3])
    assert not _signed_at_end(lines[:2] + lines[3:], [0, 1, 2], [0, 1, 2])  # the copyright line alone signs nothing


def test_a_short_remark_in_two_sentences_may_stand_over_the_signature():
    assert _short_remark("Do it every spring. Your roses will notice.")
    assert not _short_remark("Spring Jobs For The Weekend") and not _short_remark("Sharpen the blades.")
    lines = ["Title", "Text of it.", "Do it every spring. You will see.", "Ottilie Brandvold"]
    assert _bare_signature(lines, [0, 1, 2, 3], 1, 3) == 3
    assert _bare_signature(["Title", "Tools", "Ottilie Brandvold"], [0, 1, 2], 1, 2) is None  # under a heading


UNSIGNED = f"""From: Hill Growers <news@hillgrowers.example>
To: members@hillgrowers.example
Subject: The hill growers' letter, spring

{RULE}
HILL GROWERS
{RULE}

Dear members, two short pieces for the season and the dates to keep.

----------------------------------------

STORING DRY BEANS THROUGH SUMMER

Written up by a member of the committee for this letter

Beans stored damp go mouldy in weeks, and a whole sack can be lost to one bad handful. Follow these steps:

1. Dry the pods on the plant until they rattle.

2. Shell them on a sheet, never on the ground.

3. Throw out any bean with a hole in it.

4. Keep them in sealed tins on a shelf off the floor.

----------------------------------------

Keeping hens dry in the wet months

Long wet spells bring sickness to a flock. Keep to these:

- Sweep the house out every week.
- Raise the water so the rain cannot fill it.
- Keep the run roofed at one end.
- Change the water every morning.

----------------------------------------

You get this letter because you are a member.
"""


def test_an_emailed_issue_of_two_unsigned_listicle_pieces_is_two_articles(tmp_path):
    found = articles(tmp_path, UNSIGNED)
    assert len(found) == 2 and found[1].title == "Keeping hens dry in the wet months"


def test_without_the_message_headers_two_unsigned_pieces_stay_one_page(tmp_path):
    bare = UNSIGNED.split("\n\n", 1)[1]  # no headers, no issue number: rule lines may be one article's sections
    assert len(articles(tmp_path, bare)) == 1


def test_a_listicle_piece_may_carry_a_head_line_over_its_opening_paragraph():
    lines = ["BEANS", "", "Notes by the committee", "",
             "Beans stored damp go mouldy within weeks, and a sack is soon lost. Do this:", "",
             "1. Dry them.", "2. Shell them.", "3. Sort them.", "4. Seal them."]
    assert _listicle_piece(lines, [0, 2, 4, 6, 7, 8, 9])
    assert not _listicle_piece(lines, [0, 2, 6, 7, 8, 9])  # no paragraph opening it: a bare list


PRINTED = """2/9/25, 4:05 PM Mending a bike tyre at the roadside: a five-minute fix | The Valley Wheel

Skip to content
The Valley Wheel
Cycling news for the valley
Sections   Rides   Repairs   Events

REPAIRS

Mending a bike tyre at the roadside: a five-minute fix

A puncture need not end your ride. Here is what to carry and how to use it.

by Wanjiru Halvorsen-Achebe
February 8, 2025

A slow puncture is the most common reason a ride ends early, and most of them can be fixed by the road in a few
minutes with a patch kit, two levers and a small pump that fits in a jersey pocket.

https://valleywheel.example/repairs/roadside-tyre-fix/ 1/3

2/9/25, 4:05 PM Mending a bike tyre at the roadside: a five-minute fix | The Valley Wheel

Lever the tyre off one side only, pull out the tube and find the hole by listening for the hiss of the air.

https://valleywheel.example/repairs/roadside-tyre-fix/ 2/3

2/9/25, 4:05 PM Mending a bike tyre at the roadside: a five-minute fix | The Valley Wheel

Check the inside of the tyre for the thorn before you put the patched tube back, or it will puncture again.

https://valleywheel.example/repairs/roadside-tyre-fix/ 3/3
"""


def test_a_print_s_running_header_over_the_site_s_head_is_no_paragraph(tmp_path):
    (found,) = articles(tmp_path, PRINTED)
    assert found.title == "Mending a bike tyre at the roadside: a five-minute fix"
    assert found.author == "Wanjiru Halvorsen-Achebe"


def test_a_long_opening_line_printed_once_is_still_the_text(tmp_path):
    once = PRINTED.replace("2/9/25, 4:05 PM ", "", 1).replace("\n2/9/25, 4:05 PM Mending a bike tyre at the roadside:"
                                                               " a five-minute fix | The Valley Wheel\n", "")
    assert "2/9/25" not in once
    (found,) = articles(tmp_path, once)
    assert found.title == "Mending a bike tyre at the roadside: a five-minute fix"


def test_a_box_of_several_readers_quoted_words_and_a_boxed_footer_are_no_articles(tmp_path):
    readers = ("FROM OUR READERS\n\nMarisol in Tromsø writes: \"Keep seed packets in a tin with a sachet of rice.\"\n\n"
               "Tobiah from Kendal: \"Label the lid, not the side.\nThe side faces the wall.\"\n\n")
    footer = f"{RULE}\nYou are receiving this because you signed up at tidyshed.example. To leave, reply with\nSTOP.\n"
    page = MAILED.replace("DIARY\n", readers + f"{RULE}\n\nDIARY\n").split("You get this")[0] + footer
    assert [a.title for a in articles(tmp_path, page)] == ["SHARPENING SECATEURS WITHOUT A JIG",
                                                           "When to Sow Broad Beans for an Early Crop"]


def test_an_item_of_several_paragraphs_quoting_a_reader_once_is_still_a_piece():
    from pipeline.stages.segment import _issue_box
    lines = ["WHY WE MULCH", "", "Ada in Leeds writes: \"Does mulch really help?\" It does, and here is why.", "",
             "A layer of bark keeps the soil damp for weeks and the weeds down all summer."]
    assert not _issue_box(lines, [0, 2, 4])


BOXED = "-" * 40


def test_an_issue_s_small_ads_under_their_boxed_label_are_its_own_and_end_the_last_piece(tmp_path):
    ads = (f"{BOXED}\n4. SMALL ADS\n{BOXED}\n\nFOR SALE: Oak plant stand, three tiers, collect from\nNorthwich. "
           f"Offers. Reply to the editor.\n\nWANTED: Rhubarb crowns, any kind. Will swap\nfor seedlings.\n\n")
    page = MAILED.replace("DIARY\n", f"{ads}{RULE}\n\nDIARY\n")
    found = articles(tmp_path, page)
    assert [a.title for a in found] == ["SHARPENING SECATEURS WITHOUT A JIG",
                                        "When to Sow Broad Beans for an Early Crop"]
    assert "FOR SALE" not in found[1].text  # the issue's footer from its ads down, not the last piece's text


def test_one_labelled_line_or_a_piece_s_labelled_steps_are_no_small_ads():
    from pipeline.stages.segment import _issue_box
    note = ["NOTICE", "", "PLEASE NOTE: the hall is shut in August, and the library will take the seed swap."]
    steps = ["POTTING ON", "", "Step 2: move the plant up one size only.", "", "Step 3: water it in well."]
    assert not _issue_box(note, [0, 2]) and not _issue_box(steps, [0, 2, 4])
    assert _issue_box(["SMALL ADS", "FOR SALE: A cold frame.", "WANTED: Jam jars.", "FREE: Pots."], [0, 1, 2, 3])
