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
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field, fields
from functools import lru_cache
from typing import Any

import numpy as np

from .. import dedup_index, io, minhash
from ..configs import LEVELS, DedupConfig  # noqa: F401  (defined there for the CLI; LEVELS stays dedup.LEVELS)
from ..records import Cluster, Licence, Record, Relation, Source, Tip, clone, content_id, sha256_bytes
from ..stage import StageKind
from ..stats import StageStats
from ..text.dates import ISO_DAY, iso_dates
from ..text.terms import REUSE_RANK, credit_line, licence_flags, requires_attribution, reuse

NAME = "dedup"
INDEX_FORMAT = "tipline.dedup-index/3"  # 2: meta.json lists each file's sha256; 3: skeletons, dates, reprints
HASH_VERSION = "words-nfc-poly64/shingles-fmix32/multiply-add-shift64"  # change when hashing changes
METHOD_JACCARD = "minhash-jaccard"
METHOD_CONTAINMENT = "containment"
METHOD_SKELETON = "function-word-skeleton"  # spun rewrites: synonyms swapped, function words where they were
# What decides which of two linked records is the original, strongest first (Relation.evidence).
EVIDENCE = ("cites", "date", "known-copy", "author-box", "containment", "none")
WHOLE = 0.85  # containment at which a record is wholly inside another (the rest: edits, chrome)
CARRIER_MARGIN = 0.15  # ... and the other must be this much less contained to be a page that carries it
CARRIER_WORDS = 30  # other parts of a page with this many words make it a page that carries the article
# A sampled skeleton 5-gram found in more records than this is a stock phrase ("_ of the _ _"), not evidence:
# skeletons are far less varied than text, and at 64 the 10k bench corpus made 2.7M candidate pairs (200 MB);
# at 8, 0.2M, and every spun copy of the bench and of the dedup set's dev part is still found.
SKELETON_BUCKET = 8
SKELETON_FLOOR = 0.15  # a spun copy keeps at least this share of its skeleton (dev: 0.18-0.47; unrelated <= 0.17)
# The skeleton is English function words: a text has one only where they run through it, as in English prose
# (skeleton shingles per word 0.57-0.93 on the dedup set's dev part). A text in another language keeps a few
# stray ones ("in", "an", "so", "also"), 0.02-0.3 of its words on 1,169 real texts, and two such texts shared
# 15-80% of those few: unrelated German, Portuguese or Italian pieces linked as spun copies of each other.
SKELETON_DENSITY = 0.4
# A rewrite keeps about its original's length (dev: the larger skeleton at most 1.8x the smaller); a short text's
# few skeleton shingles are found by chance in a text ten times longer (real texts: a 60-word note "in" a manual).
SPUN_SIZE_RATIO = 3.0
UNKNOWN_LICENCE = "NOASSERTION"
VERIFY_SIGMAS = 5.0  # candidates whose estimate is this many standard errors under the threshold are not verified
INDEX_ARRAYS = ("signatures", "shingles", "offsets", "bands", "skeletons", "skeleton_offsets", "contents",
                "content_offsets")
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
    date: str | None = None  # ISO date the page gives (source date, or a dated line near its top or bottom)
    cites: bool = False  # the page says it was published elsewhere first ("originally published at ...")
    bio: bool = False  # its page carries an author box ("About the author", resource box)
    extra: int = 0  # words in the other parts of its page (teasers, an editor's note: a page that carries it)

    @property
    def complete(self) -> bool:
        """Author and licence both known."""
        return bool(self.author) and licence_known(self.licence)

    @property
    def box(self) -> int:
        """How complete its author box is: a named author, and an author box on its page. Not the licence: a
        copy on a blog gets the blog's own copyright line."""
        return int(bool(self.author)) + int(self.bio)


@dataclass
class Corpus:
    """Every document dedup compares, sorted by id: summaries, signatures and shingle hashes."""

    infos: list[DocInfo]
    signatures: np.ndarray
    shingles: minhash.ShingleTable
    bands: np.ndarray | None = None  # band keys, (n, bands) uint64; computed on demand
    skeletons: minhash.ShingleTable | None = None  # function-word skeleton shingles (spun rewrites)
    contents: minhash.ShingleTable | None = None  # content-word hashes (spun rewrites)

    def __len__(self) -> int:
        return len(self.infos)

    def release_arrays(self) -> None:
        """Let go of signatures, shingles and band keys (a decided corpus needs only its summaries): they grow
        with the run (about 4 KB a document) and would stay alive beside everything the later stages hold.

        >>> c = Corpus([], np.zeros((2, 4), np.uint32), minhash.ShingleTable.build([minhash.EMPTY] * 2))
        >>> c.release_arrays(); c.signatures.shape, len(c.shingles), c.bands
        ((0, 4), 0, None)
        """
        self.signatures = np.zeros((0, self.signatures.shape[1]), dtype=self.signatures.dtype)
        self.shingles = minhash.ShingleTable(minhash.EMPTY, np.zeros(1, dtype=np.int64))
        self.bands = self.skeletons = self.contents = None

    def sorted(self) -> Corpus:
        order = np.argsort(np.array([d.id for d in self.infos], dtype=str), kind="stable")
        return Corpus([self.infos[i] for i in order], self.signatures[order], self.shingles.take(order),
                      None if self.bands is None else self.bands[order],
                      None if self.skeletons is None else self.skeletons.take(order),
                      None if self.contents is None else self.contents.take(order))


