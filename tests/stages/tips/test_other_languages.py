"""Round 9 (issue 16): lists in other languages gave no tips on pages by two more hands. A Japanese numbered list's
items were read as one "word" each (no spaces between the words) and rejected as menu entries; "Βήμα 1:" (and
"Krok 1", "Schritt 1:", "Tipp 1:") was no marker, the item words being English only; and a Polish list whose
glyphs were lost was refused because the shapes are told with English cue words, though its layout (a point's
line, its explanation, a blank line) says what it is. Pages written here in our own words."""

from __future__ import annotations

import pytest

from tests.conftest import tip_headlines


@pytest.mark.parametrize("word", ["Βήμα", "Krok", "Schritt", "Tipp", "Étape", "Paso", "Крок"])
def test_a_step_marker_in_another_language_numbers_a_point(word):
    body = ("Kettles fur up in hard-water towns, and a little vinegar clears them.\n\n"
            f"{word} 1: Half fill the kettle with equal parts water and vinegar.\n\n"
            f"{word} 2: Boil it and leave it to stand for an hour.\n\n"
            f"{word} 3: Empty it and rinse twice with clean water.\n\n"
            "Do it every month and the kettle will thank you.\n")
    assert tip_headlines(body) == ["Half fill the kettle with equal parts water and vinegar.",
                                   "Boil it and leave it to stand for an hour.",
                                   "Empty it and rinse twice with clean water."]
