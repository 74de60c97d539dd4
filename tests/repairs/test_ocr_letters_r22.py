"""Round 22: OCR's "rn" read for "m" is mended where it is certain (the printed word is no word, a reading with "m"
is one in use), and never touches a real word that holds "rn" (issue 16: scanned zines and newsletters, seen on
four tuned parts)."""

from __future__ import annotations

import pytest

from pipeline.repairs import repair_text
from pipeline.repairs.ocr import fix_ocr_letters


@pytest.mark.parametrize(("scanned", "mended"), [
    ("Soak the beans for ten rninutes.", "Soak the beans for ten minutes."),
    ("Rnost hens lay less in winter.", "Most hens lay less in winter."),
    ("Keep the lid on the cornpost bin.", "Keep the lid on the compost bin."),
    ("A rnodern kiln fires evenly.", "A modern kiln fires evenly."),  # one "rn" damage, the other the word's own
])
def test_an_ocr_rn_for_m_is_mended(scanned, mended):
    fixed, changes = fix_ocr_letters(scanned)
    assert fixed == mended
    assert [c.name for c in changes] == ["ocr_letters"]
    assert fix_ocr_letters(fixed) == (fixed, [])  # idempotent


@pytest.mark.parametrize("text", [
    "Turn the yarn round the barn door, then burn the fern.",  # words holding "rn": "m" would make other words
    "A modern corner store sells darning wool.",
    "Ask Arne Sterne at the Kernow stall.",  # names: no reading with "m" is a common word
    "Learn the pattern; return the journal.",
])
def test_words_that_hold_rn_stay(text):
    assert fix_ocr_letters(text) == (text, [])


def test_the_fix_runs_in_the_chain_for_english_only():
    assert repair_text("Stretch the sock over the rnushroom and darn it.")[0] == (
        "Stretch the sock over the mushroom and darn it.")
    other = "Die Kinder erinnern sich noch gut an den Sommer am See, sagt ihre Mutter."
    assert repair_text(other)[0] == other