@dataclass
class Plan:
    """The decisions of one run, by document index in the corpus."""

    canonical: dict[int, int] = field(default_factory=dict)  # member -> canonical (clusters of 2+ only)
    members: dict[int, list[int]] = field(default_factory=dict)  # canonical -> members, in id order
    jaccard: dict[int, float] = field(default_factory=dict)  # member -> exact Jaccard with its canonical
    # copy -> (source canonical, containment, method, evidence)
    derived: dict[int, tuple[int, float, str, str]] = field(default_factory=dict)
    # a link whose direction nothing decided: the later record (by id) -> (the other, overlap, method)
    undirected: dict[int, tuple[int, float, str]] = field(default_factory=dict)
    evidence: dict[int, str] = field(default_factory=dict)  # cluster member -> what made the canonical the original
    counts: dict[str, int] = field(default_factory=dict)
    earlier: set[str] = field(default_factory=set)  # ids known from the index only: published by an earlier run
    partners: dict[int, list[int]] | None = None  # link_partners(), built on first use

    def link_partners(self) -> dict[int, list[int]]:
        """Every record a link touches from the other end: a source -> the copies derived from it, and both ends
        of a link without a direction -> each other."""
        if self.partners is None:
            partners: dict[int, list[int]] = {}
            for copy, (source, *_) in sorted(self.derived.items()):
                partners.setdefault(source, []).append(copy)
            for one, (other, *_) in sorted(self.undirected.items()):
                partners.setdefault(one, []).append(other)
                partners.setdefault(other, []).append(one)
            self.partners = partners
        return self.partners


def licence_known(licence: dict[str, Any] | None) -> bool:
    """Tell whether a licence (as a dict) says something.

    >>> licence_known(None), licence_known({"tag": "NOASSERTION"}), licence_known({"tag": "CC-BY-4.0"})
    (False, False, True)
    """
    return licence is not None and licence.get("tag", UNKNOWN_LICENCE) != UNKNOWN_LICENCE


# A page saying it is a reprint of something published first elsewhere, on lowercase text: each pattern is tried
# only where its first word stands (``str.find``, then an anchored match: far cheaper than a search of the page).
_REPRINTED = r"\s+(?:here\s+)?(?:from|courtesy|(?:with|by)\s+(?:[\w'’]+\s+){0,3}permission)\b"
CITES = {word: re.compile(pattern) for word, pattern in {
    "originally": r"originally\s+(?:published|appeared|posted|printed|ran)\b",
    "first": r"first\s+(?:published|appeared|posted|printed|ran)\b",
    # "Used with permission" is not one: authors put it in their own copyright line (seed 001)
    "reprinted": "reprinted" + _REPRINTED, "republished": "republished" + _REPRINTED,
    "reposted": "reposted" + _REPRINTED, "syndicated": r"syndicated\s+(?:here\s+)?(?:from|courtesy)\b",
    "this": r"this\s+(?:article|post|piece|story)\s+(?:first\s+|originally\s+)?(?:appeared|ran)\b",
    "original": r"original\s+(?:article|post|piece|version)\s+(?:\S+\s+){0,2}(?:appeared|ran|is)\s+(?:at|on|in)\b",
    "read": r"read\s+the\s+rest\s+(?:of\s+(?:\S+\s+){1,3})?(?:at|on)\b",
    "adapted": r"adapted\s+from\b",
}.items()}
# An author box: the resource box or "About the author" section that directory originals carry and copies drop.
# A line that starts with one of these, or a rule line followed by a paragraph with a link (a letter-style box).
BIO_HEADINGS = ("about the author", "about the writer", "author bio", "author's bio", "author’s bio",
                "author's resource box", "resource box")
_RULE_BOX = re.compile(r"[ \t]*(?:-{3,}|_{3,}|\*{3,}|={3,})\s*\n[^\n]{20,400}(?:https?://|www\.)")
BIO_RULES = ("---", "___", "***", "===")
EDGE = 600  # characters at each end of a page where its date line and reprint notice are looked for


def find_date(text: str, top_and_bottom: str | None = None) -> str | None:
    """Return the earliest full date (``YYYY-MM-DD``) written near the top or the bottom of ``text``.

    >>> find_date("Posted on March 3rd, 2009 by Ann"), find_date("Updated 2011-7-19"), find_date("12 Feb. 2010")
    ('2009-03-03', '2011-07-19', '2010-02-12')
    >>> find_date("In 2009 we sold 3 cars.") is None
    True
    """
    found = []
    # A date holds a year: look only around one.
    for window in windows(top_and_bottom or edges(text), ("19", "20"), 24, 12):
        found.extend(iso_dates(window))
    return min(found) if found else None


def edges(text: str) -> str:
    """Return the lowercased top and bottom of a page (``EDGE`` characters each), where date lines and reprint
    notices stand.

    >>> edges("Posted By ANN")
    'posted by ann'
    """
    if len(text) <= 2 * EDGE:
        return text.lower()
    return f"{text[:EDGE]}\n{text[-EDGE:]}".lower()


def windows(text: str, needles: Iterable[str], before: int, after: int) -> Iterator[str]:
    """Yield the stretch of ``text`` around each place a needle occurs (``str.find`` is fast where a pattern
    tried at every position is not: this keeps evidence finding to a few µs a page).

    >>> list(windows("posted 2009. bye", ["20"], 3, 4))
    ['ed 2009']
    """
    for needle in needles:
        at = text.find(needle)
        while at >= 0:
            yield text[max(0, at - before):at + after]
            at = text.find(needle, at + 1)


def page_date(record: Record, top_and_bottom: str | None = None) -> str | None:
    """Return the record's date: the source's own (WARC, JSONL) when it is an ISO date, else one in its text."""
    given = getattr(record.source, "date", None) or ""
    if ISO_DAY.match(given):
        return given[:10]
    return find_date(record.text, top_and_bottom)


