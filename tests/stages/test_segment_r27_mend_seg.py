"""Round 27's review of the merge, mended (segment): a post that merely mentions moving is no soft 404, and a whole
post ending on a sign-off without its full stop is no excerpt cut at a jump break. Our own words (invented blogs and
people); each rule has its look-alike that keeps its answer.
"""

from __future__ import annotations

from tests.conftest import file_articles, segment_page

_POINTS = ("1. Label every box with the room it goes to, on two sides.\n"
           "2. Pack the kettle and two mugs last, in a bag you carry yourself.\n"
           "3. Photograph the back of the television before you unplug it.\n")


def test_a_moved_line_under_the_posts_own_paragraph_is_no_soft_404():
    page = ("Packing Up a Small Flat\nBy Ilka Brandvold\n\n"
            "We moved across the river in March with one van and no help. Here is what I would do again.\n\n"
            "This post has moved (more or less) from my old paper diary.\n\n" + _POINTS)
    (article,) = segment_page(page)
    assert article.author == "Ilka Brandvold"


def test_a_moved_title_over_its_writers_byline_is_no_soft_404():
    page = ("This page has moved (kind of)\nBy Ilka Brandvold\n\n"
            "The newsletter changed its address this spring, but nothing else did. Three things kept the readers.\n\n"
            + _POINTS)
    assert len(segment_page(page)) == 1


def test_a_moved_notice_over_an_apology_and_teasers_is_still_a_soft_404():
    page = ("Pantry Notes\nKitchen help for small homes\n\nHome > Error\n\nThis page has moved (or it went astray)\n\n"
            "Sorry! The recipe you wanted is not at this address any more. Try one of these instead:\n\n"
            "Pickling Red Onions in a Jar\nSlice them thin, then...\nRead it\n\n"
            "Freezing Herbs in Oil\nChop them fine and...\nRead it\n")
    assert segment_page(page) == []


_POST = "{date}\n\n{title}\n\n{body}\n\nPosted by Oskar Lindqvell at 7:40 PM\n\n"


def _home(first_body: str, second_body: str) -> str:
    return ("Sawdust and Twine Notes\n\n"
            + _POST.format(date="Monday, June 2, 2025", title="Shears From the Shed", body=first_body)
            + _POST.format(date="Thursday, May 29, 2025", title="Why I Gave Up on Weedkiller", body=second_body)
            + "Older Posts\n")


_EXCERPT = "Blunt shears crush a stem instead of cutting it. A whetstone and ten minutes fix that.\n\nRead more »"
_WHOLE_POST = ("For ten summers I sprayed the path every May and the weeds came back every June regardless.\n\n"
               "This year I poured boiling water from the kettle on them instead, twice a week for a month.\n\n"
               "The path is clear, the hedgehog is back, and it cost nothing, so long from the shed")


def test_a_whole_post_of_paragraphs_ending_without_a_full_stop_stays_an_article(tmp_path):
    path = tmp_path / "home.txt"
    path.write_text(_home(_EXCERPT, _WHOLE_POST), encoding="utf-8")
    assert [a.title for a in file_articles(path)] == ["Shears From the Shed", "Why I Gave Up on Weedkiller"]


def test_a_one_paragraph_post_cut_mid_sentence_under_its_read_more_is_still_a_teaser(tmp_path):
    whole = ("Blunt shears crush a stem instead of cutting it, and a crushed stem lets rot in. A whetstone and ten "
             "minutes fix that.\n\nHold the blade at the angle it was ground at, and stroke away from the edge.")
    cut = ("For ten summers I sprayed the path every May and the weeds came back every June, until I tried a "
           "cheaper way that starts with\n\nRead more »")
    path = tmp_path / "home.txt"
    path.write_text(_home(whole, cut), encoding="utf-8")
    assert [a.title for a in file_articles(path)] == ["Shears From the Shed"]
