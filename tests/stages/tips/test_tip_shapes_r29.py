"""Round 29 (issue 16): tip shapes several hands wrote, in our own words with invented names and sites."""

from __future__ import annotations

import time

import pytest

from pipeline.stages.tips import split_text
from pipeline.stages.tips.detect import _line_between_led_points, _teaser_lines
from pipeline.stages.tips.paras import Para
from pipeline.stages.tips.patterns import WEB_ADDRESS


def _headlines(body: str, title: str | None = None) -> list[str]:
    return [t.headline.rstrip(".") for t in split_text(body, title=title).tips]


# A news column's points, one a paragraph, a colon after each lead; the site sets a "Read more:" link to another of
# its stories between two of them. The link parts no run: all six points are one list.
READ_MORE_BETWEEN = """Water bills went up again this spring, and readers have asked where a household can save without
going thirsty. I asked a plumber and two gardeners, and they agreed on most of it.

Fix the dripping tap: a washer costs pennies, and a tap that drips once a second wastes a bath a week.

Fit a tray under the shower: catch the cold water that runs before it warms and use it on the pots.

Read more: Why the river is lower than it was ten years ago

Water the garden at dusk: less of it rises off the soil before the roots can drink it.

Collect the rain: a butt on the shed downpipe fills in a single wet afternoon.

Run the machine only when it is full: half loads use nearly as much water as full ones.

Check the meter at night: if it moves while every tap is off, there is a leak somewhere.

If the bill still looks wrong, ask the water company for a check. Most will send someone out free of charge.
"""


def test_read_more_link_between_points_parts_no_run() -> None:
    assert _headlines(READ_MORE_BETWEEN) == [
        "Fix the dripping tap", "Fit a tray under the shower", "Water the garden at dusk", "Collect the rain",
        "Run the machine only when it is full", "Check the meter at night"]


def test_read_more_is_a_teaser_label_only_before_a_colon_and_a_title() -> None:
    assert _teaser_lines(Para(0, 0, "Read more: Ten cheap suppers for a cold week"))
    assert _teaser_lines(Para(0, 0, "READ MORE: Ten cheap suppers for a cold week"))
    assert not _teaser_lines(Para(0, 0, "Read more about the rules on the council's own page."))
    assert not _teaser_lines(Para(0, 0, "Read more"))


# A directory copy of a listicle whose bullets were lost, with a spammer's line (not a sentence, no label a list of
# phrases would know) set between two of its points; the points run on under it in the same shape, each led by a
# short sentence. The stray line parts no run: the points above it are points too.
STRAY_LINE_BETWEEN = """Most new bakers give up on sourdough after a flat loaf or two. It need not be so: the starter
is tougher than it looks, and a few habits carry it through almost anything. If you want a livelier starter, try
the following:

Feed it at the same hour. A starter fed at random times never settles into a rhythm you can plan a bake around.

Use a clear jar. You can see how far it has risen, and a rubber band marks where it started.

Chеар dеsіgnеr bаgs – frее shірріng – bagz-outlet.example

Keep it warm, not hot. A shelf near the oven is fine; the top of the radiator cooks the yeast.

Discard before you feed. Too much old starter dilutes the new flour and the jar turns sour and slow.

Try a little rye. A spoonful in each feed gives the yeast more to eat and the starter more life.

None of this takes long, and most starters that seem lost come back within a week of steady feeding.
"""


def test_stray_line_between_led_points_parts_no_run() -> None:
    assert _headlines(STRAY_LINE_BETWEEN) == [
        "Feed it at the same hour", "Use a clear jar", "Keep it warm, not hot", "Discard before you feed",
        "Try a little rye"]


# (a reviewer's round 29: WEB_ADDRESS tried each label of a long run of hyphened or dotted words as a host name's
# start and walked the run from each: a 36 kB line between two points cost seconds, 72 kB tens of seconds)
def _cpu_seconds(fn, *args):
    start = time.process_time()
    result = fn(*args)
    return result, time.process_time() - start


@pytest.mark.parametrize("run", ["ab-", "a-", "a.", "a-."])
def test_a_long_run_of_labels_is_searched_for_an_address_in_linear_time(run) -> None:
    """100 kB of one label run, no host name's ending in it: no address (old: minutes of CPU; new: hundredths)."""
    line = run * (100_000 // len(run))
    found, seconds = _cpu_seconds(WEB_ADDRESS.search, line)
    assert found is None
    assert seconds < 2.0, f"{seconds:.2f} s"


def test_a_long_stray_line_between_led_points_is_read_in_linear_time() -> None:
    points = [Para(0, 0, t) for t in ("Sow thinly. Crowded rows sulk.", "ab-" * 24_000,
                                      "Water early. Leaves dry by noon.", "Net the peas. Pigeons love them.")]
    found, seconds = _cpu_seconds(_line_between_led_points, points, 1)
    assert found is False
    assert seconds < 2.0, f"{seconds:.2f} s"


@pytest.mark.parametrize(("line", "address"), [("CHEAP WATCHES at shop.example", "shop.example"),
                                               ("deals on my-shop.example today", "my-shop.example"),
                                               ("films at www.films.example", "www."),
                                               ("see x.shop.example.org now", "x.shop.example.org")])
def test_the_linear_address_pattern_still_finds_a_host_name(line, address) -> None:
    assert WEB_ADDRESS.search(line).group() == address
