"""The language census (issue 19, round 8): ``lexicon._census`` lowers its sample once and counts the function
words with set lookups, and asks each character once whether it is a letter of another script
(``foreign_letters``). Its counts must be those of the word-by-word census it replaces, on every tunable real
page and on words whose lowering or letters are unusual."""

from __future__ import annotations

from pathlib import Path

from pipeline.repairs import lexicon

REALPAGES = Path(__file__).resolve().parent.parent / "fixtures" / "realpages"
TUNABLE = ("dev", "setapart", "dev3", "holdout2", "dev4", "dev6", "dev7", "holdout3", "dev5", "holdout4",
           "holdout5", "holdout6")  # never the validation or sealed parts

# "İ" lowers to two characters, "Σ" by what follows, "µ" and "ª" are letters whose names are not LATIN ones,
# "não" is another language's function word that is not ASCII, CJK and Cyrillic count per two letters.
EDGES = ["İSTANBUL İÇİN the", "ΟΔΥΣΣΕΑΣ and ΣΑΣ", "5 µm of ªa", "Não é o que the", "“The” (and) …of…",
         "巴雷特m82a1 the 北京 and", "Привет, the мир", "", "   ", "-- -- --", "THE AND OF",
         "Der Kunde ist der Grund, warum du einen Job hast.", "word " * 500]


def census_word_by_word(text: str, sample: int) -> tuple[int, int, int, int]:
    total = hits = other = 0
    tokens = text[: sample * 8].split()[:sample]
    for tok in tokens:
        w = tok.strip(lexicon._PUNCT).lower()
        if not w:
            continue
        if w.isascii():
            total += 1
            hits += w in lexicon.ENGLISH_MARKERS
            other += w in lexicon.OTHER_MARKERS
        else:
            foreign = sum(1 for ch in w if lexicon.is_foreign_letter(ch))
            total += max(1, foreign // 2) if foreign else 1
            other += not foreign and w in lexicon.OTHER_MARKERS
    return total, hits, other, len(tokens)


def test_census_counts_as_word_by_word():
    texts = EDGES + [path.read_text(encoding="utf-8") for part in TUNABLE
                     for path in sorted((REALPAGES / part).glob("*.txt"))]
    assert len(texts) > 300
    for text in texts:
        for sample in (120, 400):
            assert lexicon._census(text, sample) == census_word_by_word(text, sample), text[:60]


def test_foreign_letters_counts_each_letter_of_another_script():
    for word in ("巴雷特m82a1", "grüße", "µ-tokyo", "ªa", "привет", "", "i̇stanbul", "東京2020"):
        assert lexicon.foreign_letters(word) == sum(map(lexicon.is_foreign_letter, word)), word
    assert lexicon.foreign_letters("巴雷特m82a1") == 3 and lexicon.foreign_letters("grüße") == 0
