"""Word lists read from the language tables (round 17): licence's cues in other languages live in the rows of
pipeline/text/languages.py. Our own words throughout."""

from __future__ import annotations

import pytest

from pipeline.text.languages import LANGUAGES
from pipeline.text.licence import GLUED_PROVENANCE, PROVENANCE_ABROAD


@pytest.mark.parametrize("code", sorted(c for c in LANGUAGES if "first_published" in LANGUAGES[c]))
def test_every_language_row_says_where_a_text_first_ran(code):
    for w in LANGUAGES[code]["first_published"]:
        assert PROVENANCE_ABROAD.search(f"({w} 2019)"), (code, w)
        if code in GLUED_PROVENANCE:
            assert PROVENANCE_ABROAD.search(f"記事{w}掲載"), (code, w)  # inside a run of letters


def test_a_spaced_languages_word_inside_a_longer_word_says_nothing():
    assert not PROVENANCE_ABROAD.search("Die ursprüngliche Fassung war kürzer.")
    assert PROVENANCE_ABROAD.search("Ursprünglich erschienen in der Gartenzeitung.")
