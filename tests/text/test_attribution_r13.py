"""Attribution (round 13): a WordPress theme's post head names the category and the comment count after the name."""

from __future__ import annotations

from pipeline.text import attribution as at


def test_a_post_head_with_a_category_and_a_comment_count_gives_the_name_alone():
    line = "Posted on 3 March 2022 by Zdeňka Holubová in Beds & Borders | 12 Comments"
    assert at.parse_byline(line).name == "Zdeňka Holubová"
    assert at.cut_tails("Ifeoma Chukwu in Recipes | 2 Comments") == "Ifeoma Chukwu"


def test_a_name_with_one_tail_keeps_what_it_kept():
    assert at.cut_tails("Ifeoma Chukwu | Filed under Recipes") == "Ifeoma Chukwu"
    assert at.cut_tails("Ifeoma Chukwu - Editor") == "Ifeoma Chukwu - Editor"


def test_a_headline_opening_with_a_quoted_phrase_and_a_colon_may_be_a_title():
    assert at.may_be_title("“Slow is fast”: an afternoon with a bonsai grower")
    assert not at.may_be_title("“Slow is fast,” she said, and went back to her trees.")
