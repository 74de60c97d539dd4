"""The gate's cheaper paths (issue 19: `check` at 6,000 documents a second) give exactly the verdicts of the code
they replaced: each replaced piece is kept here as it was (the reference), and both are run on the seeds, the
committed output, the check benchmark's generated articles, pages damaged the way the scale corpus damages them
(mojibake, foreign spam, stripped .com, markers) and texts hypothesis builds from the characters that matter.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest
from ftfy.badness import BADNESS_RE
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline import quality
from pipeline.check import CheckConfig, check_record, rules
from tests.conftest import RAW

CLEAN = Path(__file__).resolve().parents[2] / "clean"

# ---------------------------------------------------------------------------------- the replaced code (reference)

OLD_STRIPPED_COM_RE = re.compile(r"(?<![^\s(\[{\"“‘'«])\.([A-Za-z]+)\b(?!\.[A-Za-z])")


def old_find_stripped_com(text: str) -> list[quality.Hit]:
    if "." not in text:
        return []
    hits = []
    for m in OLD_STRIPPED_COM_RE.finditer(text):
        word = quality.stripped_com_word(m.group(1))
        if word is not None:
            hits.append(quality.Hit("stripped-com", m.start(), m.end(), m.group(), word))
    return hits


def old_find_mojibake(text: str) -> list[quality.Hit]:  # the windows alone, no gate
    if text.isascii():
        return []
    hits = []
    for start, end in quality._non_ascii_windows(text, quality.MOJIBAKE_REACH):
        hits += [quality.Hit("mojibake", m.start(), m.end(), m.group()) for m in BADNESS_RE.finditer(text, start, end)]
    return hits


def old_find_foreign_spam(text: str, min_run: int = quality.MIN_FOREIGN_RUN,
                          min_latin_share: float = quality.MIN_LATIN_SHARE) -> list[quality.Hit]:
    if text.isascii() or quality.latin_share(text) < min_latin_share:
        return []
    hits = []
    for candidate in quality.CANDIDATE_RUN_RE.finditer(text):
        hits += quality._foreign_runs(text, candidate.start(), candidate.end(), min_run)
    return hits


def old_mojibake_gate(text: str) -> bool:  # the gates asked of the whole text
    return not text.isascii() and any(gate.search(text) for gate in quality.badness_gates(BADNESS_RE))


def old_unplain(text: str) -> str:
    return "".join(ch for ch in text if not (" " <= ch <= "~" or ch in "\t\n"))


def old_scan_rules(record: dict, config: CheckConfig) -> dict[str, list[str]]:
    """The rules that now ask a field's unplain first, run without that question."""
    return {"mojibake": rules._scan(record, old_find_mojibake, "mojibake sequence(s)"),
            "control-chars": rules._scan(record, quality.find_control_chars, "control/invisible character(s)"),
            "bidi-controls": rules._scan(record, rules.find_bidi_controls, "bidi control character(s)")}


def old_rule_foreign_spam(record: dict, config: CheckConfig) -> list[str]:
    if not rules.is_english(record):
        return []
    return rules._scan(record, lambda t: old_find_foreign_spam(t, config.min_foreign_run, min_latin_share=0.0),
                       "run(s) of another script")


# ------------------------------------------------------------------------------------------------------- corpora


def seed_texts() -> list[str]:
    pages = [p.read_text(encoding="utf-8") for p in sorted(RAW.iterdir()) if p.suffix == ".txt"]
    return pages + [line for page in pages for line in page.split("\n") if line.strip()]


def damaged_texts(n: int = 150) -> list[str]:
    """Pages damaged as the scale benchmark damages them, at high rates so every kind of damage occurs often."""
    from bench.dedup_corpus import generate
    from tests.corruptor import corrupt

    rng = random.Random(19)
    return [corrupt(doc.text, rng, the_rate=0.3, com_rate=1.0, mojibake_rate=0.5, spam_rate=0.5,
                    counter=[104500]).text for doc in generate(n)]


