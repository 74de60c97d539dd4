"""Round 5 (issue 16): a reader's comment under a post opens with its writer and a colon ("Anna Berg writes:"), the
shape of a list's lead-in; what follows is the comment's paragraphs, never a list whose glyphs were lost. And a list
whose glyphs were lost ends at a line pointing back at it ("With those to hand …", "Once you have these …"). Pages
written here in our own words after blog and article-directory comment threads."""

from __future__ import annotations

from tests.conftest import tip_headlines as headlines

POST = ("Four habits keep a compost heap working through the winter:\n\n"
        "1. Turn it once a fortnight. Air keeps the middle warm.\n\n"
        "2. Cover it with old carpet. Rain leaches what you want to keep.\n\n"
        "3. Add browns with every bucket of peelings. Cardboard is ideal.\n\n"
        "4. Keep it out of the wind. A sheltered corner loses less heat.\n\n"
        "More on leaf mould next month.\n\n")


def test_a_comment_under_the_post_is_no_list():
    thread = ("Tomasz Wolny writes:\n\n"
              "Thank you for this post, it came just at the right moment for our allotment group.\n\n"
              "We tried the carpet last year and the heap stayed warm right through January.\n\n"
              "Regarding the browns, shredded paper from the office works just as well as cardboard.\n")
    assert headlines(POST + thread) == ["Turn it once a fortnight.", "Cover it with old carpet.",
                                        "Add browns with every bucket of peelings.", "Keep it out of the wind."]


def test_a_lead_in_with_a_colon_still_opens_a_list_and_a_line_pointing_back_at_it_closes_it():
    body = ("Before you build a heap, gather these:\n\n"
            "A pallet for each side, screwed at the corners.\n\n"
            "A fork with four tines, not a spade.\n\n"
            "A lid of old carpet or board against the rain.\n\n"
            "With those to hand the heap is an afternoon's work.\n")
    assert headlines(body) == ["A pallet for each side, screwed at the corners.",
                               "A fork with four tines, not a spade.", "A lid of old carpet or board against the rain."]
