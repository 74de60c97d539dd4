"""A blog's front page in HTML carrying several whole posts (issue 16, round 9): the theme groups the posts by day,
each in wrappers of its own (Blogger: "date-outer" > "date-posts" > "post-outer" > "post hentry"), so no two post
elements are siblings; each post's title is a link to the post ("entry-title"), and a post's paragraphs may be
lines broken by <br> in one element. Pages written for this test."""

from __future__ import annotations

import pytest

from pipeline.text.extract import html_to_text

TIPS_POST = ("Here is what finally worked on my balcony after two seasons of getting it wrong.<br /><br />"
             "<b>Water in the early morning.</b><br />The pots dry out by noon, and leaves wet at night grow mould."
             "<br /><br /><b>Feed every other week.</b><br />Tomatoes in pots run out of food long before the ones "
             "in the ground do.<br /><br />Good luck with yours this summer!")
STORY_POST = ("A pair of goldfinches landed on the railing this morning and stayed for a whole minute, which is a "
              "record for this balcony.<br /><br />I had the camera on the table for once and still missed them, "
              "because I was watching instead of pressing the button.<br /><br />Next time, perhaps.")


def post(title: str, body: str, day: str, linked: bool = True) -> str:
    heading = f"<a href='https://balconyjungle.example/{day}.html'>{title}</a>" if linked else title
    return (f"<div class='date-outer'><h2 class='date-header'><span>{day}</span></h2><div class='date-posts'>"
            f"<div class='post-outer'><div class='post hentry'><h3 class='post-title entry-title'>{heading}</h3>"
            f"<div class='post-body entry-content'>{body}</div><div class='post-footer'>"
            f"<span class='post-author vcard'>Posted by <span class='fn'>Tove Lindahl</span></span> "
            f"<abbr class='published' title='2022-06-0{len(day) % 9}T08:00:00Z'>08:00</abbr></div>"
            f"</div></div></div></div>")


def page(*posts: str) -> str:
    return ("<!DOCTYPE html><html><head><title>Balcony Jungle</title></head><body><div class='header'>"
            "<h1 class='title'><a href='/'>Balcony Jungle</a></h1></div>"
            "<div class='main'><div class='blog-posts hfeed'>"
            + "".join(posts) + "</div></div><div class='sidebar'><h2>Archive</h2><ul><li>June (2)</li></ul></div>"
            "</body></html>")


def test_posts_wrapped_apart_by_day_are_each_an_article_under_its_linked_title():
    doc = html_to_text(page(post("Two Rules For Balcony Tomatoes", TIPS_POST, "Saturday"),
                            post("Goldfinches At Last", STORY_POST, "Thursday")))
    assert doc.title == "Two Rules For Balcony Tomatoes"
    assert doc.article_starts == ["Goldfinches At Last"]
    assert "Goldfinches At Last" in doc.text and "Water in the early morning." in doc.text


def test_one_wrapped_post_is_one_article():
    doc = html_to_text(page(post("Two Rules For Balcony Tomatoes", TIPS_POST, "Saturday")))
    assert doc.article_starts == []


def test_wrapped_teasers_of_one_line_each_are_not_articles():
    teaser = "A quick look at what grew on the balcony this month and what did not survive the heat."
    doc = html_to_text(page(*(post(f"Balcony Notes {n}", teaser, day) for n, day in enumerate(
        ("Monday", "Tuesday", "Wednesday")))))
    assert doc.article_starts == []


LICENCE_WIDGET = ("<div class='sidebar'><h2>Licence</h2><a rel='license' href='http://creativecommons.org/licenses/"
                  "by-nd/4.0/'>CC BY-ND 4.0</a></div>")


def licences(html: str, tmp_path) -> list[str]:
    """The licence tag of each article the default chain (up to segment) makes of the page."""
    from bench.labels import clean_through
    from pipeline.records import Article

    path = tmp_path / "front.html"
    path.write_text(html, encoding="utf-8")
    return [r.licence.tag for r in clean_through([str(path)], "segment") if isinstance(r, Article)]


def test_the_sidebar_s_licence_on_a_front_page_covers_every_post(tmp_path):
    html = page(post("Two Rules For Balcony Tomatoes", TIPS_POST, "Saturday"),
                post("Goldfinches At Last", STORY_POST, "Thursday")).replace("</body>", LICENCE_WIDGET + "</body>")
    assert licences(html, tmp_path) == ["CC-BY-ND-4.0", "CC-BY-ND-4.0"]


def test_a_licence_inside_one_post_stays_that_post_s(tmp_path):
    own = ("<p>This post: <a rel='license' href='http://creativecommons.org/licenses/by-nd/4.0/'>CC BY-ND 4.0</a>"
           "</p>")
    html = page(post("Two Rules For Balcony Tomatoes", TIPS_POST + own, "Saturday"),
                post("Goldfinches At Last", STORY_POST, "Thursday"))
    assert licences(html, tmp_path) == ["CC-BY-ND-4.0", "NOASSERTION"]


@pytest.mark.parametrize("rank", ["", "<h5 class='userTitle message-userTitle'>Regular member</h5>"])
def test_a_forum_thread_s_posts_opened_by_their_poster_s_linked_name_are_not_articles(rank):
    reply = ("I had the same trouble with my tomatoes last year and the fix was simply to water earlier in the day, "
             "before the sun got onto the balcony.<br /><br />The mould went within a fortnight and never came back, "
             "even in the wet weeks of August when everything else on the street suffered.<br /><br />") * 3

    def message(name: str) -> str:
        return (f"<article class='message message--post'><div class='message-inner'><section class='message-user'>"
                f"<h4 class='message-name'><a href='/members/{name}'>{name}</a></h4>{rank}</section>"
                f"<header class='message-attribution'><time datetime='2021-05-04T08:00:00Z'>4 May 2021</time>"
                f"</header><div class='message-content'><div class='bbWrapper'>{reply}</div></div></div></article>")

    thread = ("<!DOCTYPE html><html><head><title>Mouldy tomato leaves</title></head><body><h1>Mouldy tomato leaves"
              "</h1><div class='block-body'>" + "".join(message(n) for n in ("tove_l", "gardenguy", "Marisol"))
              + "</div></body></html>")
    assert html_to_text(thread).article_starts == []