def cites_elsewhere(text: str, top_and_bottom: str | None = None) -> bool:
    """Tell whether the page says it was published elsewhere first (near its top or bottom).

    >>> cites_elsewhere("This article originally appeared at example.org."), cites_elsewhere("Reprint freely.")
    (True, False)
    >>> cites_elsewhere("Reprinted with the author's permission.")
    True
    """
    lowered = top_and_bottom or edges(text)
    for word, pattern in CITES.items():
        at = lowered.find(word)
        while at >= 0:
            if (at == 0 or not lowered[at - 1].isalnum()) and pattern.match(lowered, at):
                return True
            at = lowered.find(word, at + 1)
    return False


MAX_PAGE = 4 << 20  # a saved page larger than this is not read again for its evidence
_TAG = re.compile(r"<(script|style)\b.*?</\1\s*>|<[^>]*>", re.S | re.I)
_PUBLISHED = re.compile(r"""(?:article:published_time|datepublished|pubdate)["']?\s*(?:content|:)\s*=?\s*["']"""
                        r"""((?:19|20)\d\d-\d\d-\d\d)""", re.I)


def page_evidence(source: Source, locate: Callable[[str], str] | None = None) -> tuple[str | None, bool, bool]:
    """Return ``(date, cites, bio)`` read from the saved page itself, or nothing when it cannot be had.

    Boilerplate removal and segmentation cut date lines ("Posted 2018-03-03 in ...") and sometimes the author box
    from the article text, and a page's parts are separate records; the page as saved still has them. It is read
    only when ``source.path`` is a local file of the recorded size and sha256 (so these are the page's own words;
    a page from a WARC, JSON lines or stdin has none here). An HTML page gives its published-time metadata first.
    ``locate`` turns the record's path (relative to the run's input root) into the path on this machine
    (``StageStats.locate``), so the evidence found does not depend on the directory tipline runs in.
    """
    if source.format not in ("txt", "html") or not source.size or source.size > MAX_PAGE:
        return None, False, False
    path = locate(source.path) if locate is not None else source.path
    return _page_evidence(path, source.sha256, source.size, source.format, source.encoding)


def without_tags(html: str) -> str:
    """``_TAG.sub("\\n", html)`` on the text up to its last ">" only: every match ends with one, and a "<" with no ">"
    after it sent ``<[^>]*>`` to the text's end from each "<" (quadratic: 200 KB of "<" ending a page took 14 s of
    the chain's CPU in this stage).

    >>> without_tags("<p>Tip one.</p><script>x()</script>a < b <<<")
    '\\nTip one.\\n\\na < b <<<'
    """
    cut = html.rfind(">") + 1
    return _TAG.sub("\n", html[:cut]) + html[cut:]


@lru_cache(maxsize=64)  # a page's parts arrive one after the other: read it once
def _page_evidence(path: str, sha256: str, size: int, format: str, encoding: str | None
                   ) -> tuple[str | None, bool, bool]:
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_PAGE + 1)
    except (OSError, ValueError):
        return None, False, False
    if len(data) != size or sha256_bytes(data) != sha256:
        return None, False, False
    text = data.decode(encoding or "utf-8", "replace")
    if format == "html":
        published = _PUBLISHED.search(text)
        text = (published.group(1) + "\n" if published else "") + without_tags(text)
    top_and_bottom = edges(text)
    return find_date(text, top_and_bottom), cites_elsewhere(text, top_and_bottom), has_bio(text)


def has_bio(text: str, lowered: str | None = None) -> bool:
    """Tell whether a text carries an author box (an "About the author" or resource box heading, or a rule line
    then a paragraph with a link); ``lowered``: the lowercased part to look in, when the caller has it.

    >>> has_bio("...the end.\\n\\nAbout the Author\\nAnn writes."), has_bio("Home | About | Contact")
    (True, False)
    >>> has_bio("...the end.\\n---\\nAnn Lee grows roses. Her notes: http://roses.example")
    True
    """
    if lowered is None:
        lowered = (text[:EDGE] + "\n" + text[-3 * EDGE:] if len(text) > 4 * EDGE else text).lower()
    for needles, at_line in ((BIO_HEADINGS, None), (BIO_RULES, _RULE_BOX)):
        for needle in needles:
            at = lowered.find(needle)
            while at >= 0:
                start = lowered.rfind("\n", 0, at) + 1
                if at_line.match(lowered, start) if at_line else not lowered[start:at].strip():
                    return True
                # the answer hangs on the line's start only (a later needle on the line has this one before it):
                # go on at the next line, not the next character (a rule line of 2,000 dashes was matched 2,000
                # times, each backtracking over the run: 0.12 s a page, round 13's pattern probe)
                end = lowered.find("\n", at)
                at = lowered.find(needle, end + 1) if end >= 0 else -1
    return False


_LICENCE_FIELDS = tuple(f.name for f in fields(Licence))


def licence_dict(licence: Licence | None) -> dict[str, Any] | None:
    """``dataclasses.asdict(licence)`` (None for None) at a fraction of its cost: a licence holds scalars and a
    list of strings, and ``asdict`` deep-copies each through its generic recursion (issue 19: 0.9 s of the
    parent's 11 s with two workers at 10,000 pages, profiled).

    >>> licence_dict(Licence(tag="CC-BY-4.0", conditions=["keep-links"])) == asdict(Licence("CC-BY-4.0", \
conditions=["keep-links"]))
    True
    """
    if licence is None:
        return None
    return {name: clone(getattr(licence, name)) for name in _LICENCE_FIELDS}


