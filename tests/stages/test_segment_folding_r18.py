"""Words of a line are looked up in the language tables folded as the tables are (round 18): ``casefold`` turns a
Greek final sigma into a plain one ("μέρος" -> "μέροσ"), so a folded word looked up among the words as written
missed every word ending in one."""

from __future__ import annotations

from pipeline.stages import segment as sg
from pipeline.text import attribution
from pipeline.text.languages import folded


def test_a_chapter_word_ending_in_a_final_sigma_heads_a_chapter_line():
    # "Part 2" in Greek, in sentence case and in capitals: a book's part number alone on its line
    assert sg._chapter_line("Μέρος 2") and sg._chapter_line("ΜΈΡΟΣ 3")
    assert not sg._chapter_line("Μέρος της λύσης")  # no number after it: words of a title


def test_every_table_set_a_line_is_folded_against_is_folded_itself():
    for table in (sg.CHAPTER_WORDS, sg.META_LABELS, sg.EDITOR_ROLES, sg.WRITER_FIELDS, attribution.DATE_LEADS,
                  attribution.WRITING, attribution.WRITING_PHRASES):
        assert all(w == w.casefold() for w in table)


def test_folded_words_hold_the_folded_final_sigma():
    assert "μέροσ" in folded("chapter", ["el"]) and "μέρος" not in folded("chapter", ["el"])
