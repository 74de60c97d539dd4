"""Round 27's speed steps (issue 19) keep their answers: the licence search keeps the last few long texts' answers
and hands out copies; a running header is counted only among the lines that hold its longest word; the gone-page
test reads the top lines only. Each step is
checked against the reading it replaced, written out here, on made-up pages."""

from __future__ import annotations

from collections import Counter

import pytest

from pipeline.stages import segment
from pipeline.text import licence as lic

FILLER = "Water the seedlings at dusk and keep the soil moist but never soaked through the week. "


def test_a_long_text_is_searched_once_and_each_caller_gets_its_own_statements() -> None:
    text = FILLER * 15 + "You may reprint this article in your newsletter if the author's bio stays intact."
    assert len(text) > lic.STATEMENT_CACHE_CHARS
    lic._long_statements_of.cache_clear()
    first = lic.find_statements(text)
    assert [s.kind for s in first] == ["reprint"]
    first[0].text = "changed by the first caller"
    first[0].conditions.append("invented-condition")
    second = lic.find_statements(text)
    assert second[0].text != "changed by the first caller"
    assert "invented-condition" not in second[0].conditions
    assert lic._long_statements_of.cache_info().hits == 1  # the second ask is answered from the kept search
    assert [(s.kind, s.tag, s.conditions) for s in second] == [(s.kind, s.tag, s.conditions)
                                                               for s in lic._search_statements(text)]


def _running_lines_before(lines: list[str], head: list[int]) -> set[int]:
    """Round 26's reading: every line normalised and counted, the keys' tests applied last."""
    if not head:
        return set()
    keys = {i: " ".join(lines[i].split()) for i in head}
    wanted = set(keys.values())
    counts = Counter(key for line in lines if (key := " ".join(line.split())) in wanted)
    return {i for i, key in keys.items() if counts[key] >= segment.MIN_RUNNING_REPEATS
            and len(key.split()) >= segment.MIN_RUNNING_WORDS and not key.endswith(":")}


PAGE = ["Fenwick Allotment Society", "Leaflet  Fenwick Allotment Society", "Notes on leeks:", "Leek care",
        "Text about leeks.", "Leaflet Fenwick   Allotment Society", "Notes on leeks:", "Leek care", "More text.",
        "\tLeaflet Fenwick Allotment Society ", "Notes on leeks:", "Leek care", "Leaflet Fenwick Allotment"]


@pytest.mark.parametrize("head", [[], [0], [1], [2], [3], [0, 1, 2, 3], [12], [1, 12], [4, 8]])
def test_running_lines_read_as_before(head: list[int]) -> None:
    assert segment._running_lines(PAGE, head) == _running_lines_before(PAGE, head)


def test_a_running_header_is_found_whatever_its_spacing() -> None:
    assert segment._running_lines(PAGE, [1, 2, 3]) == {1}  # the label ("...:") and the two-word line never count


def test_a_gone_notice_counts_at_the_top_of_the_page_only() -> None:
    top = ["Garden Club", "", "Home › Roses › Page not found", "Try these instead:"]
    assert segment._gone_page(top) is True
    below = [f"Line number {n} of the page." for n in range(segment.MAX_GONE_LINES)] + top
    assert segment._gone_page(below) is False  # past the page's first non-blank lines: a link's title, read no more
    spaced = ["", "  "] * 40 + top  # blank lines are not counted among the top lines
    assert segment._gone_page(spaced) is True
