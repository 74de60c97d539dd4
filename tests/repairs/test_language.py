"""The language judgement: filled on every record, and English-only repairs applied to English text only.
All texts are written for these tests."""

from __future__ import annotations

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
