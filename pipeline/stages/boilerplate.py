"""Boilerplate stage: remove site chrome from each page and keep every sentence of the article.

Two mechanisms, applied in this order to each line of a page (a line is a paragraph in these pages):

1. **Rules** for the chrome the seed pages show, each with a name under which its removals are counted:
   ``template_marker`` (``msgbartop`` ... ``msgbarbottom`` message bars), ``pagination`` (``Continued from page 1``,
   ``<Back to Page 1``), ``blogger_footer`` (``No comments:``, ``Post a Comment``, ``Posted by ... at 9:14 AM``
   unless it names a person, whom the segment stage reads, ``Labels:``), ``comment_prompt`` (``Leave a Comment``),
   ``share_links`` (``Share and Enjoy:`` and the list of social sites under it), ``tags_line``
   (``Tags: a, b, c``), ``site_nav`` (``Terms of Use``, ``Privacy Policy``),
   ``site_copyright`` (a copyright line whose holder is a website: ``ImproveHomeLife.com © 2005``),
   ``promotion`` (a paragraph selling the author's products, looked for in the second half of the page only),
   ``title_date`` (a date glued before the title: ``09 Sep 09 Brush Up ...``).
2. **Corpus statistics** (``repeated_line``): a short line that recurs in many documents of the same run is
   chrome, the way large web-corpus cleaners find it (CCNet hashes paragraphs across a shard; Gopher/MassiveWeb
   and RefinedWeb drop repeated lines). A first pass hashes every short line of every page; a line is boilerplate
   when it occurs in at least ``min_docs`` documents *and* in at least ``min_share`` of them. Near-copies of one
   article (syndication) would make their own headings look repeated, so each page is counted once per
   *context*: pages sharing a fingerprint (the smallest hash of their long paragraphs, a one-permutation MinHash)
   count as one. Memory holds one fingerprint per distinct page and at most ``max_tracked`` line counters (when
   the table is full the rarest counters are pruned, lossy-counting style); the records themselves wait on disk.

A line that attributes or licenses the article (a byline, an "About the Author" box, a copyright or reprint
notice naming a person) is never removed by the promotion rule or the statistics: the segment stage needs it.
Every removal is counted per rule in ``record.removed``; with ``keep_removed`` the removed text and its offsets
in the text this stage received are kept in ``record.removed_spans`` for audit.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from .. import io
from ..configs import BoilerplateConfig  # defined there, so the CLI reads its defaults without importing this module
from ..records import Article, Record
from ..stage import StageKind, learn_by_chunks
from ..stats import StageStats
from ..text import licence
from ..text.attribution import (
    CONTINUED_PAGE,
    PAGE_COUNT,
    bio_start,
    first_name_credit,
    is_attribution_line,
    name_in_bio,
    parse_byline,
)
from ..text.dates import TITLE_DATE
from ..text.plain import tidy_blank_lines

NAME = "boilerplate"


TEMPLATE_OPEN, TEMPLATE_CLOSE = "msgbartop", "msgbarbottom"
TEMPLATE_BLOCK_MAX_LINES = 6  # a message bar holds a line or two; further apart, the markers are unrelated
SHARE_HEADER = re.compile(r"^(?:Share\s+and\s+Enjoy|Share\s+this(?:\s+(?:article|post|page))?|Bookmark\s+and\s+Share"
                          r"|Social\s+Bookmarks?)\s*:?$", re.I)
SHARE_ITEM_MAX_WORDS = 4  # "Yahoo! Buzz", "Google Bookmarks": a site name, not a sentence
SOCIAL_SITES = frozenset(
    "digg sphinn del.icio.us delicious facebook mixx google bookmarks blinklist blogmarks fark faves linkagogo "
    "linkedin linkter live myspace netvouz newsvine propeller simpy slashdot stumbleupon technorati yahoo! buzz "
    "yigg misterwong myshare reddit scoopeo segnalo tipd upnews wists twitter email print".split()
)
# A share bar's buttons by name, and what a scrape keeps of its icon-only buttons: the letters the icons show ("f",
# "in", "X"), an envelope or link symbol, "Copy link", a counter of comments.
SHARE_ITEM = (r"Facebook|Twitter|LinkedIn|Pinterest|Reddit|WhatsApp|Tumblr|Pocket|E-?mail|Print|Digg|StumbleUpon"
              r"|Google\+?|X")
SHARE_ICON = (r"f|in|𝕏|Tweet|Pin|Save|Copy\s+link|Messenger|Telegram|Threads|Bluesky|Mastodon|Flipboard"
              r"|Comments\s*\(\d+\)|[✉📧🔗📌🖨⎙]")
LINE_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("template_marker", re.compile(r"^(?:msgbar(?:top|bottom)|advertisement|sponsored\s+links?)$", re.I)),
    ("pagination", re.compile(
        rf"^\W*(?:{CONTINUED_PAGE}|back\s+to\s+page\s+\d+(?:\s*[:–—-]\s*[^.!?:]{{1,60}})?|{PAGE_COUNT}|next\s+page"
        r"|previous\s+page|(?:next|prev(?:ious)?)\s+(?:article|post)|read\s+more|more\s+articles?"
        # a forum thread's pager: "Goto page 1, 2, 3 ... 9  Next", "Go to page 1, 2  Previous"
        r"|go\s?to\s+page\s+\d+(?:\s*(?:,|\.\.\.|…)\s*\d+)*(?:\s+(?:next|prev(?:ious)?))?)\W*$", re.I)),
    ("blogger_footer", re.compile(
        r"^(?:(?:no|\d+)\s+comments?:?|post\s+a\s+comment|newer\s+post|older\s+post|home|subscribe\s+to:?\s+post"
        r"\s+comments\s+\(atom\)|posted\s+by\s+.{1,60}?\s+at\s+\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?"
        r"|labels?:(?:\s*[^,.!?]{1,40}(?:,|$))+)$", re.I)),
    ("comment_prompt", re.compile(
        r"^(?:leave\s+a\s+(?:comment|reply)|add\s+(?:a\s+)?comment|comments\s+are\s+closed\.?"
        r"|you\s+must\s+be\s+logged\s+in\s+to\s+post\s+a\s+comment\.?)$", re.I)),
    ("tags_line", re.compile(r"^tags?:(?:\s*[^,.!?]{0,40}(?:,|$))+$", re.I)),
    # a one-line share bar: "Share this: Facebook Twitter" (a header with its sites on the same line)
    ("share_links", re.compile(
        r"^(?:Share\s+(?:this|it)(?:\s+(?:article|post|page|story))?|Share\s+on|Share\s+and\s+Enjoy"
        rf"|Bookmark\s+and\s+Share)\s*:?(?:\s*[•·|,/]?\s*(?:{SHARE_ITEM}))+\s*$"
        # a bare "Share" over two buttons at least, the sites' icons read as letters ("Share f X in ✉ Copy link",
        # "Share  Pin  Email  Copy link"): one button alone may be a sentence's start ("Share Print ...")
        rf"|^Share\s*:?(?:\s*[•·|,/]?\s*(?:{SHARE_ITEM}|{SHARE_ICON})){{2,}}\s*$", re.I)),
    ("site_nav", re.compile(
        r"^(?:(?:terms\s+of\s+(?:use|service)|privacy\s+policy|contact\s+us|about\s+us|site\s?map|advertise"
        r"|disclaimer|rss|powered\s+by\s+\w+(?:\s+\w+)?)\s*(?:[|·•/-]\s*|$))+$", re.I)),
)
# LINE_RULES as one pattern, a named group per rule: one match call per line instead of one per rule. Every rule
# matches the whole line and is case-insensitive, so the first alternative that matches is the first rule that does.
ANY_LINE_RULE = re.compile("|".join(f"(?P<{name}>{pattern.pattern})" for name, pattern in LINE_RULES), re.I)
PROMOTION = re.compile(
    r"\b(?:take\s+a\s+(?:free\s+)?trial\s+run\s+of\s+our|free\s+trial\s+of\s+our"
    r"|(?:sign\s+up|subscribe|register)\s+(?:now\s+|today\s+)?(?:for|to)\s+(?:our|my)\s+(?:free\s+)?"
    r"(?:weekly\s+|monthly\s+|daily\s+)?(?:newsletter|e-?zine|course|program|programme|webinar|service|tips)"
    r"|order\s+(?:your|a)\s+copy|(?:buy|purchase|get)\s+(?:your\s+)?cop(?:y|ies)\s+of\s+(?:my|our)"
    r"|click\s+here\s+to\s+(?:order|buy|subscribe|sign\s+up|download|get)"
    r"|special\s+(?:offer|discount)\s+for\s+(?:our\s+)?(?:readers|subscribers))",
    re.I,
)
PROMOTION_WORDS = ("trial", "sign", "subscribe", "register", "copy", "copies", "click", "special")
MAX_SITE_COPYRIGHT_WORDS = 12  # "ImproveHomeLife.com © 2005 - All rights reserved"; longer lines carry a bio
LONG_LINE_WORDS = 20  # lines this long fingerprint a page (they are the article, not the chrome)
# Distinct short lines whose protection test is remembered (per process): a run's chrome repeats, a few hundred
# kinds of it in our corpora; 4,096 lines of at most max_line_chars are under 1 MB.
PROTECT_CACHE_LINES = 4096
FLAG_CONTINUED = {"from": "continued-from-earlier-page", "on": "continues-on-later-page"}


@dataclass(slots=True)
class Cut:
    """Text removed from one line: the whole line, or ``line[start:end]``."""

    rule: str
    line: int
    start: int = 0
    end: int | None = None  # None: to the end of the line


@dataclass(slots=True)
class Result:
    """What :func:`strip_page` made of a page."""

    text: str
    counts: dict[str, int] = field(default_factory=dict)
    spans: list[dict] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)


def normalise_line(line: str) -> str:
    """Return the key a line is counted under: lower case, spaces collapsed, bullets and edge punctuation off.

    Digits are kept: "Tip 1" and "Tip 2" are headings of different articles, not one repeated line.

    >>> normalise_line("  • Leave a Comment! "), normalise_line("Tip 2:"), normalise_line("•")
    ('leave a comment', 'tip 2', '')
    """
    return " ".join(line.lower().split()).strip(KEY_EDGES)


# What normalise_line strips from a key's ends: bullets, dashes, edge punctuation and quotes.
KEY_EDGES = " \t•·*-–—|:;,.!?<>()[]\"'“”‘’"


def read_lines(lines: list[str]) -> list[tuple[int, str]]:
    """Each line's word count and key (:func:`normalise_line`), read once for the first pass's two readings of a
    page (its fingerprint asks the long lines' keys, the short-line counts every line's): the same values as
    ``len(line.split())`` and ``normalise_line(line)``, with one lowering and one split per line instead of three
    (lowering never makes or unmakes whitespace, so the lowered line splits into as many words).

    >>> read_lines(["  • Leave a Comment! ", "", "Tip 2:"])
    [(4, 'leave a comment'), (0, ''), (2, 'tip 2')]
    """
    read = []
    for line in lines:
        words = line.lower().split()
        read.append((len(words), " ".join(words).strip(KEY_EDGES)))
    return read


def line_hash(key: str) -> int:
    """Return a stable 64-bit hash of a line key (Python's own ``hash`` differs between processes).

    >>> line_hash("leave a comment") == line_hash("leave a comment"), line_hash("a") != line_hash("b")
    (True, True)
    """
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(), "big")


def short_line_keys(lines: list[str], max_chars: int, read: list[tuple[int, str]] | None = None) -> dict[int, str]:
    """Return the hashed keys of a page's short, unprotected lines (each once), with one original line for each.
    ``read``: the lines' :func:`read_lines`, if the caller has it.

    >>> page = ["Leave a Comment", "", "word " * 30, "Leave a comment", "About the Author"]
    >>> sorted(short_line_keys(page, 100).values())
    ['Leave a Comment']
    """
    candidates: dict[int, str] = {}
    for i, (_, key) in enumerate(read if read is not None else read_lines(lines)):
        if key and len(key) <= max_chars and any(ch.isalpha() for ch in key):
            candidates[i] = key
    protected = protected_among(lines, candidates)  # the costly tests, on the short lines only
    keys: dict[int, str] = {}
    for i, key in candidates.items():
        if i not in protected:
            keys.setdefault(line_hash(key), lines[i].strip())
    return keys


def fingerprint(text: str, read: list[tuple[int, str]] | None = None) -> int:
    """Return a page's context fingerprint: the smallest hash of its long lines (a one-permutation MinHash).

    Copies of one article share their long paragraphs, so they usually share this value; pages without long
    lines are fingerprinted by their whole text.

    >>> long = "This paragraph is long enough to count as the article itself, and not as the chrome around it, " * 2
    >>> fingerprint("Site Header\\n" + long) == fingerprint("Other Header\\n" + long)
    True
    """
    hashes = [line_hash(key) for words, key in (read if read is not None else read_lines(text.split("\n")))
              if words >= LONG_LINE_WORDS]
    return min(hashes) if hashes else line_hash(normalise_line(text))


def page_keys(text: str, config: BoilerplateConfig) -> tuple[int, dict[int, str]]:
    """What the first pass reads of one page: its context fingerprint and its short lines' keys (pure, so
    worker processes may read the pages while one process counts them). Each line is read once for both."""
    lines = text.split("\n")
    read = read_lines(lines)
    return fingerprint(text, read), short_line_keys(lines, config.max_line_chars, read)


# Distinct contexts remembered per line: beyond, a line only counts pages. Exact (and so independent of the
# order of the pages) while the threshold is below it, i.e. for runs of up to min_share * this many contexts
# (1,000,000 at 1 %); a line on that many pages is chrome in any order.
_MAX_CONTEXTS_PER_LINE = 10_000


class LineStats:
    """First pass of the corpus statistic: count, per short line, the distinct page contexts it occurs in.

    A line counts once per context whichever page of the context holds it, and its example is the smallest
    of its spellings, so what is learned does not depend on the order of the pages.
    """

    def __init__(self, config: BoilerplateConfig):
        self.config = config
        # line -> the context it was seen in (an int), the set of its contexts, or, past
        # _MAX_CONTEXTS_PER_LINE, a count of pages (a negative int, to tell it from a context)
        self.seen: dict[int, int | set[int]] = {}
        self.examples: dict[int, str] = {}  # the smallest spelling of each line (for the manifest)
        self.contexts: set[int] = set()
        self.pages = 0
        self.pruned = 0
        self.floor = 1  # counts at or below this were pruned at least once: they may be undercounts

    @property
    def counts(self) -> dict[int, int]:
        """The number of distinct contexts of each tracked line."""
        return {k: _count(v) for k, v in self.seen.items()}

    def add(self, text: str) -> None:
        """Count the short lines of one page in its context (each line once per context)."""
        self.add_keys(*page_keys(text, self.config))

    def add_keys(self, context: int, keys: dict[int, str]) -> None:
        """Count one page from what :func:`page_keys` read of it (pages in run order)."""
        self.pages += 1
        self.contexts.add(context)
        seen, examples = self.seen, self.examples
        for key, line in keys.items():
            old = seen.get(key)
            if old is None:
                seen[key] = context
                examples[key] = line
                continue
            if line < examples[key]:
                examples[key] = line
            if isinstance(old, set):
                old.add(context)
                if len(old) >= _MAX_CONTEXTS_PER_LINE:
                    seen[key] = -len(old)
            elif old < 0:
                seen[key] = old - 1
            elif old != context:
                seen[key] = {old, context}
        if len(seen) > self.config.max_tracked:
            self._prune()

    def _prune(self) -> None:
        # Lossy counting: drop the rarest counters until the table is at most half full; a line that is really
        # frequent comes back and climbs again, one that occurred once or twice is forgotten.
        while len(self.seen) > self.config.max_tracked // 2:
            before = len(self.seen)
            self.seen = {k: v for k, v in self.seen.items() if _count(v) > self.floor}
            self.examples = {k: self.examples[k] for k in self.seen}
            self.pruned += before - len(self.seen)
            self.floor += 1

    def threshold(self) -> int:
        """Return the number of distinct contexts a line needs to count as boilerplate in this run."""
        return max(self.config.min_docs, int(self.config.min_share * len(self.contexts) + 0.999999))

    def frequent(self) -> frozenset[int]:
        """Return the hashes of the lines that are boilerplate in this run."""
        need = self.threshold()
        return frozenset(k for k, v in self.seen.items() if _count(v) >= need)

    def summary(self) -> dict:
        """What the first pass learned, for the manifest (deterministic: sorted by count, then text)."""
        frequent = self.frequent()
        examples = sorted(((_count(self.seen[k]), self.examples.get(k, "")) for k in frequent),
                          key=lambda t: (-t[0], t[1]))
        return {
            "pages": self.pages,
            "distinct_contexts": len(self.contexts),
            "min_docs": self.config.min_docs,
            "min_share": self.config.min_share,
            "threshold_docs": self.threshold(),
            "max_line_chars": self.config.max_line_chars,
            "tracked_lines": len(self.seen),
            "pruned_counters": self.pruned,
            "repeated_lines": len(frequent),
            "examples": [{"text": t, "docs": n} for n, t in examples[: self.config.learned_examples]],
        }


def _count(value: int | set[int]) -> int:
    """The number of contexts a :class:`LineStats` entry stands for.

    >>> _count(123), _count({1, 2}), _count(-10_001)
    (1, 2, 10001)
    """
    if isinstance(value, set):
        return len(value)
    return -value if value < 0 else 1


def protected_lines(lines: list[str]) -> set[int]:
    """Return the lines the segment stage needs, which the fuzzy rules (promotion, statistics) never remove.

    Bylines, bio headings and the paragraph under a bare heading, bios that open with a person's name, and
    licence or copyright statements: an author's resource box repeats on every page of theirs, yet it is not
    chrome.

    >>> sorted(protected_lines(["Body.", "About the Author", "", "Jane Doe writes.", "Copyright 2009 Jane Doe"]))
    [1, 3, 4]
    """
    protected: set[int] = set()
    heading = False
    for i, line in enumerate(lines):
        text = line.strip()
        if not text:
            continue
        if heading or is_attribution_line(text) or name_in_bio(text) or licence.find_statements(text):
            protected.add(i)
        heading = bio_start(text) == ""
    return protected


def protected_among(lines: list[str], indices: Iterable[int]) -> set[int]:
    """Return which of the lines at ``indices`` :func:`protected_lines` protects, testing only those lines (and
    the heading above each): the same answer, without the attribution and licence tests on every other line of
    the page (the long paragraphs, where they cost most).

    >>> page = ["Body.", "About the Author", "", "Jane Doe writes.", "Copyright 2009 Jane Doe", "Leave a Comment"]
    >>> sorted(protected_among(page, [0, 3, 5])), sorted(protected_among(page, range(len(page))))
    ([3], [1, 3, 4])
    """
    protected: set[int] = set()
    for i in indices:
        text = lines[i].strip()
        if not text:
            continue
        above = next((t for j in range(i - 1, -1, -1) if (t := lines[j].strip())), None)
        heading = above is not None and bio_start(above) == ""
        if heading or _attributes_or_licenses(text):
            protected.add(i)
    return protected


@functools.lru_cache(maxsize=PROTECT_CACHE_LINES)
def _attributes_or_licenses(text: str) -> bool:
    """Whether a (stripped, short) line attributes or licenses the article: a pure function of the line, so it
    is cached. The short lines asked about are mostly the chrome that repeats from page to page.

    >>> _attributes_or_licenses("Written by Sharon Housley"), _attributes_or_licenses("Leave a Comment")
    (True, False)
    """
    return bool(is_attribution_line(text) or name_in_bio(text) or licence.find_statements(text))


def _is_site_copyright(line: str) -> bool:
    """Tell a website's own copyright line (``ImproveHomeLife.com © 2005``) from an author's.

    >>> _is_site_copyright("ImproveHomeLife.com © 2005"), _is_site_copyright("Copyright 2008 by JoAnna Brandi.")
    (True, False)
    """
    statement = licence.parse_copyright(line)  # first: it turns most lines away at once, without a split
    if statement is None or len(line.split()) > MAX_SITE_COPYRIGHT_WORDS:
        return False
    return licence.is_site_holder(statement.holder)


def _share_block(lines: list[str], start: int) -> int:
    """Return the index after the list of social sites that follows a "Share and Enjoy:" header at ``start``."""
    i = start + 1
    while i < len(lines):
        item = lines[i].strip().lstrip("•·*-– ").strip()
        if not item:
            if i + 1 < len(lines) and lines[i + 1].strip().lstrip("•·*-– ").lower() in SOCIAL_SITES:
                i += 1
                continue
            break
        bulleted = lines[i].strip()[:1] in "•·*-–"
        if not (item.lower() in SOCIAL_SITES or bulleted and len(item.split()) <= SHARE_ITEM_MAX_WORDS):
            break
        i += 1
    return i


def _may_promote(text: str) -> bool:
    """An exact gate for :data:`PROMOTION`: every branch of it holds one of :data:`PROMOTION_WORDS`.

    >>> _may_promote("Click HERE to order"), _may_promote("Be kind to every customer.")
    (True, False)
    """
    if not licence.gatable(text):
        return True
    lowered = text.lower()
    return any(word in lowered for word in PROMOTION_WORDS)


def find_cuts(lines: list[str], config: BoilerplateConfig, repeated: frozenset[int] = frozenset()) -> list[Cut]:
    """Return what to remove from a page's lines: rules first, then the repeated lines of the run.

    >>> lines = ["msgbartop", "Current IT news", "msgbarbottom", "", "09 Sep 09 Brush Up Skills", "", "Be nice.",
    ...          "Share and Enjoy:", "  • Digg", "  • Reddit", "Tags: , Bad Day, Mood,", "Leave a Comment"]
    >>> [(c.rule, c.line) for c in find_cuts(lines, BoilerplateConfig())]  # doctest: +NORMALIZE_WHITESPACE
    [('template_marker', 0), ('template_marker', 1), ('template_marker', 2), ('title_date', 4),
     ('share_links', 7), ('share_links', 8), ('share_links', 9), ('tags_line', 10), ('comment_prompt', 11)]
    """
    cuts: dict[int, Cut] = {}
    texts = [line.strip() for line in lines]  # each line stripped once for the rules below
    n = len(lines)
    i = 0
    while i < n:
        text = texts[i]
        if text.lower() == TEMPLATE_OPEN:
            close = next((j for j in range(i + 1, min(n, i + TEMPLATE_BLOCK_MAX_LINES)) if
                          texts[j].lower() == TEMPLATE_CLOSE), None)
            for j in range(i, (close if close is not None else i) + 1):
                cuts[j] = Cut("template_marker", j)
            i = (close if close is not None else i) + 1
            continue
        if SHARE_HEADER.match(text):
            end = _share_block(lines, i)
            if end > i + 1:
                for j in range(i, end):
                    if texts[j]:
                        cuts[j] = Cut("share_links", j)
                i = end
                continue
        i += 1
    nonblank = [i for i, text in enumerate(texts) if text]
    tail_from = nonblank[int(len(nonblank) * config.promo_tail_share)] if nonblank else 0
    fuzzy: dict[int, str] = {}  # cut only if not protected, which is checked once for the page, when needed
    for i, text in enumerate(texts):
        if i in cuts or not text:
            continue
        rule = m.lastgroup if (m := ANY_LINE_RULE.match(text)) else None
        if rule == "blogger_footer" and (parse_byline(text) is not None or first_name_credit(text)):
            rule = None  # "Posted by Jane Doe at 10:42 PM" names the author: the segment stage reads it (a first
            # name alone too: "Posted by Marisol at 4:37 PM" may be all the page says of its writer)
        if rule is None and _is_site_copyright(text):
            rule = "site_copyright"
        if rule is not None:
            cuts[i] = Cut(rule, i)
        elif i >= tail_from and _may_promote(text) and PROMOTION.search(text):
            fuzzy[i] = "promotion"
        elif repeated and line_hash(normalise_line(text)) in repeated:
            fuzzy[i] = "repeated_line"
    if fuzzy:
        protected = protected_among(texts, fuzzy)  # (it strips each line it reads: the stripped lines read the same)
        cuts.update((i, Cut(rule, i)) for i, rule in fuzzy.items() if i not in protected)
    first = next((i for i in nonblank if i not in cuts), None)
    if first is not None and (m := TITLE_DATE.match(lines[first])):
        cuts[first] = Cut("title_date", first, 0, m.end())
    return sorted(cuts.values(), key=lambda c: c.line)


def strip_page(text: str, config: BoilerplateConfig, repeated: frozenset[int] = frozenset()) -> Result:
    """Remove the boilerplate of one page; return the new text, counts per rule, spans and flags.

    Lines that were not touched are kept byte for byte; runs of blank lines left behind collapse to one.

    >>> r = strip_page("Title\\n\\nContinued from page 1\\n\\nBody text.\\n\\nNo comments:\\nPost a Comment",
    ...                BoilerplateConfig(keep_removed=True))
    >>> r.text, r.counts, r.flags
    ('Title\\n\\nBody text.', {'pagination': 1, 'blogger_footer': 2}, ['continued-from-earlier-page'])
    >>> r.spans[0]
    {'stage': 'boilerplate', 'rule': 'pagination', 'start': 7, 'end': 28, 'text': 'Continued from page 1'}
    """
    lines = text.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    result = Result(text="")
    keep = list(lines)
    for cut in find_cuts(lines, config, repeated):
        line = lines[cut.line]
        if cut.end is None:  # a whole line: report it without its surrounding whitespace
            start = len(line) - len(line.lstrip())
            end = len(line.rstrip())
            keep[cut.line] = None  # type: ignore[call-overload]
        else:
            start, end = cut.start, cut.end
            keep[cut.line] = line[: cut.start] + line[cut.end:]
        result.counts[cut.rule] = result.counts.get(cut.rule, 0) + 1
        if cut.rule == "pagination" and (m := re.search(r"continue[sd]\s+(from|on)\s+page", line, re.I)):
            flag = FLAG_CONTINUED[m.group(1).lower()]
            if flag not in result.flags:
                result.flags.append(flag)
        if config.keep_removed:
            result.spans.append({"stage": NAME, "rule": cut.rule, "start": offsets[cut.line] + start,
                                 "end": offsets[cut.line] + end, "text": line[start:end].strip()})
    result.text = tidy_blank_lines(line for line in keep if line is not None)
    return result


def apply(record: Article, config: BoilerplateConfig, repeated: frozenset[int] = frozenset()) -> Article:
    """Strip one article's boilerplate (in place) and return it; the result depends only on the record, the
    config and the learned set of repeated lines, so pages can be stripped in any order or process."""
    result = strip_page(record.text, config, repeated)
    if not result.counts:
        return record
    if result.text.strip():
        record.text = result.text
    else:  # everything was chrome: keep the text, flag it for the next stages rather than emit an empty record
        record.add_flag("all-boilerplate")
        return record
    for rule, n in result.counts.items():
        record.removed[rule] = record.removed.get(rule, 0) + n
    record.removed_spans.extend(result.spans)
    for flag in result.flags:
        record.add_flag(flag)
    return record


def learns(config: BoilerplateConfig) -> bool:
    """Whether the stage first counts repeated lines over the whole run."""
    return config.corpus_stats


def learn(records: Iterable[Record], config: BoilerplateConfig, stats: StageStats) -> frozenset[int]:
    """Read the whole run (to the end) and return the hashes of its repeated lines."""
    return learn_by_chunks(records, STAGE, config, stats)


def observe(chunk: list[Record], config: BoilerplateConfig, offset: int) -> list[tuple[int, dict[int, str]]]:
    """The first pass's reading of each article of ``chunk`` (:func:`page_keys`); may run in a worker."""
    return [page_keys(record.text, config) for record in chunk if isinstance(record, Article)]


