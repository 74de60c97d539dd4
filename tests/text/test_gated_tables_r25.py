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


# --- round 28: words of other scripts gate their rows too (text/gated.py plain_letter), and the licence tables of
# words (GRANT_MAY, GRANT_TEXT, GRANT_REUSE) are searched row by row

def test_a_word_of_another_script_is_a_rows_promise_unless_a_letter_of_it_has_several_lower_cases():
    assert required_words(r"(?<!\w)(?:Nachdruck|Vervielfältigung)\b", re.I) == frozenset({"nachdruck",
                                                                                          "vervielfältigung"})
    assert required_words(r"सभी\s+अधिकार", re.I) == frozenset({"अधिकार"})
    # Greek σ/ς, κ/ϰ and μ/µ, Cyrillic в/ᲀ: a match may hold the other form, so the word stops at them
    assert required_words(r"καλως", re.I) == frozenset({"αλω"})  # (κ and ϰ too)
    assert required_words(r"μσ", re.I) is None


def test_every_letter_the_tables_words_hold_matches_only_characters_lowering_to_it():
    """The gate's proof: for each letter of another script in the licence tables' promised words, every character
    of Unicode that re.IGNORECASE matches to it shows as that letter in the lower-case text."""
    import sys

    every = "".join(chr(c) for c in range(128, sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    tables = (lic.GRANT_MAY, lic.GRANT_TEXT, lic.GRANT_REUSE, lic.RESERVED, lic.FOREIGN_REFUSE, lic.FOREIGN_GRANT,
              lic.PUBLIC_ABROAD_PATTERN)
    letters = {ch for table in tables for row in table.rows for word in required_words(row, re.I) or ()
               for ch in word if ord(ch) >= 128}
    assert len(letters) > 100  # the tables hold many scripts' words
    for letter in sorted(letters):
        assert {ch.lower() for ch in re.findall(re.escape(letter), every, re.I)} == {letter}, letter


@pytest.mark.parametrize("text", ["Artikeln får fritt publiceras på andra webbplatser.", "ARTIKELN FÅR PUBLICERAS",
                                  "Dieser Artikel darf gerne weiterverbreitet werden.", "Du får gärna ringa oss.",
                                  "Статью можно перепечатывать.", "ΚΑΛΩΣ ΗΡΘΑΤΕ", "Plain English only.", ""])
def test_the_tables_of_words_find_what_their_whole_alternation_finds(text):
    for table in (lic.GRANT_MAY, lic.GRANT_TEXT, lic.GRANT_REUSE):
        assert isinstance(table, GatedAlternation)
        assert _spans(table, text) == _spans(table.whole, text)


def test_shuffled_words_of_other_scripts_give_the_same_answers():
    words = ["Artikel", "darf", "DÜRFEN", "får", "FÅR", "publiceras", "можно", "МОЖНО", "перепечатка", "ΚΑΛΩΣ", "ς",
             "σ", "µ", "μ", "ᲂ", "о", "\u0130", "ǅ", "ǆ", "Ǆ", "Straße", "STRASSE", "ẞ", "copy", "may"]
    rows = [r"(?<!\w)dürfen\b", r"(?<!\w)får\b", r"можно", r"καλως", r"μ\w+", r"straße", r"ǆ"]
    table = GatedAlternation(rows, re.I)
    whole = re.compile("|".join(f"(?:{row})" for row in rows), re.I)
    draw = random.Random(28)
    for _ in range(3000):
        text = " ".join(draw.choice(words) for _ in range(draw.randint(1, 7)))
        assert _spans(table, text) == _spans(whole, text), text


def test_every_example_cue_holds_a_colon_or_a_colonless_cues_word():
    """without_citations searches EXAMPLE_CUE only in a line with a colon or one of EXAMPLE_COLONLESS: read from the
    pattern, each branch's promised words, a colon standing as the word "zcolonz", are that word or one of them."""
    spelled = re.sub(r"(?<!\(\?):", "zcolonz", lic.EXAMPLE_CUE.pattern)  # (a group's "(?:" is no colon of the text)
    assert required_words(spelled, re.I) == frozenset({"zcolonz", *lic.EXAMPLE_COLONLESS})
    # a cue without a colon is still read (what follows it to the clause's end is blanked), one with a colon too
    assert lic.without_citations("Plant beans, for example runner beans, this year.").strip() == \
        "Plant beans, for example"
    assert lic.without_citations("Like this: you may reprint this article freely.").strip() == "Like this:"
    assert lic.without_citations("E.g. you may reprint this article freely.").strip() == "E.g."
