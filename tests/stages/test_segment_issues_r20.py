"""Round 20: the editor's greeting of a plain-text issue is no article, however the issue frames it: boxed under a
numbered section label between rule lines ("1. A WORD FROM NAME"), or under the head of the mail the issue came in.
Issues written in our own words."""

from __future__ import annotations

from bench.labels import clean_through
from pipeline.records import Article
from pipeline.stages.segment import Parsed, _introduces

RULE = "-" * 50

BOXED = f"""==================================================
   THE WILLOW LANE BEEKEEPER
   Issue #41 -- May 2012
   Notes for hobby beekeepers, every month
==================================================

You get this letter because you signed up at one of
our shows. How to stop it is at the bottom.

IN THIS ISSUE
  1. A word from Tove
  2. Feature: Catching A Swarm
  3. Club news
  4. Small ads

{RULE}
1. A WORD FROM TOVE
{RULE}

Hello beekeepers,

The blossom came late, the bees came later, and the
hives are finally humming. Thank you for the letters.

See you at the apiary,
Tove

{RULE}
2. FEATURE ARTICLE
{RULE}

CATCHING A SWARM WITHOUT PANIC
by Hallgrímur Einarsson

A swarm looks alarming but it is the calmest the bees
will ever be. Here is how I take one.

1. Wait for the cluster to settle on a branch before
   you go near it.

2. Hold the box right under the cluster and give the
   branch one firm shake.

3. Leave the box in place until dusk so the foragers
   can find their queen.

With a little nerve you will have a new colony by dark.

{RULE}
3. CLUB NEWS
{RULE}

Where To Find Us This Summer

The club will be at two shows this year, and we need
hands for both of them. Bring a veil and a smile.

The honey stall raised enough last year for two new
hives, so we are doing it again with more jars.

  -- Tove Lindqvist, editor

{RULE}
4. SMALL ADS
{RULE}

FOR SALE: Two national hives, clean, collect from
Ashby. GBP 60. Reply to the editor.

==================================================
To stop getting this letter, reply with STOP.
==================================================
"""



def titles(tmp_path, text: str) -> list[str | None]:
    path = tmp_path / "issue.txt"
    path.write_text(text, encoding="utf-8")
    return [a.title for a in clean_through([str(path)], "segment") if isinstance(a, Article)]


def test_a_greeting_boxed_under_its_numbered_label_is_the_issue_s_not_an_article(tmp_path):
    assert titles(tmp_path, BOXED)[:2] == ["CATCHING A SWARM WITHOUT PANIC", "Where To Find Us This Summer"]


def test_a_greeting_under_the_mail_s_head_is_the_issue_s_not_an_article():
    # the mail's head fields, joined on one line by the repairs, are no paragraph of the note
    head = ("From: The Allotment Letter <letter@allotment-letter.example> Subject: Allotment Letter #12 - beans and "
            "more beans Date: Tue, 4 May 2010 06:30:11 -0500")
    note = ["Hello again, growers!", "", "The frost has gone at last, and the beans are in the ground.",
            "Thank you for all your letters after the last issue.", "", "-- Rhoda"]
    assert _introduces(Parsed(body=[head, "", *note]))
    assert not _introduces(Parsed(body=["A short word on the shed, written by the committee.", "", *note]))
