"""Round 23's mends of round 22's repairs, each found by a read-only review: OCR's letter repair changed clean
addresses, domains, paths, tags and look-alikes shown on purpose; the quoted-printable repair decoded clean maths and
config text with no MIME header. Lines written in our own words (invented names and sites), each beside the damage
that must still be mended."""

from __future__ import annotations

import pytest

from pipeline.repairs import repair_text


# 6. a token that is an address, a domain, a path or a tag keeps its letters; a zero among small letters is
# written so (OCR reads a zero for the tall "O" only)
@pytest.mark.parametrize("text", [
    "Write to Ada at arnold.rnarsh@example.org about the sale.",
    "Fraudsters buy names like paypa1-help.com and arnaz0n.com to fool you.",
    "Read the guide at https://example.net/rnodern-gardens before you dig.",
    "Tag your photos #c0ld or #rnorning and we will share them.",
    "Never use m0nkey or Dragon0ne as a password; crackers try them first.",  # a small "o" written as zero
    "See /docs/c0nfig for the settings.",
])
def test_an_address_domain_path_tag_or_shown_look_alike_keeps_its_spelling(text):
    assert repair_text(text)[0] == text


@pytest.mark.parametrize(("scanned", "mended"), [
    ("Pick the rnushroom before it opens.", "Pick the mushroom before it opens."),
    ("Wipe the rnushroom.", "Wipe the mushroom."),  # the sentence's stop is no part of the word
    ("Keep the (rnushroom) cool and dry.", "Keep the (mushroom) cool and dry."),
    ("STAY AT H0ME ON ICY DAYS", "STAY AT HOME ON ICY DAYS"),
    ("STAY AT H0ME: a home is warmest with its doors shut.", "STAY AT HOME: a home is warmest with its doors shut."),
    ("Never 1eave the stove; a1ways turn it off.", "Never leave the stove; always turn it off."),
])
def test_ocr_damage_in_a_plain_word_is_still_mended(scanned, mended):
    assert repair_text(scanned)[0] == mended


# 7. without a MIME header only unmistakable marks decode: a hex letter or multi-byte UTF-8, and soft breaks that
# split a word; a character cut in two never becomes cp1252's mojibake
@pytest.mark.parametrize("text", [
    "Times tables\n2+2=\n3+3=\n4+4=\n5+5=\nAnswers: p=10, q=12, r=14, s=16, t=18",
    "[server]\nhostname=\nretries=\nlabel=\ntimeout=45\nport=8080\nlimit=10 delay=20 burst=30",
    "Fill in: x=11, y=22, z=33.\nThen check each=\nsum twice and every=\nline once and write=\nit down.",
])
def test_maths_and_config_text_without_a_header_is_left_alone(text):
    assert repair_text(text)[0] == text


def test_a_headerless_body_with_unmistakable_marks_is_still_decoded():
    body = ("Bring a flask =E2=80=93 the caf=C3=A9 shuts early. The path past the wei=\nr is steep in pla=\nces, and "
            "the st=\nile is narrow =E2=80=A2 mind your step.\n")
    fixed = repair_text(body)[0]
    assert "flask – the café" in fixed and "weir is steep in places" in fixed and "stile is narrow • mind" in fixed


def test_a_character_the_encoder_broke_across_lines_is_joined_and_a_cut_one_is_kept():
    head = "Content-Transfer-Encoding: quoted-printable\n\n"
    fixed = repair_text(head + "Dates 3 =E2=80=\n=93 9 May, and a stray =E2=80 at the end.")[0]
    assert "Dates 3 – 9 May" in fixed
    assert "=E2=80 at the end" in fixed and "â€" not in fixed
