"""Round 12 (issue 16): a social thread numbered post by post ("1/", "2/", …) and republished as one page. The
numbers count posts, not points: the first post tells what happened and announces what follows, the last signs
off, and a post cut short by the character limit goes on in the next ("7/ (cont.) …"). The thread's points are
the posts between, a cut post and its continuation one point. Threads written here in our own words."""

from __future__ import annotations

from pipeline.stages.tips import split_text

THREAD = ("1/ Last spring my sourdough starter died twice in a month. Here is what finally kept it alive. 🧵\n\n"
          "2/ Feed it at the same hour every day. A starter likes a routine more than it likes flour.\n\n"
          "3/ Use a clean jar each week. Old crust on the rim grows mould that spreads down.\n\n"
          "4/ Keep it somewhere warm but not hot, away from the oven and the window. The top of the fridge\n\n"
          "5/ (cont.) worked for me all winter, and the airing cupboard in the cold snap.\n\n"
          "6/ Weigh, do not measure with cups. Equal weights of flour and water keep it steady.\n\n"
          "7/ That's all. Thanks for reading, and tell me how yours gets on.\n")


def test_a_threads_points_are_its_middle_posts_and_a_cut_post_is_one_point():
    tips = split_text(THREAD).tips
    assert [t.headline for t in tips] == [
        "Feed it at the same hour every day.", "Use a clean jar each week.",
        "Keep it somewhere warm but not hot, away from the oven and the window.",
        "Weigh, do not measure with cups."]
    assert "worked for me all winter" in tips[2].text and "(cont.)" not in tips[2].text


def test_a_continuation_by_ellipsis_and_an_opening_without_an_emoji():
    thread = (THREAD.replace(" 🧵", "").replace("(cont.) ", "… ")
              .replace("7/ That's all. Thanks for reading, and tell me how yours gets on.",
                       "7/ Hope this helps someone. Thanks for reading!"))
    assert [t.headline for t in split_text(thread).tips][2:] == [
        "Keep it somewhere warm but not hot, away from the oven and the window.", "Weigh, do not measure with cups."]
    assert len(split_text(thread).tips) == 4


def test_a_thread_that_opens_with_its_first_point_keeps_it():
    thread = ("1/ Feed it at the same hour every day. A starter likes a routine more than it likes flour.\n\n"
              "2/ Use a clean jar each week. Old crust on the rim grows mould that spreads down.\n\n"
              "3/ Weigh, do not measure with cups. Equal weights of flour and water keep it steady.\n\n"
              "4/ Discard half before each feed. Otherwise the jar overflows by Thursday.\n")
    assert len(split_text(thread).tips) == 4


def test_a_numbered_list_of_another_style_keeps_its_first_and_last_items():
    listed = ("1. Here is what finally kept my starter alive, in the order I learned it.\n\n"
              "2. Feed it at the same hour every day.\n\n3. Use a clean jar each week.\n\n"
              "4. That's all. Thanks for reading.\n")
    assert len(split_text(listed).tips) == 4  # only a thread numbers its posts rather than its points
