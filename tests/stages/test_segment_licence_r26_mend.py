"""Round 26's mend (review F2/F3): a licence keyed to the day a post came out reads that day, not an edit's stamp
("Updated: ...") over the post nor a neighbouring post's date in its footer ("Newer post: TITLE" over a date). Every
page here is made up in our own words."""

from __future__ import annotations

import pytest

from pipeline.text import licence as lic
from tests.conftest import file_articles

BODY = ("Water seedlings from below, so the stems stay dry and strong.\n\n"
        "Turn the trays every morning, or the shoots lean toward the window.\n\n"
        "Harden plants off for a week before they go into the bed outside.\n\n")


def _tag(tmp_path, head: str, closing: str, footer: str = "") -> str:
    page = tmp_path / "seedlings.txt"
    page.write_text(f"Seedlings on a Windowsill\n{head}\n\n{BODY}{closing}\n{footer}", encoding="utf-8")
    articles = file_articles(page)
    assert len(articles) == 1
    return articles[0].licence.tag if articles[0].licence else lic.NOASSERTION


@pytest.mark.parametrize("head", [
    "By Tomas Reyes\nLast updated: 12 April 2022",
    "Posted on 6 June 2017 by Tomas Reyes\nUpdated: April 2022",
])
def test_an_edit_stamp_is_not_the_day_a_post_came_out(tmp_path, head):
    assert _tag(tmp_path, head, "Posts published from 2021 onward are licensed CC BY 4.0.\n") != "CC-BY-4.0"


def test_a_neighbouring_posts_date_in_the_footer_is_that_posts(tmp_path):
    footer = "\nNewer post: Potting On\nJune 1, 2016\n"
    assert _tag(tmp_path, "By Tomas Reyes", "Posts published before 2019 are licensed CC BY 4.0.\n",
                footer) != "CC-BY-4.0"


@pytest.mark.parametrize("head, footer", [
    # the negation: the post's own date still keys the licence
    ("By Tomas Reyes\nUpdated: April 2023\n6 June 2022", ""),
    ("By Tomas Reyes", "\nPosted on 6 June 2022\nNewer post: Potting On\n"),
    ("By Tomas Reyes\n6 June 2022", ""),
])
def test_the_posts_own_date_still_keys_the_licence(tmp_path, head, footer):
    assert _tag(tmp_path, head, "Posts published from 2021 onward are licensed CC BY 4.0.\n", footer) == "CC-BY-4.0"