def learn_observed(observations: Iterable[list[tuple[int, dict[int, str]]]], config: BoilerplateConfig,
                   stats: StageStats) -> frozenset[int]:
    """Count what :func:`observe` read, chunk by chunk in run order; return the hashes of the repeated lines."""
    learner = LineStats(config)
    for chunk in observations:
        for context, keys in chunk:
            learner.add_keys(context, keys)
    stats.learned.update(learner.summary())
    return learner.frequent()


def run_learned(records: Iterable[Record], config: BoilerplateConfig, repeated: frozenset[int],
                stats: StageStats) -> Iterator[Record]:
    """Strip every article with the repeated lines :func:`learn` found; per record, so workers may share it."""
    yield from _strip_all(records, config, repeated, stats)


def run(records: Iterable[Record], config: BoilerplateConfig, stats: StageStats) -> Iterator[Record]:
    """Strip boilerplate from every article; with ``corpus_stats`` first learn the run's repeated lines."""
    if not learns(config):
        yield from _strip_all(records, config, frozenset(), stats)
        return
    replay, repeated = io.two_pass(records, lambda rs: learn(rs, config, stats))
    yield from run_learned(replay, config, repeated, stats)


def _strip_all(records: Iterable[Record], config: BoilerplateConfig, repeated: frozenset[int],
               stats: StageStats) -> Iterator[Record]:
    for record in records:
        if isinstance(record, Article):
            before, flagged = dict(record.removed), "all-boilerplate" in record.flags
            record = apply(record, config, repeated)
            for rule, n in record.removed.items():
                stats.count(rule, n - before.get(rule, 0))
            stats.count("records_changed", int(record.removed != before))
            stats.count("all_boilerplate", int(not flagged and "all-boilerplate" in record.flags))
        yield record


# Per record once the corpus pass (learn) is done: workers run run_learned with what it found.
STAGE = StageKind(NAME, per_document=True, run=run, learn=learn, learns=learns, run_learned=run_learned,
                  observe=observe, learn_observed=learn_observed, observe_anywhere=True)
