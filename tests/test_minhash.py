"""MinHash pieces: the numpy tokeniser agrees with the documented normalisation; estimates track exact Jaccard."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import minhash

TEXT = st.text(alphabet=st.characters(codec="utf-8"), max_size=200) | st.text(
    alphabet="abc ’'-_.,!\n\tÉé\u0301😀ßİ", max_size=60)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_word_hashes_follow_normalise(text):
    words = minhash.normalise(text).split()
    hashes = minhash.word_hashes(text)
    assert len(hashes) == len(words)
    assert np.array_equal(hashes, minhash.word_hashes(minhash.normalise(text)))
    for word, h in zip(words, hashes, strict=True):  # a word's hash does not depend on its neighbours
        assert minhash.word_hashes(word)[0] == h


@given(TEXT)
def test_shingles_are_sorted_unique_and_idempotent_under_normalise(text):
    s = minhash.shingle_hashes(text)
    assert s.dtype == np.uint32 and np.all(np.diff(s.astype(np.int64)) > 0)
    assert np.array_equal(s, minhash.shingle_hashes(minhash.normalise(text)))


def test_signature_estimates_track_exact_jaccard():
    rng = np.random.default_rng(0)
    perms = minhash.Permutations(128, seed=1)
    errors = []
    for overlap in (0.2, 0.5, 0.8, 0.9):
        for _ in range(20):
            common = rng.integers(0, 2**32, 600, dtype=np.uint64)
            a = np.unique(np.r_[common, rng.integers(0, 2**32, int(600 / overlap - 600), dtype=np.uint64)])
            b = np.unique(np.r_[common, rng.integers(0, 2**32, int(600 / overlap - 600), dtype=np.uint64)])
            a, b = a.astype(np.uint32), b.astype(np.uint32)
            exact = minhash.intersection_size(a, b) / len(np.union1d(a, b))
            sig = perms.signatures([a, b])
            errors.append(minhash.estimated_jaccard(sig, np.array([[0, 1]]))[0] - exact)
    errors = np.array(errors)
    assert abs(errors.mean()) < 0.01  # unbiased
    assert errors.std() < 0.05  # about sqrt(J(1-J)/128) <= 0.044


def test_candidate_pairs_cap_large_buckets_to_a_chain():
    keys = np.zeros((500, 1), dtype=np.uint64)  # 500 identical documents: one bucket
    pairs = minhash.candidate_pairs(keys, max_bucket=4)
    assert len(pairs) == sum(min(4, 499 - i) for i in range(500))
    assert (minhash.components(500, pairs) == 0).all()  # still one component


def test_signatures_of_batches_are_the_rows_of_the_whole():  # dedup signs each batch as it arrives (issue 19)
    texts = [f"tip {i} water the garden early in the day {'and rest ' * (i % 7)}" for i in range(300)] + ["", "x"]
    shingles = minhash.shingle_hash_batch(texts, 5)
    perms = minhash.Permutations(64, seed=7)
    whole = perms.signatures(shingles)
    parts = np.concatenate([perms.signatures(shingles[i:i + 37]) for i in range(0, len(shingles), 37)])
    assert whole.shape == parts.shape and (whole == parts).all()


def _entries_by_repeat(table, docs, every):
    """Every shingle's document spelled out with np.repeat, then filtered (what sampled_entries did first)."""
    chosen = np.zeros(len(table), dtype=bool)
    chosen[docs] = True
    owner = np.repeat(np.arange(len(table)), np.diff(table.offsets))
    keep = (table.flat % np.uint32(every) == 0) & chosen[owner]
    return table.flat[keep], owner[keep]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.integers(0, 60), max_size=25), min_size=1, max_size=30), st.integers(1, 5),
       st.integers(0, 1 << 30), st.sampled_from([3, 17, 1 << 22]))
def test_sampled_entries_find_the_owner_of_each_sampled_shingle_only(rows, every, pick, chunk):
    """dedup's sampled shingles and their documents (issue 19: owners found for the 1 in ``every`` sampled, by
    where they sit, not spelled out for every shingle of the table), with empty documents and table chunks."""
    table = minhash.ShingleTable.build([np.unique(np.array(r, dtype=np.uint32)) for r in rows])
    docs = np.array([i for i in range(len(rows)) if pick >> (i % 30) & 1], dtype=np.int64)
    values, owners = minhash.sampled_entries(table, docs, every, chunk=chunk)
    want_values, want_owners = _entries_by_repeat(table, docs, every)
    assert values.tolist() == want_values.tolist() and owners.tolist() == want_owners.tolist()
    assert values.dtype == want_values.dtype and owners.dtype == want_owners.dtype
    positions = np.arange(len(table.flat))
    assert minhash.owners_of(table.offsets, positions).tolist() == np.repeat(
        np.arange(len(table)), np.diff(table.offsets)).tolist()
