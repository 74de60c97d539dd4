"""The licence tables' alternations searched with only the rows whose words a text holds (text/gated.py, issue 19)
answer as the whole alternation does: the same match (start, end, row) on every text, the gate's word reading and
script reading on made-up rows, and the tables built so."""

from __future__ import annotations

import random
import re

import pytest

from pipeline.text import licence as lic
from pipeline.text.gated import GatedAlternation, needs_script, required_words

ROWS = [
    r"\bdo\s+not\s+(?:copy|reprint)\b",  # English words
    r"(?<!\w)(?:Nachdruck|Kopie)\w*\s+(?:nicht|nur)\b",  # German stems, then a word
    r"(?<!\w)(?:सर्वाधिकार|सभी\s+अधिकार)\s+सुरक्षित",  # another script's words only
    r"(?:\d{4})\s*[-–]\s*\d{4}",  # no word at all: always asked
    r"\bcopy\w*\s+forbidden\b",  # a later row matching where an earlier one does
]
TEXTS = [
    "Please do not copy this leaflet.",
    "Do NOT reprint: copy forbidden since 2001 - 2003.",
    "Nachdruck nicht erlaubt, Kopien nur mit Zustimmung.",
    "सभी अधिकार सुरक्षित",
    "Plant the beans in May and water them at dusk.",
    "Copying forbidden.",
    "Kelvin \u212aopie nicht",  # the Kelvin sign folds to k: not a text the lower-case words may gate
    "DO NOT COPY \u0131t",
    "",
]


def _spans(pattern, text):
    m = pattern.search(text)
    return None if m is None else (m.span(), m.group())


@pytest.mark.parametrize("text", TEXTS)
def test_a_gated_search_finds_what_the_whole_alternation_finds(text):
    table = GatedAlternation(ROWS, re.I)
    whole = re.compile("|".join(f"(?:{row})" for row in ROWS), re.I)
    assert _spans(table, text) == _spans(whole, text)


def test_rows_are_tried_in_the_tables_order_where_two_match_at_one_place():
    table = GatedAlternation([r"copy", r"copy\s+forbidden"], re.I)
    assert table.search("Copy forbidden.").group() == "Copy"  # the first row wins, as in the alternation
    assert GatedAlternation([r"copy\s+forbidden", r"copy"], re.I).search("Copy forbidden.").group() == \
        "Copy forbidden"


def test_shuffled_words_of_the_rows_give_the_same_answers():
    """Made-up lines of the rows' own words and others, in any order and case: never a different answer."""
    words = ["do", "not", "copy", "reprint", "Nachdruck", "nicht", "nur", "Kopie", "forbidden", "2001", "-", "2003",
             "सभी", "अधिकार", "सुरक्षित", "beans", "May", "COPYING", "\u0131", "\u017f"]
    table = GatedAlternation(ROWS, re.I)
    whole = re.compile("|".join(f"(?:{row})" for row in ROWS), re.I)
    draw = random.Random(25)
    for _ in range(3000):
        text = " ".join(draw.choice(words) for _ in range(draw.randint(1, 9)))
        assert _spans(table, text) == _spans(whole, text), text


def test_the_words_a_row_promises():
    assert required_words(r"\bdo\s+not\s+(?:copy|reprint)\b", re.I) == frozenset({"reprint", "copy"})
    assert required_words(r"(?:\d{4})\s*[-–]\s*\d{4}") is None  # no literal word: the row is always asked
    assert required_words(r"(?:free)?\s*reprint", re.I) == frozenset({"reprint"})  # an optional part promises none
    assert needs_script(ROWS[2], re.I) and not needs_script(ROWS[0], re.I)


def test_an_ascii_text_skips_another_scripts_rows_and_a_text_of_that_script_asks_them():
    table = GatedAlternation(ROWS, re.I)
    assert table.search("सभी अधिकार सुरक्षित").group() == "सभी अधिकार सुरक्षित"
    assert table.search("all rights kept") is None


def test_the_licence_tables_are_gated_and_keep_the_patterns_other_uses():
    for table in (lic.RESERVED, lic.FOREIGN_REFUSE, lic.FOREIGN_GRANT, lic.PUBLIC_ABROAD_PATTERN):
        assert isinstance(table, GatedAlternation) and table.flags & re.I
    assert lic.RESERVED.search("© 2020 Ann Lee. All rights reserved.").group() == "All rights reserved"
    assert lic.RESERVED.finditer is not None and lic.RESERVED.pattern == lic.RESERVED.whole.pattern
