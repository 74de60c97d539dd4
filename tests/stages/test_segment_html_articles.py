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