def pool_pages(infos: list[DocInfo], pages: list[str]) -> None:
    """Give every record of a page (``pages[i]``: the page of ``infos[i]``, its sha256) the page's evidence: the
    earliest date any of its parts shows, and its reprint notice and author box wherever they stand; and each
    record the number of words in the page's other parts (``extra``)."""
    pooled: dict[str, tuple[str | None, bool, bool, int]] = {}
    for info, page in zip(infos, pages, strict=True):
        date, cites, bio, words = pooled.get(page, (None, False, False, 0))
        dates = [d for d in (date, info.date) if d]
        pooled[page] = (min(dates) if dates else None, cites or info.cites, bio or info.bio, words + info.words)
    for info, page in zip(infos, pages, strict=True):
        info.date, info.cites, info.bio, words = pooled[page]
        info.extra = words - info.words


def summarise(record: Record, words: int, article: DocInfo | None = None,
              locate: Callable[[str], str] | None = None) -> DocInfo:
    """Return the summary dedup keeps of ``record`` (``words``: its number of words, counted while hashing).

    A tip has no date line or reprint notice of its own: it takes its ``article``'s (:func:`article_facts`, when
    the article passed through this stage first), and is a known copy when its article is one.

    >>> from pipeline.records import Article, Source
    >>> a = Article(id="a" * 16, source=Source("x.txt", "0" * 64, 1, "txt"), text="Smile, and mean it.")
    >>> summarise(a, 4)
    DocInfo(id='aaaaaaaaaaaaaaaa', path='x.txt', words=4, author=None, licence=None, derived=False, date=None, \
cites=False, bio=False, extra=0)
    """
    licence = licence_dict(record.licence)
    derived = record.derived_from is not None or "attribution-inherited" in record.flags
    if record.kind == "tip":
        info = DocInfo(id=record.id, path=record.source.path, words=words, author=record.author or None,
                       licence=licence, derived=derived)
        if article is not None:
            take_article_facts(info, article)
        return info
    facts = article_facts(record, locate)
    return DocInfo(id=record.id, path=record.source.path, words=words, author=record.author or None,
                   licence=licence, derived=derived, date=facts.date, cites=facts.cites, bio=facts.bio)


def article_facts(record: Record, locate: Callable[[str], str] | None = None) -> DocInfo:
    """Return the evidence an article gives (its tips take it at tip level): its date, reprint notice and author
    box, from its text and from the saved page (:func:`page_evidence`), and whether it is a copy
    (:func:`is_copy`)."""
    top_and_bottom = edges(record.text)
    date, cites, bio = page_evidence(record.source, locate)
    dates = [d for d in (date, page_date(record, top_and_bottom)) if d]
    return DocInfo(record.id, record.source.path, 0, derived=is_copy(record), date=min(dates) if dates else None,
                   cites=cites or cites_elsewhere(record.text, top_and_bottom),
                   bio=bio or has_bio(record.text, top_and_bottom))


def take_article_facts(info: DocInfo, article: DocInfo) -> None:
    """Give a tip's summary its article's evidence; it is a known copy when its article is one."""
    info.date, info.cites, info.bio = article.date, article.cites, article.bio
    info.derived = info.derived or article.derived


def is_copy(record: Record) -> bool:
    """Tell whether dedup (an earlier run, at article level) decided this record is a copy of another."""
    if record.derived_from is not None:
        return True
    relation = record.duplicate_of
    return relation is not None and relation.evidence not in (None, "none")


def decide(a: DocInfo, b: DocInfo, a_in_b: float | None = None, b_in_a: float | None = None,
           threshold: float = 1.0) -> tuple[int | None, str]:
    """Return which of ``a`` (0) or ``b`` (1) is the copy and the evidence that decided it, or ``(None, "none")``.

    Evidence, strongest first: a page that says it was published elsewhere first (``cites``); the later of two
    dates (``date``); a record already known as a copy (``known-copy``: it inherited its attribution, or its
    article is a copy); the less complete author box (``author-box``: author, licence, bio); containment
    (``a_in_b``/``b_in_a``, the share of each found in the other, or the record's page has other parts of at
    least ``CARRIER_WORDS`` words while the other's has not): a page that holds all of the other and more
    of its own carries a copy of it (an aggregator page, a syndicated copy with its own chrome); otherwise a
    record clearly more of which is found in the other reuses part of it (a rewrite keeping some paragraphs).

    >>> orig = DocInfo("b" * 16, "b", 200, "JoAnna Brandi", {"tag": "LicenseRef-Permission"})
    >>> copy = DocInfo("a" * 16, "a", 150)
    >>> decide(copy, orig), decide(orig, copy)
    ((0, 'author-box'), (1, 'author-box'))
    >>> decide(DocInfo("a", "a", 9), DocInfo("b", "b", 9), 1.0, 0.5), decide(DocInfo("a", "a", 9), DocInfo("b", "b", 9))
    ((1, 'containment'), (None, 'none'))
    """
    if a.cites != b.cites:
        return (0 if a.cites else 1), "cites"
    if a.date and b.date and a.date != b.date:
        return (0 if a.date > b.date else 1), "date"
    if (a.extra >= CARRIER_WORDS) != (b.extra >= CARRIER_WORDS):  # one page carries it among other matter
        return (0 if a.extra >= CARRIER_WORDS else 1), "containment"
    if a.derived != b.derived:
        return (0 if a.derived else 1), "known-copy"
    if a.box != b.box:
        return (0 if a.box < b.box else 1), "author-box"
    if a_in_b is not None and b_in_a is not None:
        side = contained_side(a_in_b, b_in_a, threshold)
        if side is not None:
            return side, "containment"
    return None, "none"


