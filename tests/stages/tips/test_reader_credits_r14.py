"""A roundup of readers' tips signs each tip after a dash, and not every credit is a first name and a town: a
couple ("— Ros and Ewan, Kelso"), a town with its region ("— Dev in Salem, Oregon"), a reader who kept her name
back ("— A reader in Galway who would rather not be named"). The compiler's note in brackets between two tips is
her aside, not the next tip's start. Each tip is headed by its capitals lead (issue 16, round 14). Our own words."""

from __future__ import annotations

from pipeline.stages.tips import split_text

ROUNDUP = "\n\n".join([
    "Once a season the mailbag takes over this page. Here are the garden shortcuts you sent in this spring.",
    "EGG BOXES FOR SEEDLINGS. I sow peas two to a cell in cardboard egg boxes, then plant the whole box out once"
    " the roots show, so nothing gets disturbed. — Ros and Ewan, Kelso",
    "A BUCKET BY THE BACK DOOR. Every trip outside, I carry a bucket of weeds or kitchen peelings to the heap, and"
    " the heap gets fed without a special trip. — Dev in Salem, Oregon",
    "(My note: peelings from cooked food draw rats, so keep those for the council bin.)",
    "TWINE IN A TEAPOT. I keep the ball of garden twine in an old teapot with the string out of the spout, and it"
    " never tangles or rolls away under the bench. — A reader in Galway who would rather not be named",
    "COFFEE CUPS AS COLLARS. Cut the bottom off a paper cup and push it into the soil round each young bean plant,"
    " and the slugs and cutworms keep off it. — Wendell, Truro",
    "Keep them coming: the best ones win a packet of seeds.",
]) + "\n"


def test_each_reader_credit_closes_a_tip_headed_by_its_capitals():
    assert [t.headline.rstrip(".") for t in split_text(ROUNDUP).tips] == [
        "EGG BOXES FOR SEEDLINGS", "A BUCKET BY THE BACK DOOR", "TWINE IN A TEAPOT", "COFFEE CUPS AS COLLARS"]


def test_a_bracketed_note_between_tips_is_no_part_of_the_next():
    third = split_text(ROUNDUP).tips[2]
    assert "My note" not in third.text and third.text.startswith("TWINE IN A TEAPOT")
