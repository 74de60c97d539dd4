"""Round 9's review: three of the round's line patterns matched more than their comments said. A title naming an
issue is no masthead; a shop row's price and a bare date are no comment's time stamp; a sentence ending in "posts"
is no directory's list heading. Lines written for this test."""

from __future__ import annotations

import pytest

from pipeline.stages import segment as sg


@pytest.mark.parametrize("line, masthead", [
    ("THE POTTING BENCH -- Issue #31 -- June 2022", True),
    ("Issue 9 · Spring 2023", True),
    ("Allotment Letter, Vol. 4, No. 1", True),
    ("How To Fix Issue 12 In Windows", False),  # a title that names an issue
    ("Why Volume 3 Of The Guide Matters", False),
])
def test_a_masthead_names_its_issue_at_the_start_or_after_a_separator(line, masthead):
    assert sg._masthead(line) is masthead


@pytest.mark.parametrize("line, stamp", [
    ("Oksana K. | 14.03.2021 19:05", True),
    ("hedgehog_fan · 2 May 2021, 07:30", True),
    ("Hose connectors | £4.49", False),  # a shop row's price
    ("Home | 14.03.2021", False),  # a breadcrumb's date, no time
    ("Seed trays · 12.50 each", False),
])
def test_a_comment_stamp_carries_a_clock_time(line, stamp):
    assert bool(sg.COMMENT_STAMP.match(line)) is stamp


@pytest.mark.parametrize("line, lead", [
    ("Gardening Articles:", True),
    ("Home & Garden Articles", True),
    ("I love these posts", False),
    ("Read our stories:", False),
])
def test_a_directory_list_heading_is_capitalised_words_over_articles(line, lead):
    assert bool(sg.LINK_LIST_LEAD.match(line)) is lead


def test_a_long_blank_run_inside_a_line_is_read_as_one_space():
    """Segment run alone on unrepaired records (JSONL) meets what repair would collapse: 64 or more blanks inside a
    line are layout debris, read as one space (many line patterns walk such a run once per position)."""
    from pipeline.records import Article, Source

    text = ("A Title For The Test\n\nBy Ines Halvorsen" + "\t" * 70 + "| 3 May 2021\n\n"
            "Keep the seed trays" + " " * 80 + "on a warm sill until the first leaves show.\n")
    source = Source(path="p.txt", sha256="ab" * 32, size=len(text), format="txt")
    [article], _ = sg.segment_record(Article(id=Article.make_id(source), source=source, text=text),
                                     sg.SegmentConfig())
    assert article.author == "Ines Halvorsen"
    assert "Keep the seed trays on a warm sill" in article.text and not sg.LONG_GAP.search(article.text)
