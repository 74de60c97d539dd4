"""A pager's words are read one way (text/attribution.py: PAGE_COUNT, CONTINUED_PAGE) by every reader of pager lines:
the metadata-line test, boilerplate's pagination rule, segment's thread pager and the tips stage's page footer."""

from __future__ import annotations

import re

import pytest

from pipeline.stages import boilerplate, segment
from pipeline.stages.tips import patterns
from pipeline.text import attribution

PAGINATION = dict(boilerplate.LINE_RULES)["pagination"]


@pytest.mark.parametrize("count", ["Page 1 of 2", "page 3/12", "PAGE 2 / 5", "Page 4of9"])
def test_every_reader_reads_a_page_count_in_each_spelling(count):
    assert re.fullmatch(attribution.PAGE_COUNT, count, re.I)
    assert attribution.is_meta_line(f"Seed order form, printed in March   {count}")
    assert PAGINATION.match(count) and segment.THREAD_PAGER.match(count)
    assert patterns.PAGE_FOOTER.search(f"Seed order form {count}")


@pytest.mark.parametrize("pointer", ["Continued on page 4", "continued from 2", "Continued from page 11"])
def test_every_reader_reads_a_split_piece_s_pointer(pointer):
    assert attribution.is_meta_line(pointer) and PAGINATION.match(pointer)
    assert attribution.CONTINUED_BY.match(f"{pointer} - by Ines Marlow")


def test_a_sentence_naming_a_page_is_no_pager():
    line = "Turn to page 12 of the seed catalogue for the list of early potatoes."
    assert not PAGINATION.match(line) and not patterns.PAGE_FOOTER.search(line)
    assert not segment.THREAD_PAGER.match(line) and not attribution.is_meta_line(line)