def contained_side(a_in_b: float, b_in_a: float, threshold: float) -> int | None:
    """Return which of two records containment says is the copy (see :func:`decide`), or ``None``.

    >>> contained_side(1.0, 0.6, 0.3), contained_side(0.595, 0.2, 0.3), contained_side(0.7, 0.65, 0.3)
    (1, 0, None)
    """
    if a_in_b >= WHOLE and b_in_a <= a_in_b - CARRIER_MARGIN:
        return 1
    if b_in_a >= WHOLE and a_in_b <= b_in_a - CARRIER_MARGIN:
        return 0
    if a_in_b >= threshold and a_in_b >= b_in_a + CARRIER_MARGIN:
        return 0
    if b_in_a >= threshold and b_in_a >= a_in_b + CARRIER_MARGIN:
        return 1
    return None


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
    infos = corpus.infos
    for group in groups.values():
        first = facts(infos[group[0]])
        same = all(facts(infos[i]) == first for i in group[1:])  # most clusters: no evidence to weigh
        canonical = group[0] if same else original_of(infos, group)
        plan.members[canonical] = sorted(group)
        for i in group:
            plan.canonical[i] = canonical
            if i != canonical:
                side, evidence = (None, "none") if same else decide(infos[i], infos[canonical])
                plan.evidence[i] = evidence if side == 0 else "none"
                known = measured.get((min(i, canonical), max(i, canonical)))
                if known is None:  # joined through other members: measure against the canonical itself
                    pairs.append((i, canonical))
                else:
                    plan.jaccard[i] = known
    if pairs:
        shared = minhash.intersections(corpus.shingles, np.array(pairs, dtype=np.int64))
        for (i, j), s in zip(pairs, shared.tolist(), strict=True):
            plan.jaccard[i] = s / (sizes[i] + sizes[j] - s)


def facts(info: DocInfo) -> tuple[bool, str | None, bool, bool, int]:
    """What :func:`decide` weighs of a record apart from containment: records with equal facts never decide."""
    return info.cites, info.date, info.extra >= CARRIER_WORDS, info.derived, info.box


def original_of(infos: list[DocInfo], group: list[int]) -> int:
    """Return the member of a cluster that evidence makes the original (:func:`decide`): each member in turn
    challenges the one standing, which yields only to evidence; ``group`` is in fallback order (complete
    attribution, no known copy, most words, lowest id), which decides where evidence is silent.

    >>> infos = [DocInfo("a", "a", 99, bio=True), DocInfo("b", "b", 50, date="2009-03-03"),
    ...          DocInfo("c", "c", 60, date="2010-01-01")]
    >>> original_of(infos, [0, 2, 1]), original_of(infos[1:], [1, 0])
    (0, 0)
    """
    champion = group[0]
    for member in group[1:]:
        if decide(infos[champion], infos[member])[0] == 0:
            champion = member
    return champion


def overlapping(table: minhash.ShingleTable, reps: np.ndarray, every: int, threshold: float, minimum: int,
                max_bucket: int) -> tuple[np.ndarray, np.ndarray]:
    """Return pairs of ``reps`` of which one's share found in the other may reach ``threshold`` (from shared
    content-defined samples), and the exact number of shingles each pair shares."""
    sizes = table.sizes
    pairs, shared_samples, samples = minhash.sampled_pairs(table, reps, every, max_bucket)
    if len(pairs) == 0:
        return pairs, np.zeros(0, dtype=np.int64)
    smaller = np.minimum(samples[pairs[:, 0]], samples[pairs[:, 1]])
    # Sampling is coarse: check exactly every pair whose sampled estimate reaches half the threshold.
    likely = shared_samples >= np.maximum(1, 0.5 * threshold * smaller)
    pairs = pairs[likely & (np.minimum(sizes[pairs[:, 0]], sizes[pairs[:, 1]]) >= minimum)]
    return pairs, minhash.intersections(table, pairs)


