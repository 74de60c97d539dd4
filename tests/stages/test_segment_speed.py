"""Exact savings in the segment stage (issue 19): the same answer computed once, not again."""

from __future__ import annotations

from collections import Counter

from pipeline.stages import segment


def test_article_starts_asks_each_line_once_whether_it_is_a_byline(monkeypatch) -> None:
    """Before the page's first byline, article_starts asks is_byline of a line as the line under the text so far and
    again as the line above the next one; it keeps the first answer. Same starts: a page of three articles, the
    first without a byline (its long paragraph counts), the others a title over a byline over text."""
    asked: Counter[str] = Counter()
    real = segment.is_byline
    monkeypatch.setattr(segment, "is_byline", lambda line: asked.update([line]) or real(line))
    text = ("Keeping a shed dry through the winter takes little more than a few habits, and most of them cost "
            "nothing at all: open the door on dry days, sweep out the leaves, and check the roof after storms.")
    lines = ["Dry Sheds", text, f"{text} Twice.", "Sharp Tools", "By Bo Lind", f"{text} Once.", f"{text} Again.",
             "Last Words", "Written by Cy Moss", text]
    assert segment.article_starts(lines) == [0, 3, 7]
    assert asked and max(asked.values()) == 1, asked
