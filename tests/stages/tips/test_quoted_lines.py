"""A plain-text export (a mail client, a Markdown export) renders a block set apart with "> " at each line's start.
The lines are the article's own text: points under an introduction like any others, headed without the quote mark
(issue 16, round 8: a society bulletin of several items). Pages written here in our own words."""

from __future__ import annotations

from pipeline.stages.tips import split_text
from pipeline.stages.tips.split import unquoted

BODY = """Every autumn I buy too many bulbs and plant half of them too late. This year I wrote myself rules.

> Plant tulips after the first frost. Earlier and they sprout in a mild spell, then rot.
> Set them three times their height deep. Shallow bulbs flop and split.
> Water them in once. After that the winter rain does the job.
> Mark the rows with sticks. In spring you will forget where they are.
"""


def test_quoted_lines_are_points_headed_without_the_quote_mark():
    assert [t.headline for t in split_text(BODY).tips] == [
        "Plant tulips after the first frost.", "Set them three times their height deep.", "Water them in once.",
        "Mark the rows with sticks."]
    assert not any(t.text.startswith(">") for t in split_text(BODY).tips)


def test_unquoting_keeps_every_offset():
    assert len(unquoted(BODY)) == len(BODY)
    assert unquoted("a > b\n> c") == "a > b\n  c"  # only quote marks opening a line
    # (round 28: a message forwarded twice quotes at two levels, ">> " or "> > ", and an empty quoted line is a bare
    # ">": every level goes, so the points under them part as written; see test_tip_shapes_r28)
    assert unquoted("a > b\n>> c\n>") == "a > b\n   c\n "
    assert unquoted(">>> Compare accounts <<<") == "    Compare accounts <<<"
