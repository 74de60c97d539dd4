"""Round 13: pages wholly in other languages and licence statements in their real forms, read by segment. Each shape
is written here in our own words, with the nearest page the rule must leave alone."""

from __future__ import annotations

from tests.conftest import only_article as only

COMMENTED = ("Home > Garden\n\nKeeping Basil Alive Indoors\n\nBy Ruth Adeyemi\n\n"
             "Basil wants warmth and light more than water. Put it on the sunniest sill you have.\n\n"
             "Water it at the base in the morning, never in the evening.\n\n"
             "Pinch out the tops every week so it bushes out instead of flowering.\n\n"
             "© 2023 Ruth Adeyemi. All rights reserved.\n\n"
             "Comments (2)\nTomasz K.: Mine died in a week, trying again!\nLeah: The pinching tip works.\n")


def test_the_readers_comments_under_their_heading_end_the_text():
    # the comments under "Comments (2)" are the readers': the notice above them is the article's last line
    article = only(COMMENTED)
    assert article.licence is not None and article.licence.tag == "LicenseRef-all-rights-reserved"
    assert "Tomasz" not in article.text


def test_without_the_heading_the_notice_still_reads():
    article = only(COMMENTED.replace("Comments (2)\n", "").replace("Tomasz K.: Mine died in a week, trying again!\n"
                                                                   "Leah: The pinching tip works.\n", ""))
    assert article.licence is not None and article.licence.tag == "LicenseRef-all-rights-reserved"
