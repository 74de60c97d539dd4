"""Round 7 (issue 16): a list whose glyphs were lost under an introduction without a colon. On pages by other hands
the lines of a list came under an introduction ending in a full stop ("… the same few things, in roughly this
order.", "Spend a quarter of an hour on these settings before you blame the chair."), so neither the lost-glyph
detector (it wants a colon) nor the paragraph detector (bare lines are no prose, colon-led lines gave no advice it
knew) found them. Now bare lines under an introduction pointing ahead are its list, and paragraphs each opening with
a lead of their own and a colon are points whatever their verb, as run-in heads with a dash already were. Pages
written here in our own words."""

from __future__ import annotations

from tests.conftest import tip_headlines as heads

LINES = ("Wet the stone before anything else\n"
         "Hold one angle for the whole stroke\n"
         "Go through every grit and skip none\n"
         "Feel for the burr with a fingertip\n"
         "Finish on a leather strop\n\n")


def test_bare_lines_under_an_introduction_pointing_ahead_are_its_list():
    body = ("Sharpening has a reputation for mystery it does not deserve. Everyone I taught learned the same few "
            "things, in roughly this order.\n\n" + LINES + "That is all there is to it. The rest is taste.")
    assert heads(body) == ["Wet the stone before anything else", "Hold one angle for the whole stroke",
                           "Go through every grit and skip none", "Feel for the burr with a fingertip",
                           "Finish on a leather strop"]


def test_bare_lines_under_an_introduction_that_points_nowhere_stay_no_list():
    body = ("Sharpening has a reputation for mystery it does not deserve. My uncle kept his tools in a damp shed "
            "for thirty years.\n\n" + LINES + "He died in the spring, and the shed was cleared in a weekend.")
    assert heads(body) == []


def test_lines_each_opening_with_a_lead_and_a_colon_are_points_whatever_their_verb():
    body = ("A good chair set up for someone else still hurts. Spend a quarter of an hour on these settings "
            "before you blame it.\n\n"
            "Seat height first: your feet should be flat and your thighs level.\n"
            "Seat depth next: two fingers between the seat edge and the back of your knees.\n"
            "Backrest: its curve belongs in the small of your back.\n"
            "Armrests: a little below the desk, so the shoulders can drop.\n\n"
            "Do them in this order, since each one changes the next.")
    assert heads(body) == ["Seat height first", "Seat depth next", "Backrest", "Armrests"]


def test_colon_labels_repeated_on_every_line_are_no_points():
    body = ("The club met three times this spring and these are the notes of each meeting.\n\n"
            "Minutes: the treasurer read the accounts and nobody asked a question.\n"
            "Minutes: the hall was booked for June and the raffle was drawn.\n"
            "Minutes: the committee stood again and was elected without a vote.\n\n"
            "The next meeting is in September.")
    assert heads(body) == []
