"""Encoding damage, judged the way ftfy is designed to judge it: a whole line at a time. Every string here is
written for this test; the shapes (which bytes went wrong where) follow real mojibake."""

from __future__ import annotations

import re

import pytest
from ftfy.badness import BADNESS_RE, MOJIBAKE_CATEGORIES, is_bad
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.repairs import encoding, repair_text
from pipeline.repairs.base import replay
from pipeline.repairs.encoding import fix_unicode, is_bad_line, needs_ftfy
from pipeline.repairs.spacing import fix_invisible


def mangle(text: str, encoding: str) -> str:
    """UTF-8 bytes of ``text`` read in ``encoding``: the usual mojibake."""
    return text.encode("utf-8").decode(encoding)


def check(text: str, expected: str) -> None:
    fixed, changes = fix_unicode(text)
    assert fixed == expected
    assert replay(text, changes) == fixed


@pytest.mark.parametrize("encoding, words", [
    ("cp1250", "Třetí město má krásné náměstí a dům u řeky."),  # Czech, read as Windows-1250
    ("cp1251", "Дорога до моря займає дві години пішки."),  # Ukrainian, read as Windows-1251
    ("cp1257", "Baņķieri gaida konkrētus projektus un investīcijas."),  # Latvian, read as Windows-1257
    ("iso-8859-2", "Żółta łódź płynie po jeziorze."),  # Polish, read as ISO-8859-2
])
def test_single_byte_mojibake_of_other_code_pages_is_fixed_with_the_line_as_context(encoding, words):
    check(mangle(words, encoding), words)


def test_a_whose_second_byte_became_a_space_is_fixed_with_the_line_as_context():
    text = "Nous allons à la plage et à la gare tout à côté."
    damaged = mangle(text, "cp1252").replace("\xa0", " ")
    assert "Ã " in damaged
    check(damaged, text)


def test_spaces_around_a_line_do_not_change_what_ftfy_decides():
    # ftfy fixed 'Ã a' (an 'à' whose no-break space became a space) but not ' Ã a': the spaces fix then stripped
    # the indent and a second repair changed the text again (found by the idempotence property). The line's
    # edges are no context for an encoding decision.
    check(" Ã a", " à a")
    check("\tÃ a  ", "\tà a  ")
    once, _ = repair_text(" Ã a")
    assert repair_text(once)[0] == once


def test_entity_on_top_of_mojibake():
    check("une tempÃ&ordf;te", "une tempête")  # the second byte of ê escaped as an entity


def test_c1_controls_that_are_cp1252_punctuation_are_restored_not_deleted():
    text = "Er sagte \x84kommt gleich\x93 und ging\x85 weiter."
    fixed, _ = repair_text(text)
    assert fixed == "Er sagte „kommt gleich“ und ging… weiter."


def test_unexplained_control_characters_are_kept():
    for text in ("A marker \x1a stays, and so does \x81 here.", "Bell\x07 here", "tab\x0bvertical"):
        assert repair_text(text)[0] == text


def test_nul_is_junk_and_removed():
    fixed, changes = fix_invisible("half\x00way")
    assert fixed == "halfway" and [c.name for c in changes] == ["control_chars"]


def test_correct_text_that_only_looks_odd_is_left_alone():
    for text in ("Bremer/Mccoy – DrÃ¥ber", "Größe: 3 µm, Preis 5 € – ¡Olé!", "Η ¨ανατροφή¨ δυστυχώς"):
        assert fix_unicode(text) == (text, [])


def test_gate_agrees_with_ftfy_on_lines_it_skips():
    from ftfy import fix_text

    from pipeline.repairs.encoding import FTFY_CONFIG

    config = FTFY_CONFIG._replace(explain=False)
    for line in ("Schöne Grüße aus München – 20 °C.", "naïve café", "Tokyo (東京) ＡＢＣ", "plain ascii",
                 "caf\u0065\u0301", "ﬁne", "A &amp; B", "x\x84y", "Tom & Ann at AT&T", "R&D &c. &amp", "&#;"):
        if not needs_ftfy(line):
            assert fix_text(line, config) == line, line


def test_a_bare_ampersand_is_no_reason_to_run_ftfy():
    """issue 19: ftfy unescapes only entities of its HTML_ENTITY_RE's shape; a line whose only trigger is an "&"
    outside one skips ftfy, one with an entity does not."""
    assert not needs_ftfy("Tom & Ann at AT&T") and not needs_ftfy("R&D &c. &amp")
    assert needs_ftfy("Tom &amp; Ann") and needs_ftfy("it&#8217;s") and needs_ftfy("P&EACUTE;REZ")
    assert fix_unicode("Tom &amp; Ann")[0] == "Tom & Ann"


def test_gate_agrees_with_ftfy_on_real_page_text():
    """Every line of the trafilatura-eval snippets (real pages, mostly German) that the gate skips is one ftfy
    leaves as it is (skipped without ../shared)."""
    import json

    from ftfy import fix_text

    from bench.bench_ftfy_cases import CASES
    from pipeline.repairs.encoding import FTFY_CONFIG

    evaldata = CASES.parent / "trafilatura-eval" / "evaldata.json"
    if not evaldata.is_file():
        pytest.skip(f"{evaldata} is absent (shared benchmarks)")
    config = FTFY_CONFIG._replace(explain=False)
    lines = [line for page in json.loads(evaldata.read_text(encoding="utf-8")).values()
             for snippet in page.get("with", []) + page.get("without", []) for line in snippet.split("\n")]
    skipped = [line for line in lines if not needs_ftfy(line)]
    assert len(skipped) > 1000
    assert [line for line in skipped if fix_text(line, config) != line] == []


