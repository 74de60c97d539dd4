"""Titles read from HTML markup, on the shapes behind misses on trafilatura-eval's real pages (its development
two-thirds, ``bench/title_study.py``). Every page here is written in our own words; each test names its shape."""

from __future__ import annotations

from pipeline.text.extract import html_to_text

BODY = ("<p>The first frost came early this year, and the beds that were still full of summer crops needed a quick "
        "plan before the ground hardened for good.</p><p>Here is what we lifted, what we left and what we covered "
        "with fleece for the weeks ahead, with notes for next year.</p>")


def _page(head: str, top: str, post: str = "") -> str:
    return f"<html><head>{head}</head><body>{top}<div class='post'>{post}{BODY}</div></body></html>"


# Shape: an old blog theme's header <h1> is the blog's name as a link to its home page; <title> is
# "Post : Blog | tagline | since YEAR"; the post's heading is no <h1>. The title is the part before the blog's name.
def test_a_masthead_h1_linking_home_is_the_site_and_the_title_is_the_part_before_it():
    html = _page("<title>Lifting Beets Before Frost : Plot Diary | Notes from a small garden | Since 2004</title>",
                 "<h1 class='vcard'><a href='http://plotdiary.example/' title='Home'>Plot Diary</a></h1>")
    assert html_to_text(html).title == "Lifting Beets Before Frost"


# Shape: a WordPress theme's <h1 id="site-title"> holds a name with a dash ("Plot Diary – Garden Comic"), written
# with an en dash on the page and with a hyphen in <title>; <title> is "Post | Site"; no og:title.
def test_a_site_title_h1_is_the_site_even_when_its_name_holds_a_separator():
    html = _page("<title>Lifting Beets | Plot Diary - Garden Comic</title>",
                 "<header><h1 id='site-title'><span>Plot Diary – Garden Comic</span></h1></header>")
    assert html_to_text(html).title == "Lifting Beets"


# Shape: WordPress's old default <title> "Blog » Blog Archive » Post" (here through a web archive's link), the
# header <h1> the blog's name linking home: neither the blog's name nor the archive crumb is the title.
def test_the_old_wordpress_title_gives_the_post_not_the_blog_or_the_archive_crumb():
    html = _page("<title>Plot Diary » Blog Archive » Lifting Beets Before Frost</title>",
                 "<div id='top'><h1><a href='https://web.archive.org/web/2014/http://plotdiary.example/'>"
                 "Plot Diary</a></h1></div>")
    assert html_to_text(html).title == "Lifting Beets Before Frost"


# Shape: a news site's navigation bar holds the only <h1>, its brand link ("Harbour Post, the town's first
# online paper") to the home page; og:title and <title> give the article's headline.
def test_a_brand_h1_in_the_navigation_gives_way_to_og_title():
    html = _page("<title>Ferry Timetable Changes For Winter - Harbour Post</title>"
                 "<meta property='og:title' content='Ferry Timetable Changes For Winter'>",
                 "<div class='navbar-header'><h1><a class='navbar-brand' href='https://harbourpost.example'>"
                 "Harbour Post, the town's first online paper.</a></h1></div>")
    assert html_to_text(html).title == "Ferry Timetable Changes For Winter"


# Shape: og:title is the post's whole title, itself in parts with spaced dashes ("Tool – Topic – part three");
# og:site_name names the blog, which og:title does not: nothing is cut from og:title.
def test_an_og_title_that_does_not_name_the_site_is_kept_whole():
    html = _page("<title>Seed Swap – Labels – part three | Plot Diary</title>"
                 "<meta property='og:title' content='Seed Swap – Labels – part three'>"
                 "<meta property='og:site_name' content='Plot Diary'>",
                 "<h1><a href='https://plotdiary.example/'>Plot Diary</a></h1>")
    assert html_to_text(html).title == "Seed Swap – Labels – part three"


# Shape (the other way round): the post's own <h1> links to the post itself; it stays the title.
def test_a_posts_own_h1_linking_to_the_post_stays_the_title():
    html = _page("<title>Lifting Beets Before Frost | Plot Diary</title>", "",
                 "<h1><a href='https://plotdiary.example/2019/10/lifting-beets/'>Lifting Beets Before Frost</a></h1>")
    assert html_to_text(html).title == "Lifting Beets Before Frost"


# Shape: a news site's <h1> holds the section's label before a bar ("Town Hall | Headline"); og:title is the
# headline alone. A bar there is a label's, so the headline is the title.
def test_a_section_label_barred_off_in_the_h1_is_not_part_of_the_title():
    html = _page("<meta property='og:title' content='Council votes to reopen the east pier'>"
                 "<title>Council votes to reopen the east pier – Harbour Post</title>", "",
                 "<h1>Town Hall | Council votes to reopen the east pier</h1>")
    assert html_to_text(html).title == "Council votes to reopen the east pier"


# Shape: a quoted kicker before a slash ('"Worth the wait" / Headline'), og:title "Headline | Site".
def test_a_quoted_kicker_before_a_slash_is_not_part_of_the_title():
    html = _page("<meta property='og:title' content='New chair named for the rowing club | Harbour Post'>"
                 "<meta property='og:site_name' content='Harbour Post'>", "",
                 "<h1>\"Worth the wait\" / New chair named for the rowing club</h1>")
    assert html_to_text(html).title == "New chair named for the rowing club"


