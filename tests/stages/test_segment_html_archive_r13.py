"""A saved tag or category archive (round 13): each post an <article> whose title, date and byline stand in the
post's own <header>, which the reader sets aside as chrome. The marked-up post titles ("entry-title") still open the
posts, so the page is one article per post, each under its own title and byline, not the archive's name.
Written in our own words."""

from __future__ import annotations

from pipeline.records import Article
from pipeline.stages import read
from pipeline.stages import segment as sg
from tests.conftest import through_stage

ARCHIVE = """<html><head><title>balconies - Tag - Small Yard Notes</title></head><body>
<header class="site-header"><p class="site-title"><a href="/">Small Yard Notes</a></p></header>
<main><header class="page-header"><h1 class="page-title">Tag: <span>balconies</span></h1></header>
<article class="post-1 post type-post"><header class="entry-header">
<h2 class="entry-title"><a href="/a/" rel="bookmark">Growing Beans On A North Balcony</a></h2>
<div class="entry-meta"><time>2 May 2024</time> <span class="byline"> by <a rel="author" href="/au/1">Idunn Berge
</a></span></div>
</header><div class="entry-content">
<p>A north balcony gets no direct sun at all in spring, and still it grows a fair crop of beans if you pick the right
kind.</p>
<h3>Pick climbing French beans
</h3><p>They cope with shade far better than runners, which sulk and drop their flowers.</p>
<h3>Use the deepest pot you own</h3><p>Beans root deep, and a shallow trough dries out by lunchtime in a breeze.</p>
</div></article>
<article class="post-2 post type-post"><header class="entry-header">
<h2 class="entry-title"><a href="/b/" rel="bookmark">Wind Breaks For A High Balcony</a></h2>
<div class="entry-meta"><time>9 April 2024</time>
<span class="byline"> by <a rel="author" href="/au/2">Tevita Fifita</a></span></div>
</header><div class="entry-content">
<p>Eight floors up the wind does more harm than the cold, tearing leaves and drying pots out twice as fast as on the
ground.</p>
<ul><li><strong>Net, not glass.</strong> A mesh screen slows the wind without turning it into gusts.</li>
<li><strong>Low pots first.</strong> Keep the tall plants behind the short ones, out of the worst of it.</li></ul>
</div></article></main></body></html>"""


def test_an_archive_s_posts_each_open_at_their_marked_up_title():
    record = read.page_to_article("tag.html", ARCHIVE.encode("utf-8"), "html")
    assert record.html_starts == ["Wind Breaks For A High Balcony"]
    articles, _ = through_stage(sg.STAGE, sg.SegmentConfig(), [record])
    assert [(a.title, a.author) for a in articles if isinstance(a, Article)] == [
        ("Growing Beans On A North Balcony", "Idunn Berge"), ("Wind Breaks For A High Balcony", "Tevita Fifita")]