def find_derived(corpus: Corpus, config: DedupConfig, plan: Plan) -> None:
    """Fill ``plan.derived`` and ``plan.undirected``: representatives (canonicals and singletons) that reuse
    another one, found by 5-gram containment (partial copies, pages carrying a whole article) or by their
    function-word skeleton (spun rewrites), each pointed by :func:`decide`."""
    sizes = corpus.shingles.sizes
    is_rep = np.array([plan.canonical.get(i, i) == i for i in range(len(corpus))], dtype=bool)
    links: dict[tuple[int, int], tuple[str, float, float, float]] = {}  # (i, j) -> method, i in j, j in i, threshold
    reps = np.flatnonzero(is_rep & (sizes > 0))
    pairs, shared = overlapping(corpus.shingles, reps, config.every, config.containment_threshold,
                                config.min_shingles, config.max_bucket)
    plan.counts["containment_pairs"] = len(pairs)
    for (i, j), s in zip(pairs.tolist(), shared.tolist(), strict=True):
        if max(s / sizes[i], s / sizes[j]) >= config.containment_threshold:
            links[(i, j)] = (METHOD_CONTAINMENT, s / sizes[i], s / sizes[j], config.containment_threshold)
    if corpus.skeletons is not None and corpus.contents is not None and config.skeletons:
        ksizes, csizes = corpus.skeletons.sizes, corpus.contents.sizes
        words = np.array([d.words for d in corpus.infos], dtype=np.int64)
        reps = np.flatnonzero(is_rep & (ksizes >= config.min_shingles) & (words >= config.spun_min_words)
                              & (ksizes >= SKELETON_DENSITY * words))
        pairs, shared = overlapping(corpus.skeletons, reps, config.skeleton_rate, SKELETON_FLOOR,
                                    config.min_shingles, min(config.max_bucket, SKELETON_BUCKET))
        fresh = np.array([tuple(p) not in links for p in pairs.tolist()], dtype=bool)
        pairs, shared = pairs[fresh], shared[fresh]
        common = minhash.intersections(corpus.contents, pairs)
        plan.counts["skeleton_pairs"] = 0
        for (i, j), s, w in zip(pairs.tolist(), shared.tolist(), common.tolist(), strict=True):
            score = s / min(ksizes[i], ksizes[j]) + w / max(1, min(csizes[i], csizes[j]))
            if (s / min(ksizes[i], ksizes[j]) >= SKELETON_FLOOR and score >= config.spun_threshold
                    and max(ksizes[i], ksizes[j]) <= SPUN_SIZE_RATIO * min(ksizes[i], ksizes[j])):
                links[(i, j)] = (METHOD_SKELETON, s / ksizes[i], s / ksizes[j], SKELETON_FLOOR)
                plan.counts["skeleton_pairs"] += 1
    found: dict[int, list[tuple[float, int, str, str]]] = {}  # copy -> [(overlap, source, method, evidence)]
    undirected: dict[int, list[tuple[float, int, str]]] = {}
    for (i, j), (method, i_in_j, j_in_i, threshold) in sorted(links.items()):
        side, evidence = decide(corpus.infos[i], corpus.infos[j], i_in_j, j_in_i, threshold)
        if side is None:  # linked, direction unknown: the later record (by id) holds the link
            undirected.setdefault(j, []).append((max(i_in_j, j_in_i), i, method))
            continue
        copy, source, overlap = (i, j, i_in_j) if side == 0 else (j, i, j_in_i)
        found.setdefault(copy, []).append((overlap, source, method, evidence))
    # A copy points to its strongest source, preferring one that is not itself a copy: two rewrites of one
    # article overlap each other too, but both come from the article.
    plan.derived = {}
    for copy, sources in found.items():
        overlap, source, method, evidence = min(sources, key=lambda o: (o[1] in found, -o[0], o[1]))
        plan.derived[copy] = (source, overlap, method, evidence)
    plan.undirected = {}
    for i, others in undirected.items():
        overlap, other, method = min(others, key=lambda o: (-o[0], o[1]))
        plan.undirected[i] = (other, overlap, method)


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
    own_licence = licence_dict(record.licence)
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
    for key in ("hash", "level", "num_perm", "seed", "shingle_size", "spun"):
        if meta.get(key) != expected[key]:
            raise BadIndex(f"dedup index {meta_path} was built with {key}={meta.get(key)!r}, this run uses "
                           f"{expected[key]!r}; give another --index path or the same settings")
    same_bands = (meta.get("bands"), meta.get("rows")) == (config.bands, config.rows)
    problem = index_problem(arrays, meta, rows, config, same_bands)
    if problem is not None:
        raise BadIndex(f"dedup index {os.path.join(config.index, problem[0])}: {problem[1]}; {INDEX_HINT}")
    return Corpus([DocInfo(**row) for row in rows], arrays["signatures"],
                  minhash.ShingleTable(arrays["shingles"], arrays["offsets"]),
                  arrays["bands"] if same_bands else None,
                  minhash.ShingleTable(arrays["skeletons"], arrays["skeleton_offsets"]) if config.skeletons else None,
                  minhash.ShingleTable(arrays["contents"], arrays["content_offsets"]) if config.skeletons else None)


INDEX_HINT = "remove the index directory to start a new one, or give another --index path"
DOC_FIELDS = {"id": str, "path": str, "words": int, "author": (str, type(None)), "licence": (dict, type(None)),
              "derived": bool, "date": (str, type(None)), "cites": bool, "bio": bool, "extra": int}


def index_problem(arrays: dict[str, np.ndarray], meta: dict[str, Any], rows: list[Any], config: DedupConfig,
                  same_bands: bool) -> tuple[str, str] | None:
    """Return ``(file, what is wrong)`` when the index's parts do not fit together, else ``None``.

    The checksums catch damage; this catches an index whose files are each intact but do not belong together.

    >>> import numpy as np
    >>> c = DedupConfig(num_perm=4, bands=2, rows=2)
    >>> ok = {"signatures": np.zeros((1, 4), np.uint32), "shingles": np.array([1, 2], np.uint32),
    ...       "offsets": np.array([0, 2]), "bands": np.zeros((1, 2), np.uint64)}
    >>> row = {"id": "a" * 16, "path": "a", "words": 3, "author": None, "licence": None, "derived": False}
    >>> ok |= {"skeletons": np.array([], np.uint32), "skeleton_offsets": np.array([0, 0]),
    ...        "contents": np.array([], np.uint32), "content_offsets": np.array([0, 0])}
    >>> row |= {"date": None, "cites": False, "bio": False, "extra": 0}
    >>> index_problem(ok, {"documents": 1, "bands": 2}, [row], c, True) is None
    True
    >>> index_problem({**ok, "offsets": np.array([0, 3])}, {"documents": 1, "bands": 2}, [row], c, True)
    ('offsets.npy', 'offsets must rise from 0 to the 2 shingles of shingles.npy')
    """
    n = meta.get("documents")
    if not isinstance(n, int) or isinstance(n, bool) or len(rows) != n:
        return "docs.jsonl", f"{len(rows)} document(s), but meta.json says {n!r}"
    shapes = {"signatures": ((n, config.num_perm), np.uint32), "shingles": (None, np.uint32),
              "offsets": ((n + 1,), np.int64), "bands": ((n, meta.get("bands")), np.uint64),
              "skeletons": (None, np.uint32), "skeleton_offsets": ((n + 1,), np.int64),
              "contents": (None, np.uint32), "content_offsets": ((n + 1,), np.int64)}
    for name, (shape, dtype) in shapes.items():
        array = arrays[name]
        if array.dtype != dtype or (shape is not None and array.shape != shape) or array.ndim != (len(shape or (0,))):
            return f"{name}.npy", f"holds {array.dtype} {array.shape}, expected {np.dtype(dtype)} {shape or '(k,)'}"
    for flat, name in (("shingles", "offsets"), ("skeletons", "skeleton_offsets"), ("contents", "content_offsets")):
        offsets = arrays[name]
        if offsets[0] != 0 or offsets[-1] != len(arrays[flat]) or bool(np.any(np.diff(offsets) < 0)):
            return f"{name}.npy", f"offsets must rise from 0 to the {len(arrays[flat])} shingles of {flat}.npy"
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
            "spun": config.skeletons, "documents": documents}