def bench_records(tmp_path: Path) -> list[dict]:
    from bench.bench_check import make_articles

    path = tmp_path / "articles.jsonl"
    make_articles(path, 300)
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def clean_records() -> list[dict]:
    return [json.loads(line) for name in ("articles.jsonl", "tips.jsonl")
            for line in (CLEAN / name).read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def texts(tmp_path_factory) -> list[str]:
    records = bench_records(tmp_path_factory.mktemp("bench")) + clean_records()
    return seed_texts() + damaged_texts() + [t for r in records for _, t in rules.text_fields(r)]


def spans(hits: list[quality.Hit]) -> list[tuple]:
    return [(h.kind, h.start, h.end, h.text, h.note) for h in hits]


# -------------------------------------------------------------------------------------------------------- tests


def test_the_corpora_hold_every_kind_of_damage(texts):
    """The comparisons below mean something: the texts hold what each detector finds, and plenty of it."""
    assert sum(bool(old_find_mojibake(t)) for t in texts) > 50
    assert sum(bool(old_find_foreign_spam(t)) for t in texts) > 50
    assert sum(bool(old_find_stripped_com(t)) for t in texts) > 50


def test_stripped_com_is_what_it_was(texts):
    for text in texts:
        assert spans(quality.find_stripped_com(text)) == spans(old_find_stripped_com(text)), text[:200]


def test_mojibake_is_what_it_was(texts):
    for text in texts:
        assert spans(quality.find_mojibake(text)) == spans(old_find_mojibake(text)), text[:200]


@pytest.mark.parametrize("min_latin_share", [0.0, quality.MIN_LATIN_SHARE])
def test_foreign_spam_is_what_it_was(texts, min_latin_share):
    for text in texts:
        assert spans(quality.find_foreign_spam(text, min_latin_share=min_latin_share)) == spans(
            old_find_foreign_spam(text, min_latin_share=min_latin_share)), text[:200]


def test_every_record_rule_gives_what_it_gave(tmp_path):
    """Whole records through check_record (the Scanned copy, foreign-spam's cheap question first) against the
    rules run on the plain dict, and foreign-spam against its old order."""
    config = CheckConfig()
    records = bench_records(tmp_path) + clean_records()
    records += [{"kind": "article", "title": t[:80], "text": t, "language": lang}
                for t, lang in zip(damaged_texts(60), ["en", None, "de"] * 20, strict=True)]
    for record in records:
        expected = [(r.name, m) for r in rules.rules_in("record") for m in r.check(record, config)]
        assert list(check_record(record, config)) == expected
        assert rules.rule_foreign_spam(record, config) == old_rule_foreign_spam(record, config)
        found = dict.fromkeys(old_scan_rules(record, config), [])
        for name, message in check_record(record, config):
            if name in found:
                found[name] = found[name] + [message]
        assert found == old_scan_rules(record, config)


def test_the_unplain_gates_answer_as_the_whole_text_did(texts):
    """unplain keeps every character that is not plain ASCII, in order; the gates asked of it answer as the old
    questions asked of the whole text (mojibake's: True wherever ftfy's pattern matches, and never where the old
    gates said no)."""
    assert sum(old_mojibake_gate(t) for t in texts) > 50
    assert sum(bool(BADNESS_RE.search(t)) for t in texts) > 50
    assert sum(quality.may_hold_foreign_letters(t) for t in texts) > 50
    for text in texts:
        rare = quality.unplain(text)
        assert rare == old_unplain(text)
        assert quality.may_hold_mojibake(text, rare) == quality.may_hold_mojibake(text)
        assert bool(BADNESS_RE.search(text)) <= quality.may_hold_mojibake(text, rare) <= old_mojibake_gate(text)
        assert quality.may_hold_controls(text, rare) == bool(quality.find_control_chars(text))
        assert rules.may_hold_bidi_controls(text, rare) == bool(rules.find_bidi_controls(text))
        assert quality.may_hold_foreign_letters(rare) == quality.may_hold_foreign_letters(text)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet="a .’“”•·–—éÃ©â€™ÂŒ巴\u00a0\u0080\u0093\u00ad\u200b\u202e\u2066\x00\x07\x0b\x1b\x7f\t\n\r",
               max_size=40), st.integers(min_value=0, max_value=300))
