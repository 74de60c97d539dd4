"""Round 20: a page whose piece is missing carries no article (SPEC): a soft 404 that offers related teasers under
its apology, the readers' comments kept under a removed post, in any language whose row names the notice. A guide
about such pages is an article. Pages written in our own words."""

from __future__ import annotations

import pytest

from bench.labels import clean_through
from pipeline.records import Article

SOFT_404 = """Rust & Rafters
Help for old barns and sheds
Home › Roofs › {gone}

Sorry, we could not find what you were after.

It may have moved when we rebuilt the site last winter. Try one of these instead:

Patching A Tin Roof Before The Rain
By Ilka Vainio · Roofs · 5 min read
A tin roof fails at its nails long before its sheets. Start by walking the ridge with a bag of washers and …
Read more

Why Your Shed Floor Is Rotting From Below
By Dmitri Sokolov · Floors · 7 min read
Damp rises from the ground faster than rain comes through the roof. Lift one board near the door and …
Read more

© 2022 Rust & Rafters. All rights reserved.
"""

REMOVED = """Windowsill Harvest
herbs and salads on a north-facing sill

Posted in Herbs | 12 Comments

{gone} at the writer's request. We kept the readers' comments below because they are useful.
- the Windowsill Harvest team

12 Responses

    Tamsin Rowe says:
    2 June 2021 at 9:12 am

    Mint went leggy on me too. What worked:
    1. Cut it back by half every fortnight.
    2. Turn the pot a quarter each day.
    Good luck!

    Farid Haddad says:
    3 June 2021 at 7:40 pm

    Basil hated my cold sill until I put a folded towel under the pot.
"""

GUIDE = """Fix It Blog

How To Fix 'Page Not Found' Errors On Your Own Site
by Noor Aziz

A broken link sends your reader to a dead end, and most of them never come back. These three habits keep the
dead ends away.

1. Redirect every old address when you move a post, the same day you move it.

2. Check your site for broken links once a month with a free link checker.

3. Make your error page useful: a search box and your five most-read posts.

A little care each month saves you a lot of lost readers.
"""


def articles(tmp_path, text: str) -> list[Article]:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return [a for a in clean_through([str(path)], "segment") if isinstance(a, Article)]


@pytest.mark.parametrize("gone", ["Page not found", "Seite nicht gefunden", "Página no encontrada"])
def test_a_soft_404_with_related_teasers_carries_no_article(tmp_path, gone):
    assert articles(tmp_path, SOFT_404.format(gone=gone)) == []


@pytest.mark.parametrize("gone", ["This post has been removed", "Ten wpis został usunięty"])
def test_the_comments_under_a_removed_post_are_no_article(tmp_path, gone):
    assert articles(tmp_path, REMOVED.format(gone=gone)) == []


def test_a_guide_about_missing_pages_is_an_article(tmp_path):
    [article] = articles(tmp_path, GUIDE)
    assert article.title == "How To Fix 'Page Not Found' Errors On Your Own Site"