def stage_index(corpus: Corpus, config: DedupConfig) -> Callable[[bool], None]:
    """Write the index beside ``config.index``; return the ``finish`` that publishes it (True) or drops it."""
    assert config.index is not None and corpus.bands is not None
    nothing = minhash.ShingleTable(minhash.EMPTY, np.zeros(len(corpus) + 1, dtype=np.int64))
    skeletons, contents = corpus.skeletons or nothing, corpus.contents or nothing
    return dedup_index.stage_arrays(config.index, {"signatures": corpus.signatures, "shingles": corpus.shingles.flat,
                                          "offsets": corpus.shingles.offsets, "bands": corpus.bands,
                                          "skeletons": skeletons.flat, "skeleton_offsets": skeletons.offsets,
                                          "contents": contents.flat, "content_offsets": contents.offsets},
                           index_meta(config, len(corpus)), (asdict(d) for d in corpus.infos))


def build_corpus(previous: Corpus | None, infos: list[DocInfo], shingle_sets: list[np.ndarray],
                 config: DedupConfig, spun_sets: tuple[list[np.ndarray], list[np.ndarray]] | None = None,
                 signatures: np.ndarray | None = None) -> Corpus:
    """Sign the new documents (unless ``signatures`` has their rows already) and merge them with the previous
    index, sorted by id.

    The shingle table is assembled once, directly in id order; ``shingle_sets`` is emptied as it is copied, so
    the memory of the per-batch arrays goes back as soon as the table exists.
    """
    if signatures is None:
        signatures = minhash.Permutations(config.num_perm, config.seed).signatures(shingle_sets)
    bands = minhash.band_keys(signatures, config.bands, config.rows)
    sets: list[np.ndarray] = []
    skeletons: list[np.ndarray] = []
    contents: list[np.ndarray] = []
    if previous is not None and len(previous):
        if previous.bands is None:
            previous.bands = minhash.band_keys(previous.signatures, config.bands, config.rows)
        sets = previous.shingles.split()
        skeletons = previous.skeletons.split() if previous.skeletons is not None else [minhash.EMPTY] * len(previous)
        contents = previous.contents.split() if previous.contents is not None else [minhash.EMPTY] * len(previous)
        infos = previous.infos + infos
        signatures = np.concatenate((previous.signatures, signatures))
        bands = np.concatenate((previous.bands, bands))
    sets += shingle_sets
    shingle_sets.clear()
    order = np.argsort(np.array([d.id for d in infos], dtype=str), kind="stable").tolist()
    table = minhash.ShingleTable.build([sets[i] for i in order])
    sets.clear()  # the batches' arrays go back before the next table is built beside this one
    skeleton_table = content_table = None
    if spun_sets is not None:
        skeletons += spun_sets[0]
        contents += spun_sets[1]
        spun_sets[0].clear()
        spun_sets[1].clear()
        skeleton_table = minhash.ShingleTable.build([skeletons[i] for i in order])
        skeletons.clear()
        content_table = minhash.ShingleTable.build([contents[i] for i in order])
        contents.clear()
    return Corpus([infos[i] for i in order], signatures[order], table, bands[order], skeleton_table, content_table)


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
        "spun_threshold": config.spun_threshold if config.skeletons else None,
        "skeleton_every": config.skeleton_rate,
        "documents": len(corpus),
        "indexed_before": indexed_before,
        "clusters": len(plan.members),
        "duplicates": len(plan.canonical) - len(plan.members),
        "derived": len(plan.derived),
        "linked_undirected": len(plan.undirected),
        "evidence": {e: n for e in EVIDENCE if (n := sum(1 for x in [*plan.evidence.values(),
                                                                     *(d[3] for d in plan.derived.values())]
                                                         if x == e))},
        **plan.counts,
    }


