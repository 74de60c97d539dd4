"""MinHash signatures, LSH by sorting band hashes, and exact verification, all vectorised with numpy.

The pieces the dedup stage is built from, each a pure function of its inputs:

- :func:`normalise` and :func:`shingle_hashes`: text -> lowercase words without punctuation -> the sorted,
  unique 32-bit hashes of its word k-grams. Words are hashed straight from the UTF-8 bytes of the text with
  numpy (a polynomial hash per word, then a 64-bit finaliser), shingles combine k word hashes; no Python-level
  loop per word or per shingle.
- :class:`Permutations`: ``num_perm`` hash functions ``h(x) = (a*x + b) >> 32`` on 64-bit words (multiply-add-
  shift, a universal family for 32-bit keys), applied to a whole batch of documents at once; the signature of
  a document is the column-wise minimum.
- :func:`band_keys` and :func:`candidate_pairs`: LSH without a hash table. Each band of ``rows`` signature values
  is hashed to one 64-bit key; sorting a band's keys puts every bucket in a run, and neighbours within a run are
  candidates. This is MinHashLSH's result (up to the bucket cap) at a fraction of its time and memory.
- :func:`intersections`: exact shingle overlap of candidate pairs, so nothing counts on the noisy estimate.
- :func:`sampled_pairs`: containment candidates from content-defined shingle samples (shingles whose hash is
  0 mod ``every``): two documents that share a passage share its sampled shingles, whatever else they contain.
- :func:`components`: union-find over verified pairs.

Everything is deterministic: fixed seeds, no Python ``hash()``, and documents are addressed by their position
in a table the caller sorts by id.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache

import numpy as np

EMPTY = np.zeros(0, dtype=np.uint32)
MAX_HASH = np.uint32(0xFFFFFFFF)  # the signature value of a document without shingles
_APOSTROPHE_CHARS = "'’ʼ‘`´"  # dropped, so "don’t" and "dont" are one word
_APOSTROPHES = re.compile(f"[{_APOSTROPHE_CHARS}]")
_NON_WORD = re.compile(r"[\W_]+")
_WORD_BASE = np.uint64(0x100000001B3)  # FNV-64 prime: odd, so invertible mod 2**64
_WORD_BASE_INVERSE = np.uint64(pow(0x100000001B3, -1, 2**64))
_SHINGLE_MULT = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD6E8FEB86659FD93,
                          0xFF51AFD7ED558CCD, 0xC4CEB9FE1A85EC53, 0x94D049BB133111EB, 0xBF58476D1CE4E5B9],
                         dtype=np.uint64)
_powers = (np.ones(1, dtype=np.uint64), np.ones(1, dtype=np.uint64))
_classes: np.ndarray | None = None
# English function words: they carry no content, so the word-substitution-proof similarity (content words, see
# content_hash_batch) leaves them out. Written as normalise() leaves them (apostrophes dropped: "dont").
STOPWORDS = frozenset("""
a about above after again against all also am an and any are as at be because been before being below between
both but by can cannot could did do does doing dont down during each either else even ever every few for from
further get gets got had has have having he her here hers herself him himself his how however i if in into is
it its itself just let lets may me might more most much must my myself neither no nor not now of off on once
one only or other our ours ourselves out over own per quite rather same shall she should so some such than that
thats the their theirs them themselves then there these they this those though through thus to too under until
up upon us very was we were what when where whether which while who whom whose why will with within without
would yet you your yours yourself yourselves youre its im ive id ill theyre weve wont cant isnt arent doesnt
didnt wasnt werent hasnt havent s t
""".split())
# Skeleton words per shingle. Hand-spun copies also change some function words ("without a" -> "with no"), so
# long skeleton shingles break: on the dedup set's dev part, 8-grams kept 7-43% of a spun copy's skeleton, 5-grams
# 18-47%, while unrelated pages on the same topics share at most 17% (5-grams).
SKELETON_SIZE = 5
SKELETON_MIN_STOPS = 2  # a skeleton shingle needs this many function words to say anything about the text
_PLACEHOLDER = np.uint64(0x5EC0_57A7_E000_0001)  # the skeleton's stand-in for every content word
_stops: np.ndarray | None = None
BATCH_BYTES = 4 << 20  # hash values per signature batch: fits in cache, 4x faster than 32 MiB batches


def normalise(text: str) -> str:
    """Return ``text`` lowercased, apostrophes dropped, other punctuation turned into spaces, spaces collapsed.

    Unicode is composed (NFC) first, so "é" typed either way is one letter. Compatibility forms (ligatures,
    full-width letters) are left alone: NFKC would cost more than the rest of the hashing, and the repair stage
    (ftfy) already folds them.

    >>> normalise("Don’t  WAIT—act!  It's the .pany_way")
    'dont wait act its the pany way'
    >>> normalise("  ...  ")
    ''
    """
    text = unicodedata.normalize("NFC", text).lower()
    return _NON_WORD.sub(" ", _APOSTROPHES.sub("", text)).strip()


def sorted_unique(values: np.ndarray) -> np.ndarray:
    """Return the sorted distinct values (a sort and a mask: several times faster than ``np.unique``'s hashing
    for the integer arrays used here).

    >>> sorted_unique(np.array([3, 1, 3, 2], dtype=np.uint64)).tolist()
    [1, 2, 3]
    """
    values = np.sort(values)
    if len(values) < 2:
        return values
    keep = np.empty(len(values), dtype=bool)
    keep[0] = True
    np.not_equal(values[1:], values[:-1], out=keep[1:])
    return values[keep]


def fmix64(x: np.ndarray) -> np.ndarray:
    """Return the MurmurHash3 64-bit finaliser of each value (an avalanche: every input bit moves half the output).

    >>> fmix64(np.array([0, 1], dtype=np.uint64)).tolist()
    [0, 12994781566227106604]
    """
    x = x ^ (x >> np.uint64(33))
    x *= np.uint64(0xFF51AFD7ED558CCD)
    x ^= x >> np.uint64(33)
    x *= np.uint64(0xC4CEB9FE1A85EC53)
    x ^= x >> np.uint64(33)
    return x


def _power_tables(n: int) -> tuple[np.ndarray, np.ndarray]:
    """Return the first ``n`` (or more) powers of the word base and of its inverse, mod 2**64 (cached)."""
    global _powers
    if len(_powers[0]) < n:
        size = max(n, 2 * len(_powers[0]), 1 << 12)
        tables = []
        for base in (_WORD_BASE, _WORD_BASE_INVERSE):
            table = np.ones(size, dtype=np.uint64)
            np.cumprod(np.full(size - 1, base, dtype=np.uint64), out=table[1:])  # wraps mod 2**64, by design
            tables.append(table)
        _powers = (tables[0], tables[1])
    return _powers


def _class_table() -> np.ndarray:
    """Return the class of each UTF-16 code unit: 1 word character (``str.isalnum``, which is regex ``\\w`` less
    ``_``), 2 apostrophe (deleted), 3 surrogate (the text is redone in UTF-32), 0 separator. Built once."""
    global _classes
    if _classes is None:
        table = np.fromiter((c.isalnum() for c in map(chr, range(0x10000))), dtype=np.uint8, count=0x10000)
        for c in _APOSTROPHE_CHARS:
            table[ord(c)] = 2
        table[0xD800:0xE000] = 3
        _classes = table
    return _classes


@lru_cache(maxsize=4096)
def _astral_class(point: int) -> int:
    return 1 if chr(point).isalnum() else 0


def _classify(lowered: str) -> tuple[np.ndarray, np.ndarray]:
    """Return the code points of ``lowered`` without apostrophes, and their classes (1 word character, 0 not)."""
    points: np.ndarray = np.frombuffer(lowered.encode("utf-16-le", "surrogatepass"), dtype=np.uint16)
    classes = _class_table()[points]
    if len(classes) and classes.max() >= 2:
        if (classes == 3).any():  # characters beyond the BMP (emoji, rare scripts): classify code points
            points = np.frombuffer(lowered.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
            classes = _class_table()[np.minimum(points, 0xFFFF)]
            classes[classes == 3] = 0  # a lone surrogate is no letter
            astral = np.flatnonzero(points > 0xFFFF)
            values, inverse = np.unique(points[astral], return_inverse=True)
            classes[astral] = np.array([_astral_class(int(v)) for v in values], dtype=np.uint8)[inverse]
        keep = classes != 2
        points, classes = points[keep], classes[keep]
    return points, classes


def _batch_words(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """Return the hash of every word of every text, and the index of the text each word belongs to."""
    parts = []
    for text in texts:
        if not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
        parts.append(text.replace("\0", " "))
    points, classes = _classify("\0".join(parts).lower())  # NUL separates texts: no word spans two
    is_word = classes.view(bool)
    letters = points[is_word]
    n = len(letters)
    if n == 0:
        return np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.int64)
    follows_word = np.empty_like(is_word)
    follows_word[0] = False
    follows_word[1:] = is_word[:-1]
    first = is_word & ~follows_word
    owner = np.searchsorted(np.flatnonzero(points == 0), np.flatnonzero(first))
    starts = np.flatnonzero(first[is_word])  # word starts, as indexes into ``letters``
    ends = np.empty_like(starts)
    ends[:-1] = starts[1:]
    ends[-1] = n
    powers, inverse_powers = _power_tables(n)
    prefix = np.zeros(n + 1, dtype=np.uint64)
    np.cumsum((letters.astype(np.uint64) + np.uint64(1)) * inverse_powers[:n], out=prefix[1:])
    sums = (prefix[ends] - prefix[starts]) * powers[starts]
    return fmix64(sums ^ (ends - starts).astype(np.uint64)), owner


def word_hashes(text: str) -> np.ndarray:
    """Return one 64-bit hash per word of ``normalise(text)``, computed without building the normalised string.

    The text is classified code unit by code unit in numpy (word character, apostrophe, separator). A word's
    hash is a polynomial over its code points, ``sum(c_i * B**-i)``: one prefix sum over the whole text gives
    every word's sum at once, and multiplying by ``B**start`` makes it independent of where the word stands.

    >>> h = word_hashes("Smile, and SMILE")
    >>> len(h), bool(h[0] == h[2]), bool(h[0] == h[1])
    (3, True, False)
    >>> bool((word_hashes("Don’t wait 😀 ünd") == word_hashes(normalise("Don’t wait 😀 ünd"))).all())
    True
    >>> len(word_hashes(" - "))
    0
    """
    return _batch_words([text])[0]


def _combine(words: np.ndarray, k: int) -> np.ndarray:
    """Return the 32-bit hash of each run of ``k`` consecutive word hashes."""
    m = len(words) - k + 1
    acc = words[:m] * _SHINGLE_MULT[0]
    for i in range(1, k):
        acc += words[i:i + m] * _SHINGLE_MULT[i]
    return (fmix64(acc + np.uint64(k)) >> np.uint64(32)).astype(np.uint32)


def shingle_hash_batch(texts: Sequence[str], k: int = 5) -> list[np.ndarray]:
    """Return :func:`shingle_hashes` of each text, computed for the whole batch in one pass of numpy calls.

    >>> [len(s) for s in shingle_hash_batch(["a b c d e f", "", "Smile.", "a b c d e f"])]
    [2, 0, 1, 2]
    """
    return hash_batch(texts, k)[0]


def hash_batch(texts: Sequence[str], k: int = 5) -> tuple[list[np.ndarray], np.ndarray]:
    """Return the shingle hashes of each text and its number of words.

    >>> shingles, words = hash_batch(["Don't stop now", "..."])
    >>> [len(s) for s in shingles], words.tolist()
    ([1, 0], [3, 0])
    """
    shingles, counts, _ = hash_texts(texts, k)
    return shingles, counts


def _stop_hashes() -> np.ndarray:
    """Return the sorted word hashes of :data:`STOPWORDS` (computed once)."""
    global _stops
    if _stops is None:
        _stops = np.sort(_batch_words([" ".join(sorted(STOPWORDS))])[0])
    return _stops


def _per_text(values: np.ndarray, owners: np.ndarray, n: int) -> list[np.ndarray]:
    """Split ``values`` (32-bit) by their text index into ``n`` sorted, unique arrays."""
    if len(values) == 0:
        return [EMPTY] * n
    keys = sorted_unique((owners.astype(np.uint64) << np.uint64(32)) | values.astype(np.uint64))
    cuts = np.searchsorted(keys >> np.uint64(32), np.arange(1, n))
    return np.split((keys & np.uint64(0xFFFFFFFF)).astype(np.uint32), cuts)


def is_stopword(words: np.ndarray) -> np.ndarray:
    """Return which word hashes are those of :data:`STOPWORDS`."""
    stops = _stop_hashes()
    at = np.minimum(np.searchsorted(stops, words), len(stops) - 1)
    return stops[at] == words


def content_hashes(words: np.ndarray, owner: np.ndarray, is_stop: np.ndarray | None = None
                   ) -> tuple[np.ndarray, np.ndarray]:
    """Return the 32-bit hash of every content word (not in :data:`STOPWORDS`) of a batch, and the text of each."""
    keep = ~(is_stopword(words) if is_stop is None else is_stop)
    return (words[keep] >> np.uint64(32)).astype(np.uint32), owner[keep]


def skeleton_hashes(words: np.ndarray, owner: np.ndarray, every: int, is_stop: np.ndarray | None = None
                    ) -> tuple[np.ndarray, np.ndarray]:
    """Return the sampled function-word skeleton shingles of a batch of words and the text of each.

    A spinner swaps content words for synonyms and leaves the function words where they were, so the text's
    *skeleton* -- each content word replaced by one placeholder, function words kept -- survives it. Shingles are
    :data:`SKELETON_SIZE` skeleton words that hold at least :data:`SKELETON_MIN_STOPS` function words (a run of
    placeholders says nothing), and a shingle is kept when its hash is 0 mod ``every`` (content-defined, so a copy
    keeps the same samples).
    """
    k = SKELETON_SIZE
    if len(words) < k:
        return EMPTY, np.zeros(0, dtype=np.int64)
    if is_stop is None:
        is_stop = is_stopword(words)
    skeleton = np.where(is_stop, words, _PLACEHOLDER)
    hashes = _combine(skeleton, k)
    m = len(hashes)
    counted = np.zeros(len(words) + 1, dtype=np.int64)
    np.cumsum(is_stop, out=counted[1:])
    keep = (owner[:m] == owner[k - 1:]) & (counted[k:] - counted[:m] >= SKELETON_MIN_STOPS)
    if every > 1:
        keep &= hashes % np.uint32(every) == 0
    return hashes[keep], owner[:m][keep]


def hash_texts(texts: Sequence[str], k: int = 5, spun: bool = False
               ) -> tuple[list[np.ndarray], np.ndarray, tuple[list[np.ndarray], list[np.ndarray]] | None]:
    """Return the shingle hashes of each text, its number of words, and (with ``spun``) its function-word skeleton
    shingles (:func:`skeleton_hashes`) and content-word hashes (:func:`content_hashes`), from one tokenising pass.

    >>> a = "Water the beds early in the morning, before the sun is strong and the leaves dry out."
    >>> b = "Irrigate the plots soon in the dawn, before the sunlight is powerful and the leaves parch out."
    >>> (sa, sb), _, ((ka, kb), (ca, cb)) = hash_texts([a, b], spun=True)
    >>> intersection_size(sa, sb), intersection_size(ka, kb) / len(ka), intersection_size(ca, cb)
    (0, 1.0, 1)
    """
    if k < 1 or k > len(_SHINGLE_MULT):
        raise ValueError(f"shingle size must be 1..{len(_SHINGLE_MULT)}, got {k}")
    words, owner = _batch_words(texts)
    counts = np.bincount(owner, minlength=len(texts))
    skeletons = None
    if spun:
        is_stop = is_stopword(words)
        skeletons = (_per_text(*skeleton_hashes(words, owner, 1, is_stop), len(texts)),
                     _per_text(*content_hashes(words, owner, is_stop), len(texts)))
    values: list[np.ndarray] = []
    owners: list[np.ndarray] = []
    if len(words) >= k:
        hashes = _combine(words, k)
        whole = owner[:len(hashes)] == owner[k - 1:]  # shingles that do not straddle two texts
        values.append(hashes[whole])
        owners.append(owner[:len(hashes)][whole])
    starts = np.cumsum(counts) - counts
    for doc in np.flatnonzero((counts > 0) & (counts < k)).tolist():  # short texts: one shingle of all words
        values.append(_combine(words[starts[doc]:starts[doc] + counts[doc]], int(counts[doc])))
        owners.append(np.array([doc]))
    if not values:
        return [EMPTY] * len(texts), counts, skeletons
    return _per_text(np.concatenate(values), np.concatenate(owners), len(texts)), counts, skeletons


def shingle_hashes(text: str, k: int = 5) -> np.ndarray:
    """Return the sorted unique 32-bit hashes of the word ``k``-grams of ``text`` (after :func:`normalise`).

    A text of fewer than ``k`` words is one shingle of all its words, so short texts still match their copies;
    an empty text has none.

    >>> a = shingle_hashes("Be proud of what you do. You play an important role.")
    >>> b = shingle_hashes("be PROUD of what you do -- you play an important role")
    >>> len(a), bool((a == b).all())
    (7, True)
    >>> len(shingle_hashes("Smile.")), len(shingle_hashes(" !! "))
    (1, 0)
    """
    return shingle_hash_batch([text], k)[0]


class Permutations:
    """``num_perm`` seeded hash functions; :meth:`signatures` gives the MinHash signature of many documents."""

    def __init__(self, num_perm: int = 128, seed: int = 1):
        if num_perm < 1:
            raise ValueError(f"num_perm must be positive, got {num_perm}")
        rng = np.random.Generator(np.random.PCG64(seed))
        self.num_perm = num_perm
        self.a = (rng.integers(0, 2**64, size=num_perm, dtype=np.uint64) | np.uint64(1)).reshape(-1, 1)
        self.b = rng.integers(0, 2**64, size=num_perm, dtype=np.uint64).reshape(-1, 1)

    def signatures(self, shingle_sets: Sequence[np.ndarray]) -> np.ndarray:
        """Return the ``(len(shingle_sets), num_perm)`` uint32 signatures; an empty set gets all ``MAX_HASH``.

        >>> p = Permutations(16, seed=3)
        >>> s = p.signatures([shingle_hashes("a b c d e f g"), shingle_hashes("a b c d e f g"), EMPTY])
        >>> s.shape, bool((s[0] == s[1]).all()), bool((s[2] == MAX_HASH).all())
        ((3, 16), True, True)
        """
        out = np.full((len(shingle_sets), self.num_perm), MAX_HASH, dtype=np.uint32)
        limit = max(1, BATCH_BYTES // (8 * self.num_perm))
        batch: list[int] = []
        size = 0
        for i, shingles in enumerate(shingle_sets):
            if len(shingles) == 0:
                continue
            batch.append(i)
            size += len(shingles)
            if size >= limit:
                self._fill(out, batch, shingle_sets)
                batch, size = [], 0
        if batch:
            self._fill(out, batch, shingle_sets)
        return out

    def _fill(self, out: np.ndarray, batch: list[int], shingle_sets: Sequence[np.ndarray]) -> None:
        parts = [shingle_sets[i] for i in batch]
        starts = np.zeros(len(parts), dtype=np.int64)
        np.cumsum([len(p) for p in parts[:-1]], out=starts[1:])
        hashed = self.a * np.concatenate(parts).astype(np.uint64)  # (num_perm, shingles), wraps mod 2**64
        hashed += self.b
        # The hash is the top 32 bits; the shift is monotone, so take the minimum first and shift far fewer values.
        out[batch] = (np.minimum.reduceat(hashed, starts, axis=1) >> np.uint64(32)).T


def band_keys(signatures: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """Return the ``(n, bands)`` uint64 key of each band of each signature (equal bands give equal keys).

    >>> s = np.array([[1, 2, 3, 4], [1, 2, 9, 4]], dtype=np.uint32)
    >>> k = band_keys(s, bands=2, rows=2)
    >>> bool(k[0, 0] == k[1, 0]), bool(k[0, 1] == k[1, 1])
    (True, False)
    """
    if bands * rows > signatures.shape[1]:
        raise ValueError(f"bands x rows = {bands * rows} needs at least that many permutations, "
                         f"signatures have {signatures.shape[1]}")
    keys = np.empty((signatures.shape[0], bands), dtype=np.uint64)
    for band in range(bands):
        block = signatures[:, band * rows:(band + 1) * rows].astype(np.uint64)
        acc = np.zeros(signatures.shape[0], dtype=np.uint64)
        for r in range(rows):
            acc = fmix64(acc ^ block[:, r])
        keys[:, band] = acc
    return keys


def _run_pairs(values: np.ndarray, members: np.ndarray, max_gap: int) -> np.ndarray:
    """Return ``(i, j)`` pairs of ``members`` whose ``values`` are equal and within ``max_gap`` of each other in
    sorted order (all pairs of every run of at most ``max_gap + 1``); each pair as ``i < j``.

    >>> _run_pairs(np.array([5, 7, 5, 5], dtype=np.uint64), np.arange(4), max_gap=8).tolist()
    [[0, 2], [2, 3], [0, 3]]
    """
    order = np.argsort(values, kind="stable")
    sorted_values = values[order]
    sorted_members = members[order]
    found = []
    for gap in range(1, max_gap + 1):
        same = np.flatnonzero(sorted_values[:-gap] == sorted_values[gap:])
        if len(same) == 0:
            break
        found.append(np.stack([sorted_members[same], sorted_members[same + gap]], axis=1))
    if not found:
        return np.zeros((0, 2), dtype=np.int64)
    pairs = np.concatenate(found).astype(np.int64, copy=False)
    del found  # the pairs are the largest arrays of a run's plan: one copy alive at a time, sorted in place
    pairs.sort(axis=1)
    return pairs


def unique_pairs(pairs: np.ndarray, n: int) -> np.ndarray:
    """Return the distinct ``(i, j)`` rows of ``pairs`` (``i < j < n``), sorted.

    >>> unique_pairs(np.array([[2, 3], [0, 1], [2, 3]]), n=4).tolist()
    [[0, 1], [2, 3]]
    """
    if len(pairs) == 0:
        return np.zeros((0, 2), dtype=np.int64)
    codes = sorted_unique(pairs[:, 0].astype(np.int64) * n + pairs[:, 1])
    return np.stack([codes // n, codes % n], axis=1)


def candidate_pairs(keys: np.ndarray, usable: np.ndarray | None = None, max_bucket: int = 64) -> np.ndarray:
    """Return distinct ``(i, j)`` pairs (``i < j``) that share at least one band key.

    ``usable`` masks out documents that must never match (no shingles). In a bucket larger than ``max_bucket``
    each document is paired with its ``max_bucket`` nearest neighbours in id order: a chain that still connects
    the bucket, without its quadratic number of pairs.

    >>> k = np.array([[1, 7], [1, 8], [2, 8], [3, 9]], dtype=np.uint64)
    >>> candidate_pairs(k).tolist()
    [[0, 1], [1, 2]]
    """
    n = keys.shape[0]
    members = np.arange(n) if usable is None else np.flatnonzero(usable)
    # Merged band by band: a near-duplicate pair shares most bands, so the pairs of all bands at once were many
    # times the distinct ones (the same set comes out, sorted)
    found = np.zeros((0, 2), dtype=np.int64)
    for band in range(keys.shape[1]):
        found = unique_pairs(np.concatenate((found, _run_pairs(keys[members, band], members, max_bucket))), n)
    return found


def estimated_jaccard(signatures: np.ndarray, pairs: np.ndarray, chunk: int = 1 << 14) -> np.ndarray:
    """Return the MinHash estimate of each pair's Jaccard similarity (share of equal signature values).

    >>> s = np.array([[1, 2, 3, 4], [1, 2, 0, 0]], dtype=np.uint32)
    >>> estimated_jaccard(s, np.array([[0, 1]])).tolist()
    [0.5]
    """
    out = np.empty(len(pairs), dtype=np.float64)
    for start in range(0, len(pairs), chunk):
        p = pairs[start:start + chunk]
        out[start:start + chunk] = (signatures[p[:, 0]] == signatures[p[:, 1]]).mean(axis=1)
    return out


class ShingleTable:
    """The shingle sets of many documents in one flat array (no per-document Python objects).

    >>> t = ShingleTable.build([shingle_hashes("a b c d e f"), EMPTY, shingle_hashes("a b c d e g")])
    >>> t.sizes.tolist(), len(t.get(1))
    ([2, 0, 2], 0)
    """

    def __init__(self, flat: np.ndarray, offsets: np.ndarray):
        self.flat = flat
        self.offsets = offsets

    @classmethod
    def build(cls, sets: Iterable[np.ndarray]) -> ShingleTable:
        parts = list(sets)
        offsets = np.zeros(len(parts) + 1, dtype=np.int64)
        np.cumsum([len(p) for p in parts], out=offsets[1:])
        flat = np.concatenate(parts).astype(np.uint32, copy=False) if parts else EMPTY  # no second copy
        return cls(flat, offsets)

    def __len__(self) -> int:
        return len(self.offsets) - 1

    @property
    def sizes(self) -> np.ndarray:
        return np.diff(self.offsets)

    def get(self, i: int) -> np.ndarray:
        return self.flat[self.offsets[i]:self.offsets[i + 1]]

    def split(self) -> list[np.ndarray]:
        """Return each document's shingles (views into the table)."""
        offsets = self.offsets.tolist()
        return [self.flat[offsets[i]:offsets[i + 1]] for i in range(len(self))]

    def take(self, order: np.ndarray) -> ShingleTable:
        """Return the table with its documents reordered (``order[k]`` becomes document ``k``).

        >>> t = ShingleTable(np.array([1, 2, 3], dtype=np.uint32), np.array([0, 1, 3]))
        >>> t2 = t.take(np.array([1, 0]))
        >>> t2.flat.tolist(), t2.offsets.tolist()
        ([2, 3, 1], [0, 2, 3])
        """
        flat, offsets = self.flat, self.offsets.tolist()
        # Slices, not one index array: an int64 index per shingle would be twice the table itself.
        return ShingleTable.build([flat[offsets[i]:offsets[i + 1]] for i in order.tolist()])

    @staticmethod
    def concat(first: ShingleTable, second: ShingleTable) -> ShingleTable:
        """Return the documents of ``first`` followed by those of ``second``."""
        return ShingleTable(np.concatenate((first.flat, second.flat)),
                            np.concatenate((first.offsets, second.offsets[1:] + first.offsets[-1])))


