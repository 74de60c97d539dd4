"""Round 30 mend: a rating row ("Rating: *** (9 votes)", "★★★★☆ (31 votes)") is the page's metadata; a title that
closes with a poll's count of votes ("Which Fern Likes Shade? (9 votes)") or opens with the word "Rating" without a
score ("Rating: 7 Of The Best Ferns") is still a title. And the count-of-votes test costs a long line its length once.
Pages and rows written here in our own words."""

from __future__ import annotations

import time

from pipeline import clean_text
from pipeline.text.attribution import is_meta_line

POINTS = ["Ferns like a bathroom's damp air, so keep the pot near the shower and away from the radiator.",
          "Water when the top of the compost feels dry, and never let the pot stand in a saucer of water.",
          "Mist the fronds on hot days, since brown tips mean the air around the plant is far too dry.",
          "Repot in spring into a pot one size up with a peat-free mix that holds some moisture."]


def _title(first_line: str) -> str | None:
    text = first_line + "\n\nBy Oona Pell\n\n" + "\n\n".join(POINTS) + "\n"
    return next(r for r in clean_text([text]) if r.kind == "article").title


def test_a_poll_question_closing_with_its_votes_is_the_title():
    assert _title("Which Fern Likes Shade Best? (9 votes)") == "Which Fern Likes Shade Best? (9 votes)"


def test_a_headline_opening_with_rating_but_no_score_is_the_title():
    assert _title("Rating: 7 Of The Best Ferns For Shade") == "Rating: 7 Of The Best Ferns For Shade"


def test_rating_rows_stay_metadata():
    rows = ["Rating: *** (9 votes)", "Rate this article: ★★★★☆ (31 votes)", "Rating: 4.2 / 5 (8 votes)",
            "Views: 904  Rating: ***-- (6 votes)", "Rating: **  (2.9 of 5, 14 votes)", "(27 votes)",
            "Rating: 3 out of 5", "Score: 1 2 3 4 5  (5 votes)"]
    assert [is_meta_line(row) for row in rows] == [True] * len(rows)


def test_titles_and_headlines_closing_with_votes_are_no_metadata():
    rows = ["Which Fern Likes Shade Best? (9 votes)", "Seven Ferns Worth Growing (40 votes)",
            "Rating: 7 Of The Best Ferns For Shade"]
    assert [is_meta_line(row) for row in rows] == [False] * len(rows)


def test_a_long_line_of_counts_costs_linear_time():
    """From each digit of "(1,1,1,…" the count of votes (and of comments, views) walked the rest of the line: 4.7 s
    at 32 kB; now milliseconds."""
    line = "(" + "1," * 20_000
    start = time.process_time()
    assert not is_meta_line(line) and not is_meta_line(line + "x")
    assert time.process_time() - start < 1.0
