"""Round 12: an unsigned item among a page's signed items is not the publisher's own writing (SPEC: the publisher's ©
is not a byline), so the bare © of the publisher at its foot is the issue's colophon, the site's mark: NOASSERTION.
Pages written in our own words."""

from __future__ import annotations

import pytest

from bench.labels import clean_through
from pipeline.records import Article

RULE = "-" * 44


def item(heading: str, byline: str | None, paras: list[str]) -> str:
    signed = f"by {byline}\n" if byline else ""
    return f"{RULE}\n{heading}\n{signed}{RULE}\n\n" + "\n\n".join(paras) + "\n\n"


def issue(foot: str, last_byline: str | None = None) -> str:
    return ("=" * 44 + "\n THE RIVERBANK ROWERS NEWS\n Issue 12, March\n" + "=" * 44 + "\n\n"
            "IN THIS ISSUE\n  * A Note from the Captain\n  * Five Habits for a Longer Stroke\n"
            "  * Looking After the Club Boats\n\n"
            + item("A NOTE FROM THE CAPTAIN", "Maud Fairweather",
                   ["The boathouse roof is fixed at last, and the club thanks everyone who came to the work party.",
                    "Our spring regatta entries close at the end of the month, so please sign up on the board."])
            + item("FIVE HABITS FOR A LONGER STROKE", "Tobias Renner",
                   ["1) Reach with the arms before the body swings forward.",
                    "2) Keep the catch light and let the blade find the water.",
                    "3) Drive with the legs, then the back, then the arms.",
                    "4) Let the handle come in level, never dipping.",
                    "5) Slow the recovery so the boat runs under you."])
            + item("LOOKING AFTER THE CLUB BOATS", last_byline,
                   ["Wipe each hull down after the outing and check the riggers for loose nuts.",
                    "Put the oars back in their numbered rack so the next crew can find a matched set.",
                    "Report any damage in the book by the door the same day, however small."])
            + f"{foot}\n")


def licences(text: str, tmp_path) -> list[tuple[str | None, str]]:
    path = tmp_path / "issue.txt"
    path.write_text(text, encoding="utf-8")
    articles = sorted((r for r in clean_through([str(path)], "segment") if isinstance(r, Article)),
                      key=lambda a: a.source.part)
    return [(a.author, a.licence.tag) for a in articles]


# The club's bare ©, with a charity number or an address after it, under an unsigned last item.
@pytest.mark.parametrize("foot", [
    "(c) 2024 Riverbank Rowing Club. Registered charity no. 1187654.",
    "© Riverbank Rowing Club 2024 · The Boathouse, Mill Lane, Wexham",
])
def test_the_publisher_s_bare_mark_under_an_unsigned_item_is_the_site_s(foot, tmp_path):
    got = licences(issue(foot), tmp_path)
    assert len(got) == 3 and got[2] == (None, "NOASSERTION")


# Nearest things to keep: the same © reserving rights in words speaks for the issue; and under a signed last item
# that names the club as its writer, the club's © is its author's.
def test_the_publisher_s_reserving_notice_still_counts(tmp_path):
    got = licences(issue("(c) 2024 Riverbank Rowing Club. All rights reserved."), tmp_path)
    assert got[2][1] == "LicenseRef-all-rights-reserved"


def test_the_club_s_mark_under_the_club_s_own_item_is_its_author_s(tmp_path):
    got = licences(issue("(c) 2024 Riverbank Rowing Club.", last_byline="the Riverbank Rowing Club Team"), tmp_path)
    assert got[2] == ("Riverbank Rowing Club", "LicenseRef-all-rights-reserved")