def intersection_size(a: np.ndarray, b: np.ndarray) -> int:
    """Return ``|a ∩ b|`` of two sorted arrays of unique values (a merge: sort is linear on two sorted runs).

    >>> intersection_size(np.array([1, 3, 5], dtype=np.uint32), np.array([3, 4, 5, 6], dtype=np.uint32))
    2
    """
    if len(a) == 0 or len(b) == 0:
        return 0
    merged = np.concatenate((a, b))
    merged.sort(kind="stable")
    return int(np.count_nonzero(merged[1:] == merged[:-1]))


def intersections(table: ShingleTable, pairs: np.ndarray) -> np.ndarray:
    """Return the exact number of shared shingles of each pair.

    >>> t = ShingleTable.build([shingle_hashes("a b c d e f g"), shingle_hashes("a b c d e f x")])
    >>> intersections(t, np.array([[0, 1]])).tolist()
    [2]
    """
    flat, offsets = table.flat, table.offsets
    out = np.empty(len(pairs), dtype=np.int64)
    for n, (i, j) in enumerate(pairs.tolist()):
        out[n] = intersection_size(flat[offsets[i]:offsets[i + 1]], flat[offsets[j]:offsets[j + 1]])
    return out


def owners_of(offsets: np.ndarray, positions: np.ndarray) -> np.ndarray:
    """The document (row of ``offsets``, a table's row starts and its end) holding each position of the flat
    table: the last row starting at or before it, which skips empty rows.

    >>> owners_of(np.array([0, 3, 3, 5]), np.array([0, 2, 3, 4])).tolist()
    [0, 0, 2, 2]
    """
    return np.searchsorted(offsets, positions, side="right") - 1


