"""Dedup on Ray Data: signatures in parallel, band keys shuffled so candidate pairs meet, clusters on the driver.

1. ``map_batches``: each batch hashes its records' shingles and computes MinHash signatures and band keys
   (``pipeline.minhash``, the local stage's code); a ``dedup_doc`` row per record carries them to the next steps.
2. A shuffle: every ``(band, key)`` becomes a group (``groupby``); inside a group the documents are candidate
   pairs (each paired with its ``max_bucket`` nearest neighbours in id order, as the local engine does).
3. The driver verifies candidates on exact shingle Jaccard, builds clusters by connected components and decides
   canonicals and derived copies: :func:`pipeline.stages.dedup.plan_corpus`, the local stage's decisions.
4. ``map_batches`` again: every record gets its decision (:func:`pipeline.stages.dedup.apply`) in parallel, with
   the plan broadcast through the object store.

The result equals the local engine's: the same candidates, the same verification, the same rules.
"""

from __future__ import annotations

import pickle
from typing import Any

import numpy as np

from .. import minhash
from ..stage import Stage
from ..stages import dedup
from ..stats import StageStats
from .rows import KIND_RECORD, KIND_STATS

KIND_DOC = "dedup_doc"


def _sign_batch(batch: dict[str, Any], config: dedup.DedupConfig) -> dict[str, list[Any]]:
    kinds, blobs = list(batch["kind"]), list(batch["blob"])
    records = [(i, pickle.loads(b)) for i, (k, b) in enumerate(zip(kinds, blobs, strict=True)) if k == KIND_RECORD]
    mine = [(i, r) for i, r in records if r.kind == config.level]
    if config.level == "tip":  # what tips take from their article (date, reprint notice, copy), met on the driver
        for _, record in records:
            if record.kind == "article":
                kinds.append(KIND_DOC)
                blobs.append(pickle.dumps(dedup.article_facts(record), protocol=pickle.HIGHEST_PROTOCOL))
    if mine:
        shingles, words, spun = minhash.hash_texts([r.text for _, r in mine], config.shingle_size,
                                                   config.skeletons)
        signatures = minhash.Permutations(config.num_perm, config.seed).signatures(list(shingles))
        bands = minhash.band_keys(signatures, config.bands, config.rows)
        for k, ((_, record), n) in enumerate(zip(mine, words.tolist(), strict=True)):
            info = dedup.summarise(record, n)
            kinds.append(KIND_DOC)
            skeleton = (spun[0][k], spun[1][k]) if spun is not None else (minhash.EMPTY, minhash.EMPTY)
            blobs.append(pickle.dumps((info, shingles[k], signatures[k], bands[k], skeleton,
                                       getattr(record, "article_id", None), record.source.sha256),
                                      protocol=pickle.HIGHEST_PROTOCOL))
    return {"kind": kinds, "blob": blobs}


def _only(batch: dict[str, Any], keep: bool) -> dict[str, list[Any]]:
    """Keep the ``dedup_doc`` rows (``keep``) or everything else."""
    pairs = [(k, b) for k, b in zip(batch["kind"], batch["blob"], strict=True) if (k == KIND_DOC) == keep]
    return {"kind": [k for k, _ in pairs], "blob": [b for _, b in pairs]}


def _band_rows(batch: dict[str, Any]) -> dict[str, list[Any]]:
    bands, keys, ids = [], [], []
    for kind, blob in zip(batch["kind"], batch["blob"], strict=True):
        if kind != KIND_DOC:
            continue
        row = pickle.loads(blob)
        if isinstance(row, dedup.DocInfo):  # an article's facts, for its tips
            continue
        info, shingles, _, band_keys, _, _, _ = row
        if len(shingles) == 0:  # a document with no shingles never matches (as locally: `usable`)
            continue
        for band, key in enumerate(band_keys.tolist()):
            bands.append(band)
            keys.append(int(key))
            ids.append(info.id)
    return {"band": bands, "key": np.array(keys, dtype=np.uint64), "id": ids}


def _bucket_pairs(group: dict[str, Any], max_bucket: int) -> dict[str, list[str]]:
    """Candidate pairs of one (band, key) bucket: each document with its ``max_bucket`` next ones in id order."""
    ids = sorted(set(group["id"]))
    a, b = [], []
    for gap in range(1, min(max_bucket, len(ids) - 1) + 1):
        for i in range(len(ids) - gap):
            a.append(ids[i])
            b.append(ids[i + gap])
    return {"a": a, "b": b}


