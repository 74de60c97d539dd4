"""The language judgement: filled on every record, and English-only repairs applied to English text only.
All texts are written for these tests."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.repairs import repair_article, repair_text
from pipeline.repairs.language import identify

GERMAN = ("Wer im Kundendienst arbeitet, weiß: Der Kunde ist der Grund für die Arbeit.Das gilt auch dann, "
          "wenn er schlechte Laune hat.Darum hören wir zuerst zu und antworten danach in aller Ruhe.")
ENGLISH = ("Whoever works in customer service knows this: the customer is the reason for the job.That holds "
           "even on days when the customer is in a bad mood.So we listen first and answer calmly later.")


def test_the_record_language_is_filled():
    assert repair_article(ENGLISH, None).language == "en"
    assert repair_article(GERMAN, None).language == "de"
    assert repair_article("Дорога до моря займає дві години, якщо йти пішки через старий ліс і поле.",
                          None).language == "uk"


def test_english_only_fixes_leave_a_german_article_alone():
    fixed, plan = repair_text(GERMAN)
    assert fixed == GERMAN and plan == []
    assert "job. That" in repair_text(ENGLISH)[0]


def test_real_encoding_damage_is_fixed_in_any_language():
    damaged = GERMAN.replace("weiß", "weiÃŸ").replace("für", "fÃ¼r")
    assert repair_text(damaged)[0] == GERMAN


def test_short_texts_fall_back_to_the_lexicon():
    assert identify("Tip: listen first.").english
    assert not identify("Consejo: escucha primero.").english


def test_the_model_read_from_the_cache_classifies_exactly_as_the_packaged_one(tmp_path):
    """The decompressed model is kept in a cache directory (issue 19: decompressing costs ~0.5 s per process):
    made on the first load, read back on the next, and the scores are bit for bit the packaged model's."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    from pipeline.repairs.language import load_identifier

    packaged = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    first = load_identifier(tmp_path)
    cached = list(tmp_path.iterdir())
    assert [p.suffix for p in cached] == [".npz"]
    second = load_identifier(tmp_path)
    for text in (GERMAN, ENGLISH, "Дорога до моря займає дві години пішки.", "顾客是你工作的理由。", "x"):
        assert first.classify(text) == second.classify(text) == packaged.classify(text)
        assert (second._decide(text) == packaged._decide(text)).all()


def test_an_unusable_cache_falls_back_to_the_packaged_model(tmp_path):
    from pipeline.repairs.language import load_identifier

    (tmp_path / "not-a-dir").write_text("")
    assert load_identifier(tmp_path / "not-a-dir").classify(GERMAN)[0] == "de"  # cannot write: still loads
    assert load_identifier(None).classify(GERMAN)[0] == "de"  # no cache at all
    assert list(tmp_path.iterdir()) == [tmp_path / "not-a-dir"]


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet="ab1_ ,.é²½Ⅻ\u0301東\n-ß", max_size=90))
def test_the_letter_gate_is_the_letter_count(sample):
    """identify asks the model only about samples with MIN_LETTERS letters; the gate stops at the last one it
    needs instead of listing every letter (issue 19), and must agree with counting them."""
    import re

    from pipeline.repairs.language import _ENOUGH_LETTERS, MIN_LETTERS

    assert (_ENOUGH_LETTERS.match(sample) is not None) == (len(re.findall(r"[^\W\d_]", sample)) >= MIN_LETTERS)
