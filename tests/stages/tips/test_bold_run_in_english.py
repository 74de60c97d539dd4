"""Bold-led points in English where the paragraph reading refuses the block (round 15).

A modern blog post (Ghost, Substack, WordPress) often opens with a dek and two or three paragraphs of story before
its points, and sets each point's lead in bold. The English paragraph reading refuses a block whose introduction
runs past a paragraph or two; the page's own bold still marks the points, as it does in any other language.
"""

from pipeline.stages.tips import split_text

INTRO = ("Four changes that turned a box room into a study I actually like.\n\n"
         "For a year the box room held the ironing board, two bikes and everything we had not unpacked. My partner "
         "called it the cave, and she was being kind.\n\n"
         "Last spring I finally cleared it. This is what made the difference, and nothing cost more than a tin "
         "of paint.\n\n")
POINTS = ("Paint the ceiling a shade lighter than the walls. A small room feels taller at once, and the lamp "
          "light bounces further.\n\n"
          "Hang the shelves above the desk, not beside it. The floor stays clear and the room stops feeling "
          "crowded.\n\n"
          "Buy one good lamp. A single warm lamp at eye level does more than a bright bulb overhead.\n\n"
          "Leave one wall bare. The eye needs somewhere to rest after a day of screens.\n\n")
CLOSE = "We still call it the cave, but now we mean it fondly.\n"
LEADS = ["Paint the ceiling a shade lighter than the walls.", "Hang the shelves above the desk, not beside it.",
         "Buy one good lamp.", "Leave one wall bare."]


def test_a_run_of_bold_led_paragraphs_under_a_long_introduction_gives_one_tip_each():
    tips = split_text(INTRO + POINTS + CLOSE, leads=LEADS).tips
    assert [t.headline for t in tips] == [lead.rstrip(".") + "." for lead in LEADS]


def test_without_the_bold_the_same_text_is_read_as_before():
    # the fallback asks for the page's bold: plain text under the same introduction is not made into points by it
    assert split_text(INTRO + POINTS + CLOSE).tips == split_text(INTRO + POINTS + CLOSE, leads=LEADS[:2]).tips


def test_bold_leads_on_two_paragraphs_only_make_no_run():
    assert split_text(INTRO + POINTS + CLOSE, leads=LEADS[:2]).tips == ()
