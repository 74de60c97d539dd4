"""Exact savings in the segment stage (issue 19): the same answer computed once, not again."""

from __future__ import annotations

import sys
from collections import Counter

from pipeline.stages import segment


def _asked_by_article_starts(depth: int = 2) -> bool:
    """Whether the patched ``is_byline`` was called from ``article_starts``' own loop (its memo, or the function's
    body if the memo were inlined), not from a line test it calls first (``_writer_line`` of ``_named_items``, which
    asks ``is_byline`` of a title line too, through its own line cache: round 20 asks it there before
    ``name_line``)."""
    return sys._getframe(depth).f_code.co_qualname.startswith("article_starts")


def test_article_starts_asks_each_line_once_whether_it_is_a_byline(monkeypatch) -> None:
    """Before the page's first byline, article_starts asks is_byline of a line as the line under the text so far and
    again as the line above the next one; it keeps the first answer. Same starts: a page of three articles, the
    first without a byline (its long paragraph counts), the others a title over a byline over text. Only the loop's
    own asks are counted: the item readers' line tests keep their answers in their own caches."""
    asked: Counter[str] = Counter()
    real = segment.is_byline

    def counted(line: str) -> bool:
        if _asked_by_article_starts():
            asked.update([line])
        return real(line)

    monkeypatch.setattr(segment, "is_byline", counted)
    text = ("Keeping a shed dry through the winter takes little more than a few habits, and most of them cost "
            "nothing at all: open the door on dry days, sweep out the leaves, and check the roof after storms.")
    lines = ["Dry Sheds", text, f"{text} Twice.", "Sharp Tools", "By Bo Lind", f"{text} Once.", f"{text} Again.",
             "Last Words", "Written by Cy Moss", text]
    assert segment.article_starts(lines) == [0, 3, 7]
    assert asked and max(asked.values()) == 1, asked
