"""A news site's republishing box under the article ("Republish this article" over a reuse grant) is the site's
end matter, never the article's last point. Our own words."""

from __future__ import annotations

from tests.conftest import tip_headlines

ARTICLE = ("Toddlers who wake at five are not being difficult: their body clocks run early, and a few changes help.\n\n"
           "Keep the room dark until six\n\nBlackout blinds matter more in summer, when the sky is light by four.\n\n"
           "Move the last nap earlier\n\nA nap ending after four pushes bedtime back and the morning forward."
           "\n\nKeep breakfast at the same time\n\nA meal at five teaches the body that five is morning.\n\n")


def test_the_republishing_box_is_no_point():
    text = ARTICLE + ("Republish this article\n\nYou may republish this article online or in print under a Creative"
                      " Commons licence, as long as you do not change it and you credit the writers.\n")
    assert tip_headlines(text) == ["Keep the room dark until six", "Move the last nap earlier",
                                   "Keep breakfast at the same time"]
