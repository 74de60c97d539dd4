"""Round 9 (issue 16): a site's links to its other pages under an article ("Recent Posts", "You May Also Like",
"RELATED ADVICE", a directory's "Garden Articles:", "Читайте також:") are no tips, and they must not beat the
article's own points. On pages by two more hands such a list was taken as the tips while the article's points above
it (paragraphs with colon leads, a letter's points) were missed, and a title line over a footer line passed for one
more headed section. The heading and the title lines under it leave the body the detectors read; a paragraph after
them (a news page's "Read also" teaser sits mid-article) stays. Pages written here in our own words."""

from __future__ import annotations

import pytest

from pipeline.stages.tips.paras import paragraphs
from pipeline.stages.tips.patterns import MORE_READING
from pipeline.stages.tips.split import more_reading
from tests.conftest import tip_headlines

POINTS = ("I kept bees for years before anyone asked me how to start, so here is what I say now.\n\n"
          "Open the hive as little as you can: each look costs the colony a day of work.\n\n"
          "Keep a notebook by the hives: date, weather, brood, temper. Two seasons of notes teach a lot.\n\n"
          "Put the hives away from paths: bees fly a straight line home, and people walking into it get stung.\n\n"
          "Leave them their honey in autumn: what you take in September you feed back as syrup in March.\n\n"
          "The bees will teach you the rest, as they taught me.\n\n")


@pytest.mark.parametrize("heading", ["Recent Posts", "You May Also Like", "RELATED ADVICE", "More guides",
                                     "Garden Articles:", "Читайте також:", "Czytaj także:", "Lesen Sie auch",
                                     "関連記事", "Διαβάστε επίσης"])
def test_the_sites_list_of_other_pages_does_not_beat_the_articles_points(heading):
    body = POINTS + heading + "\n- Why My Hives Swarmed In May\n- Ten Plants Bees Love\n- A Winter Check List\n"
    assert tip_headlines(body) == ["Open the hive as little as you can", "Keep a notebook by the hives",
                                   "Put the hives away from paths", "Leave them their honey in autumn"]


def test_a_title_over_a_footer_line_is_no_headed_section():
    sections = ("Most renewals go through without a word from the tenant. It need not be so, and here is how.\n\n"
                "Check what similar flats cost\nAn evening on the listing sites tells you what a fair rent is.\n\n"
                "Write early\nA letter two months ahead gives the landlord time to think about an empty flat.\n\n"
                "Offer a longer term\nA two-year lease is worth money to a landlord who hates finding tenants.\n\n"
                "MORE GUIDES\nGetting your deposit back\nCan the landlord come in without asking?\n\n"
                "The Tenants' Paper is run by volunteers in three cities.\n")
    assert tip_headlines(sections) == ["Check what similar flats cost", "Write early", "Offer a longer term"]


def test_only_the_block_goes_the_article_after_a_teaser_stays():
    intro = "A long opening paragraph about the week's weather and the state of the allotments. " * 4
    text = intro + "\n\nRead also:\nSlugs After Rain\n\nThe frost came late this year, and the beans went in.\n"
    paras = paragraphs(text)
    assert [paras[k].text for k in sorted(more_reading(text, paras))] == ["Read also:", "Slugs After Rain"]


@pytest.mark.parametrize("line", ["Related posts are what keep readers on a blog.", "Schedule Your Posts",
                                  "More tips", "Other ideas worth trying"])
def test_a_sentence_or_a_points_own_heading_is_no_such_heading(line):
    assert MORE_READING.match(line) is None


def test_a_heading_in_the_first_quarter_is_no_end_matter():
    text = "Related Articles\n\n" + "Sow thinly and thin the rows once the seedlings are up. " * 10
    assert more_reading(text, paragraphs(text)) == set()


def test_a_box_of_links_goes_whole_even_when_its_items_are_sentences():
    body = (POINTS + "See also\n• Our beginners' course runs every spring in the village hall.\n"
            "• Learn what a first hive costs before you buy one.\n• Read how a colony gets through the winter.\n")
    assert tip_headlines(body)[0] == "Open the hive as little as you can"


def test_a_title_over_a_shops_row_of_prices_is_no_section():
    body = ("Burst pipes are the dearest thing that can happen to a house in winter, and most can be prevented.\n\n"
            "Lag the loft pipes\nFoam lagging is cheap and slips on in seconds; mind the bends.\n\n"
            "Find the stopcock\nIt is usually under the kitchen sink: make sure it turns.\n\n"
            "Keep the heating low, not off\nA steady twelve degrees costs less than a new ceiling.\n\n"
            "Shop the winter range\nLagging from £1.49 | Tap covers from £3.99 | Radiator valves from £8.50\n\n"
            "Need help? Ring your local branch, 7am to 7pm.\n")
    assert tip_headlines(body) == ["Lag the loft pipes", "Find the stopcock", "Keep the heating low, not off"]


@pytest.mark.parametrize("heading", ["Categories", "Archives", "Blogroll", "Up next", "More like this",
                                     "Editor's picks", "Further reading"])
def test_a_blogs_sidebar_lists_are_no_points(heading):
    story = ("We moved to the valley in March and the first thing we learned was that the river floods in spring. "
             "The neighbours laughed when we asked about it; they keep their boots by the door all year. ") * 3
    body = story + "\n\n" + heading + "\n- Baking bread in a cold kitchen\n- The hens, one year on\n- Moving house\n"
    assert tip_headlines(body) == []