def test_the_unplain_gates_agree_on_texts_built_from_the_characters_that_matter(text, pad):
    for candidate in (text, text + "é" * pad):  # past MAX_RARE_PAIRS, mojibake's pair gate scans the text
        rare = quality.unplain(candidate)
        assert rare == old_unplain(candidate)
        assert bool(BADNESS_RE.search(candidate)) <= quality.may_hold_mojibake(candidate, rare), candidate
        assert quality.may_hold_mojibake(candidate, rare) <= old_mojibake_gate(candidate), candidate
        assert quality.may_hold_controls(candidate, rare) == bool(quality.find_control_chars(candidate))
        assert rules.may_hold_bidi_controls(candidate, rare) == bool(rules.find_bidi_controls(candidate))
        assert quality.may_hold_foreign_letters(rare) == quality.may_hold_foreign_letters(candidate)
        assert spans(quality.find_mojibake(candidate)) == spans(old_find_mojibake(candidate))


def test_unplain_keeps_lone_surrogates_and_every_control():
    assert quality.unplain("a\udfffb\x00c\x7fd\u0085e\tf\ng") == "\udfff\x00\x7f\u0085"


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet="ab XY.’“”–—éÃ©â€™ÂÐØÙ×²°œŒ√±вЂΓΒ巴雷\u00a0\u0080\u0093\u0301", max_size=40))
def test_detectors_agree_on_texts_built_from_the_characters_that_matter(text):
    assert spans(quality.find_mojibake(text)) == spans(old_find_mojibake(text))
    assert spans(quality.find_foreign_spam(text)) == spans(old_find_foreign_spam(text))
    assert spans(quality.find_stripped_com(text)) == spans(old_find_stripped_com(text))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.from_regex(BADNESS_RE), st.text(alphabet="ab ’é巴\n", max_size=5), st.text(alphabet="ab ’é巴\n", max_size=5))
def test_the_mojibake_gate_opens_on_every_match_of_ftfys_pattern(match, before, after):
    text = before + match + after
    if BADNESS_RE.search(text):
        assert any(gate.search(text) for gate in quality.badness_gates(BADNESS_RE)), text
        assert quality.may_hold_mojibake(text), text


def test_the_gate_falls_back_to_every_non_ascii_text_where_it_cannot_prove_anything():
    assert quality.badness_gates(re.compile("ab|[é][€]")) == (quality.NON_ASCII_RE,)  # all-ASCII alternative
    assert quality.badness_gates(re.compile("[é][€]", re.IGNORECASE)) == (quality.NON_ASCII_RE,)
    solo, pairs = quality.badness_gates(re.compile("x[Œ]|[é]y[€]|[é][€]"))
    assert solo.search("Œ") and solo.search("é") and not solo.search("€")  # [é]y[€]: é needed, not beside €
    assert pairs.search("é€") and not pairs.search("€é")
    solo, closers = quality.badness_gate_kinds(re.compile("[éè][€]|[ü]x?[™]|[ü][Œ]"))
    assert solo.pattern == "[ü]" and closers == {"é": {"€"}, "è": {"€"}, "ü": {"Œ"}}  # ü x? ™ needs ü alone
    assert quality.badness_gate_kinds(re.compile("ab|[é][€]")) == (quality.NON_ASCII_RE, {})


def test_other_than_latin_lists_no_latin_letter_and_every_other_script():
    pattern = quality._other_than_latin()
    for cp in range(0x80, 0x3000):
        ch = chr(cp)
        assert bool(pattern.search(ch)) == (quality.script_of(ch) not in (None, "LATIN")), hex(cp)
    assert pattern.search("巴") and pattern.search("ж") and not pattern.search("é’–€")


@pytest.mark.parametrize("kind", ["article", "tip"])
def test_the_compiled_validators_test_nullable_objects_by_type(kind):
    """Every optional nested record is merged with null (the mutation tests in test_schema.py and
    test_older_versions.py check the compiled verdicts equal jsonschema's); none is left to an anyOf."""
    from pipeline.check import schema

    original = schema._inlined((kind, None))
    assert "anyOf" in json.dumps(original)
    assert "anyOf" not in json.dumps(schema.nullable_merged(original))
