"""Round 21's mend of round 20's missing-piece gate: an article whose title or first line opens with the words a
404 page prints, and goes on from them ("Page not found? ...", "Page not found errors ..."), is an article; the
notice itself (alone, in a breadcrumb, or with its reason in a short sentence) still carries none. Pages written in
our own words."""

from __future__ import annotations

import pytest

from bench.labels import clean_through
from pipeline.records import Article
from pipeline.stages.segment import _gone_page

GUIDE = """Lantern Web Notes

{title}
by Ottilie Brandt

{opening} Broken links send readers to a dead end, and most of them never come back. These three habits keep
the dead ends away from a small site.

1. Redirect every old address when you move a post, on the same day you move it.

2. Check the whole site for broken links once a month with a free link checker.

3. Make the error page useful: a search box and the five most-read posts.

A little care each month saves a lot of lost readers.
"""


def articles(tmp_path, text: str) -> list[Article]:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return [a for a in clean_through([str(path)], "segment") if isinstance(a, Article)]


@pytest.mark.parametrize("title, opening", [
    ("Page Not Found? Three Habits For Fewer Broken Links", "Every site has them."),
    ("Three Habits For Fewer Broken Links", "Page not found errors cost a small site its readers."),
])
def test_an_article_opening_with_the_words_of_a_404_is_an_article(tmp_path, title, opening):
    [article] = articles(tmp_path, GUIDE.format(title=title, opening=opening))
    assert "Redirect every old address" in article.text


@pytest.mark.parametrize("line", [
    "Page not found", "Page not found (404)", "Home › Sheds › Page not found", "Page not found. Try the search box.",
    "This post has been removed at the author's request.",
    "This post has been removed at the writer's request. We kept the comments below.",
])
def test_the_notice_itself_still_marks_a_missing_piece(line):
    assert _gone_page(["Lantern Web Notes", line])


@pytest.mark.parametrize("line", [
    "Page not found? Five fixes for broken links", "Page not found errors cost you readers. Here is why.",
    "Page Not Found: Five Fixes For Small Sites", "Page not found by search engines: what to check",
])
def test_a_line_going_on_from_the_words_is_no_notice(line):
    assert not _gone_page(["Lantern Web Notes", line])
