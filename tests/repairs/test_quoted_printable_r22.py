"""Round 22: a mail body saved still in quoted-printable is decoded by repair (the ``quoted_printable`` fix), where
its header says so or its marks are unmistakable; every change is recorded and replays. Texts in our own words."""

from __future__ import annotations

import pytest

from pipeline.repairs import repair_text, replay_plan
from pipeline.repairs.encoding import fix_quoted_printable

MAIL = """From: Riverside Walkers <news@riverside.example>
Subject: =?UTF-8?Q?Walk_notes_12_=E2=80=93_autumn?=
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

RIVERSIDE WALKERS =E2=80=93 NOTES 12

Led by Zo=C3=AB Okonkwo=E2=80=91Barra

Pack a spare pair of socks in a sealed bag: wet feet at mile six turn a good w=
alk into a long one. Carry the map even if the phone has one =E2=80=A2 batteri=
es die in the cold. Tell someone at home which path you took and when you me=
an to be back.
"""


def test_a_mail_body_in_quoted_printable_is_decoded_under_its_header():
    text, changes = fix_quoted_printable(MAIL)
    assert "Subject: Walk notes 12 – autumn" in text
    assert "Led by Zoë Okonkwo‑Barra" in text
    assert "turn a good walk into a long one" in text and "one • batteries die" in text
    assert "=E2" not in text and "w=\nalk" not in text
    assert {c.name for c in changes} == {"quoted_printable"}


def test_the_whole_repair_records_the_decoding_and_replays_it():
    fixed, plan = repair_text(MAIL)
    assert "quoted_printable" in [name for name, _ in plan]
    assert replay_plan(MAIL, plan) == fixed
    assert repair_text(fixed)[0] == fixed  # a second run changes nothing


def test_a_body_without_its_header_is_decoded_when_the_marks_are_unmistakable():
    body = MAIL.split("\n\n", 1)[1]
    assert "Zoë" in fix_quoted_printable(body)[0]


@pytest.mark.parametrize("text", [
    "Set the option to width=3D in the file, then height=4F.",  # two marks, no soft break, no header
    "In the spreadsheet type =A1+B2 and =C3 and =D4, then press enter.",
    "Content-Transfer-Encoding: 8bit\n\nCaf=C3=A9 notes=\nhere=\nand there=\n",
])
def test_a_text_that_only_looks_encoded_here_and_there_is_left_alone(text):
    assert fix_quoted_printable(text) == (text, [])


def test_an_encoded_equals_sign_that_would_read_as_a_mark_again_is_kept():
    text = "Content-Transfer-Encoding: quoted-printable\n\nType x=3D41 and caf=C3=A9."
    once = fix_quoted_printable(text)[0]
    assert "café" in once and fix_quoted_printable(once)[0] == once
