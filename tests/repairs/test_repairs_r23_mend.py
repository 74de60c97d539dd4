"""Round 23's mends of round 22's repairs, each found by a read-only review: OCR's letter repair changed clean
addresses, domains, paths, tags and look-alikes shown on purpose; the quoted-printable repair decoded clean maths and
config text with no MIME header. Lines written in our own words (invented names and sites), each beside the damage
that must still be mended."""

from __future__ import annotations

import pytest

from pipeline.repairs import repair_text


# 6. a token that is an address, a domain, a path or a tag keeps its letters; a look-alike beside its word stays
@pytest.mark.parametrize("text", [
    "Write to Ada at arnold.rnarsh@example.org about the sale.",
    "Fraudsters buy names like paypa1-help.com and arnaz0n.com to fool you.",
    "Read the guide at https://example.net/rnodern-gardens before you dig.",
    "Tag your photos #c0ld or #rnorning and we will share them.",
    "Never use sunf1ower as a password, however much you love a sunflower.",
    "See /docs/c0nfig for the settings.",
])
def test_an_address_domain_path_tag_or_shown_look_alike_keeps_its_spelling(text):
    assert repair_text(text)[0] == text


@pytest.mark.parametrize(("scanned", "mended"), [
    ("Pick the rnushroom before it opens.", "Pick the mushroom before it opens."),
    ("Wipe the rnushroom.", "Wipe the mushroom."),  # the sentence's stop is no part of the word
    ("Keep the (rnushroom) cool and dry.", "Keep the (mushroom) cool and dry."),
    ("STAY AT H0ME ON ICY DAYS", "STAY AT HOME ON ICY DAYS"),
])
def test_ocr_damage_in_a_plain_word_is_still_mended(scanned, mended):
    assert repair_text(scanned)[0] == mended
