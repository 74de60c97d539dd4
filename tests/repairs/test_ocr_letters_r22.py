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


@pytest.mark.parametrize(("scanned", "mended"), [
    ("Check the smoke a1arm monthly.", "Check the smoke alarm monthly."),
    ("YOUR H0ME SAFETY GUIDE", "YOUR HOME SAFETY GUIDE"),
    ("Never 1eave a candle burning.", "Never leave a candle burning."),
])
def test_a_digit_read_for_a_letter_is_mended(scanned, mended):
    assert repair_text(scanned)[0] == mended


@pytest.mark.parametrize("text", [
    "Take B12 daily, set the A10 tap to 1st gear at 10am and call 0800 100 100.",
    "Rename foo1 to bar1 in CE1 and R2D2.",  # identifiers and codes: a closing digit is no damage we can be sure of
    "The 1990s were kind to the 4x4 and the MP3.",
])
def test_codes_numbers_and_identifiers_keep_their_digits(text):
    assert repair_text(text)[0] == text
