"""Round 9 (issue 16): a reader's question standing as a line of its own is its answer's heading whole, even of three
sentences or with a statement after the question mark (tests/fixtures/realpages/SPEC.md: "A question heading is the
question whole when it is a line"); a reader's longer letter is headed by its first sentence. Written in our own
words after the shape of real vet, garden and DIY mailbag pages."""

from __future__ import annotations

from tests.conftest import tip_headlines as headlines

MAILBAG = ("Each week our gardener answers three of your letters.\n\n"
           "Q: Our apple tree fruits every other year. This year it has nothing at all. Is it dying?\n"
           "A: No. Biennial bearing is common in older varieties. Thin the fruitlets hard in a heavy year and the "
           "tree will even itself out.\n\n"
           "Q: Can I put wood ash on the vegetable beds? My neighbour swears by it.\n"
           "A: In moderation. Ash raises the pH, so keep it away from potatoes and use a handful per square metre "
           "at most.\n\n"
           "Q: Why do my sweet peas go yellow at the base?\n"
           "A: Usually cold, wet roots. Sow them in deep pots and plant out only when the soil has warmed.\n\n")


def test_a_question_line_of_three_sentences_is_the_heading_whole():
    assert headlines(MAILBAG) == [
        "Our apple tree fruits every other year. This year it has nothing at all. Is it dying?",
        "Can I put wood ash on the vegetable beds? My neighbour swears by it.",
        "Why do my sweet peas go yellow at the base?"]


def test_a_long_letter_is_headed_by_its_first_sentence():
    letter = MAILBAG.replace(
        "Q: Can I put wood ash on the vegetable beds? My neighbour swears by it.",
        "Q: We burn logs all winter and end up with sacks of ash in the shed by March, far more than we could ever "
        "use on the compost heap. Can I put wood ash on the vegetable beds? My neighbour swears by it.")
    assert headlines(letter)[1] == ("We burn logs all winter and end up with sacks of ash in the shed by March, far "
                                    "more than we could ever use on the compost heap.")
