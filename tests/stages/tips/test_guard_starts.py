"""Tips (issue 19, round 7): ``guard_matches`` asks GUARD only where a match can start (a line's start, or a word of
GUARD_HEADS whose branch's word the text holds) and must give exactly ``GUARD.finditer``'s matches. Its table rests
on GUARD's branches, read here from the compiled pattern; the matches are compared on every page of the tunable
real-page parts (our own words) and on end matter written for each branch, in other cases and with the characters
IGNORECASE folds to ASCII letters."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.stages.tips import paras
from pipeline.stages.tips.patterns import GUARD, GUARD_HEADS

REALPAGES = Path(__file__).resolve().parents[2] / "fixtures" / "realpages"
TUNABLE = ("dev", "setapart", "dev3", "holdout2", "dev4", "dev6", "dev7", "holdout3", "dev5", "holdout4",
           "holdout5")  # never the validation or sealed parts
LITERAL = re._constants.LITERAL
BODY = "Keep a fixed bedtime and a dark room every night, as the studies say.\n"
END_MATTER = ["About the Author", "Author's Bio", "Resource Box", "Copyright 2005 Jo", "© Jo Smith", "(c) 2004 Jo",
              "All Rights Reserved", "Share and Enjoy", "Tags: sleep", "Leave a Reply", "Related Posts",
              "4 thoughts on \u201cSleep\u201d", "12 comments:", "said Jo. About the author - Jo",
              "so about the author: x", "You are free to publish it", "you may be welcome to republish it",
              "This is licensed under CC BY",
              "These are licenced under it", "It is used with permission.", "This page is used with permission",
              "ABOUT THE AUTHOR", "YOU ARE FREE TO REPUBLISH", "IS LICENSED UNDER", "ſhare and enjoy",
              "It iſ licensed under", "uſed with permission", "This ıs licensed under", "İs licensed under it",
              "Thisis licensed under", "abouts the author", "youare free to publish", "  \t Tags: x",
              "about\nthe author:", "Recent Posts", "Popular posts  "]


def _words(items) -> str:
    """The characters of a run of LITERAL items."""
    return "".join(chr(value) for _, value in items)


def _literal_runs(items) -> list[str]:
    """The runs of consecutive LITERAL items at the top level of one branch."""
    runs, run = [], []
    for op, value in items:
        if op is LITERAL:
            run.append((op, value))
        else:
            runs.append(_words(run))
            run = []
    return [*runs, _words(run)]


def test_every_branch_of_guard_opens_where_guard_matches_looks():
    heads = dict(GUARD_HEADS)
    (op, (_, branches)), = re._parser.parse(GUARD.pattern, GUARD.flags).data
    assert op is re._constants.BRANCH
    line_start, *others = branches
    assert str(line_start.data[0]) == "(BRANCH, (None, [[(AT, AT_BEGINNING)], [(LITERAL, 10)]]))"
    opened = set()
    for branch in others:
        items = list(branch.data)
        assert str(items[0]) == "(AT, AT_BOUNDARY)"
        if items[1][0] is re._constants.BRANCH:
            words = [_words(alternative.data) for alternative in items[1][1][1]]
            assert all(all(op is LITERAL for op, _ in alternative.data) for alternative in items[1][1][1])
        else:
            words = [_literal_runs(items[1:])[0]]
        for word in words:
            assert word in heads, word
            assert any(heads[word] in run for run in _literal_runs(items[1:])), (word, heads[word])
            opened.add(word)
    assert opened == {head for head, _ in GUARD_HEADS}


def _pages() -> list[str]:
    return [path.read_text(encoding="utf-8") for part in TUNABLE for path in sorted((REALPAGES / part).glob("*.txt"))]


def _finditer(text: str) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group()) for m in GUARD.finditer(text)] if paras.may_guard(text) else []


def _matches(text: str) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group()) for m in paras.guard_matches(text)]


def test_guard_matches_are_finditers_on_the_real_pages():
    pages = _pages()
    assert len(pages) > 400
    assert sum(bool(_finditer(page)) for page in pages) > 100
    for page in pages:
        assert _matches(page) == _finditer(page)


@pytest.mark.parametrize("line", END_MATTER)
def test_guard_matches_are_finditers_on_end_matter(line):
    for text in (BODY * 3 + line, line, line + "\n" + BODY + line.upper(), BODY + line + " " + line.lower()):
        assert _matches(text) == _finditer(text)
