"""Round 10 (issue 16): a two-column page scraped in reading order puts its sidebar boxes between the article's
points. Round 9's rules knew such boxes under the article ("Recent Posts" and its titles) but, on a page by another
hand, a directory's "Top Authors" box (a numbered list of names) was read as the first three tips, and a "Latest
Articles" box mid-article took every numbered paragraph after it as one more link. A box's list is its own glyph's
items; the article's "Tip #3 - …" after it is the article going on. Pages written here in our own words."""

from __future__ import annotations

import pytest

from pipeline.stages.tips.paras import paragraphs
from pipeline.stages.tips.patterns import CHROME_LINE
from pipeline.stages.tips.split import more_reading
from tests.conftest import tip_headlines

OPENING = ("I have grown tomatoes on a north-facing balcony for six summers, and most of what the seed packets say "
           "does not apply up here. A few habits do, and they are the whole secret.\n\n")
POINTS = ["Pick a short-season variety. Cherry types ripen in weeks where beefsteaks never colour at all.",
          "Water in the morning only. Wet leaves overnight on a shaded balcony invite blight.",
          "Feed weekly once the first truss sets. A pot holds little food, and a hungry plant drops its flowers.",
          "Pinch out the side shoots. Every shoot you leave is fruit that will not ripen before October."]
HEADLINES = ["Pick a short-season variety.", "Water in the morning only.", "Feed weekly once the first truss sets.",
             "Pinch out the side shoots."]


def _tips(k: int) -> str:
    return f"Tip #{k + 1} - {POINTS[k]}\n\n"


def test_a_box_of_top_authors_above_the_points_is_no_list_of_tips():
    box = ("Top Authors\n1. Hanne Lindqvist (210 articles)\n2. Tomasz Wrona (188 articles)\n"
           "3. Ade Bello (97 articles)\n\n")
    body = OPENING + box + "".join(_tips(k) for k in range(4)) + "Happy growing, and enjoy the glut.\n"
    assert tip_headlines(body) == HEADLINES


@pytest.mark.parametrize("line", ["Top Authors", "Featured contributors", "Our Experts:", "POPULAR WRITERS"])
def test_a_sidebar_of_names_is_page_chrome(line):
    assert CHROME_LINE.match(line)


@pytest.mark.parametrize("line", ["Top authors agree: water in the morning.", "Our writers grow what they test."])
def test_a_sentence_naming_authors_is_no_sidebar(line):
    assert CHROME_LINE.match(line) is None


def test_the_article_goes_on_after_a_box_of_links_between_its_points():
    box = ("Latest Articles\n- Choosing Compost For Pots\n- Why Are My Peppers Dropping Flowers\n"
           "- Ten Herbs For Shade\n\n")
    body = OPENING + _tips(0) + _tips(1) + box + _tips(2) + _tips(3) + "Happy growing, and enjoy the glut.\n"
    assert tip_headlines(body) == HEADLINES


def test_a_box_ends_where_its_glyph_does():
    intro = "A long paragraph about the allotment society's year and its show. " * 4
    text = (intro + "\n\nRecent Posts\n- Slugs After Rain\n- Sowing Leeks\n\n1. Water the seedlings from below so "
            "the compost does not crust over.\n\n2. Keep them on a cool sill.\n")
    paras = paragraphs(text)
    assert [paras[k].text for k in sorted(more_reading(text, paras))] == [
        "Recent Posts", "- Slugs After Rain", "- Sowing Leeks"]


def test_a_box_of_links_above_the_points_is_no_list_of_tips():
    body = ("Winter riding is mostly preparation.\n\n"
            "Latest Articles\n- Choosing a turbo trainer on a budget\n- Why your knees hurt after spinning class\n"
            "- Stretch your hamstrings after every ride\n\n"
            "Buy full-length mudguards. They keep grit off your back.\n\n"
            "Lower your tyre pressure a little. A softer tyre grips on wet leaves.\n\n"
            "Keep a dry set of clothes at work. Some mornings will soak you.\n\n"
            "Wipe and oil the chain every week. Road salt eats chains.\n")
    assert tip_headlines(body) == ["Buy full-length mudguards.", "Lower your tyre pressure a little.",
                                   "Keep a dry set of clothes at work.", "Wipe and oil the chain every week."]


@pytest.mark.parametrize("line", ["Latest Articles", "RECENT POSTS", "Featured stories:"])
def test_a_box_of_links_heading_is_page_chrome(line):
    assert CHROME_LINE.match(line)
