"""Round 15: the copyright line at the foot of a newsletter post that carries a guest's section as a second article
("© 2025 NAME" under both, NAME the post's writer): it names the post's writer, so it reserves her article's rights
(SPEC), and says nothing of the guest's. A page in our own words."""

from __future__ import annotations

from tests.conftest import segment_page

PAGE = """The Cold Frame
Subscribe
Sign in
Seedlings on a north-facing sill
Plus: a guest on saving your own seed
HENRIKE ACHTERBERG
APR 2, 2025
Share
Here is what I do every spring, in the order I do it:
1. Turn the trays every morning: seedlings lean to the glass and a half turn keeps them straight.
2. Water from below: a saucer under the tray keeps the surface dry and the mould away.
3. Brush the tops each evening: a light stroke makes the stems thicker, as wind would.
That is all it took this year.
***
Guest corner
Saving Seed From Your Own Tomatoes
by Oskar Lindqvist
Oskar keeps an allotment in Malmö and answered my plea for help.
• Pick the best fruit of the best plant, not the last one left.
• Let the seeds ferment in a jar of water for three days.
• Dry them on a plate, never on kitchen paper.
Thank you, Oskar!
Henrike
Discussion about this post
Comments
{foot}
Privacy ∙ Terms ∙ Collection notice
Get the app
"""


def test_the_foot_s_copyright_goes_to_the_article_its_holder_wrote():
    first, second = segment_page(PAGE.format(foot="© 2025 Henrike Achterberg"))
    assert (first.author, first.licence.tag) == ("Henrike Achterberg", "LicenseRef-all-rights-reserved")
    assert (second.author, second.licence.tag) == ("Oskar Lindqvist", "NOASSERTION")


def test_a_publisher_s_mark_at_the_foot_goes_to_neither():
    first, second = segment_page(PAGE.format(foot="© 2025 The Cold Frame"))
    assert (first.licence.tag, second.licence.tag) == ("NOASSERTION", "NOASSERTION")


def test_a_reservation_in_words_at_the_foot_is_left_to_the_issue():
    # "Contents may not be copied": the issue's own words, read for every piece as before (not handed to one writer)
    first, second = segment_page(PAGE.format(foot="© 2025 Henrike Achterberg. Contents may not be copied."))
    assert second.licence.tag == "LicenseRef-all-rights-reserved"
