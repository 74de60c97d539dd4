"""Round 30 (issue 16): on an HTML page that sets its point paragraphs' leads in bold, the paragraphs after the last
bold-led point are not points, even where one point among them lost its bold (a point of the points' shape the
page left unbolded) and even where a second unbolded paragraph (a licence note, a sign-off) stands under the
conclusion. Round 10 asked the three paragraphs right above the last one to be bold-led. Pages written here in our
own words."""

from __future__ import annotations

from pipeline.stages.tips import split_text
from pipeline.text.extract import html_to_text

PAGE = """<html><body><article>
<p>Our allotment shed has flooded three winters running, and every spring we lose a week to mouldy seed packets
and rusty tools. This year we tried a few small habits instead of a new shed.</p>
<p><b>Lift everything off the floor.</b> Two planks on bricks keep the compost bags and the tool box out of the
puddle that forms under the door.</p>
<p><b>Keep the seeds in a tin</b> with a tight lid and a sachet of rice in it to take up the damp, and write the
sowing month on the lid.</p>
<p>Oil the blades of the spades and shears before they go away. A rag with a little oil on it is all it takes, and
the rust never gets a start.</p>
<p><b>Open the door on dry days.</b> Ten minutes of moving air does more for the damp than any gadget we bought.</p>
<p><b>Check the gutter in November</b>, when the leaves are down, so the rain goes into the butt and not down the
back wall.</p>
{tail}
</article></body></html>"""
POINTS = ["Lift everything off the floor.", "Keep the seeds in a tin",
          "Oil the blades of the spades and shears before they go away.", "Open the door on dry days.",
          "Check the gutter in November"]
CONCLUSION = ("<p>Do all of this and the shed will not be perfect, but it will smell of earth rather than mould, and "
              "that is good enough for us.</p>")
NOTE = "<p>Share this post with your plot neighbours, and copy it into your own newsletter if it helps.</p>"


def _headlines(tail: str) -> list[str]:
    doc = html_to_text(PAGE.format(tail=tail))
    return [t.headline for t in split_text(doc.text, leads=doc.leads).tips]


def test_the_conclusion_after_bold_points_with_one_unbolded_among_them_is_no_point():
    assert _headlines(CONCLUSION) == POINTS


def test_a_note_under_the_conclusion_is_no_point_either():
    assert _headlines(CONCLUSION + NOTE) == POINTS


def test_a_last_point_the_page_bolds_stays_a_point():
    last = "<p><b>Sweep it out in March.</b> A clean floor shows you where the water still gets in.</p>"
    assert _headlines(last + CONCLUSION) == [*POINTS, "Sweep it out in March."]


# A last paragraph promising the reader an outcome ("Keep at it and you will …", "By spring you will have …") after
# prose points that each advise is the conclusion, not one more point (SPEC: a closer stating an outcome or
# encouragement). Seen on three parts in three hands' words; written here anew.
PROSE = """Every autumn the same question comes in from readers: why does the bike feel so sluggish by November?

Clean the chain every second week. Road grit turns the oil into a paste that wears the teeth on every sprocket.

Check the tyre pressure on Sundays. Soft tyres in the wet feel safe but drag and pinch on every pothole.

Wipe the brake rims after a wet ride. The black film on them is your brake blocks and a little of the rim.

Keep a spare tube in the saddle bag. A puncture in the rain is a nuisance; one without a tube is a long walk.

{last}
"""
PROSE_POINTS = ["Clean the chain every second week.", "Check the tyre pressure on Sundays.",
                "Wipe the brake rims after a wet ride.", "Keep a spare tube in the saddle bag."]


def _prose_headlines(last: str) -> list[str]:
    return [t.headline for t in split_text(PROSE.format(last=last)).tips]


def test_a_last_paragraph_promising_an_outcome_after_an_instruction_concludes():
    last = ("Look after the bike like this and you will find it still rolls freely when the spring comes round. "
            "The shop down the road will miss your custom.")
    assert _prose_headlines(last) == PROSE_POINTS


def test_a_last_paragraph_that_is_the_readers_future_concludes():
    last = ("Whatever the weather does, you will have a bike that is ready for the first dry weekend of March. "
            "Enjoy it, then plan a longer ride.")
    assert _prose_headlines(last) == PROSE_POINTS


def test_a_last_point_that_only_advises_stays_a_point():
    last = "Hang the bike up for the winter. Tyres left on a cold floor for months get a flat spot."
    assert _prose_headlines(last) == [*PROSE_POINTS, "Hang the bike up for the winter."]


# An instruction with an action of its own stays a point even when it adds an outcome ("Prune the lower shoots and
# you will soon have …"): only an instruction that sums the points up ("like this", "these", "all of it") concludes.
def test_a_last_instruction_of_its_own_with_an_outcome_stays_a_point():
    last = "Oil the pedals in October and you will soon have a quieter ride. The squeak comes from the axle."
    assert _prose_headlines(last) == [*PROSE_POINTS, "Oil the pedals in October and you will soon have a quieter ride."]


def test_a_last_instruction_with_a_comma_and_an_outcome_stays_a_point():
    last = "Lower the saddle a finger's width, and you'll get more power on the hills. Knees like a slight bend."
    assert _prose_headlines(last) == [*PROSE_POINTS, "Lower the saddle a finger's width, and you'll get more power on "
                                      "the hills."]
