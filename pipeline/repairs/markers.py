"""Marker tokens: a scraper replaced a common word by a fixed token (``repparttar`` for "the", often with a
5–6 digit counter and the space before it eaten), or by a bare line break.

Known markers are built in; others are learned from the corpus by :class:`MarkerLearner`: a token that is
not an English word, occurs many times in several documents, and whose neighbours are those of a function word
(its left and right context vectors are close to that word's). The per-record repair only applies the markers
it is given, so it stays a pure function of (text, markers).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress
from typing import Any

from .base import FixResult, substitute
from .encoding import is_mojibake
from .lexicon import (
    ENGLISH_MARKERS,
    FUNCTION_WORDS,
    OTHER_MARKERS,
    SMALL_WORDS,
    in_title_case,
    is_word,
    looks_english,
    unknown_words,
    zipf,
)
from .spacing import wrap_width


@dataclass(frozen=True, slots=True)
class Marker:
    """A token that stands for ``word``; ``name`` is the repair counter it is counted under."""

    token: str  # lower case, as it appears in text
    word: str
    name: str
    counter: bool = False  # usually followed by a 5-6 digit counter, dropped with it
    glued: bool = False  # often eats the space before it ("Byrepparttar")
    source: str = "builtin"  # builtin | learned


BUILTIN_MARKERS = (Marker("repparttar", "the", "repparttar", counter=True, glued=True),)
_WORD = r"[^\W\d_]"
_SENTENCE_END = re.compile(r"(?:^|[.!?]|\n)[\"“‘'(\s]*$")
# the end of a line that runs on over its break: a word in lower case or a comma (a hard wrap: "… and these
# are\nrepparttar steps"), where a marker opening the next line goes on in lower case; a heading's last word is
# capitalised ("Packing List\nrepparttar stove …") and a sentence ends in a full stop
_RUNS_ON = re.compile(r"(?:(?<![^\W\d_])[a-z][^\W\d_]*|,)[ \t]*\n[\"“‘'( \t]*\Z")


@lru_cache(maxsize=64)
def _marker_pattern(tokens: tuple[str, ...], short_counters: bool = False) -> re.Pattern[str]:
    """The pattern of a set of marker tokens, with an optional counter and letters glued after them;
    ``short_counters``: a number of one to four digits after a space is a counter too (:func:`short_counters`).

    >>> _marker_pattern(("repparttar",)).search("torepparttar 104500 checkout").group("m", "num")
    ('repparttar', ' 104500')
    >>> _marker_pattern(("repparttar",)).search("Water repparttar117342 soil").group("m", "num")
    ('repparttar', '117342')
    >>> [m.group("num") for m in _marker_pattern(("repparttar",)).finditer("repparttar4411 x, repparttar 2024 y")]
    ['4411', None]
    >>> [m.group("num") for m in _marker_pattern(("repparttar",)).finditer("repparttar1 x, repparttar7 y")]
    ['1', '7']
    >>> [m.group("num") for m in _marker_pattern(("repparttar",), True).finditer("repparttar 31 x, repparttar 1990s")]
    [' 31', None]
    """
    # The token comes first (a literal scans fast); the word glued before it is looked at in code.
    # The counter may be glued to the token too ("repparttar117342"): some scrapers lost that space as well.
    # A counter glued on may be shorter ("repparttar4411"), down to one digit where a page's count starts at 1
    # ("repparttar1", "repparttar6"): a number glued to the token is never the writer's, where one after a space may
    # be ("repparttar 2024 season"). Digits running on into letters ("repparttar1990s") are the writer's number, not
    # a counter: the word goes back before them, a space between.
    alternatives = "|".join(re.escape(t) for t in sorted(tokens, key=len, reverse=True))
    short = r"|[ ]\d{1,4}(?!\w)" if short_counters else ""
    return re.compile(rf"(?P<m>{alternatives})(?P<num>[ ]*\d{{5,6}}(?!\d){short}|\d{{1,4}}(?!\w))?(?P<post>{_WORD}*)",
                      re.IGNORECASE)


# Some scrapers number the token with a short counter after a space ("repparttar 118 same story ... repparttar 4471
# coast"), which looks like a writer's own number after the word ("the 2024 season", "the 10 best"). A writer's
# numbers follow few of the word's uses, a scraper's counter nearly all: where at least this many of a text's
# tokens and at least half of them carry one, the numbers are the scraper's.
SHORT_COUNTERS_MIN = 3


def short_counters(text: str, tokens: tuple[str, ...]) -> bool:
    """Tell whether the marker ``tokens`` in ``text`` carry short counters after a space, as a habit of the text
    (:data:`SHORT_COUNTERS_MIN`) rather than a writer's number after one of them.

    >>> short_counters("At repparttar 12 shop, repparttar 7 man sold repparttar 12 last pot.", ("repparttar",))
    True
    >>> short_counters("By repparttar 1990s repparttar town and repparttar river had changed.", ("repparttar",))
    False
    """
    found = [m.group("num") for m in _marker_pattern(tokens, True).finditer(text)]
    short = sum(1 for num in found if num and num[:1] == " " and len(num) <= 5)
    return short >= SHORT_COUNTERS_MIN and 2 * short >= len(found)


_GLUED_BEFORE = re.compile(rf"{_WORD}+\Z")  # \Z: "$" would also match before a final newline


def _cased(word: str, token: str, sentence_start: bool) -> str:
    """Give ``word`` the case of the marker ``token`` it replaces, capitalised at a sentence start.

    >>> _cased("the", "repparttar", False), _cased("the", "Repparttar", False), _cased("the", "REPPARTTAR", True)
    ('the', 'The', 'THE')
    """
    if token.isupper() and len(token) > 1:
        return word.upper()
    if token[:1].isupper() or sentence_start:
        return word[:1].upper() + word[1:]
    return word


def fix_markers(text: str, markers: tuple[Marker, ...] = BUILTIN_MARKERS) -> FixResult:
    """Replace marker tokens by the word they stand for, dropping their counters and mending eaten spaces.

    >>> fix_markers("Byrepparttar time I got torepparttar 104500 checkout, via a modem,repparttar TAP.")[0]
    'By the time I got to the checkout, via a modem, the TAP.'
    >>> fix_markers("It was late. repparttar 104501 store was shut.\\nName Of repparttar Game")[0]
    'It was late. The store was shut.\\nName Of The Game'
    >>> fix_markers("I cut my kit down, and these are\\nrepparttar steps I took.\\n\\nrepparttar end.")[0]
    'I cut my kit down, and these are\\nthe steps I took.\\n\\nThe end.'
    >>> fix_markers("About repparttar Author")[0]
    'About the Author'
    >>> fix_markers("Feed repparttar104501 roots, not repparttar104502 leaves.")[0]  # the counter glued on too
    'Feed the roots, not the leaves.'
    >>> fix_markers("Fill repparttar 31 jar, cap repparttar 9 jar, label repparttar 31 lid.")[0]  # short counters
    'Fill the jar, cap the jar, label the lid.'
    >>> fix_markers("Past repparttar1 Gate to repparttar2 pond in repparttar1990s")[0]  # a count from 1, glued on
    'Past the Gate to the pond in the 1990s'
    """
    lowered = text.lower()
    present = tuple(m.token for m in markers if m.token in lowered)
    if not present:
        return text, []
    by_token = {m.token: m for m in markers}
    counted = tuple(t for t in present if by_token[t].counter)

    def decide(m: re.Match[str]) -> tuple[str, str] | None:
        marker = by_token[m.group("m").lower()]
        start = m.start()
        glued = _GLUED_BEFORE.search(text, max(0, start - 30), start)
        pre, post, num = glued.group(0) if glued else "", m.group("post"), m.group("num")
        if pre and not (marker.glued and (marker.source == "builtin" or is_word(pre))):
            return None  # the token is part of a longer word
        if post and not (marker.glued and is_word(post)):
            return None
        before = text[start - 1] if start else ""
        capital = (not pre and bool(_SENTENCE_END.search(text[max(0, start - 8):start]))
                   and not _RUNS_ON.search(text, max(0, start - 40), start)
                   or in_title_case(text, start, m.end(), small=marker.word in SMALL_WORDS))
        word = _cased(marker.word, m.group("m"), capital)
        gap = " " if before and (before.isalnum() or before in ",;:.!?)") else ""
        new = gap + word + (f" {post}" if post else "")
        if not post and text[m.end():m.end() + 1].isdigit():
            new += " "  # the writer's number glued on ("repparttar1990s"): a word is never glued to a number
        return marker.name, new + (num if num and not marker.counter else "")

    return substitute(_marker_pattern(present, bool(counted) and short_counters(text, counted)), text, decide)


# A break after a lower-case letter or comma, before two lower-case letters. The pattern starts with the break
# itself, so the scan jumps from line break to line break (led by the look-behind it tried every character:
# 26 times slower on the scale corpus, issue 19).
_BARE_BREAK = re.compile(r"\n(?<=[a-z,]\n)(?=[a-z]{2})")


def fix_line_break_marker(text: str, word: str | None) -> FixResult:
    """Put back ``word`` where the scraper turned it into a bare line break inside a sentence; only when the
    corpus showed that damage (``word`` learned), and never in hard-wrapped text, whose breaks are spaces.

    >>> fix_line_break_marker("We went to\\nstore and back.\\nThen home.", "the")[0]
    'We went to the store and back.\\nThen home.'
    >>> fix_line_break_marker("We went to\\nstore.", None)[0]
    'We went to\\nstore.'
    """
    if not word or "\n" not in text or wrap_width(text.split("\n")) is not None:
        return text, []
    return substitute(_BARE_BREAK, text, lambda m: ("line_break_marker", f" {word} "))


# ------------------------------------------------------------------------------------------------ learning

_TOKEN = re.compile(rf"{_WORD}+(?:['’]{_WORD}+)*|\d+|[^\w\s]|\n")
_COUNTER = re.compile(r"\d{5,6}")
_FUNCTION = frozenset(FUNCTION_WORDS)
_MAX_CANDIDATES = 50_000  # distinct unknown tokens tracked; beyond, the rarest are forgotten (bounded memory)
_MAX_CONTEXTS = 5_000  # distinct neighbours kept per token
# Longer than any English word or marker token seen (markers are ~10 letters, glued ones ~16): a longer token
# is a hash, a URL or a run of junk, and reading it for glued words costs time and memory in its length.
_MAX_TOKEN = 64
_MAX_HEAD = 12  # longest English word looked for glued before a marker ("throughout"): bounds the splits per token
# Distinct candidate tokens counted per document, its most frequent first: a marker recurs, while a page of
# rare words (a word list, a foreign passage) would otherwise add thousands of one-off candidates.
_MAX_DOC_CANDIDATES = 200
_MAX_CONSIDERED = 1_000  # most frequent candidates judged by result(): a marker is among the most frequent


@dataclass
class _Stats:
    n: int = 0
    docs: int = 0
    last_doc: int = -1
    glued: int = 0
    lower: int = 0
    counter: int = 0
    left: Counter = field(default_factory=Counter)
    right: Counter = field(default_factory=Counter)

    def add(self, doc: int, left: str, right: str, *, glued: bool = False, lower: bool = True,
            counter: bool = False) -> None:
        self.n += 1
        if doc != self.last_doc:
            self.docs += 1
            self.last_doc = doc
        self.glued += glued
        self.lower += lower
        self.counter += counter
        for ctx, key in ((self.left, left), (self.right, right)):
            ctx[key] += 1
            if len(ctx) > _MAX_CONTEXTS:
                for k, _ in ctx.most_common()[_MAX_CONTEXTS // 2:]:
                    del ctx[k]


def _cosine(a: Counter, b: Counter, a_norm2: int | None = None, b_norm2: int | None = None) -> float:
    """Cosine similarity of two count vectors (``*_norm2``: their squared norms, when known).

    Counts are integers, so the dot product and norms are exact whatever order they are summed in.

    >>> _cosine(Counter(to=2, of=1), Counter(to=4, of=2)), _cosine(Counter(to=1), Counter(the=1))
    (1.0, 0.0)
    """
    if not a or not b:
        return 0.0
    if a_norm2 is None:
        a_norm2 = _norm2(a)
    if b_norm2 is None:
        b_norm2 = _norm2(b)
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    get = large.get
    dot = sum(v * get(k, 0) for k, v in small.items())
    return dot / math.sqrt(a_norm2 * b_norm2)


def _norm2(counts: Counter) -> int:
    return sum(v * v for v in counts.values())


@dataclass(frozen=True, slots=True)
class LearnConfig:
    min_count: int = 10  # occurrences before a token can be a marker: names and typos are rarer
    min_docs: int = 2  # documents it must occur in: one long page about "Zorblax" teaches nothing
    min_similarity: float = 0.35  # context similarity to the function word (0..1); names score under 0.2
    context_sample_bytes: int = 2_000_000  # text read for the function words' contexts: ~20,000 "the", stable


@dataclass
class Learned:
    """What the learner found: markers, the word bare line breaks stand for, and a report for the manifest."""

    markers: tuple[Marker, ...] = ()
    line_break_word: str | None = None
    report: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Digest:
    """What one document teaches the learner, before it is merged (:meth:`MarkerLearner.add`, in corpus order).

    A pure function of the text (:func:`digest`), so worker processes can read documents while one process
    merges: the result is the same as reading them all in one process.
    """

    length: int  # characters of the document (the learner's budget counts them)
    english: bool = False  # not English: skipped, only counted
    functions: tuple[list, list, list] | None = None  # function words, (word, left), (word, right)
    contexts: list[tuple[str, str, str, bool, bool, bool]] = field(default_factory=list)  # see _Stats.add
    breaks: list[tuple[str, str]] = field(default_factory=list)  # neighbours of bare line breaks
    capped: bool = False  # more candidate tokens than _MAX_DOC_CANDIDATES


def digest(text: str, functions: bool = True) -> Digest:
    """Read one document: the contexts of function words (when ``functions``), unknown tokens and bare line
    breaks.

    A document that is not English is skipped (counted): every word of it is unknown to the English
    lexicon, and its own function words would look like markers. So are lines of other documents that are
    not English prose or hold mojibake (broken words look like markers), and tokens that are pieces of
    URLs, domains or e-mail addresses (``del.icio.us``) or follow a stripped dot (``.pany``). Work is
    linear in the text: tokens longer than any word are skipped and at most ``_MAX_DOC_CANDIDATES``
    candidates are counted per document.

    >>> d = digest("We went to the shop. Byrepparttar 104500 time we left it was late.")
    >>> d.contexts
    [('repparttar', 'by', 'time', True, True, True), ('byrepparttar', '.', 'time', False, False, True)]
    """
    seen = Digest(len(text))
    if not looks_english(text):
        return seen
    seen.english = True
    # Only English lines: a German passage (or menu) in an English page would teach its own words.
    text = "\n".join(line for line in text.split("\n") if _english_line(line))
    text = _mask_urlish(text)
    tokens = _TOKEN.findall(text)
    # Lower-cased one by one (map runs in C): lowering a joined string and splitting it again drifts when
    # the separator occurs in the text (a NUL) and the two lists no longer line up.
    lowered = list(map(str.lower, tokens))
    if functions:
        seen.functions = _function_contexts(tokens, lowered)
    counts = Counter(lowered)
    unknown = [t for t in unknown_words(set(counts)) if len(t) <= _MAX_TOKEN and _candidate_shaped(t)]
    if len(unknown) > _MAX_DOC_CANDIDATES:
        seen.capped = True
        unknown = sorted(unknown, key=lambda t: (-counts[t], t))[:_MAX_DOC_CANDIDATES]
    found = {token: _splits(token) for token in unknown}
    if found:
        seen.contexts = _candidate_contexts(tokens, lowered, found)
    if "\n" in text and wrap_width(text.split("\n")) is None:
        for m in _BARE_BREAK.finditer(text):
            left = text[max(0, m.start() - 40):m.start()].split()[-1:] or ["<s>"]
            right = text[m.end():m.end() + 40].split()[:1] or ["</s>"]
            seen.breaks.append((_norm(left[0]), _norm(right[0])))
    return seen


def _function_contexts(tokens: list[str], lowered: list[str]) -> tuple[list, list, list]:
    """The lower-case function words and their neighbours (a capitalised "The" only says a sentence began), as
    lists: the learner counts them with ``Counter.update`` of an iterable, which runs in C (of a mapping, in
    Python)."""
    padded = ["\n", *lowered, "\n"]
    hits = list(map(_FUNCTION.__contains__, tokens))  # all in C: map, compress and zip
    return (list(compress(lowered, hits)), list(compress(zip(lowered, padded[:-2], strict=True), hits)),
            list(compress(zip(lowered, padded[2:], strict=True), hits)))


def _candidate_contexts(tokens: list[str], lowered: list[str], found: dict[str, list[tuple[str, str]]]
                        ) -> list[tuple[str, str, str, bool, bool, bool]]:
    out = []
    last = len(tokens) - 1
    for i in compress(range(len(lowered)), map(found.__contains__, lowered)):
        hit = found[lowered[i]]
        j = i + 1
        counter = j <= last and _COUNTER.fullmatch(tokens[j]) is not None
        if counter:
            j += 1
        right = lowered[j] if j <= last else "\n"
        for cand, head in hit:  # every reading counts; result() keeps the one the others are pieces of
            left = head or (lowered[i - 1] if i else "\n")
            out.append((cand, left, right, bool(head), tokens[i][len(head):].islower(), counter))
    return out


class MarkerLearner:
    """Learn marker tokens from a stream of texts in one pass, in bounded memory (see the module docstring)."""

    def __init__(self, config: LearnConfig | None = None):
        self.config = config or LearnConfig()
        self.docs = 0
        self.bytes = 0
        # Neighbours of function words, counted as (word, neighbour) pairs in C (Counter.update), then split
        # into one vector per word when needed.
        self.function_n: Counter = Counter()
        self.function_left: Counter = Counter()
        self.function_right: Counter = Counter()
        self.candidates: dict[str, _Stats] = {}
        self.breaks = _Stats()
        self.not_english = 0  # documents skipped as not English
        self.capped_documents = 0  # documents with more candidate tokens than the per-document cap

    def observe(self, text: str) -> None:
        """Count the contexts of function words, unknown tokens and bare line breaks of one English document
        (:meth:`digest` then :meth:`add`)."""
        self.add(digest(text, functions=self.bytes < self.config.context_sample_bytes))

    def add(self, seen: Digest) -> None:
        """Merge what :func:`digest` found in the next document of the corpus (documents in corpus order)."""
        doc = self.docs
        self.docs += 1
        self.bytes += seen.length
        if not seen.english:
            self.not_english += 1
            return
        if seen.functions is not None:
            n, left, right = seen.functions
            self.function_n.update(n)
            self.function_left.update(left)
            self.function_right.update(right)
        self.capped_documents += seen.capped
        candidates = self.candidates
        for cand, left, right, glued, lower, counter in seen.contexts:
            stats = candidates.get(cand)
            if stats is None:
                stats = candidates[cand] = _Stats()
            stats.add(doc, left, right, glued=glued, lower=lower, counter=counter)
        for left, right in seen.breaks:
            self.breaks.add(doc, left, right)
        if len(self.candidates) > _MAX_CANDIDATES:
            keep = sorted(self.candidates.items(), key=lambda kv: (-kv[1].n, kv[0]))[: _MAX_CANDIDATES // 2]
            self.candidates = dict(keep)

    def result(self) -> Learned:
        """Decide which candidates are markers; return them with a report of the decision."""
        cfg = self.config
        self._vectors = self._function_vectors()
        ranked = sorted(((c, s) for c, s in self.candidates.items() if s.n >= cfg.min_count),
                        key=lambda kv: (-kv[1].n, kv[0]))
        frequent = dict(ranked[:_MAX_CONSIDERED])
        # Each candidate's proper suffixes (at most _MAX_TOKEN of them), so that "is a piece of a longer
        # candidate" is a lookup, not a comparison with every other candidate.
        longer_by_suffix: dict[str, list[_Stats]] = {}
        for other, t in frequent.items():
            for k in range(1, len(other)):
                longer_by_suffix.setdefault(other[k:], []).append(t)
        markers = []
        considered = []
        for cand, s in frequent.items():
            if (any(t.n * 2 >= s.n for t in longer_by_suffix.get(cand, ()))
                    or any(cand[k:] in frequent and frequent[cand[k:]].n >= s.n for k in range(1, len(cand)))):
                continue  # "epparttar" is a piece of "repparttar", "ingrepparttar" a glued form of it
            word, sim = self._best_function(s)
            entry = {"token": cand, "word": word, "occurrences": s.n, "documents": s.docs,
                     "similarity": round(sim, 3)}
            if s.docs < cfg.min_docs:
                reason = f"in {s.docs} document(s), fewer than {cfg.min_docs}"
            elif sim < cfg.min_similarity:
                reason = f"neighbours unlike a function word's ({sim:.2f} < {cfg.min_similarity})"
            elif s.lower < 0.8 * s.n:
                reason = "mostly capitalised: a name"
            else:
                reason = ""
            ok = not reason
            considered.append({**entry, "accepted": ok, **({"reason": reason} if reason else {})})
            if ok:
                markers.append(Marker(cand, word, f"marker:{cand}", counter=s.counter >= 0.3 * s.n,
                                      glued=s.glued > 0, source="learned"))
        line_break_word = None
        breaks = None
        if self.breaks.n >= cfg.min_count and self.breaks.docs >= cfg.min_docs:
            word, sim = self._best_function(self.breaks)
            breaks = {"word": word, "occurrences": self.breaks.n, "documents": self.breaks.docs,
                      "similarity": round(sim, 3), "accepted": sim >= cfg.min_similarity}
            line_break_word = word if breaks["accepted"] else None
        report = {
            "sample": {"documents": self.docs, "characters": self.bytes, "not_english": self.not_english,
                       "capped_documents": self.capped_documents},
            "limits": {"token_chars": _MAX_TOKEN, "candidates_per_document": _MAX_DOC_CANDIDATES,
                       "candidates_judged": _MAX_CONSIDERED},
            "markers": [{"token": m.token, "word": m.word, "source": m.source} for m in markers],
            "candidates": considered[:20],
            "line_break_marker": breaks,
        }
        return Learned(tuple(markers), line_break_word, report)

    def _function_vectors(self) -> dict[str, tuple[Counter, Counter, int, int]]:
        """Each function word's left and right neighbour counts and their squared norms (computed once)."""
        vectors: dict[str, tuple[Counter, Counter]] = {f: (Counter(), Counter()) for f in FUNCTION_WORDS}
        for side, counts in ((0, self.function_left), (1, self.function_right)):
            for (f, neighbour), n in counts.items():
                vectors[f][side][neighbour] = n
        return {f: (left, right, _norm2(left), _norm2(right)) for f, (left, right) in vectors.items()}

    def _best_function(self, s: _Stats) -> tuple[str, float]:
        best, best_sim = FUNCTION_WORDS[0], 0.0
        s_left, s_right = _norm2(s.left), _norm2(s.right)
        for f in FUNCTION_WORDS:
            if self.function_n[f] < 20:
                continue
            left, right, left_norm2, right_norm2 = self._vectors[f]
            sim = 0.6 * _cosine(s.left, left, s_left, left_norm2) + 0.4 * _cosine(s.right, right, s_right, right_norm2)
            if sim > best_sim:
                best, best_sim = f, sim
        return best, best_sim