def run(records: Iterable[Record], config: DedupConfig, stats: StageStats) -> Iterator[Record]:
    """Cluster near-duplicate records of kind ``config.level``, mark derived copies, merge attribution."""
    previous = load_index(config)
    known = {d.id for d in previous.infos} if previous is not None else set()
    infos: list[DocInfo] = []
    shingle_sets: list[np.ndarray] = []
    spun_sets: tuple[list[np.ndarray], list[np.ndarray]] | None = ([], []) if config.skeletons else None
    pending: list[str] = []  # texts waiting to be hashed as one batch
    seen: dict[str, int] = {}
    again: set[str] = set()  # indexed documents read again by this run
    articles: dict[str, DocInfo] = {}  # tip level: what each article passing through says (date, reprint, copy)
    pages: list[str] = []  # the page (sha256) of each new document, to pool a page's evidence over its parts
    page_articles: dict[str, list[str]] = {}  # tip level: the articles of each page

    # Each batch is signed as it is hashed (a signature is a function of its own shingles only), while the
    # records still arrive: the run's end, when nothing else can go on, is left with the plan alone.
    permutations = minhash.Permutations(config.num_perm, config.seed)
    signed: list[np.ndarray] = []

    def flush() -> None:
        shingles, words, spun = minhash.hash_texts(pending, config.shingle_size, config.skeletons)
        signed.append(permutations.signatures(shingles))
        for info, s, n in zip(infos[len(shingle_sets):], shingles, words.tolist(), strict=True):
            info.words = n
            if len(s) == 0:
                stats.count("no_shingles")
        shingle_sets.extend(shingles)
        if spun_sets is not None and spun is not None:
            spun_sets[0].extend(spun[0])
            spun_sets[1].extend(spun[1])
        pending.clear()

    with io.RecordSpool() as spool:
        for record in records:
            if record.kind != config.level:
                if config.level == "tip" and record.kind == "article":
                    articles[record.id] = facts = article_facts(record, stats.locate)
                    pool = [a for a in (articles.get(k) for k in page_articles.setdefault(record.source.sha256, []))
                            if a is not None] + [facts]
                    pool_pages(pool, [""] * len(pool))
                    page_articles[record.source.sha256].append(record.id)
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
            # words are counted when the batch is hashed
            infos.append(summarise(record, 0, articles.get(getattr(record, "article_id", "")), stats.locate))
            pages.append(record.source.sha256 if record.kind == "article" else f"tip:{record.id}")
            pending.append(record.text)
            if len(pending) >= HASH_BATCH:
                flush()
        flush()
        pool_pages(infos, pages)
        corpus = build_corpus(previous, infos, shingle_sets, config, spun_sets, np.concatenate(signed))
        signed.clear()  # the batches' signatures, now a copy in the corpus
        plan = plan_corpus(corpus, config)
        plan.earlier = known - again
        stats.learned.update(learned(config, corpus, plan, len(known)))
        if config.index is None:  # the replay reads only summaries and the plan, while later stages work
            corpus.release_arrays()
        position = {d.id: i for i, d in enumerate(corpus.infos)}
        for record in spool.drain():
            decided = apply(record, position[record.id], corpus, plan, config, stats)
            if decided is not None:
                yield decided
    if config.index is not None:  # published by the sink with the output, or dropped with it
        stats.on_publish.append(stage_index(corpus, config))


def narrow_to_partners(record: Record, i: int, corpus: Corpus, plan: Plan, stats: StageStats) -> None:
    """Give a record the strictest licence its links state, from the other end too: the source of derived copies
    and both ends of a link without a direction. The direction can rest on weak evidence (a reprint notice that
    names a third page, a date line), and a wider grant on one copy of a text than another copy states would be a
    false grant; only the licence moves this way, never the author (issue 16: copies carry the strictest licence of
    their group)."""
    partners = plan.link_partners().get(i)
    if not partners:
        return
    own = licence_dict(record.licence)
    stated = [corpus.infos[p] for p in partners if licence_known(corpus.infos[p].licence)]
    if not licence_known(own) or not stated:  # nothing stated here is never filled from the other end: no grant
        return
    strictest = min(stated, key=lambda info: strictness(info.licence))  # type: ignore[arg-type]
    if strictness(strictest.licence) < strictness(own):  # type: ignore[arg-type]
        inherit(record, (None, None, strictest.licence, strictest.id), stats)


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
                                     member_sources=sorted({infos[m].path for m in members}), level=config.level)
            inherit(record, attribution, stats)
            stats.count("clusters")
        else:
            overlap = round(float(plan.jaccard[i]), 4)
            canonical_id = infos[canonical].id
            if not config.keep_duplicates:
                stats.drop(record, "duplicate", duplicate_of=canonical_id, detail=f"jaccard {overlap}",
                           indexed=canonical_id in plan.earlier)
                return None
            record.duplicate_of = Relation(id=canonical_id, overlap=overlap, method=METHOD_JACCARD,
                                           evidence=plan.evidence.get(i, "none"))
            record.cluster = Cluster(id=cid, canonical=canonical_id, size=len(members), level=config.level)
            record.flags = sorted(set(record.flags) | {"duplicate"})
            inherit(record, attribution, stats)
            stats.count("duplicates_kept")
    derived = plan.derived.get(i)
    if derived is not None:
        source, overlap, method, evidence = derived
        source_members = plan.members.get(source, [source])
        attribution = merged_attribution(infos, source_members, source)
        record.derived_from = Relation(id=infos[source].id, overlap=round(float(overlap), 4), method=method,
                                       evidence=evidence)
        inherit(record, attribution, stats)
        stats.count("derived_from")
    narrow_to_partners(record, i, corpus, plan, stats)
    linked = plan.undirected.get(i)
    if linked is not None and record.duplicate_of is None:  # a link without a direction: no author is inherited
        other, overlap, method = linked
        record.duplicate_of = Relation(id=infos[other].id, overlap=round(float(overlap), 4), method=method,
                                       evidence="none")
        stats.count("linked_undirected")
    return record


def ray_transform(dataset: Any, stage: Any, batch_size: int) -> Any:
    """The stage on Ray Data (signatures and decisions in parallel; see ``engines/ray_dedup.py``)."""
    from ..engines import ray_dedup  # only with the ray extra; the engine imports this module, not the reverse

    return ray_dedup.transform(dataset, stage, batch_size)


# Over the whole run: every record is compared with every other (locally on one process; on Ray its own form).
STAGE = StageKind(NAME, per_document=False, run=run, ray_transform=ray_transform)
