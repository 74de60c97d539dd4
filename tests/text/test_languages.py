"""The language tables (pipeline/text/languages.py): every language has every kind of cue, the words are written
as the rules match them, and no entry is a short common word that would fire on every page."""

from __future__ import annotations

import re
import unicodedata

import pytest

from pipeline.text.languages import (
    KINDS,
    LANGUAGES,
    OPTIONAL_KINDS,
    alternation,
    languages_with,
    other_languages,
    words,
)


@pytest.mark.parametrize("code", sorted(LANGUAGES))
def test_every_language_has_every_kind(code):
    table = LANGUAGES[code]
    assert set(KINDS) <= set(table) <= set(KINDS) | set(OPTIONAL_KINDS), code
    for kind in table:
        assert table[kind], (code, kind)


def test_a_row_that_tells_its_language_also_says_how_it_speaks_to_the_reader():
    # the tips gate and the aside test read a language by both: its commonest words and its words for "you"
    assert set(languages_with("function_words")) == set(languages_with("function_words", "address"))
    for code in ("de", "fr", "es", "it", "nl", "pt", "pl"):
        assert code in languages_with("function_words", "address"), code


def test_a_languages_commonest_words_are_not_another_languages_first():
    # a body is read as the first row whose words make a fifth of it: two rows sharing most of their words would
    # read one language as the other (Danish and Norwegian share many and say "you" alike, so they may; so do the
    # West Slavic languages, whose short words are largely one: a test below reads each as itself)
    rows = languages_with("function_words")
    for i, a in enumerate(rows):
        for b in rows[i + 1:]:
            shared = set(LANGUAGES[a]["function_words"]) & set(LANGUAGES[b]["function_words"])
            if {a, b} not in ({"da", "no"}, {"sv", "da"}, {"sv", "no"}, {"cs", "sk"}, {"pl", "cs"}, {"pl", "sk"}):
                assert len(shared) <= 8, (a, b, shared)


def test_every_optional_kind_is_filled_by_some_language_and_read_by_words():
    assert not set(OPTIONAL_KINDS) & set(KINDS)
    for kind in OPTIONAL_KINDS:
        filled = [code for code in LANGUAGES if kind in LANGUAGES[code]]
        assert filled, kind
        assert set(words(kind)) == {w for code in filled for w in LANGUAGES[code][kind]}, kind


def test_the_tables_cover_the_large_web_languages():
    for code in ("es", "pt", "fr", "de", "it", "nl", "pl", "ru", "uk", "cs", "ro", "sv", "tr", "el", "id", "vi",
                 "ja", "zh", "ko", "ar", "hi"):
        assert code in LANGUAGES


@pytest.mark.parametrize("code", sorted(LANGUAGES))
def test_words_are_lower_case_nfc_and_trimmed(code):
    for kind in LANGUAGES[code]:
        for w in LANGUAGES[code][kind]:
            assert w == w.strip() and w == w.lower() and unicodedata.normalize("NFC", w) == w, (code, kind, w)
            assert "  " not in w


GATE_SHARE_KINDS = ("function_words", "address", "formal_address", "infinitive_endings", "leading_infinitive_endings",
                    "imperative_endings", "measures")


def test_no_latin_cue_is_a_bare_short_word():
    # "de", "por", "von" alone would fire on every line of a page in those languages; a sequence word is asked
    # only before its comma or colon ("Poi, …"), a counter only before its number ("Tip 3"), a grant's leave ("may")
    # only with a text named and a reuse in its sentence, so three letters are
    # enough there
    for code in LANGUAGES:
        for kind in LANGUAGES[code]:
            # (the bare "by" is asked in lower case only, before a full name alone on its line; a grant's limits
            # only beside a grant's words, in the grant's language: both short and common on purpose)
            # (and the number words: asked only opening a title or an introduction, before another word, or as a
            # whole word of a title over a list already found: "to", "on" are counts)
            # (and a chapter's word: asked only before a number alone on its line, "Bab 4"; the names of days and
            # months: asked only in a date, beside a day's number and a year, "5 mai 2024"; the tips gate's words of
            # a language and to the reader, counted as a share of a body's words, never a cue alone: "you", "der")
            # (and a footer's tags and share labels: asked only before a colon, "Del:", "Tag:"; an honorific only
            # opening a name, before the name: "Rr. NAME")
            for w in LANGUAGES[code][kind] if kind not in ("by", "limits", "numbers", "chapter", "weekdays",
                                                           "months", "tags", "share", "honorifics",
                                                           *GATE_SHARE_KINDS) else ():
                if w.isascii() and " " not in w:
                    assert len(w) >= (3 if kind in ("sequence", "counter", "may") else 4), (code, kind, w)


def test_words_are_longest_first_and_unique():
    seq = words("sequence")
    assert len(seq) == len(set(seq))
    assert [len(w) for w in seq] == sorted((len(w) for w in seq), reverse=True)


def test_alternation_matches_each_word_and_any_blank_run():
    pattern = re.compile(rf"^{alternation('rights_reserved')}$", re.I)
    for code in LANGUAGES:
        for w in LANGUAGES[code]["rights_reserved"]:
            assert pattern.match(w.replace(" ", "\u00a0 ")) or pattern.match(w.replace(" ", "  ")), (code, w)


def test_other_languages_leave_english_out():
    assert "en" not in other_languages() and "de" in other_languages()


def test_an_unknown_kind_is_refused():
    with pytest.raises(KeyError):
        words("greeting")


@pytest.mark.parametrize("code", sorted(LANGUAGES))
def test_every_language_counts_two_to_ten(code):
    assert len(LANGUAGES[code]["numbers"]) == 9, code


def test_the_west_slavic_rows_read_each_language_as_itself():
    from pipeline.stages.tips.paras import reader_language

    polish = "To jest dobry dzień na spacer, a my idziemy do lasu, bo tam jest cicho i nie ma ludzi."
    czech = "To je dobrý den na procházku, a my jdeme do lesa, protože tam je ticho a nejsou tam lidé."
    assert (reader_language(polish), reader_language(czech)) == ("pl", "cs")