def sampled_entries(table: ShingleTable, docs: np.ndarray, every: int,
                    chunk: int = 1 << 22) -> tuple[np.ndarray, np.ndarray]:
    """Return the sampled shingles (hash 0 mod ``every``) of ``docs`` and the document of each, working through
    the table in chunks so no temporary is as large as the table.

    >>> t = ShingleTable.build([shingle_hashes("a b c d e f g h"), shingle_hashes("x y z w v u")])
    >>> values, owners = sampled_entries(t, np.array([1]), every=1)
    >>> owners.tolist()
    [1, 1]
    """
    chosen = np.zeros(len(table), dtype=bool)
    chosen[docs] = True
    offsets = table.offsets
    values, owners = [], []
    start = 0
    while start < len(table):
        stop = max(start + 1, int(np.searchsorted(offsets, offsets[start] + chunk, side="right")) - 1)
        flat = table.flat[offsets[start]:offsets[stop]]
        # The owners of the sampled shingles only (1 in ``every``): a document per shingle of the table cost
        # a third of dedup's plan at 10,000 pages, the serial moment of a run with workers (issue 19).
        at = np.flatnonzero(flat % np.uint32(every) == 0)
        owner = owners_of(offsets, at + offsets[start])
        keep = chosen[owner]
        values.append(flat[at[keep]])
        owners.append(owner[keep])
        start = stop
    if not values:
        return EMPTY, np.zeros(0, dtype=np.int64)
    return np.concatenate(values), np.concatenate(owners)


