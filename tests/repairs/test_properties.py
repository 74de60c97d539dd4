"""Property tests: repair is idempotent, leaves clean English alone, and its plans replay exactly.

Clean text is built from real sentences: the seed pages after repair, cut into sentences and recombined.
"""

from __future__ import annotations

import random
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.repairs import Context, repair_article, repair_text, replay_plan
from pipeline.repairs.markers import BUILTIN_MARKERS, Marker
from tests.corruptor import KINDS, corrupt
from tests.repairs.conftest import clean_paragraphs, seed_lines

SENTENCES = tuple(s for p in clean_paragraphs() for s in re.split(r"(?<=[.!?…])\s+", p) if len(s.split()) >= 2)
RAW_LINES = tuple(line for stem in ("000", "001", "002", "003", "004") for line in seed_lines(stem) if line.strip())
LEARNED = Context(BUILTIN_MARKERS + (Marker("zqxv", "the", "marker:zqxv", glued=True, source="learned"),), "the")

paragraph = st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=6).map(" ".join)
clean_text = st.lists(paragraph, min_size=1, max_size=6).flatmap(
    lambda ps: st.sampled_from(["\n", "\n\n"]).map(lambda sep: sep.join(ps)))
corrupted_text = st.tuples(clean_text, st.integers(0, 2**32 - 1), st.sets(st.sampled_from(KINDS), min_size=1)).map(
    lambda t: corrupt(t[0], random.Random(t[1]), kinds=tuple(sorted(t[2]))).text)
raw_text = st.lists(st.sampled_from(RAW_LINES), min_size=1, max_size=8).map("\n".join)
PIECES = list("ab .,;:!?-\n\u00a0\u200b’“”—…Ãâ€™1)(#·•巴") + ["the", "com", "The", "repparttar", " 104500", "104500",
                                                          "Be"]
junk = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)
any_text = st.one_of(clean_text, corrupted_text, raw_text, junk)
# Clean tokens whose letters are their owner's spelling: addresses, domains, paths, tags and look-alikes shown
# beside the word they imitate (round 23: OCR's letter repair read them as damage).
OWN_SPELLINGS = ("ernst.rnaier@example.net", "p0rtal.example.org", "https://example.com/rnodern-sheds/",
                 "/c0ld-frames", "#h0me", "#rnarket", "www.b1ue-bird.example", "(see tuli.p0st.example).")
spelt_text = st.tuples(clean_text, st.lists(st.sampled_from(OWN_SPELLINGS), min_size=1, max_size=4)).map(
    lambda t: t[0] + " Mail or visit " + " and ".join(t[1]) + " today.")
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(clean_text)
def test_clean_english_passes_unchanged(text):
    fixed, plan = repair_text(text)
    assert fixed == text, plan


@SETTINGS
@given(any_text)
def test_repair_is_idempotent(text):
    once, _ = repair_text(text)
    twice, plan = repair_text(once)
    assert twice == once, plan


@SETTINGS
@given(st.one_of(corrupted_text, raw_text))
def test_repair_with_learned_markers_is_idempotent(text):
    once, _ = repair_text(text, LEARNED)
    assert repair_text(once, LEARNED)[0] == once


@SETTINGS
@given(any_text, st.one_of(st.none(), st.sampled_from(RAW_LINES[:3]), junk))
def test_plans_replay_to_the_repaired_text(text, title):
    result = repair_article(text, title)
    assert replay_plan(text, result.text_plan) == result.text
    if title is not None:
        assert replay_plan(title, result.title_plan) == result.title


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(list("abcXYZ é1_-'\n") + ["the", "Tea", "ÉTé"]), max_size=40).map("".join))
def test_the_plain_word_scan_finds_the_lookbehind_words(text):
    """issue 19: the spun score's lower-case words are found by a scan led by a letter class; they must be the
    words the first pattern (a lookbehind before every position) found."""
    from pipeline.repairs.detect import _PLAIN_WORD

    assert _PLAIN_WORD.findall(text) == re.findall(r"(?<![A-Za-z])[a-z]{3,}", text)


@SETTINGS
@given(spelt_text)
def test_addresses_domains_paths_and_tags_keep_their_spelling(text):
    fixed, plan = repair_text(text)
    assert fixed == text, plan
