"""The line and paragraph tests that remember their answers (issue 19): bounded, the same answer as the test
itself, and no caller can change a remembered answer."""

from __future__ import annotations

import pytest

from pipeline.stages import segment
from pipeline.stages.tips import paras
from pipeline.text import attribution, dates

CACHED = [
    attribution.is_person_name, attribution.is_byline, attribution.looks_like_title, attribution.may_be_title,
    attribution.is_nav_line, attribution.is_prose, attribution.is_blog_footer, segment._writer_line,
    segment._is_text, paras.normalise, paras._sentence_starts, dates.is_date_line,
    attribution.is_accepted_mark, attribution.is_meta_line, segment._tool_row, paras.heads_ingredients,
]

LINES = [
    "Growing Beans on a Balcony", "By Orla Fenwick", "Posted by Orla at 7:42 PM", "Home | Garden | Contact",
    "Beans want six hours of sun. Give them a deep pot, and water at dusk.", "Orla Fenwick",
    "Orla Fenwick, Allotment Officer", "Mr. Fenwick said so. Then he left.", "  Written by the Potting Shed Team  ",
    "Tuesday, 4 March 2025", "What should I sow first?", "Eingestellt von Orla Fenwick um 21:03",
    "✔ Best answer", "Submitted: 3 May 2024 | Views: 1,204", "Print · Share · Pin It", "What you'll need:",
    "Posted by: Orla Fenwick | Categories: Beans | 4 Comments", "Orla Fenwick, who has grown beans on a balcony "
    "for ten years, writes about small gardens at the Potting Shed.",
]
# The readings that hand back a Byline keep their answers too (attribution.line_reading_cache)
BYLINE_READINGS = [
    attribution.dated_head_abroad, attribution.name_line, attribution.is_unheaded_bio, attribution.meta_row_footer,
    attribution.blog_footer, attribution.intro_credit,
]


@pytest.mark.parametrize("test", CACHED, ids=lambda f: f.__wrapped__.__qualname__)
def test_a_remembered_answer_is_the_tests_own_and_the_memory_is_bounded(test) -> None:
    assert test.cache_info().maxsize is not None  # a bounded cache: memory stays flat over any run
    for line in LINES + LINES[::-1]:  # asked again, in another order
        assert test(line) == test.__wrapped__(line), line


@pytest.mark.parametrize("reading", BYLINE_READINGS, ids=lambda f: f.__wrapped__.__qualname__)
def test_a_remembered_byline_is_the_readings_own_and_each_caller_gets_a_copy(reading) -> None:
    for line in LINES + LINES[::-1]:
        assert reading(line) == reading.__wrapped__(line), line


def test_a_caller_that_changes_its_byline_changes_no_one_elses() -> None:
    line = "Posted by: Orla Fenwick | Categories: Beans | 4 Comments"
    first = attribution.meta_row_footer(line)
    assert first is not None and first.name == "Orla Fenwick"
    first.name, first.credentials = "Someone Else", "made-up"
    again = attribution.meta_row_footer(line)
    assert again is not first and (again.name, again.credentials) == ("Orla Fenwick", None)
    assert attribution.name_line("Orla Fenwick") is not attribution.name_line("Orla Fenwick")


def test_has_words_remembers_each_count_apart() -> None:
    text = "Sow thinly, then thin again."
    assert [paras.has_words(text, n) for n in (4, 5, 6, 4)] == [True, True, False, True]
    assert paras.has_words.cache_info().maxsize is not None


def test_sentence_starts_gives_each_caller_its_own_list() -> None:
    text = "Water at dusk. Mulch in May. Pick often."
    first = paras.sentence_starts(text)
    first.append(99)  # a caller that changes its list changes no one else's
    assert paras.sentence_starts(text) == [15, 29]
    assert isinstance(paras.sentence_starts(text), list) and paras.sentence_starts("One only.") == []


NOTICE_LINES = [
    "© 2023 Orla Fenwick. All rights reserved.", "Feel free to reprint this article as long as the bio stays with it.",
    "Text licensed under CC BY-SA 4.0.", "Beans want six hours of sun.", "Reprinted with permission of the author.",
]


def test_licence_statements_are_remembered_but_each_caller_gets_its_own() -> None:
    from pipeline.text import licence

    assert licence._statements_of.cache_info().maxsize is not None  # bounded, as the line tests' caches
    for line in NOTICE_LINES + NOTICE_LINES[::-1]:
        assert licence.find_statements(line) == licence._search_statements(line), line
    first = licence.find_statements(NOTICE_LINES[1])
    assert first and first[0].kind == "reprint" and first[0].conditions
    first[0].text = "the caller's own line"  # segment sets a statement's text to its line ...
    first[0].conditions.append("made-up")  # ... and a caller may change its conditions
    again = licence.find_statements(NOTICE_LINES[1])
    assert again[0].text == NOTICE_LINES[1] and "made-up" not in again[0].conditions
    assert licence.find_statements(NOTICE_LINES[3]) == []
    long = " ".join(["Beans want six hours of sun."] * 60) + " " + NOTICE_LINES[0]  # past the kept length
    before = licence._statements_of.cache_info().currsize
    assert [s.kind for s in licence.find_statements(long)] == ["copyright"]
    assert licence._statements_of.cache_info().currsize == before  # a long text is searched, not kept
