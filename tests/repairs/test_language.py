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
    assert len(cached) == 1 and sorted(p.name for p in cached[0].iterdir()) == [  # one .npy file per array
        "classes.npy", "nextmove.npy", "output.npy", "pc.npy", "ptc.npy", "row.npy"]
    second = load_identifier(tmp_path)
    for text in (GERMAN, ENGLISH, "Дорога до моря займає дві години пішки.", "顾客是你工作的理由。", "x"):
        assert first.classify(text) == second.classify(text) == packaged.classify(text)
        assert (second._decide(text) == packaged._decide(text)).all()


def test_the_mapped_arrays_are_read_through_plain_views_of_the_map(tmp_path):
    """np.memmap's indexing is Python code and returns memmaps: the walk and the scores read the cached model's
    mapped arrays through plain ndarray views of the same memory (no copy), with the packaged model's scores."""
    import numpy as np
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    from pipeline.repairs.language import load_identifier

    load_identifier(tmp_path)  # writes the cache
    mapped = load_identifier(tmp_path)  # reads it back, mapped
    assert type(mapped.nb_ptc) is np.ndarray and type(mapped._moves) is np.ndarray
    assert isinstance(mapped.nb_ptc.base, np.memmap) or isinstance(mapped.nb_ptc.base.base, np.memmap)
    packaged = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    for text in (GERMAN, ENGLISH, "Kundendienst heißt zuhören.", "Дорога до моря займає дві години пішки."):
        assert (mapped._decide(text) == packaged._decide(text)).all()


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
    # Python 3.10 has no possessive quantifier: the gate it compiles there must match the same strings
    on_310 = re.compile(_ENOUGH_LETTERS.pattern.replace("*+", "*"))
    assert "*+" in _ENOUGH_LETTERS.pattern or _ENOUGH_LETTERS.pattern == on_310.pattern
    assert (on_310.match(sample) is not None) == (_ENOUGH_LETTERS.match(sample) is not None)


def test_the_model_walks_every_position_at_once_with_the_same_scores():
    """issue 19: the byte automaton is walked for all positions of a sample at once (numpy), from the start
    `depth` bytes before each; the depth listed for the shipped model is the automaton's (recomputed here), and
    the features, their order and so the scores are py3langid's own walk's, bit for bit."""
    from collections import deque

    import numpy as np
    from py3langid.langid import MODEL_FILE, LanguageIdentifier, visit_counts

    from pipeline.repairs.language import DFA_DEPTHS, _identifier

    model = _identifier()
    assert hasattr(model, "visits"), "the shipped model is walked all at once"
    assert model._depth in DFA_DEPTHS.values()
    moves = np.asarray(model._moves).reshape(-1, 256)
    row_of = np.asarray(model.tk_row, dtype=np.intp)  # states share identical rows of transitions
    depth = np.full(len(row_of), -1)
    depth[0] = 0
    frontier = deque([0])
    level = 0
    while frontier:  # breadth first, a level at a time: a state's depth is its shortest path from the start
        level += 1
        reached = np.unique(moves[row_of[np.array(frontier)]])
        new = reached[depth[reached] < 0]
        depth[new] = level
        frontier = deque(new.tolist())
    assert (depth >= 0).all() and depth.max() == model._depth

    packaged = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    rng = np.random.default_rng(19)
    texts = [GERMAN, ENGLISH, "Дорога до моря займає дві години пішки.", "顾客是你工作的理由。", "x", "", "ab"]
    alphabet = list("abcdefghijklmnopqrstuvwxyz     .,äöüßéèçñ顾客是дорга")
    texts += ["".join(rng.choice(alphabet, size=rng.integers(0, 200))) for _ in range(300)]
    for text in texts:
        encoded = packaged._encode(text)
        assert model.visits(encoded) == visit_counts(packaged.tk_nextmove, packaged._rowbase, packaged.tk_output,
                                                     encoded)
        assert list((model.visits(encoded) or {}).keys()) == list(
            (visit_counts(packaged.tk_nextmove, packaged._rowbase, packaged.tk_output, encoded) or {}).keys())
        assert (model._decide(text) == packaged._decide(text)).all()
        assert model.classify(text) == packaged.classify(text)


def test_the_english_list_read_directly_is_wordfreqs():
    """issue 19: the English frequencies are read from wordfreq's data file without importing wordfreq (its
    import cost 66 ms of CPU per process); the dict must be wordfreq's own, key for key, value for value, in
    its order."""
    import wordfreq

    from pipeline.repairs.lexicon import _wordfreq_data, read_frequency_pack

    direct = read_frequency_pack(_wordfreq_data() / "large_en.msgpack.gz")
    reference = wordfreq.get_frequency_dict("en", wordlist="large")
    assert direct == reference and list(direct) == list(reference)


def test_the_lexicon_loads_without_importing_wordfreq():
    import subprocess
    import sys

    code = ("import sys; from pipeline.repairs import lexicon; lexicon._known_words(); "
            "assert lexicon.zipf('company') == 5.6; print('wordfreq' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_the_word_sets_from_the_buckets_are_the_dicts():
    """issue 19: the word sets (Zipf >= 1.5 for the learner, >= 2.5 for the detection scores) are taken whole
    bucket by bucket from wordfreq's data file; they must be the words of the frequency dict at or above each
    floor, whatever the floor (between buckets, on a bucket's own frequency, past either end)."""
    from pipeline.repairs import lexicon

    freqs = lexicon._frequencies()
    for zipf_floor in (1.5, 2.5, 0.0, 1.0, 3.0, 4.55, 7.0, 7.5, 9.0):
        floor = 10 ** (zipf_floor - 9)
        expected = frozenset(w for w, f in freqs.items() if f >= floor)
        assert lexicon.words_at_least(zipf_floor) == expected, zipf_floor
    assert lexicon._known_words() == lexicon.words_at_least(1.5)
    assert lexicon.common_words() == lexicon.words_at_least(2.5)


def test_a_word_in_two_buckets_takes_the_dicts_value(monkeypatch):
    """A word listed in two buckets has the later (lower) bucket's frequency in the dict, as wordfreq builds it:
    the sets then come from the dict, so a floor between its two buckets leaves it out."""
    from pipeline.repairs import lexicon

    buckets = [["the"], ["cat", "dog"], ["dog", "emu"]]
    monkeypatch.setattr(lexicon, "_word_list", lambda: (lexicon.frequencies_of(buckets), buckets))
    assert lexicon.frequencies_of(buckets)["dog"] == lexicon.bucket_frequency(2)
    zipf_floor = 8.985  # between buckets 1 (Zipf 8.99) and 2 (8.98): "cat" in, "dog" (bucket 2 in the dict) out
    assert lexicon.words_at_least(zipf_floor) == {"the", "cat"}
    monkeypatch.setattr(lexicon, "_word_list", lambda: (lexicon.frequencies_of(buckets), None))  # wordfreq's dict
    assert lexicon.words_at_least(zipf_floor) == {"the", "cat"}
