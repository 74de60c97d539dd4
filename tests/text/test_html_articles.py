"""Several articles on one HTML page: where extract tells segment each later article starts (own-words pages)."""

from __future__ import annotations

import pytest

from pipeline.text.extract import html_to_text

BODY_A = ("<p>Seeds started indoors need light more than warmth, and a bright windowsill is rarely bright enough "
          "in March.</p><p>Hang a plain shop light a hand's width above the trays and raise it as they grow.</p>")
BODY_B = ("<p>Compost that smells sour is short of air, not of ingredients, so turn it before you add anything "
          "else to the heap.</p><p>A layer of dry leaves every week keeps the wet kitchen scraps from packing "
          "down into a slab.</p>")
BODY_C = ("<p>Rain barrels fill faster than most people expect: one storm on a small roof can top up two of "
          "them in an afternoon.</p><p>Fit a screen over the inlet so leaves and mosquitoes stay out of the "
          "water all summer.</p>")


def page(*articles: str, around: str = "<main>{}</main>") -> str:
    return ("<html><head><title>Plot Notes</title></head><body><nav><a href='/'>Home</a></nav>"
            + around.format("".join(articles)) + "<footer>Plot Notes 2024</footer></body></html>")


def starts(html: str) -> list[str]:
    return html_to_text(html).article_starts


def test_two_reposted_articles_each_with_heading_and_byline():
    html = page("<article><h2>Light Before Heat</h2><p>By Mara Quill</p>" + BODY_A + "</article>",
                "<article><h2>Why Compost Turns Sour</h2><p>By Teodor Wren</p>" + BODY_B + "</article>")
    doc = html_to_text(html)
    assert doc.article_starts == ["Why Compost Turns Sour"]
    assert "Why Compost Turns Sour" in doc.text.split("\n")


def test_a_blog_front_page_of_hentry_posts_with_dates():
    post = ("<div class='post hentry'><h2 class='entry-title'>{}</h2>"
            "<time datetime='2024-03-0{}'>{} March</time>{}</div>")
    html = page(post.format("Light Before Heat", 1, 1, BODY_A), post.format("Why Compost Turns Sour", 2, 2, BODY_B),
                post.format("Barrels Fill Fast", 3, 3, BODY_C), around="<div id='blog'>{}</div>")
    assert starts(html) == ["Why Compost Turns Sour", "Barrels Fill Fast"]


def test_a_dated_line_over_each_heading_opens_the_article():
    post = "<article class='h-entry'><p>Posted 2 March 2024</p><h2>{}</h2>{}</article>"
    html = page(post.format("Light Before Heat", BODY_A), post.format("Why Compost Turns Sour", BODY_B))
    assert starts(html) == ["Posted 2 March 2024"]  # the post's own date line opens it, over its heading


def test_a_page_of_one_article_does_not_split():
    html = page("<article><h1>Light Before Heat</h1><p>By Mara Quill</p>" + BODY_A + "<h2>Trays</h2>" + BODY_B
                + "</article>")
    assert starts(html) == []


def test_teaser_cards_do_not_split():
    card = ("<article class='post'><h2><a href='/p/{0}'>{1}</a></h2><p>A short look at {1} in one line.</p>"
            "<p><a href='/p/{0}'>Read more</a></p></article>")
    cards = "".join(card.format(k, t) for k, t in enumerate(["Slugs", "Frost", "Bees"]))
    html = page("<article><h1>Light Before Heat</h1>" + BODY_A + BODY_B + "</article>", f"<section>{cards}</section>")
    assert starts(html) == []


def test_a_comment_list_under_the_article_does_not_split():
    comment = ("<article class='comment'><h4>{}</h4><p>I tried this last spring and my tomatoes were far "
               "sturdier than the year before, thank you for writing it up.</p><p>Same here, it really works "
               "well on a north window too.</p></article>")
    html = page("<article><h1>Light Before Heat</h1>" + BODY_A + "</article><ol class='comment-list'>"
                + "".join(f"<li>{comment.format(name)}</li>" for name in ("Ines", "Paul")) + "</ol>")
    assert starts(html) == []


@pytest.mark.parametrize("short", [
    "<p>Only a line about compost.</p>",  # a heading over one line: a card, not an article
    "<p>Compost that smells sour is short of air.</p><p>Turn it first.</p>",  # too few words without a byline
])
def test_a_sibling_without_enough_text_does_not_split(short):
    html = page("<article><h2>Light Before Heat</h2>" + BODY_A + BODY_C + "</article>",
                "<article><h2>Why Compost Turns Sour</h2>" + short + "</article>")
    assert starts(html) == []


@pytest.mark.parametrize("member, headings", [
    ("<article class='faq'><h3>{}</h3>{}</article>", ["Light Before Heat", "Why Compost Turns Sour"]),
    ("<article class='sight-card'><h3>{}</h3>{}</article>", ["Light Before Heat", "Why Compost Turns Sour"]),
    ("<article><h3>{}</h3>{}</article>", ["1. Light Before Heat", "2. Why Compost Turns Sour"]),  # a listicle
    ("<article><h3>{}</h3>{}</article>", ["Is light more than heat?", "Why does compost sour?"]),  # an FAQ
])
def test_parts_of_one_article_marked_up_as_articles_do_not_split(member, headings):
    html = page(member.format(headings[0], "<p>By Mara Quill</p>" + BODY_A + BODY_C),
                member.format(headings[1], "<p>By Mara Quill</p>" + BODY_B + BODY_C))
    assert starts(html) == []


def test_siblings_of_different_kinds_do_not_split():
    html = page("<article class='intro-box'><h2>Light Before Heat</h2><p>By Mara Quill</p>" + BODY_A + "</article>",
                "<article class='feature-box'><h2>Why Compost Turns Sour</h2><p>By Teodor Wren</p>" + BODY_B
                + "</article>")
    assert starts(html) == []


def test_wordpress_posts_with_their_own_category_words_are_alike():
    post = "<article class='post-{0} post type-post hentry category-{1}'><h2>{2}</h2><p>By Mara Quill</p>{3}</article>"
    html = page(post.format(11, "seeds", "Light Before Heat", BODY_A),
                post.format(12, "compost", "Why Compost Turns Sour", BODY_B))
    assert starts(html) == ["Why Compost Turns Sour"]


def test_sections_of_one_titled_article_in_article_tags_do_not_split():
    sections = ("<article><h2>Light Before Heat</h2>" + BODY_A + BODY_C + "</article>"
                "<article><h2>Why Compost Turns Sour</h2>" + BODY_B + BODY_C + "</article>")
    assert starts(page(sections)) == ["Why Compost Turns Sour"]  # alone, they read as two articles
    assert starts(page("<h1>Three Jobs For March</h1>" + sections)) == []


def test_headings_of_another_level_are_not_siblings():
    html = page("<article><h1>Light Before Heat</h1><p>By Mara Quill</p>" + BODY_A + "</article>",
                "<article><h3>Why Compost Turns Sour</h3><p>By Mara Quill</p>" + BODY_B + "</article>")
    assert starts(html) == []