def sampled_pairs(table: ShingleTable, docs: np.ndarray, every: int,
                  max_docs: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return pairs of ``docs`` that share sampled shingles, how many they share, and each document's samples.

    A shingle is sampled when its hash is 0 mod ``every``: the choice depends only on the shingle, so a passage
    copied into another document brings the same samples along. A sampled shingle found in more than
    ``max_docs`` documents is a stock phrase, not evidence of copying, and is ignored.

    >>> t = ShingleTable.build([shingle_hashes("a b c d e f g h"), shingle_hashes("x a b c d e f g h")])
    >>> p, shared, samples = sampled_pairs(t, np.arange(2), every=1, max_docs=8)
    >>> p.tolist(), shared.tolist(), samples.tolist()
    ([[0, 1]], [4], [4, 5])
    """
    n = len(table)
    values, owners = sampled_entries(table, docs, every)
    samples = np.bincount(owners, minlength=n)
    nothing = np.zeros((0, 2), dtype=np.int64), np.zeros(0, dtype=np.int64), samples
    if len(values) == 0:
        return nothing
    order = np.argsort(values, kind="stable")
    values, owners = values[order], owners[order]
    starts = np.flatnonzero(np.r_[True, values[1:] != values[:-1]])
    sizes = np.diff(np.r_[starts, len(values)])
    keep = np.repeat((sizes >= 2) & (sizes <= max_docs), sizes)
    pairs = _run_pairs(values[keep].astype(np.uint64), owners[keep], max_docs)
    if len(pairs) == 0:
        return nothing
    codes = pairs[:, 0] * n
    codes += pairs[:, 1]
    del pairs  # in place from here: the pairs of a large run are hundreds of MB
    codes.sort()
    starts = np.flatnonzero(np.r_[True, codes[1:] != codes[:-1]])
    shared = np.diff(np.r_[starts, len(codes)])
    codes = codes[starts]
    return np.stack([codes // n, codes % n], axis=1), shared, samples


def components(n: int, pairs: np.ndarray) -> np.ndarray:
    """Return a component label per node (the smallest node index in its component) after joining ``pairs``.

    Label propagation with pointer jumping, all in numpy: each round gives both ends of every edge the smaller
    label, then lets every node adopt its label's label until nothing changes. Near-duplicate clusters are small
    and shallow, so a few rounds do.

    >>> components(5, np.array([[3, 4], [1, 3]])).tolist()
    [0, 1, 2, 1, 1]
    >>> components(6, np.array([[4, 5], [3, 4], [2, 3], [1, 2], [0, 1]])).tolist()
    [0, 0, 0, 0, 0, 0]
    """
    labels = np.arange(n, dtype=np.int64)
    if len(pairs) == 0:
        return labels
    a, b = pairs[:, 0].astype(np.int64), pairs[:, 1].astype(np.int64)
    while True:
        smaller = np.minimum(labels[a], labels[b])
        updated = labels.copy()
        np.minimum.at(updated, a, smaller)
        np.minimum.at(updated, b, smaller)
        while True:  # pointer jumping: a label points at a smaller node, follow it to its root
            jumped = updated[updated]
            if np.array_equal(jumped, updated):
                break
            updated = jumped
        if np.array_equal(updated, labels):
            return labels
        labels = updated
