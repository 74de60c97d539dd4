"""A list of what a service takes ("We can collect:", "We accept:") is data a reader checks against, like a recipe's
ingredients, not advice: no tips (issue 16, round 16). Our own words."""

from __future__ import annotations

from pipeline.stages.tips import split_text

ITEM = """The library's book bank reopens on Monday after the winter break, with longer hours on Saturdays.

{lead}
- paperback novels in good condition
- children's picture books
- audiobooks on CD

Drop them at the front desk any afternoon.
"""


def test_a_list_of_what_a_service_takes_gives_no_tips():
    for lead in ("We can collect:", "We accept:", "Items we take:", "What can go in the donation box:"):
        assert not split_text(ITEM.format(lead=lead)).tips, lead


def test_a_list_announced_as_advice_still_gives_its_points():
    advice = ITEM.format(lead="Before you donate, check these:").replace(
        "- paperback novels in good condition", "- Wipe the covers with a dry cloth")
    assert len(split_text(advice).tips) >= 1
