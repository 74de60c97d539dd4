"""Dedup stage: find copies, rewritten copies and repeated tips; cluster them and carry attribution across.

Works on one record kind (``level``: article or tip); records of other kinds pass through untouched. Dedup must
see every record before it can decide anything, so the stage runs in two passes with memory bounded by the index,
not the corpus:

1. Each record is spooled to a temporary file (``io.RecordSpool``) and its text turned into shingle hashes (word
   ``shingle_size``-grams of the normalised text, see ``pipeline.minhash``); only those and a small summary
   (id, path, word count, author, licence) stay in memory. Signatures are computed in vectorised batches.
2. Candidates come from LSH (``bands`` x ``rows`` band keys, sorted); each candidate is verified on the *exact*
   shingle Jaccard, and pairs at or over ``threshold`` are joined by union-find into clusters. Rewritten or
   partial copies, whose Jaccard is low, are found by containment: candidate pairs share sampled shingles, and
   the exact share of the smaller document found in the other must reach ``containment_threshold``.
3. The spool is replayed and every record gets its decision.

Decisions (all independent of the order records arrive in; documents are addressed in id order):

- **Cluster**: ``cluster_id`` is a content hash of the sorted member ids. The canonical member is the first by
  (complete attribution: author and licence known; then most words; then lowest id). It gets ``cluster`` with all
  members and their sources, and missing author/licence filled from the other members; every member and every
  derived copy carries the strictest licence the (source) cluster states (``merged_attribution``, ``inherit``).
- **Duplicates** are dropped as ``duplicate`` (the manifest lists them with the canonical id), or with
  ``keep_duplicates`` emitted with ``duplicate_of`` (exact Jaccard with the canonical) and the flag ``duplicate``.
- **Derived**: a record whose containment in another cluster's record reaches the threshold gets ``derived_from``
  (the other cluster's canonical, the exact containment, method ``containment``) and is kept. When both of a pair
  are contained enough, the one without complete attribution is the copy, else the more contained one, else the
  higher id. A record keeps its strongest relation to a source that is not a copy itself (else its strongest).
- **Attribution**: a copy without author or licence inherits them from its original (flag
  ``attribution-inherited``; ``meta["attribution_inherited"]`` maps each filled field to the id it came from); a
  copy that lacks an author while its own or its original's licence demands attribution is flagged
  ``attribution-missing``.

Incremental runs: with ``index`` set, signatures, shingle hashes, band keys and summaries of every document seen
are kept there (``.npy`` files, JSON lines and a ``meta.json`` with the settings and each file's sha256, all
deterministic); a later run verifies and loads them, hashes only new documents and matches them against
everything seen before. The stage only *stages* the new index beside the old one (``StageStats.on_publish``):
the sink publishes it with the output, and a run that publishes nothing drops it. Earlier outputs are not rewritten: a
new document whose canonical is an old one is a duplicate of it; an old document is never emitted again unless it
is in the new input.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np

from .. import dedup_index, io, minhash
from ..configs import LEVELS, DedupConfig  # noqa: F401  (defined there for the CLI; LEVELS stays dedup.LEVELS)
from ..records import Cluster, Licence, Record, Relation, Tip, content_id
from ..stage import StageKind
from ..stats import StageStats
from ..text.licence import REUSE_RANK, credit_line, licence_flags, requires_attribution, reuse

NAME = "dedup"
INDEX_FORMAT = "tipline.dedup-index/2"  # 2: meta.json lists each file's sha256
HASH_VERSION = "words-nfc-poly64/shingles-fmix32/multiply-add-shift64"  # change when hashing changes
METHOD_JACCARD = "minhash-jaccard"
METHOD_CONTAINMENT = "containment"
UNKNOWN_LICENCE = "NOASSERTION"
VERIFY_SIGMAS = 5.0  # candidates whose estimate is this many standard errors under the threshold are not verified
INDEX_ARRAYS = ("signatures", "shingles", "offsets", "bands")
HASH_BATCH = 64  # texts hashed per numpy pass: amortises per-call overhead (2-3x faster than one at a time)


@dataclass(slots=True)
class DocInfo:
    """What dedup keeps of a record between passes (and in the index): no text."""

    id: str
    path: str
    words: int
    author: str | None = None
    licence: dict[str, Any] | None = None
    derived: bool = False  # a known copy: its attribution was inherited, or it is derived_from another record

    @property
    def complete(self) -> bool:
        """Author and licence both known."""
        return bool(self.author) and licence_known(self.licence)


@dataclass
class Corpus:
    """Every document dedup compares, sorted by id: summaries, signatures and shingle hashes."""

    infos: list[DocInfo]
    signatures: np.ndarray
    shingles: minhash.ShingleTable
    bands: np.ndarray | None = None  # band keys, (n, bands) uint64; computed on demand

    def __len__(self) -> int:
        return len(self.infos)

    def sorted(self) -> Corpus:
        order = np.argsort(np.array([d.id for d in self.infos], dtype=str), kind="stable")
        return Corpus([self.infos[i] for i in order], self.signatures[order], self.shingles.take(order),
                      None if self.bands is None else self.bands[order])


@dataclass
class Plan:
    """The decisions of one run, by document index in the corpus."""

    canonical: dict[int, int] = field(default_factory=dict)  # member -> canonical (clusters of 2+ only)
    members: dict[int, list[int]] = field(default_factory=dict)  # canonical -> members, in id order
    jaccard: dict[int, float] = field(default_factory=dict)  # member -> exact Jaccard with its canonical
    derived: dict[int, tuple[int, float]] = field(default_factory=dict)  # copy -> (source canonical, containment)
    counts: dict[str, int] = field(default_factory=dict)
    earlier: set[str] = field(default_factory=set)  # ids known from the index only: published by an earlier run


def licence_known(licence: dict[str, Any] | None) -> bool:
    """Tell whether a licence (as a dict) says something.

    >>> licence_known(None), licence_known({"tag": "NOASSERTION"}), licence_known({"tag": "CC-BY-4.0"})
    (False, False, True)
    """
    return licence is not None and licence.get("tag", UNKNOWN_LICENCE) != UNKNOWN_LICENCE


def summarise(record: Record, words: int) -> DocInfo:
    """Return the summary dedup keeps of ``record`` (``words``: its number of words, counted while hashing).

    >>> from pipeline.records import Article, Source
    >>> a = Article(id="a" * 16, source=Source("x.txt", "0" * 64, 1, "txt"), text="Smile, and mean it.")
    >>> summarise(a, 4)
    DocInfo(id='aaaaaaaaaaaaaaaa', path='x.txt', words=4, author=None, licence=None, derived=False)
    """
    licence = asdict(record.licence) if record.licence is not None else None
    derived = record.derived_from is not None or "attribution-inherited" in record.flags
    return DocInfo(id=record.id, path=record.source.path, words=words, author=record.author or None,
                   licence=licence, derived=derived)


def cluster_id(member_ids: Iterable[str]) -> str:
    """Return the stable id of a cluster: a content hash of its sorted member ids.

    >>> cluster_id(["b" * 16, "a" * 16]) == cluster_id(["a" * 16, "b" * 16])
    True
    """
    return content_id("cluster", *sorted(member_ids))


def canonical_key(info: DocInfo, index: int) -> tuple[bool, bool, int, int]:
    """Sort key of cluster members: complete attribution first, then records that are no known copy (a copy that
    inherited its author must not displace the original's tip), then most words, then lowest id (``index`` is
    the position in the id-sorted corpus).

    >>> full = DocInfo("b" * 16, "b", 10, "Ann", {"tag": "CC-BY-4.0"})
    >>> longer = DocInfo("a" * 16, "a", 99)
    >>> sorted([(canonical_key(longer, 0), "longer"), (canonical_key(full, 1), "full")])[0][1]
    'full'
    """
    return (not info.complete, info.derived, -info.words, index)


def s_curve(similarity: float, bands: int, rows: int) -> float:
    """Return the probability that LSH makes a pair of this Jaccard similarity a candidate.

    >>> round(s_curve(0.8, 16, 8), 3), round(s_curve(0.8, 9, 13), 3)
    (0.947, 0.399)
    """
    return 1.0 - (1.0 - similarity**rows) ** bands


def estimate_floor(threshold: float, num_perm: int) -> float:
    """Return the signature estimate under which a candidate is rejected without exact verification.

    >>> round(estimate_floor(0.8, 128), 3)
    0.623
    """
    return threshold - VERIFY_SIGMAS * math.sqrt(threshold * (1.0 - threshold) / num_perm)


def find_duplicates(corpus: Corpus, config: DedupConfig, plan: Plan, candidates: np.ndarray | None = None) -> None:
    """Fill ``plan`` with clusters of verified near-duplicates and their canonical members.

    ``candidates`` are the LSH candidate pairs when an engine found them elsewhere (Ray shuffles band keys);
    by default they come from sorting the corpus's band keys here.
    """
    n = len(corpus)
    sizes = corpus.shingles.sizes
    if candidates is None:
        if corpus.bands is None:
            corpus.bands = minhash.band_keys(corpus.signatures, config.bands, config.rows)
        candidates = minhash.candidate_pairs(corpus.bands, sizes > 0, config.max_bucket)
    estimate = minhash.estimated_jaccard(corpus.signatures, candidates)
    checked = candidates[estimate >= estimate_floor(config.threshold, config.num_perm)]
    shared = minhash.intersections(corpus.shingles, checked)
    jaccard = shared / (sizes[checked[:, 0]] + sizes[checked[:, 1]] - shared)
    duplicates = checked[jaccard >= config.threshold]
    plan.counts.update(candidate_pairs=len(candidates), verified_pairs=len(checked),
                       duplicate_pairs=len(duplicates))
    labels = minhash.components(n, duplicates)
    members = np.flatnonzero(np.bincount(labels, minlength=n)[labels] > 1)
    complete = np.array([corpus.infos[i].complete for i in members.tolist()], dtype=bool)
    words = np.array([corpus.infos[i].words for i in members.tolist()], dtype=np.int64)
    derived = np.array([corpus.infos[i].derived for i in members.tolist()], dtype=bool)
    # Canonical first within each cluster, as canonical_key orders them: complete attribution, no known copy,
    # most words, lowest id (= index). lexsort's last key is the primary one.
    order = members[np.lexsort((members, -words, derived, ~complete, labels[members]))]
    groups: dict[int, list[int]] = {}
    for i in order.tolist():
        groups.setdefault(int(labels[i]), []).append(i)
    measured = {(i, j): v for (i, j), v in zip(duplicates.tolist(), jaccard[jaccard >= config.threshold].tolist(),
                                                  strict=True)}
    pairs = []
    for group in groups.values():
        canonical = group[0]
        plan.members[canonical] = sorted(group)
        for i in group:
            plan.canonical[i] = canonical
            if i != canonical:
                known = measured.get((min(i, canonical), max(i, canonical)))
                if known is None:  # joined through other members: measure against the canonical itself
                    pairs.append((i, canonical))
                else:
                    plan.jaccard[i] = known
    if pairs:
        shared = minhash.intersections(corpus.shingles, np.array(pairs, dtype=np.int64))
        for (i, j), s in zip(pairs, shared.tolist(), strict=True):
            plan.jaccard[i] = s / (sizes[i] + sizes[j] - s)


def find_derived(corpus: Corpus, config: DedupConfig, plan: Plan) -> None:
    """Fill ``plan.derived``: representatives (canonicals and singletons) mostly contained in another one."""
    sizes = corpus.shingles.sizes
    reps = np.array([i for i in range(len(corpus)) if plan.canonical.get(i, i) == i and sizes[i] > 0],
                    dtype=np.int64)
    pairs, shared_samples, samples = minhash.sampled_pairs(corpus.shingles, reps, config.every, config.max_bucket)
    if len(pairs) == 0:
        plan.counts["containment_pairs"] = 0
        return
    smaller = np.minimum(samples[pairs[:, 0]], samples[pairs[:, 1]])
    # Sampling is coarse: check exactly every pair whose sampled estimate reaches half the threshold.
    likely = shared_samples >= np.maximum(1, 0.5 * config.containment_threshold * smaller)
    pairs = pairs[likely & (np.minimum(sizes[pairs[:, 0]], sizes[pairs[:, 1]]) >= config.min_shingles)]
    plan.counts["containment_pairs"] = len(pairs)
    shared = minhash.intersections(corpus.shingles, pairs)
    found: dict[int, list[tuple[float, int]]] = {}  # copy -> [(containment, source)]
    for (i, j), s in zip(pairs.tolist(), shared.tolist(), strict=True):
        side = derived_side(corpus.infos[i], corpus.infos[j], s / sizes[i], s / sizes[j],
                            config.containment_threshold)
        if side is not None:
            copy, source = (i, j) if side == 0 else (j, i)
            found.setdefault(copy, []).append((s / sizes[copy], source))
    # A copy points to its strongest source, preferring one that is not itself a copy: two rewrites of one
    # article overlap each other too, but both come from the article.
    plan.derived = {}
    for copy, sources in found.items():
        overlap, source = min(sources, key=lambda o: (o[1] in found, -o[0], o[1]))
        plan.derived[copy] = (source, overlap)


def derived_side(a: DocInfo, b: DocInfo, a_in_b: float, b_in_a: float, threshold: float) -> int | None:
    """Return which of ``a`` (0) or ``b`` (1) is the copy, or ``None`` when neither is contained enough.

    The copy is the one contained enough; if both are, the one without complete attribution, else the more
    contained one, else the one with the higher id.

    >>> orig = DocInfo("b" * 16, "b", 200, "JoAnna Brandi", {"tag": "LicenseRef-Permission"})
    >>> copy = DocInfo("a" * 16, "a", 150)
    >>> derived_side(copy, orig, 0.60, 0.39, 0.5), derived_side(orig, copy, 0.39, 0.60, 0.5)
    (0, 1)
    >>> derived_side(copy, orig, 0.3, 0.2, 0.5) is None
    True
    """
    a_copy, b_copy = a_in_b >= threshold, b_in_a >= threshold
    if a_copy != b_copy:
        return 0 if a_copy else 1
    if not a_copy:
        return None
    if a.complete != b.complete:
        return 1 if a.complete else 0
    if a_in_b != b_in_a:
        return 0 if a_in_b > b_in_a else 1
    return 0 if a.id > b.id else 1


Attribution = tuple[str | None, str | None, dict[str, Any] | None, str | None]  # author, from id, licence, from id


def strictness(licence: dict[str, Any]) -> tuple[int, int]:
    """Sort key of stated licences, strictest first: the reuse answer's rank (ask-permission and unknown first, then
    whole-article-only, then excerpt-ok), then more conditions first (CC BY-NC before CC BY).

    >>> sorted([{"tag": "CC-BY-4.0"}, {"tag": "LicenseRef-used-with-permission"}], key=strictness)[0]["tag"]
    'LicenseRef-used-with-permission'
    """
    decided = reuse(licence)
    return REUSE_RANK[decided.answer], -len(decided.conditions)


def merged_attribution(infos: list[DocInfo], members: list[int], canonical: int) -> Attribution:
    """Return the author and licence of a cluster, each with the id it came from: the author is the canonical's,
    else the first member's (in canonical order) that has one; the licence is the strictest any member states
    (:func:`strictness`; a tie goes to the first in canonical order), so no copy ships with a wider grant than
    another copy of the same text states.

    >>> infos = [DocInfo("a" * 16, "a", 9), DocInfo("b" * 16, "b", 5, "Ann"), DocInfo("c" * 16, "c", 5)]
    >>> merged_attribution(infos, [0, 1, 2], 0)
    ('Ann', 'bbbbbbbbbbbbbbbb', None, None)
    """
    ordered = [canonical] + sorted((m for m in members if m != canonical), key=lambda i: canonical_key(infos[i], i))
    by_author = next((infos[i] for i in ordered if infos[i].author), None)
    stated = [infos[i] for i in ordered if licence_known(infos[i].licence)]
    by_licence = min(stated, key=lambda info: strictness(info.licence)) if stated else None  # first of the ties
    return (by_author.author if by_author else None, by_author.id if by_author else None,
            by_licence.licence if by_licence else None, by_licence.id if by_licence else None)


def inherit(record: Record, original: Attribution, stats: StageStats) -> None:
    """Fill a copy's missing author and licence from its original, narrow a licence wider than the cluster's
    strictest (flag ``licence-narrowed``, ``meta["licence_narrowed_from"]`` its own tag), and flag attribution it
    dropped. A tip whose licence or author changed gets its reuse answer, licence flags and credit line again.

    >>> from pipeline.records import Article, Source
    >>> from pipeline.stats import StageStats
    >>> copy = Article(id="a" * 16, source=Source("x.txt", "0" * 64, 1, "txt"), text="...")
    >>> inherit(copy, ("Ann", "b" * 16, {"tag": "CC-BY-4.0", "conditions": []}, "b" * 16), StageStats("dedup"))
    >>> copy.author, copy.licence.tag, copy.flags
    ('Ann', 'CC-BY-4.0', ['attribution-inherited', 'attribution-missing'])
    """
    author, author_from, licence, licence_from = original
    own_licence = asdict(record.licence) if record.licence is not None else None
    if not record.author and (requires_attribution(own_licence) or requires_attribution(licence)):
        record.flags = sorted(set(record.flags) | {"attribution-missing"})
        stats.count("attribution_missing")
    filled = {}
    if not record.author and author and author_from != record.id:
        record.author = author
        filled["author"] = author_from
    if licence is not None and licence_from != record.id:
        known = licence_known(own_licence)
        if not known or strictness(licence) < strictness(own_licence):  # type: ignore[arg-type]
            record.licence = Licence(**{**licence, "conditions": list(licence.get("conditions") or [])})
            filled["licence"] = licence_from
        if known and "licence" in filled:  # a stated licence narrowed: say what it was
            record.flags = sorted(set(record.flags) | {"licence-narrowed"})
            record.meta["licence_narrowed_from"] = own_licence["tag"]  # type: ignore[index]
            stats.count("licence_narrowed")
    if filled:
        record.flags = sorted(set(record.flags) | {"attribution-inherited"})
        record.meta["attribution_inherited"] = filled
        stats.count("attribution_inherited")
        if isinstance(record, Tip):
            refresh_tip(record)
        elif record.reuse is not None:  # an article that already went through the tips stage (re-read output)
            decided = reuse(record.licence)
            record.reuse, record.reuse_conditions = decided.answer, list(decided.conditions)


LICENCE_FLAGS = frozenset({"republish-whole-article-only", "licence-keep-author-bio"})  # text.licence.licence_flags


def refresh_tip(tip: Tip) -> None:
    """Recompute what a tip derives from its author and licence: reuse answer, licence flags, credit line."""
    decided = reuse(tip.licence)
    tip.reuse, tip.reuse_conditions = decided.answer, list(decided.conditions)
    tip.flags = sorted((set(tip.flags) - LICENCE_FLAGS) | set(licence_flags(tip.licence)))
    tip.attribution = credit_line(tip.author, tip.licence, tip.source.url)


class BadIndex(ValueError):
    """A ``--index`` directory that cannot be used: damaged, foreign, or built with other settings."""


def load_index(config: DedupConfig) -> Corpus | None:
    """Return the corpus persisted at ``config.index``: ``None`` when there is none yet (no such directory, or an
    empty one). A damaged, foreign or incompatible index raises :class:`BadIndex` naming the file: it is never
    used, and never replaced, so a mistyped ``--index`` cannot clobber a directory that is not an index."""
    if config.index is None:
        return None
    try:
        found = dedup_index.read_arrays(config.index, INDEX_ARRAYS)
    except dedup_index.ArraysError as exc:
        raise BadIndex(f"dedup index {exc.path}: {exc.detail}; {INDEX_HINT}") from None
    if found is None:
        return None
    arrays, meta, rows = found
    meta_path = os.path.join(config.index, dedup_index.ARRAYS_META)
    if meta.get("format") != INDEX_FORMAT:
        raise BadIndex(f"dedup index {meta_path}: format {meta.get('format')!r}, this tipline reads "
                       f"{INDEX_FORMAT!r}; {INDEX_HINT}")
    expected = index_meta(config, 0)
    for key in ("hash", "level", "num_perm", "seed", "shingle_size"):
        if meta.get(key) != expected[key]:
            raise BadIndex(f"dedup index {meta_path} was built with {key}={meta.get(key)!r}, this run uses "
                           f"{expected[key]!r}; give another --index path or the same settings")
    same_bands = (meta.get("bands"), meta.get("rows")) == (config.bands, config.rows)
    problem = index_problem(arrays, meta, rows, config, same_bands)
    if problem is not None:
        raise BadIndex(f"dedup index {os.path.join(config.index, problem[0])}: {problem[1]}; {INDEX_HINT}")
    return Corpus([DocInfo(**row) for row in rows], arrays["signatures"],
                  minhash.ShingleTable(arrays["shingles"], arrays["offsets"]),
                  arrays["bands"] if same_bands else None)


INDEX_HINT = "remove the index directory to start a new one, or give another --index path"
DOC_FIELDS = {"id": str, "path": str, "words": int, "author": (str, type(None)), "licence": (dict, type(None)),
              "derived": bool}


def index_problem(arrays: dict[str, np.ndarray], meta: dict[str, Any], rows: list[Any], config: DedupConfig,
                  same_bands: bool) -> tuple[str, str] | None:
    """Return ``(file, what is wrong)`` when the index's parts do not fit together, else ``None``.

    The checksums catch damage; this catches an index whose files are each intact but do not belong together.

    >>> import numpy as np
    >>> c = DedupConfig(num_perm=4, bands=2, rows=2)
    >>> ok = {"signatures": np.zeros((1, 4), np.uint32), "shingles": np.array([1, 2], np.uint32),
    ...       "offsets": np.array([0, 2]), "bands": np.zeros((1, 2), np.uint64)}
    >>> row = {"id": "a" * 16, "path": "a", "words": 3, "author": None, "licence": None, "derived": False}
    >>> index_problem(ok, {"documents": 1, "bands": 2}, [row], c, True) is None
    True
    >>> index_problem({**ok, "offsets": np.array([0, 3])}, {"documents": 1, "bands": 2}, [row], c, True)
    ('offsets.npy', 'offsets must rise from 0 to the 2 shingles of shingles.npy')
    """
    n = meta.get("documents")
    if not isinstance(n, int) or isinstance(n, bool) or len(rows) != n:
        return "docs.jsonl", f"{len(rows)} document(s), but meta.json says {n!r}"
    shapes = {"signatures": ((n, config.num_perm), np.uint32), "shingles": (None, np.uint32),
              "offsets": ((n + 1,), np.int64), "bands": ((n, meta.get("bands")), np.uint64)}
    for name, (shape, dtype) in shapes.items():
        array = arrays[name]
        if array.dtype != dtype or (shape is not None and array.shape != shape) or array.ndim != (len(shape or (0,))):
            return f"{name}.npy", f"holds {array.dtype} {array.shape}, expected {np.dtype(dtype)} {shape or '(k,)'}"
    offsets = arrays["offsets"]
    if offsets[0] != 0 or offsets[-1] != len(arrays["shingles"]) or bool(np.any(np.diff(offsets) < 0)):
        return "offsets.npy", f"offsets must rise from 0 to the {len(arrays['shingles'])} shingles of shingles.npy"
    previous = None
    for number, row in enumerate(rows, start=1):
        if not isinstance(row, dict) or set(row) != set(DOC_FIELDS) or not all(
                isinstance(row[k], t) for k, t in DOC_FIELDS.items()):
            return f"docs.jsonl:{number}", f"not a document summary (fields {', '.join(DOC_FIELDS)})"
        if previous is not None and row["id"] <= previous:
            return f"docs.jsonl:{number}", "ids are not sorted and unique"
        previous = row["id"]
    return None


def index_meta(config: DedupConfig, documents: int) -> dict[str, Any]:
    return {"format": INDEX_FORMAT, "hash": HASH_VERSION, "level": config.level, "num_perm": config.num_perm,
            "seed": config.seed, "shingle_size": config.shingle_size, "bands": config.bands, "rows": config.rows,
            "documents": documents}


def stage_index(corpus: Corpus, config: DedupConfig) -> Callable[[bool], None]:
    """Write the index beside ``config.index``; return the ``finish`` that publishes it (True) or drops it."""
    assert config.index is not None and corpus.bands is not None
    return dedup_index.stage_arrays(config.index, {"signatures": corpus.signatures, "shingles": corpus.shingles.flat,
                                          "offsets": corpus.shingles.offsets, "bands": corpus.bands},
                           index_meta(config, len(corpus)), (asdict(d) for d in corpus.infos))


def build_corpus(previous: Corpus | None, infos: list[DocInfo], shingle_sets: list[np.ndarray],
                 config: DedupConfig) -> Corpus:
    """Sign the new documents and merge them with the previous index, sorted by id.

    The shingle table is assembled once, directly in id order; ``shingle_sets`` is emptied as it is copied, so
    the memory of the per-batch arrays goes back as soon as the table exists.
    """
    signatures = minhash.Permutations(config.num_perm, config.seed).signatures(shingle_sets)
    bands = minhash.band_keys(signatures, config.bands, config.rows)
    sets: list[np.ndarray] = []
    if previous is not None and len(previous):
        if previous.bands is None:
            previous.bands = minhash.band_keys(previous.signatures, config.bands, config.rows)
        offsets = previous.shingles.offsets.tolist()
        sets = [previous.shingles.flat[offsets[i]:offsets[i + 1]] for i in range(len(previous))]
        infos = previous.infos + infos
        signatures = np.concatenate((previous.signatures, signatures))
        bands = np.concatenate((previous.bands, bands))
    sets += shingle_sets
    shingle_sets.clear()
    order = np.argsort(np.array([d.id for d in infos], dtype=str), kind="stable")
    table = minhash.ShingleTable.build([sets[i] for i in order.tolist()])
    return Corpus([infos[i] for i in order.tolist()], signatures[order], table, bands[order])


def plan_corpus(corpus: Corpus, config: DedupConfig, candidates: np.ndarray | None = None) -> Plan:
    """Decide clusters, canonicals and derived copies for a whole corpus (a pure function of its content)."""
    plan = Plan()
    find_duplicates(corpus, config, plan, candidates)
    find_derived(corpus, config, plan)
    return plan


def learned(config: DedupConfig, corpus: Corpus, plan: Plan, indexed_before: int) -> dict[str, Any]:
    """What goes to the manifest: the parameters that decide matches and what the run found."""
    return {
        "level": config.level,
        "shingle_size": config.shingle_size,
        "num_perm": config.num_perm,
        "seed": config.seed,
        "hash": HASH_VERSION,
        "threshold": config.threshold,
        "bands": config.bands,
        "rows": config.rows,
        "lsh_midpoint": round((1.0 / config.bands) ** (1.0 / config.rows), 4),
        "lsh_recall_at_threshold": round(s_curve(config.threshold, config.bands, config.rows), 4),
        "verify": "exact shingle Jaccard",
        "containment_threshold": config.containment_threshold,
        "sample_every": config.every,
        "documents": len(corpus),
        "indexed_before": indexed_before,
        "clusters": len(plan.members),
        "duplicates": len(plan.canonical) - len(plan.members),
        "derived": len(plan.derived),
        **plan.counts,
    }


def run(records: Iterable[Record], config: DedupConfig, stats: StageStats) -> Iterator[Record]:
    """Cluster near-duplicate records of kind ``config.level``, mark derived copies, merge attribution."""
    previous = load_index(config)
    known = {d.id for d in previous.infos} if previous is not None else set()
    infos: list[DocInfo] = []
    shingle_sets: list[np.ndarray] = []
    pending: list[str] = []  # texts waiting to be hashed as one batch
    seen: dict[str, int] = {}
    again: set[str] = set()  # indexed documents read again by this run

    def flush() -> None:
        shingles, words = minhash.hash_batch(pending, config.shingle_size)
        for info, s, n in zip(infos[len(shingle_sets):], shingles, words.tolist(), strict=True):
            info.words = n
            if len(s) == 0:
                stats.count("no_shingles")
        shingle_sets.extend(shingles)
        pending.clear()

    with io.RecordSpool() as spool:
        for record in records:
            if record.kind != config.level:
                yield record
                continue
            spool.add(record)
            if record.id in seen:  # the same bytes read twice: one document
                info = infos[seen[record.id]]
                info.path = min(info.path, record.source.path)
                continue
            if record.id in known:
                stats.count("known_from_index")
                again.add(record.id)
                continue
            seen[record.id] = len(infos)
            infos.append(summarise(record, 0))  # words are counted when the batch is hashed
            pending.append(record.text)
            if len(pending) >= HASH_BATCH:
                flush()
        flush()
        corpus = build_corpus(previous, infos, shingle_sets, config)
        plan = plan_corpus(corpus, config)
        plan.earlier = known - again
        stats.learned.update(learned(config, corpus, plan, len(known)))
        position = {d.id: i for i, d in enumerate(corpus.infos)}
        for record in spool:
            decided = apply(record, position[record.id], corpus, plan, config, stats)
            if decided is not None:
                yield decided
    if config.index is not None:  # published by the sink with the output, or dropped with it
        stats.on_publish.append(stage_index(corpus, config))


def apply(record: Record, i: int, corpus: Corpus, plan: Plan, config: DedupConfig,
          stats: StageStats) -> Record | None:
    """Annotate one record with its decision; return it, or ``None`` when it was dropped as a duplicate."""
    infos = corpus.infos
    canonical = plan.canonical.get(i)
    if canonical is not None:
        members = plan.members[canonical]
        ids = [infos[m].id for m in members]
        cid = cluster_id(ids)
        attribution = merged_attribution(infos, members, canonical)
        if i == canonical:
            record.cluster = Cluster(id=cid, canonical=record.id, size=len(members), members=sorted(ids),
                                     member_sources=sorted({infos[m].path for m in members}))
            inherit(record, attribution, stats)
            stats.count("clusters")
        else:
            overlap = round(float(plan.jaccard[i]), 4)
            canonical_id = infos[canonical].id
            if not config.keep_duplicates:
                stats.drop(record, "duplicate", duplicate_of=canonical_id, detail=f"jaccard {overlap}",
                           indexed=canonical_id in plan.earlier)
                return None
            record.duplicate_of = Relation(id=canonical_id, overlap=overlap, method=METHOD_JACCARD)
            record.cluster = Cluster(id=cid, canonical=canonical_id, size=len(members))
            record.flags = sorted(set(record.flags) | {"duplicate"})
            inherit(record, attribution, stats)
            stats.count("duplicates_kept")
    derived = plan.derived.get(i)
    if derived is not None:
        source, overlap = derived
        source_members = plan.members.get(source, [source])
        attribution = merged_attribution(infos, source_members, source)
        record.derived_from = Relation(id=infos[source].id, overlap=round(float(overlap), 4),
                                       method=METHOD_CONTAINMENT)
        inherit(record, attribution, stats)
        stats.count("derived_from")
    return record


def ray_transform(dataset: Any, stage: Any, batch_size: int) -> Any:
    """The stage on Ray Data (signatures and decisions in parallel; see ``engines/ray_dedup.py``)."""
    from ..engines import ray_dedup  # only with the ray extra; the engine imports this module, not the reverse

    return ray_dedup.transform(dataset, stage, batch_size)


# Over the whole run: every record is compared with every other (locally on one process; on Ray its own form).
STAGE = StageKind(NAME, per_document=False, run=run, ray_transform=ray_transform)
