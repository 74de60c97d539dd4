"""Advertising lines between an article's point paragraphs ("ADVERTISEMENT", "SPONSORED: …", ">>> … click here <<<")
part no two points: the paragraphs around them are one run of points (issue 16, round 8). Pages written here in our
own words."""

from __future__ import annotations

from tests.conftest import tip_headlines as heads

BODY = """Moving house with a toddler is mostly a matter of order. Do these things in this order and the day goes well.

Book the van for a weekday. Weekend rates are higher and the roads are fuller.

{ad1}

Pack the child's room last. Familiar toys in sight keep a small person calm until the very end.

Label every box on two sides. Half of the boxes will be stacked the wrong way round.

{ad2}

Keep one bag of essentials in the car. Nappies, snacks and the kettle travel with you, not the movers.

Set up the cot first. Once the child sleeps, the rest of the unpacking can wait.

That is the whole plan; the rest is tea and patience.
"""

POINTS = ["Book the van for a weekday.", "Pack the child's room last.", "Label every box on two sides.",
          "Keep one bag of essentials in the car.", "Set up the cot first."]


def test_advertising_lines_between_points_part_no_run():
    for ad1, ad2 in (("ADVERTISEMENT", "Continue reading below"),
                     (">>> Compare removal quotes in your area - click here <<<",
                      "SPONSORED: Is your home insured for the move? Find out in 2 minutes")):
        assert heads(BODY.format(ad1=ad1, ad2=ad2)) == POINTS


def test_a_point_that_mentions_sponsors_is_still_a_point():
    body = BODY.format(ad1="Sponsor a neighbour's child for the day, and swap favours later.", ad2="")
    assert "Sponsor a neighbour's child for the day, and swap favours later." in heads(body)