# Shape: the <h1> writes the headline with an en dash and the topic run in before it ("Harbour Works Pier
# Repairs Start – Ferries Move"); og:title writes it with a hyphen. Dashes count alike.
def test_a_run_in_topic_is_dropped_even_when_the_metadata_writes_its_dash_differently():
    html = _page("<meta property='og:title' content='Pier Repairs Start - Ferries Move To The North Quay'>", "",
                 "<h1>Harbour Works Pier Repairs Start – Ferries Move To The North Quay</h1>")
    assert html_to_text(html).title == "Pier Repairs Start – Ferries Move To The North Quay"


# Shape: a club's <h1> holds the headline, then its date and categories run in ("Headline 02.02.2022 • Club ,
# Press"), or the site's name after a bar; og:title is the headline alone.
def test_a_date_line_or_the_site_run_in_after_the_h1_headline_is_not_part_of_the_title():
    for h1 in ("Fans return to the harbour stands 02.02.2022 • Rowing Club , Press , General",
               "Fans return to the harbour stands | Rowing Club"):
        html = _page("<meta property='og:title' content='Fans return to the harbour stands'>", "", f"<h1>{h1}</h1>")
        assert html_to_text(html).title == "Fans return to the harbour stands", h1


# Shape (the other way round): a <title> cut short of the <h1>'s headline; the <h1> stays whole.
def test_an_h1_longer_than_a_cut_short_title_tag_stays_whole():
    html = _page("<title>Pier Repairs Start</title>", "", "<h1>Pier Repairs Start Again In The Spring</h1>")
    assert html_to_text(html).title == "Pier Repairs Start Again In The Spring"


# Shape: a Chinese news page's <title> sets the site's name off with a bare hyphen ("标题-站名"), no <h1>.
def test_a_cjk_title_loses_the_site_name_set_off_without_spaces():
    html = _page("<title>春季修剪玫瑰的五个要点-园艺日报</title>", "")
    assert html_to_text(html).title == "春季修剪玫瑰的五个要点"


# Shape: a Japanese page writes readings (furigana) over its kanji in <ruby>/<rt>; the reading is no text of its own.
def test_ruby_readings_are_left_out_of_the_text_and_the_title():
    html = ("<html><head><title>x</title></head><body><h1><ruby>庭<rp>(</rp><rt>にわ</rt><rp>)</rp></ruby>の手入れ"
            "</h1><div class='post'><p><ruby>冬<rt>ふゆ</rt></ruby>の前に土を整えます。"
            "落ち葉を集めて堆肥にし、春の植え付けに備えましょう。"
            "鉢植えは軒下に移し、霜よけの布をかけておくと安心です。"
            "水やりは朝のうちに控えめにします。</p></div>"
            "</body></html>")
    doc = html_to_text(html)
    assert doc.title == "庭の手入れ" and "ふゆ" not in doc.text and doc.text.startswith("冬の前に")


# --- a kicker or a subtitle inside the <h1> (round 8) ------------------------------------------------------------
# News and blog themes set a topic line over the headline, or a subtitle after it, inside the one <h1>, each in its
# own element ("<span class='overline'>", "<span class='dachzeile'>", "<small class='subtitle'>"); <title> names the
# headline alone. The headline is the title; the whole <h1> leaves the text with it.
def _headed(h1: str, title: str) -> str:
    return (f"<html><head><title>{title} | Valley Post</title></head><body><article><h1>{h1}</h1>{BODY}"
            f"</article></body></html>")


def test_a_kicker_span_inside_the_h1_is_not_the_title():
    html = _headed("<span class='article-overline'>Frost Watch</span><span class='article-title'>What To Lift Before "
                   "The Ground Hardens</span>", "What To Lift Before The Ground Hardens")
    doc = html_to_text(html)
    assert doc.title == "What To Lift Before The Ground Hardens"
    assert "Frost Watch" not in doc.text  # the heading, kicker and all, left the text as the title


def test_a_kicker_joined_by_a_colon_span_leaves_no_colon():
    html = _headed("<span class='kicker'>Frost Watch</span><span class='sep'>: </span><span>What To Lift First</span>",
                   "What To Lift First")
    assert html_to_text(html).title == "What To Lift First"


def test_a_subtitle_in_small_type_after_the_headline_is_not_the_title():
    html = _headed("Cold Frames On A Budget <small>Three builds from one pallet</small>", "Cold Frames On A Budget")
    assert html_to_text(html).title == "Cold Frames On A Budget"


def test_an_h1_all_in_a_kicker_element_stays_whole():
    html = _headed("<span class='subheading'>Cold Frames On A Budget</span>", "Cold Frames On A Budget")
    assert html_to_text(html).title == "Cold Frames On A Budget"


# --- a blog's archive page whose text is one post (round 8) --------------------------------------------------------
# WordPress marks an author's or a category's archive on its <body> ("archive author"); the archive's <h1> names the
# listing ("Posts by NAME"), and a post shown in full under it has its own heading marked as a post title.
ARCHIVE = """<html><head><title>Posts by Ines Okafor | Valley Post</title></head><body class="archive author">
<h1 class="page-title">Posts by Ines Okafor</h1><ul class="post-list"><li><a href="/a">Sowing Leeks In Trays</a></li>
<li><a href="/b">Why Beans Stop Flowering</a></li></ul>
<article class="post"><h2 class="entry-title">Lifting Dahlias Before The Frost</h2>
<div class="entry-meta">Posted on 3 November 2023 by Ines Okafor</div><div class="entry-content">""" + BODY + """</div>
</article></body></html>"""


def test_an_archive_page_s_h1_names_the_listing_and_the_post_keeps_its_own_title():
    assert html_to_text(ARCHIVE).title == "Lifting Dahlias Before The Frost"


def test_a_single_post_page_keeps_its_h1():
    html = ARCHIVE.replace('class="archive author"', 'class="single single-post"')
    assert html_to_text(html).title == "Posts by Ines Okafor"
