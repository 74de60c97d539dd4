"""The corruption detectors on real seed lines, their look-alikes, and properties over clean seed sentences."""

from __future__ import annotations

import re

import pytest
from ftfy.badness import BADNESS_RE
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import quality
from tests.conftest import RAW

SEEDS = {p.name[:3]: p.read_text(encoding="utf-8") for p in sorted(RAW.iterdir())}
DETECTORS = {
    "marker": quality.find_markers,
    "stripped-com": quality.find_stripped_com,
    "mojibake": quality.find_mojibake,
    "foreign-spam": quality.find_foreign_spam,
    "control": quality.find_control_chars,
}
# Sentences of the seeds that carry no corruption: 001-003 whole (JoAnna Brandi's original, the blog post, the IT
# site), which are full of curly quotes, dashes and bullets that must not count as damage.
CLEAN_SENTENCES = [s for key in ("001", "002", "003") for s in re.split(r"(?<=[.!?])\s+", SEEDS[key]) if s.strip()]


def kinds(text: str) -> dict[str, int]:
    return {name: len(find(text)) for name, find in DETECTORS.items() if find(text)}


def test_seed_004_has_its_30_repparttar_markers_and_nothing_else():
    hits = quality.find_markers(SEEDS["004"])
    assert len(hits) == 30
    assert sum(1 for h in hits if re.fullmatch(r"repparttar \d{6}", h.text)) == 28  # most carry a counter
    assert kinds(SEEDS["004"]) == {"marker": 30}


def test_seed_000_has_three_stripped_com_tokens_and_two_spam_runs():
    assert [(h.text, h.note) for h in quality.find_stripped_com(SEEDS["000"])] == [(".pany", "company")] * 3
    assert [h.text for h in quality.find_foreign_spam(SEEDS["000"])] == ["巴雷特", "相关的主题文章"]
    assert kinds(SEEDS["000"]) == {"stripped-com": 3, "foreign-spam": 2}


@pytest.mark.parametrize("key", ["001", "002", "003"])
def test_clean_seed_pages_have_no_hits(key):
    assert kinds(SEEDS[key]) == {}


@pytest.mark.parametrize("line, expected", [
    ("modem,repparttar Telocator", ["repparttar"]),
    ("Byrepparttar time", ["repparttar"]),
    ("Repparttar 104499 experts", ["Repparttar 104499"]),
])
def test_markers_in_seed_forms(line, expected):
    assert [h.text for h in quality.find_markers(line)] == expected


def test_markers_are_configurable():
    assert [h.text for h in quality.find_markers("go tozzqx 123456 now", ("zzqx",))] == ["zzqx 123456"]
    assert quality.find_markers("repparttar", ()) == []


@pytest.mark.parametrize("text, word", [
    ("the .pany’s success", "company"),
    ("a new .puter", "computer"),
    ("(.munity)", "community"),
    ("the .petition is stiff", "competition"),
    ("your .mitment", "commitment"),
    ("leave .ments below", "comments"),
    ("a .fortable chair", "comfortable"),
    ("It is .mon sense", "common"),
    (".Panies grow", "Companies"),
])
def test_stripped_com_restorable_words(text, word):
    assert [h.note for h in quality.find_stripped_com(text)] == [word]


@pytest.mark.parametrize("text", [
    "the .pdf file", "written in .NET", "a .5 mm lead", "see example.com today", "www.site.com",
    "run the .bat file", "the .me domain", "a .in domain", "job.Be proud", "U.S. and e.g. and 3.5",
    "Ph.D. holders", "the .pany.com site", "files: .zip, .tar, .html",
])
def test_stripped_com_look_alikes(text):
    assert quality.find_stripped_com(text) == []


@pytest.mark.parametrize("text", ["itâ€™s", "cafÃ©", "Ã¢â‚¬â„¢"])
def test_mojibake_found(text):
    assert quality.find_mojibake(text)


@pytest.mark.parametrize("text", ["it’s “quoted” – fine", "café crème, naïve", "10 € and £5", "·Making eye contact"])
def test_mojibake_look_alikes(text):
    assert quality.find_mojibake(text) == []


@pytest.mark.parametrize("text", [
    "Mao Zedong (毛泽东) led", "the Greek “ἦθος” means character", "a 5 µm film", "the Ωmega brand",
    "Привет мир, это русский текст, а не спам.",
])
def test_foreign_spam_look_alikes(text):
    assert quality.find_foreign_spam(text) == []


def test_foreign_spam_in_english_text():
    text = "Customer care matters. " * 5 + "Купить дешево сейчас"
    assert [(h.text, h.note) for h in quality.find_foreign_spam(text)] == [("Купить дешево сейчас", "CYRILLIC")]


def test_control_characters():
    hits = quality.find_control_chars("a\x00b\x1bc\u200bd\ufeffe\r\tf\n")
    assert [h.note.split()[0] for h in hits] == ["U+0000", "U+001B", "U+200B", "U+FEFF", "U+000D"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(CLEAN_SENTENCES), min_size=1, max_size=8))
def test_clean_seed_sentences_never_hit(sentences):
    assert kinds(" ".join(sentences)) == {}


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(CLEAN_SENTENCES), min_size=2, max_size=6), st.integers(0, 10_000),
       st.sampled_from(["repparttar", "repparttar 104500", "Byrepparttar"]))
def test_an_inserted_marker_is_always_found(sentences, where, marker):
    text = " ".join(sentences)
    at = where % (len(text) + 1)
    assert len(quality.find_markers(text[:at] + " " + marker + " " + text[at:])) == 1


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abc XYZ’“”–—éÃ©â€™ÂÐØÙ×²°œŒ√±вЂ\u0080\u0093 .,1\n", max_size=60))
def test_windowed_mojibake_scan_equals_a_whole_text_scan(text):
    assert [(h.start, h.end) for h in quality.find_mojibake(text)] == [
        (m.start(), m.end()) for m in BADNESS_RE.finditer(text)]
