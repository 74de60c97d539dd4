"""Repair stage: undo scraping damage in titles and texts, count every change, flag what cannot be undone.

The fixes live in :mod:`pipeline.repairs` (one small pure function each, run in the order documented there).
This stage adds what needs the whole corpus: with ``learn`` on, a first pass spools the records to a
temporary file and learns marker tokens (words replaced by a fixed token, like ``repparttar``) from them; the
second pass repairs each record with :func:`pipeline.repairs.repair_article`, a pure function of (text, title,
config, learned markers), so records can be repaired in any order or process.

Reported: per record ``repairs`` (counts by repair), ``flags`` (``spun``, ``suspected-deletions``) and
``scores``; per run the same counts in the stage counters, and the markers in ``learned``.
"""

from __future__ import annotations

import hashlib
import heapq
from collections.abc import Callable, Iterable, Iterator

from .. import io
from ..configs import RepairConfig  # defined there, so the CLI reads its defaults without importing this module
from ..records import Article, Record
from ..repairs import Context, Plan, Repaired, repair_article
from ..repairs.base import replay
from ..repairs.markers import BUILTIN_MARKERS, Digest, LearnConfig, MarkerLearner, digest
from ..stage import StageKind, learn_by_chunks
from ..stats import StageStats

NAME = "repair"
EXPLAIN_CONTEXT = 30  # characters shown each side of a change by --explain


def learns(config: RepairConfig) -> bool:
    """Whether the stage first learns markers from the whole run (then ``learn`` runs before ``run_learned``)."""
    return config.learn and not {"markers", "line_breaks"} <= frozenset(config.disabled)


def learn(records: Iterable[Record], config: RepairConfig, stats: StageStats) -> Context:
    """Read the whole run (to the end) and return what repairs need from it: the corpus's marker tokens, learned
    from :func:`sample`."""
    return learn_by_chunks(records, STAGE, config, stats)


def sample(records: Iterable[Record], config: RepairConfig) -> list[Record]:
    """The articles the marker learner reads: those with the smallest hashes of their text, in hash order, until
    ``learn_max_chars`` characters (the last one may cross it). A pure function of the run's texts: renaming,
    reordering or splitting the inputs changes nothing learned (the first characters in input order did, issue
    19). Reads every record but keeps only the sample's (a bottom-k sketch: a text whose hash is above the
    sample's largest, once the sample holds the budget, is dropped at once), so memory is the budget's.

    >>> from pipeline.records import Source
    >>> recs = [Article(id=f"{i:016x}", source=Source("a.txt", "0" * 64, 1, "txt"), text=t)
    ...         for i, t in enumerate(["one", "two", "three", "four", "five"])]
    >>> chosen = [r.text for r in sample(recs, RepairConfig(learn_max_chars=9))]
    >>> chosen, [r.text for r in sample(recs[::-1], RepairConfig(learn_max_chars=9))] == chosen
    (['three', 'one', 'four'], True)
    """
    budget = config.learn_max_chars
    heap: list[tuple[int, str, int, Article]] = []  # (-hash, text, n, article): the largest hash on top
    total = 0
    for n, record in enumerate(records):
        if not isinstance(record, Article):
            continue
        key = _content_key(record.text)
        if total >= budget and heap and key > -heap[0][0]:
            continue  # cannot enter: the sample already reaches the budget with smaller hashes
        heapq.heappush(heap, (-key, record.text, n, record))  # n: copies of a text tie
        total += len(record.text)
        while heap and total - len(heap[0][1]) >= budget:  # the shortest run in hash order that reaches it
            total -= len(heapq.heappop(heap)[1])
    return [article for _, _, _, article in sorted(heap, key=lambda e: (-e[0], e[1]))]


def _content_key(text: str) -> int:
    """A 64-bit hash of a text, the same in every process and run (``hash()`` of a str is salted per process).

    >>> _content_key("abc") == _content_key("abc") != _content_key("abd")
    True
    """
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "big")


def observe(chunk: list[Record], config: RepairConfig, offset: int) -> list[Digest | None]:
    """What each article of ``chunk`` (of :func:`sample`) teaches the marker learner (None past
    ``learn_max_chars``); ``offset``: characters of article text before the chunk. Pure, so worker processes
    may read the sample."""
    out: list[Digest | None] = []
    context_sample = LearnConfig().context_sample_bytes
    for record in chunk:
        if isinstance(record, Article):
            out.append(digest(record.text, functions=offset < context_sample)
                       if offset < config.learn_max_chars else None)
            offset += len(record.text)
    return out