_URLISH_POINT = re.compile(r"[./@:](?<=\w[./@:])(?=\w)|\.(?<![^\s]\.)(?=[A-Za-z])")


_WORD_END = re.compile(r"[ \n]")


def _mask_urlish(text: str) -> str:
    """Blank out words that are URLs, domains, e-mail addresses (``del.icio.us``) or start with a stripped
    dot (``.pany``): their pieces are not words standing where a function word should be.

    >>> _mask_urlish("Bookmark del.icio.us or mail a@b.cc about the .pany today.")
    'Bookmark   or mail   about the   today.'
    """
    spans: list[tuple[int, int]] = []
    done = 0  # end of the last span
    while (m := _URLISH_POINT.search(text, done)) is not None:  # from the end of the last span: never rescans
        i = m.start()
        # Every search stops at the last span or at the word's end, so each character is scanned a bounded
        # number of times: a 1 MB run of dotted tokens is linear, not one scan back and forth per dot.
        line_start = text.rfind("\n", done, i) + 1 or done
        start = text.rfind(" ", line_start, i) + 1 or line_start
        after = _WORD_END.search(text, i)
        end = after.start() if after else len(text)
        spans.append((start, end))
        done = max(end, i + 1)
    if not spans:
        return text
    out, pos = [], 0
    for start, end in spans:
        out += [text[pos:start], " "]
        pos = end
    return "".join(out) + text[pos:]


