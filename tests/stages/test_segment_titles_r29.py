"""Round 29 (issue 16): titles and articles per page on real-shaped pages. Our own words (invented sites and people).

Each rule has its look-alike beside it: a wrong title is worse than none.
"""

from __future__ import annotations

import pytest

from tests.conftest import only_article as only

TIPS = ("Most bread goes stale before it is eaten, and most of it need not.\n\n"
        "* Freeze half the loaf the day you buy it, and toast slices straight from frozen.\n\n"
        "* Keep the rest in a bread bin, never in the fridge, where it stales three times faster.\n\n"
        "* Turn the ends into crumbs and keep them in a jar for the week's cooking.\n")


# --- a forwarding header is never a title --------------------------------------------------------------------------
# (a reviewer's leftover of round 28: a mail forwarded twice, whose heads give no subject, was titled by the
# client's separator line "---------- Forwarded message ---------")

@pytest.mark.parametrize("separator", ["---------- Forwarded message ---------", "Begin forwarded message:",
                                       "-----Original Message-----", "----- Message transféré -----"])
def test_a_mail_forwarded_twice_without_a_subject_has_no_title(separator):
    page = (f"{separator}\nFrom: Wenna Kell <wenna@post.example>\nDate: Mon, 2 Mar 2009\n\n"
            f"{separator}\nFrom: Ysolde Marr <ysolde@post.example>\nDate: Sun, 1 Mar 2009\n\n" + TIPS)
    assert only(page).title is None


def test_a_mail_forwarded_twice_under_an_empty_subject_has_no_title():
    page = ("From: Wenna Kell <wenna@post.example>\nSubject: Fwd: Fwd:\n\n"
            "---------- Forwarded message ---------\nFrom: Ysolde Marr <ysolde@post.example>\nSubject: Fwd:\n\n"
            "---------- Forwarded message ---------\nFrom: Tegen Lowry <tegen@post.example>\nDate: Sun, 1 Mar 2009\n\n"
            + TIPS)
    assert only(page).title is None


def test_a_mail_forwarded_twice_keeps_its_own_subject_as_the_title():
    page = ("From: Wenna Kell <wenna@post.example>\nSubject: Fwd: Fwd: stale bread\n\n"
            "---------- Forwarded message ---------\nFrom: Ysolde Marr <ysolde@post.example>\n"
            "Subject: Fwd: stale bread\n\n---------- Forwarded message ---------\n"
            "From: Tegen Lowry <tegen@post.example>\nSubject: stale bread\n\n" + TIPS)
    assert only(page).title == "stale bread"


def test_a_heading_that_only_mentions_forwarding_is_still_a_title():
    page = "Forwarded Messages And Other Inbox Clutter\n\n" + TIPS
    assert only(page).title == "Forwarded Messages And Other Inbox Clutter"


# (a reviewer's round 29: the separator check refused any short heading opening with its words)
@pytest.mark.parametrize("heading", ["Original Message Ideas for Birthday Cards",
                                     "Forwarded by Neighbours: How We Pass On Seeds"])
def test_a_heading_opening_with_a_separators_words_is_still_a_title(heading):
    page = f"{heading}\n\n" + TIPS
    assert only(page).title == heading