def _apply_batch(batch: dict[str, Any], config: dedup.DedupConfig, decided: Any, name: str) -> dict[str, list[Any]]:
    import ray

    if isinstance(decided, ray.ObjectRef):
        decided = ray.get(decided)
    corpus, plan, position = decided
    stats = StageStats(name=name)
    kinds, blobs = [], []
    for kind, blob in zip(batch["kind"], batch["blob"], strict=True):
        if kind == KIND_DOC:
            continue
        if kind == KIND_RECORD:  # counted like the local engine's intake/track: every record in, every one out
            stats.total += 1
            record = pickle.loads(blob)
            if record.kind == config.level:
                record = dedup.apply(record, position[record.id], corpus, plan, config, stats)
                if record is None:
                    continue
                blob = pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL)
            stats.forwarded += 1
        kinds.append(kind)
        blobs.append(blob)
    kinds.append(KIND_STATS)
    blobs.append(pickle.dumps(stats, protocol=pickle.HIGHEST_PROTOCOL))
    return {"kind": kinds, "blob": blobs}


def transform(dataset: Any, step: Stage, batch_size: int) -> Any:
    """Return ``dataset`` deduplicated by ``step``'s config (see the module docstring)."""
    import ray

    config: dedup.DedupConfig = step.config
    if config.index is not None:
        raise ValueError("--index (an incremental dedup index) is not supported with --engine ray yet")
    signed = dataset.map_batches(_sign_batch, fn_kwargs={"config": config}, batch_size=batch_size,
                                 batch_format="numpy").materialize()
    docs = signed.map_batches(_only, fn_kwargs={"keep": True}, batch_size=batch_size, batch_format="numpy")
    pairs = (docs.map_batches(_band_rows, batch_size=batch_size, batch_format="numpy")
             .groupby(["band", "key"])
             .map_groups(_bucket_pairs, fn_kwargs={"max_bucket": config.max_bucket}, batch_format="numpy"))
    infos, shingle_sets, signatures, bands, skeleton_sets, seen = [], [], [], [], [], {}
    articles: dict[str, dedup.DocInfo] = {}
    article_of: dict[str, str] = {}
    pages: list[str] = []
    for row in docs.iter_rows():
        loaded = pickle.loads(row["blob"])
        if isinstance(loaded, dedup.DocInfo):
            articles[loaded.id] = loaded
            continue
        info, shingles, signature, band_keys, skeletons, article_id, page = loaded
        if article_id is not None:
            article_of[info.id] = article_id
        if info.id in seen:  # the same bytes read twice: one document, known by its smallest path
            held = infos[seen[info.id]]
            held.path = min(held.path, info.path)
            continue
        seen[info.id] = len(infos)
        infos.append(info)
        pages.append(page if article_id is None else f"tip:{info.id}")
        shingle_sets.append(shingles)
        signatures.append(signature)
        bands.append(band_keys)
        skeleton_sets.append(skeletons)
    dedup.pool_pages(infos, pages)  # a page's evidence over its parts, as the local engine pools it
    for info in infos:  # as the local engine does when the article passed before its tips
        if info.id in article_of and article_of[info.id] in articles:
            dedup.take_article_facts(info, articles[article_of[info.id]])
    if not infos:
        return signed.map_batches(_only, fn_kwargs={"keep": False}, batch_size=batch_size, batch_format="numpy")
    step.stats.count("no_shingles", sum(1 for s in shingle_sets if len(s) == 0))
    order = np.argsort(np.array([d.id for d in infos], dtype=str), kind="stable").tolist()
    corpus = dedup.Corpus(
        [infos[i] for i in order],
        np.stack([signatures[i] for i in order]),
        minhash.ShingleTable.build([shingle_sets[i] for i in order]),
        np.stack([bands[i] for i in order]),
        minhash.ShingleTable.build([skeleton_sets[i][0] for i in order]) if config.skeletons else None,
        minhash.ShingleTable.build([skeleton_sets[i][1] for i in order]) if config.skeletons else None,
    )
    position = {d.id: i for i, d in enumerate(corpus.infos)}
    found = [(position[a], position[b]) for batch in pairs.iter_batches(batch_format="numpy")
             for a, b in zip(batch["a"], batch["b"], strict=True)]
    candidates = minhash.unique_pairs(np.sort(np.array(found, dtype=np.int64).reshape(-1, 2), axis=1), len(corpus))
    plan = dedup.plan_corpus(corpus, config, candidates)
    step.stats.learned.update(dedup.learned(config, corpus, plan, 0))
    light = dedup.Corpus(corpus.infos, corpus.signatures[:0], None)  # type: ignore[arg-type]  # apply() reads infos
    decided = ray.put((light, plan, position))
    return signed.map_batches(_apply_batch, fn_kwargs={"config": config, "decided": decided,
                                                       "name": step.stats.name},
                              batch_size=batch_size, batch_format="numpy")
