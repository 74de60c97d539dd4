"""Round 9 (issue 16): a blog page's sidebar ("Recent Posts" over a list of the blog's other titles) is end matter:
its bullets are no tips, and the article's own points (paragraphs led by a clause and a colon, the bold lost) are
found above it. Written in our own words after the shape of real WordPress theme sidebars."""

from __future__ import annotations

from pipeline.stages.tips.paras import colon_lead
from tests.conftest import tip_headlines as headlines

POST = ("I started running at forty with no idea what I was doing. These are the things that kept me going.\n\n"
        "Run slower than you think: if you cannot talk, you are going too fast for the first months.\n\n"
        "Book the race first: a date on the calendar gets you out of the door in February.\n\n"
        "Rest on purpose: two easy days a week let the legs catch up with the lungs.\n\n"
        "Buy shoes last: a good pair helps, but only once you know you will keep going.\n\n"
        "It took me a year to run ten kilometres without stopping, and it was worth every slow step.\n\n"
        "Recent Posts\n"
        "- Why I Stopped Using A Running Watch\n"
        "- The Hill Session Nobody Likes\n"
        "- Ten Kilometres At Fifty\n")


def test_a_sidebar_of_recent_posts_ends_the_search_for_tips():
    assert headlines(POST) == ["Run slower than you think", "Book the race first", "Rest on purpose",
                               "Buy shoes last"]


def test_a_colon_lead_with_its_example_in_the_first_person_is_still_a_lead():
    told = POST.replace("if you cannot talk, you are going too fast for the first months.",
                        "I ran my first months at a pace I could chat at, and nothing hurt.")
    assert headlines(told)[0] == "Run slower than you think"


def test_a_name_before_words_in_the_first_person_is_no_lead():
    assert colon_lead("Maria Lopez: I run with a friend every Tuesday.", alone=False) == (
        "Maria Lopez: I run with a friend every Tuesday.")
    assert colon_lead("Run with a friend: I go every Tuesday.", alone=False) == "Run with a friend"
