"""A blog's front page in the shape Blogger's themes give it (round 9): each post wrapped alone in its date's box
(the date header over a box over the post), its title a link to the post's own page, its paragraphs broken with
<br>. Every post is an article with its own title; the date header is no title. Pages written in our own words."""

from __future__ import annotations

from pipeline.text import html_main as hm
from pipeline.text.extract import html_to_text

POST = ("<div class='date-outer'><h2 class='date-header'><span>{date}</span></h2><div class='date-posts'>"
        "<div class='post-outer'><div class='post hentry'>"
        "<h3 class='post-title entry-title'><a href='https://example.blogspot.com/{slug}.html'>{title}</a></h3>"
        "<div class='post-body entry-content'>{body}</div>"
        "<div class='post-footer'>Posted by <span class='fn'>Ilona Varga-Reid</span> at 10:12</div>"
        "</div></div></div></div>")
FIRST = ("The pond froze on Tuesday and stayed frozen all week, so the birds came to the bath on the balcony "
         "instead.<br/>I put a saucer of warm water out each morning at eight and watched who came first.<br/>"
         "By Friday a pair of blackbirds were waiting on the railing before I had the door open.")
SECOND = ("Forty fieldfares came through the car park this afternoon, loud and restless, and stripped the "
          "cotoneaster by the bins in ten minutes flat.<br/>Then they were gone towards the river, the whole flock "
          "at once, as if someone had called them.")
RELATED = ("<div class='related'><h4>You might also like</h4><ul>"
           "<li><h3 class='entry-title'><a href='/old-post.html'>Ten Birds Of The Winter Garden</a></h3></li>"
           "</ul></div>")


def front_page(*posts: str, tail: str = "") -> str:
    return ("<html><head><title>Balcony Birds</title></head><body><header><h1 class='title'>"
            "<a href='https://example.blogspot.com/'>Balcony Birds</a></h1></header>"
            "<div class='main'><div class='blog-posts hfeed'>" + "".join(posts) + "</div>" + tail
            + "</div></body></html>")


def two_posts(tail: str = "") -> str:
    return front_page(POST.format(date="Saturday, 9 January 2021", slug="frozen", title="When the pond froze",
                                  body=FIRST),
                      POST.format(date="Thursday, 7 January 2021", slug="fieldfares",
                                  title="Fieldfares in the car park!", body=SECOND), tail=tail)


def test_each_post_wrapped_alone_in_its_date_s_box_is_an_article():
    doc = html_to_text(two_posts())
    assert doc.article_starts == ["Fieldfares in the car park!"]
    assert doc.title == "When the pond froze"


def test_a_post_s_linked_title_stays_but_a_related_post_s_does_not():
    doc = html_to_text(two_posts(tail=RELATED))
    assert "Fieldfares in the car park!" in doc.text.split("\n")
    assert "Ten Birds Of The Winter Garden" not in doc.text


def test_a_post_wrapped_alone_finds_the_box_its_siblings_share():
    parts = hm.PageParts(parents=[-1, 0, 1, 2, 3, 1, 5, 6], tags=["body"] + ["div"] * 7,
                         sigs=["body.", "div.blog-posts", "div.date-outer", "div.post-outer", "div.post hentry",
                               "div.date-outer", "div.post-outer", "div.post hentry"])
    assert hm._wrapped_alone(parts, {4: (3, 4), 7: (6, 7)}) == {4: (1, 2), 7: (1, 5)}  # both under blog-posts
    # side by side already: their own parent
    parts = hm.PageParts(parents=[-1, 0, 1, 1], tags=["body", "main", "article", "article"],
                         sigs=["body.", "main.", "article.", "article."])
    assert hm._wrapped_alone(parts, {2: (1, 2), 3: (1, 3)}) == {2: (1, 2), 3: (1, 3)}