# --- the cheap exact gate in front of ftfy's badness regex (issue 19) -------------------------------------

def _expand(chars: str) -> str:
    """The characters of one of ftfy's category strings (which use ``a-z`` ranges)."""
    out, i = [], 0
    while i < len(chars):
        if i + 2 < len(chars) and chars[i + 1] == "-":
            out += [chr(c) for c in range(ord(chars[i]), ord(chars[i + 2]) + 1)]
            i += 3
        else:
            out.append(chars[i])
            i += 1
    return "".join(out)


# Every character ftfy's badness regex names, the ASCII it pairs them with, and letters of German and French.
_BADNESS_ALPHABET = ("".join(_expand(v) for v in MOJIBAKE_CATEGORIES.values())
                     + "ÃÂÎÐØÙŒœ€ŠšŸž®©°·»×²³àµ¹¼½¾√±∂†≠™´≤≥¥ø≈¢‚Äìîïòôúùûπâóäêв ЂГўВ.ΒΓΞΟβΆāÀÉ"
                     + "aeZ ,.?!\n\t01" + "üöäßéèç„“”’")


def _lines_the_line_gate_sends(text: str) -> list[tuple[int, str]]:
    """Each line's core (without indent and end spaces) that ``needs_ftfy`` sends to ftfy, at its offset."""
    expected, offset = [], 0
    for line in text.split("\n"):
        core = line.strip(" \t")
        if needs_ftfy(core):
            expected.append((offset + line.index(core), core))
        offset += len(line) + 1
    return expected


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=_BADNESS_ALPHABET, max_size=12))
def test_is_bad_line_agrees_with_ftfy_on_strings_of_the_characters_its_regex_names(line):
    assert is_bad_line(line) == is_bad(line)


@pytest.mark.parametrize("line", [
    "Schöne Grüße aus München", "Ça va, garçon ?", "It’s “fine” — really…", "naïve café", "Œuvre complète",
    "SchÃ¶ne", "Itâ€™s", "voilÃ le", "\x93quoted\x94", "œ!", "aÃ b", "aÂ ", "Ã", "Größe 42", "×²",
])
def test_is_bad_line_agrees_with_ftfy_on_written_lines(line):
    assert is_bad_line(line) == is_bad(line)


# Long lines take the windowed search (is_bad_line tries the regex only around the pieces every match holds):
# mojibake at either end, at a window's edge, between runs of accents far apart, or none at all.
_LONG_LINE_PARTS = st.sampled_from(["Schöne Grüße ", "plain words here ", "SchÃ¶ne ", "naïve café ", "œ", "Ã",
                                    "aÂ ", "Itâ€™s ", "×²", "“ ”", "x" * 9, " ", "\t", "ГўВЂВ¦a", "вЂ", "ΒΓΞ"])


@settings(max_examples=3000, deadline=None)
@given(st.lists(_LONG_LINE_PARTS, min_size=8, max_size=40).map("".join)
       | st.text(alphabet=_BADNESS_ALPHABET + "abcdefgh      ", min_size=65, max_size=240))
def test_is_bad_line_agrees_with_ftfy_on_long_lines(line):
    assert is_bad_line(line) == is_bad(line)


def test_the_windowed_search_applies_to_the_installed_ftfy():
    """The windows rest on the reach read from ftfy's regex: its widest match, with nothing read around it."""
    assert encoding._BADNESS_REACH is not None
    assert encoding._BADNESS_REACH == encoding._badness_reach(re.compile(BADNESS_RE.pattern, BADNESS_RE.flags))
    assert encoding._BADNESS_REACH >= len("ГўВЂВ.a")  # ftfy's longest sequence of named characters


@pytest.mark.parametrize("offset", range(0, 90, 7))
def test_one_mojibake_pair_anywhere_in_a_long_line_is_found(offset):
    line = ("Grüße aus München und Köln " * 4)[:offset] + "Itâ€™s" + " und schöne Tage" * 3
    assert is_bad_line(line) is True is is_bad(line)
    assert is_bad_line(line.replace("â€™", "’")) is False is is_bad(line.replace("â€™", "’"))


# --- the whole-text gate: which lines may need ftfy, found by one scan of the text (issue 19) -------------

_GATE_ALPHABET = _BADNESS_ALPHABET + "\n\n\n&;\x00\x07\x1b\x85\x9c\u2028\ufb01e\u0301\u0308A\u030a\ud800"


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=_GATE_ALPHABET, max_size=40))
def test_the_text_gate_finds_exactly_the_lines_the_line_gate_sends_to_ftfy(text):
    """``lines_needing_ftfy`` scans the whole text once (most lines of real text have none of what ftfy acts on)
    and must name exactly the lines ``needs_ftfy`` sends to ftfy, at their offsets."""
    from pipeline.repairs.encoding import lines_needing_ftfy

    assert list(lines_needing_ftfy(text)) == _lines_the_line_gate_sends(text)


def test_the_text_gate_on_real_page_text():
    """The same on the trafilatura-eval snippets (real pages, mostly German), each page's as one text (skipped
    without ../shared)."""
    import json

    from bench.bench_ftfy_cases import CASES
    from pipeline.repairs.encoding import lines_needing_ftfy

    evaldata = CASES.parent / "trafilatura-eval" / "evaldata.json"
    if not evaldata.is_file():
        pytest.skip(f"{evaldata} is absent (shared benchmarks)")
    texts = ["\n".join(page.get("with", []) + page.get("without", []))
             for page in json.loads(evaldata.read_text(encoding="utf-8")).values()]
    assert len(texts) > 900
    for text in texts:
        assert list(lines_needing_ftfy(text)) == _lines_the_line_gate_sends(text)
