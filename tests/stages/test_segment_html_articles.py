"""Segment splits first where the HTML reader saw several whole articles in the markup (Article.html_starts)."""

from __future__ import annotations

from pipeline.records import Article, Source, from_dict, to_dict
from pipeline.stages import read
from pipeline.stages import segment as sg
from tests.conftest import through_stage

CONFIG = sg.SegmentConfig()

# Two reposts on one page (own words): the second's source line names its writer without "By", so the text rules
# alone never see a second article there.
TWO_REPOSTS = """<html><head><title>Sunday Shelf | Larder Log</title></head><body>
<nav><a href="/">Larder Log</a> <a href="/about">About</a></nav>
<main><p>Two pieces from other kitchens this week, both about bread.</p>
<article><h2>Stale Bread Is Not Waste</h2>
<p>By Orla Feeney, reprinted with her permission.</p>
<p>A loaf that has gone hard is only dry, and dry bread is the start of half the good dishes in a cold kitchen.</p>
<ol><li>Grate it into crumbs and freeze them flat in a bag.</li><li>Cube it, toss it in oil and bake it slowly.</li>
<li>Soak thick slices in milk and egg for a pudding.</li></ol></article>
<article><h2>Proving Dough In A Cold House</h2>
<p>Halvard Moe, first published on his own site under CC BY 4.0.</p>
<p>Dough rises in a cold room too, just slower, and the slower rise gives a loaf with far more flavour.</p>
<ul><li>Put the bowl in the oven with only the light switched on.</li><li>Leave it overnight in the fridge instead.</li>
<li>Use water at blood heat, never hotter, when you mix.</li></ul></article></main>
<footer>Larder Log 2024</footer></body></html>"""


def read_html(html: str) -> Article:
    return read.page_to_article("shelf.html", html.encode("utf-8"), "html")


def test_reader_hands_the_second_articles_opening_line():
    record = read_html(TWO_REPOSTS)
    assert record.html_starts == ["Proving Dough In A Cold House"]
    assert record.title == "Stale Bread Is Not Waste"  # the first article's own heading, not the page's <title>


def test_segment_splits_where_the_markup_did():
    parts, _ = through_stage(sg.STAGE, CONFIG, [read_html(TWO_REPOSTS)])
    assert [p.title for p in parts] == ["Stale Bread Is Not Waste", "Proving Dough In A Cold House"]
    assert parts[0].author == "Orla Feeney"
    assert "Halvard Moe" not in parts[0].text and "Proving Dough" not in parts[0].text
    assert "Dough rises in a cold room" in parts[1].text
    assert [p.source.part for p in parts] == [0, 1] and parts[0].id != parts[1].id
    assert all(p.html_starts == [] for p in parts)  # handed over


def test_without_the_hand_off_the_text_rules_alone_keep_one_article():
    record = read_html(TWO_REPOSTS)
    record.html_starts = []
    assert len(through_stage(sg.STAGE, CONFIG, [record])[0]) == 1


def test_an_opening_that_boilerplate_removed_is_skipped():
    text = "First Title\nBy Ann Lee\nA first paragraph of the piece, long enough to be a paragraph of text."
    source = Source(path="p.html", sha256="cd" * 32, size=len(text), format="html")
    record = Article(id=Article.make_id(source), source=source, text=text, html_starts=["Gone Away"])
    assert len(through_stage(sg.STAGE, CONFIG, [record])[0]) == 1


def test_the_hand_off_is_written_until_segment_used_it():
    """Written while it holds something, so it survives a JSONL file between read and segment; records past
    segment (and single-article pages) carry no key, as before the field was written."""
    record = read_html(TWO_REPOSTS)
    written = to_dict(record)
    assert written["html_starts"] == ["Proving Dough In A Cold House"]
    assert from_dict(written) == record and from_dict(written).html_starts == record.html_starts
    parts, _ = through_stage(sg.STAGE, CONFIG, [from_dict(written)])
    assert len(parts) == 2 and all("html_starts" not in to_dict(p) for p in parts)


# --- each article's own markup byline (round 8) --------------------------------------------------------------------
# A club's web issue (own words): two <article>s, each with a .byline element the reader sets aside as chrome; the
# second names its writer bare, so only the markup says who wrote it.
TWO_MEMBER_PIECES = """<html><head><title>Canal Walkers News, June</title></head><body>
<p>Hello walkers, two pieces from members this month.</p>
<article><h2>Breaking In New Boots</h2>
<p class="byline">By Maren Solberg</p>
<p>New boots need a fortnight of short walks before a long one, or your heels will tell you about it for a week.</p>
<ul><li>Wear them around the house for an evening first.</li><li>Lace them firmly over the instep, loosely at the
top.</li><li>Keep plasters in the lid of your flask.</li></ul></article>
<article><h2>The Towpath In The Rain</h2>
<p class="byline">Ifeoma Nwachukwu-Bell</p>
<p>Eleven of us set off from the lock in a steady drizzle, and by the second bridge the drizzle had become a downpour.
Nobody turned back, and the tea room at the far end had never seen so many wet coats on its hooks.</p>
<p>We came home soaked and cheerful, and the ducks, it must be said, were the only ones who looked smug.</p>
</article><p>Canal Walkers is run by volunteers.</p></body></html>"""


def test_reader_hands_each_later_articles_markup_byline():
    record = read_html(TWO_MEMBER_PIECES)
    assert record.html_starts == ["The Towpath In The Rain"] and record.html_bylines == ["Ifeoma Nwachukwu-Bell"]


def test_a_later_article_is_credited_to_its_own_markup_byline():
    parts, _ = through_stage(sg.STAGE, CONFIG, [read_html(TWO_MEMBER_PIECES)])
    assert [p.title for p in parts] == ["Breaking In New Boots", "The Towpath In The Rain"]
    assert [p.author for p in parts] == ["Maren Solberg", "Ifeoma Nwachukwu-Bell"]
    assert all(p.html_bylines == [] for p in parts)  # handed over


def test_a_page_whose_later_articles_name_no_writer_hands_no_bylines():
    html = TWO_MEMBER_PIECES.replace('<p class="byline">Ifeoma Nwachukwu-Bell</p>', "")
    assert read_html(html).html_bylines == []


def test_markup_bylines_survive_a_jsonl_hop_and_map_to_their_openings():
    record = read_html(TWO_MEMBER_PIECES)
    assert from_dict(to_dict(record)).html_bylines == ["Ifeoma Nwachukwu-Bell"]
    lines = ["Intro", "First", "Body.", "Second", "Body.", "Third", "Body."]
    assert sg.markup_bylines(lines, ["Second", "Third"], ["", "Ann Lee"]) == {5: "Ann Lee"}