@lru_cache(maxsize=1 << 16)  # bounded; read only by the caller
def _splits(token: str) -> list[tuple[str, str]]:
    """Return how an unknown token may hold a marker: glued after an English word (shortest word first), or
    whole.

    >>> _splits("byrepparttar"), _splits("zqxv")
    ([('repparttar', 'by'), ('byrepparttar', '')], [('zqxv', '')])
    """
    out = []
    for k in range(2, min(len(token) - 3, _MAX_HEAD + 1)):
        head, tail = token[:k], token[k:]
        if zipf(head) >= 3.0 and zipf(tail) < 1.5:
            out.append((tail, head))
    return out + [(token, "")]


_LETTERS = re.compile(rf"{_WORD}+")


def _english_line(line: str) -> bool:
    """Tell whether a line is English prose worth learning from: more English function words than those of
    another language, and no mojibake (its broken words would look like markers).

    >>> _english_line("We went to the shop."), _english_line("Wir müssen das tun und gehen."), _english_line("Home")
    (True, False, False)
    >>> _english_line("Myślę, że to jest dobre."), _english_line("We met Zoë at the café.")
    (False, True)
    """
    lowered = line.lower()
    words = lowered.split()
    english = sum(map(ENGLISH_MARKERS.__contains__, words))
    if english <= sum(map(OTHER_MARKERS.__contains__, words)):
        return False
    if line.isascii():
        return True
    if is_mojibake(line):  # asked first: a tenth of the cost of the lexicon test below (issue 19)
        return False
    # Polish or Czech share "to" and "a" with English: most of their words are unknown to the English lexicon.
    letters = set(_LETTERS.findall(lowered))
    return len(unknown_words(letters)) <= 0.3 * len(letters)


def _candidate_shaped(token: str) -> bool:
    """Tell whether a lower-case token may be a marker: two letters or more, starting with a letter, not an
    elided form (``don't`` is a word, not a token standing for one).

    >>> _candidate_shaped("repparttar"), _candidate_shaped("x"), _candidate_shaped("3d"), _candidate_shaped("o'er")
    (True, False, False, False)
    """
    return len(token) >= 2 and token[0].isalpha() and "'" not in token and "’" not in token


def _norm(token: str) -> str:
    """The first word, number or punctuation mark of a whitespace token, lower-cased.

    >>> _norm("Store,"), _norm("(the")
    ('store', '(')
    """
    m = re.match(rf"{_WORD}+|\d+|[^\w\s]", token)
    return m.group(0).lower() if m else token.lower()


