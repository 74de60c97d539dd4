"""Properties of the learned line roles (``pipeline/text/line_roles.py``) on any lines: no exception, the same
answer twice, and every candidate drawn from the lines or the markup it was given. The segment stage asks them only
with ``--line-roles`` other than "off", where no fuzz trigger reached them before round 13."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.configs import SegmentConfig
from pipeline.records import to_dict
from pipeline.text import line_roles as roles
from tests.stages.test_segment import page, run

# Pieces a head or a foot is made of: wrappers, labels, counters, credits, names, symbols, blanks and any text.
PIECES = st.sampled_from(["*** ", " ***", "== ", '"', "«", "»", "[Pinned] ", "Topic: ", "Re: ", " (Read 12 times)",
                          "By ", "Written by ", "Posted by ", "©", " 2024", "Ann Lee", "Björn Ek", "O'Neil",
                          "Dr. ", ", PhD", " | ", " - ", "Six Ways to Dry Herbs", "Keep the pots damp.", "\t",
                          "  ", "-", "*", "~", "#", "_", "+", "'", "’", "about", "the author", ":", "(", ")", "1."])
LINE = st.one_of(st.lists(PIECES, max_size=8).map("".join), st.text(max_size=40))
LINES = st.lists(LINE, min_size=0, max_size=12)
MARKUP = st.one_of(st.none(), LINE)


def _described(candidates: list[roles.Candidate]) -> list[tuple[str, tuple[str, ...]]]:
    return [(c.value, tuple(c.features)) for c in candidates]


@settings(max_examples=150, deadline=None)
@given(LINES, MARKUP, MARKUP, st.booleans(), st.booleans())
def test_candidates_of_any_lines_are_deterministic_and_come_from_them(lines, markup_author, markup_title, arbiter,
                                                                      fallback):
    authors = roles.author_candidates(lines, markup_author, None, arbiter, fallback)
    titles = roles.title_candidates(lines, markup_title, None, arbiter, fallback)
    assert _described(authors) == _described(roles.author_candidates(lines, markup_author, None, arbiter, fallback))
    assert _described(titles) == _described(roles.title_candidates(lines, markup_title, None, arbiter, fallback))
    given_text = " ".join([*lines, markup_author or "", markup_title or ""]).casefold()
    for candidate in authors + titles:
        assert isinstance(candidate.value, str) and candidate.value.strip()
        # a value is a piece of its lines or markup (its words kept, their marks trimmed, capitals may be evened)
        assert all(word.strip("\"'“”‘’«»*=~#_+-.,:;!?()[]|").casefold() in given_text
                   for word in candidate.value.split()), candidate.value


@settings(max_examples=60, deadline=None)
@given(st.lists(LINE, min_size=1, max_size=10), st.sampled_from(["off", "model", "arbiter", "fallback",
                                                                 "author-fallback"]))
def test_segment_with_line_roles_on_any_page_is_deterministic(lines, mode):
    """Any page through segment, the learned roles off (the default) or on: no exception, the same records twice."""
    text = "\n".join([*lines, "", "Keep the soil damp through the winter and move the pots from cold glass."])
    config = replace(SegmentConfig(), line_roles=mode)
    first, _ = run([page(text)], config)
    second, _ = run([page(text)], config)
    assert [to_dict(p) for p in first] == [to_dict(p) for p in second]
    assert all(p.author is None or p.author.strip() for p in first)