def learn_observed(observations: Iterable[list[Digest | None]], config: RepairConfig, stats: StageStats
                   ) -> Context:
    """Merge what :func:`observe` found, chunk by chunk in the sample's order, and decide the markers."""
    learner = MarkerLearner(LearnConfig(config.min_marker_count, config.min_marker_docs,
                                        config.min_marker_similarity))
    for chunk in observations:
        for seen in chunk:
            if seen is not None:
                learner.add(seen)
    learned = learner.result()
    builtin = {m.token for m in BUILTIN_MARKERS}
    markers = BUILTIN_MARKERS + tuple(m for m in learned.markers if m.token not in builtin)
    stats.learned.update(learned.report)
    stats.learned["markers"] = [  # what repair applies: builtin markers, and the corpus's own
        {"token": m.token, "word": m.word,
         "source": "builtin+learned" if m.source == "builtin" and m.token in {x.token for x in learned.markers}
         else m.source}
        for m in markers
    ]
    return Context(markers, learned.line_break_word)


def run_learned(records: Iterable[Record], config: RepairConfig, context: Context, stats: StageStats,
                explain: Callable[[str], None] | None = None) -> Iterator[Record]:
    """Repair every article with what :func:`learn` found; per record, so workers may share the run."""
    yield from _repair_all(records, context, config, stats, explain)


def run(records: Iterable[Record], config: RepairConfig, stats: StageStats,
        explain: Callable[[str], None] | None = None) -> Iterator[Record]:
    """Repair every article (other records pass through); ``explain`` receives an audit of each change."""
    if not learns(config):
        yield from _repair_all(records, Context(), config, stats, explain)
        return
    replay, context = io.two_pass(records, lambda rs: learn(rs, config, stats), config.spool_memory_chars)
    yield from run_learned(replay, config, context, stats, explain)


def _repair_all(records: Iterable[Record], context: Context, config: RepairConfig, stats: StageStats,
                explain: Callable[[str], None] | None) -> Iterator[Record]:
    disabled = frozenset(config.disabled)
    for record in records:
        if isinstance(record, Article):
            result = repair_article(record.text, record.title, context, disabled, config.spun_threshold,
                                    config.deletion_threshold)
            if explain is not None and (result.text_plan or result.title_plan):
                explain(format_explanation(record, result))
            apply(record, result, stats)
        yield record


def apply(article: Article, result: Repaired, stats: StageStats) -> None:
    """Write a repair's outcome into the record and the stage counters."""
    article.text = result.text
    article.title = result.title
    article.add_repairs(result.counts)
    if result.language is not None:
        article.language = result.language
    article.scores.update(result.scores)
    for flag in result.flags:
        article.add_flag(flag)
        stats.count(f"flagged_{flag.replace('-', '_')}")
    for name, n in result.counts.items():
        stats.count(name, n)
    stats.count("records_repaired", bool(result.counts))
    if not result.english:
        stats.count("records_not_english")


def format_explanation(article: Article, result: Repaired) -> str:
    """Render every change of one record, diff-like, with a little context on each side.

    >>> from pipeline.records import Source
    >>> a = Article(id="ab" * 8, source=Source("raw/x.txt", "0" * 64, 1, "txt"), text="Byrepparttar time.")
    >>> print(format_explanation(a, repair_article(a.text, None)))
    == abababababababab raw/x.txt: 1 change
    @@ text: repparttar (markers)
    - Byrepparttar time.
    + By the time.
    """
    n = sum(len(changes) for _, changes in result.text_plan + result.title_plan)
    lines = [f"== {article.id} {article.source.path}: {n} change{'s' if n != 1 else ''}"]
    for field, original, plan in (("title", article.title or "", result.title_plan),
                                  ("text", article.text, result.text_plan)):
        lines += _explain_plan(field, original, plan)
    return "\n".join(lines)


def _explain_plan(field: str, text: str, plan: Plan) -> list[str]:
    out = []
    for fix, changes in plan:
        for c in changes:
            head = text[max(0, c.at - EXPLAIN_CONTEXT):c.at]
            tail = text[c.at + len(c.before):c.at + len(c.before) + EXPLAIN_CONTEXT]
            why = f": {c.detail}" if c.detail else ""
            name = c.name if c.name == fix else f"{c.name} ({fix})"
            out.append(f"@@ {field}: {name}{why}")
            out.append("- " + _visible(head + c.before + tail))
            out.append("+ " + _visible(head + c.after + tail))
        text = replay(text, changes)
    return out


def _visible(s: str) -> str:
    r"""Show line breaks and invisible characters in an explanation line.

    >>> _visible("a\nb\u00a0c\u200bd")
    'a⏎b\\xa0c\\u200bd'
    """
    out = []
    for ch in s:
        if ch == "\n":
            out.append("⏎")
        elif ch.isprintable() or ch == " ":
            out.append(ch)
        else:
            out.append(ascii(ch)[1:-1])
    return "".join(out)


# Per record once the corpus pass (learn) is done: workers run run_learned with what it found.
STAGE = StageKind(NAME, per_document=True, run=run, learn=learn, learns=learns, run_learned=run_learned,
                  sample=sample, observe=observe, learn_observed=learn_observed,
                  preload=("pipeline.repairs.warm",))
