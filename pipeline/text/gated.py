"""An alternation of many rows (a table of wordings, one row a language or a form) searched only with the rows a
text can match: each row's words are read from the row's own pattern, and a row none of whose words the text holds
is left out of the search (issue 19: the licence tables' alternations cost ~1-4 ms a line that reached them, and
most such lines hold no row's words).

The answer is the whole alternation's: the engine tries the rows in order at each position, so a row that cannot
match anywhere in the text never answers at any position, and leaving it out changes no match (its start, its end,
which row). The words are a necessary condition read from the parsed pattern (:func:`required_words`): runs of
literals whose case the lower-case text keeps (ASCII letters, and the letters of other scripts that re.IGNORECASE
folds only to their own lower case: :func:`plain_letter`), compared in lower case with the text in lower case, and only
on a text where that comparison is exact for a case-insensitive pattern (:func:`pipeline.text.terms.gatable`); any
other text is searched whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from re import (
    _casefix,  # type: ignore[attr-defined]
    _parser,  # type: ignore[attr-defined]
)
from re import _constants as sre  # type: ignore[attr-defined]
from typing import Any

import ahocorasick

from .terms import gatable

SUBSETS_KEPT = 512  # compiled alternations of row subsets kept (a few dozen occur on real text)


def required_words(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Words (lower case) one of which every match of ``pattern`` holds, or ``None`` when the pattern's shape
    promises none (a class, an optional part, a lookaround: no word is read from them; a letter of several lower
    cases, :func:`plain_letter`, ends a word).

    >>> sorted(required_words(r"\\ball\\s+rights\\s+reserved\\b", re.I))
    ['reserved']
    >>> sorted(required_words(r"(?:Nachdruck|Vervielf\\w+)\\s+(?:nur|bitte)", re.I))
    ['nachdruck', 'vervielf']
    >>> sorted(required_words(r"\\w+ly\\b")), required_words(r"(?:ask)?\\s*first|\\d+")
    (['ly'], None)
    >>> sorted(required_words(r"ने\\s+लिखा|wrote")), sorted(required_words(r"(?<!\\w)(?:dürfen|får)\\b", re.I))
    (['wrote', 'लिखा'], ['dürfen', 'får'])
    >>> sorted(required_words(r"(?:может|разрешено)", re.I))  # (о and т have several lower cases: they break a run)
    ['же', 'разрешен']
    """
    return _sequence_words(_parser.parse(pattern, flags))


# The letters re.IGNORECASE matches to more than one lower case (Greek σ and ς, μ and µ; Cyrillic о and its old
# form ᲂ; i and ı): a match may hold another of them where the lower-case text shows it, so no word holds them.
SEVERAL_CASES = frozenset(chr(c) for k, others in _casefix._EXTRA_CASES.items() for c in (k, *others))


def plain_letter(code: int) -> bool:
    """Whether a literal ``chr(code)`` of a pattern (case-insensitive or not) shows in the lower-case text as its own
    lower case wherever it matches: an ASCII character (:func:`gatable` texts), or one whose lower case is one
    character and matched by no other lower case (not :data:`SEVERAL_CASES`, nor folded to ASCII); ``str.lower``
    writes each character its one lower case, as the engine compares them (tests/text/test_gated_tables_r25.py
    checks every such letter of the licence tables against every character of Unicode).

    >>> plain_letter(ord("Ü")), plain_letter(ord("ж")), plain_letter(ord("Σ")), plain_letter(ord("\u0130"))
    (True, True, False, False)
    """
    if code < 128:
        return True
    lower = chr(code).lower()
    return len(lower) == 1 and lower not in SEVERAL_CASES and chr(code) not in SEVERAL_CASES and (
        lower not in FOLDS_TO_ASCII and ord(lower) >= 128)


def _sequence_words(items: Iterable[tuple[Any, Any]]) -> frozenset[str] | None:
    """The words one of which a sequence's match holds: those of its most selective part (a run of ASCII literals,
    or a group, an alternation or a repeat that must match at least once), the part whose shortest word is longest."""
    found: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is sre.LITERAL and plain_letter(av):
            run.append(chr(av).lower())
            continue
        if run:
            found.append(frozenset(["".join(run)]))
            run = []
        if (words := _node_words(op, av)) is not None:
            found.append(words)
    if run:
        found.append(frozenset(["".join(run)]))
    return max(found, key=lambda words: min(map(len, words)), default=None)


def _node_words(op: Any, av: Any) -> frozenset[str] | None:
    """The words one of which a match of one node holds (``None``: no promise)."""
    if op is sre.SUBPATTERN:
        return _sequence_words(av[3])
    if op is sre.ATOMIC_GROUP:
        return _sequence_words(av)
    if op is sre.BRANCH:
        branches = [_sequence_words(branch) for branch in av[1]]
        if any(words is None for words in branches):
            return None
        return frozenset().union(*branches)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _sequence_words(av[2])
    return None


# The characters outside ASCII that a case-insensitive pattern matches to an ASCII letter, and back (Kelvin's K, the
# dotted and dotless i, the long s: terms.FOLDS_TO_ASCII): a literal among them may match an ASCII text.
FOLDS_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")


def needs_script(pattern: str, flags: int = 0) -> bool:
    """Whether every match of ``pattern`` holds a character outside ASCII (a literal of another script in a part
    that must match), so that no ASCII text matches it, whatever the case.

    >>> needs_script(r"(?<!\\w)(?:सर्वाधिकार|सभी\\s+अधिकार)\\s+सुरक्षित", re.I), needs_script(r"©\\s*\\d{4}")
    (True, True)
    >>> needs_script(r"\\bcopy(?:right|ing)\\b", re.I), needs_script(r"(?:कॉपी|copy)\\s+नहीं", re.I)
    (False, True)
    >>> needs_script(r"(?:कॉपी)?\\s*copy", re.I), needs_script(r"\\u0131\\s*copy", re.I)  # (ı matches i)
    (False, False)
    """
    return _sequence_script(_parser.parse(pattern, flags))


def _sequence_script(items: Iterable[tuple[Any, Any]]) -> bool:
    """Whether a sequence's every match holds a character outside ASCII: one of its parts does."""
    return any(_node_script(op, av) for op, av in items)


def _node_script(op: Any, av: Any) -> bool:
    if op is sre.LITERAL:
        return av >= 128 and chr(av) not in FOLDS_TO_ASCII
    if op is sre.SUBPATTERN:
        return _sequence_script(av[3])
    if op is sre.ATOMIC_GROUP:
        return _sequence_script(av)
    if op is sre.BRANCH:
        return all(_sequence_script(branch) for branch in av[1])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _sequence_script(av[2])
    return False


class GatedAlternation:
    """``re.compile("|".join(f"(?:{row})" for row in rows), flags)`` whose :meth:`search` tries only the rows whose
    words the text holds; every other attribute is the whole alternation's.

    >>> table = GatedAlternation([r"\\bnicht\\s+kopieren\\b", r"\\bdo\\s+not\\s+copy\\b", r"©\\s*\\d{4}"], re.I)
    >>> table.search("Please DO NOT copy this.").span(), table.search("Bitte nicht kopieren.").group()
    ((7, 18), 'nicht kopieren')
    >>> table.search("Plant beans in May.") is None, table.search("© 2020 Ann").group()
    (True, '© 2020')
    """

    def __init__(self, rows: Iterable[str], flags: int = 0, head: str = "") -> None:
        self.rows = tuple(rows)
        self.head = head  # a test before every row, written once ahead of the alternation (its rows' common start)
        self.whole = re.compile(self._joined(range(len(self.rows))), flags)
        self.flags = flags
        needs = [required_words(head + f"(?:{row})", flags) for row in self.rows]
        # a row of another script's words can match no ASCII text: on one, it is left out; on any other, asked
        scripted = frozenset(k for k, words in enumerate(needs)
                             if words is None and needs_script(head + f"(?:{self.rows[k]})", flags))
        self.ungated = frozenset(k for k, words in enumerate(needs) if words is None and k not in scripted)
        self.scripted = scripted
        rows_of: dict[str, set[int]] = {}
        for k, words in enumerate(needs):
            for word in words or ():
                rows_of.setdefault(word, set()).add(k)
        self.automaton = ahocorasick.Automaton()
        for word, ks in rows_of.items():
            self.automaton.add_word(word, frozenset(ks))
        if rows_of:
            self.automaton.make_automaton()
        self.subsets: dict[frozenset[int], re.Pattern[str] | None] = {}

    def __getattr__(self, name: str) -> Any:
        return getattr(self.whole, name)

    def search(self, text: str, *args: Any, **kwargs: Any) -> re.Match[str] | None:
        if args or kwargs or not gatable(text) or len(self.ungated) == len(self.rows):
            return self.whole.search(text, *args, **kwargs)
        alive = set(self.ungated) if text.isascii() else self.ungated | self.scripted
        for _, ks in self.automaton.iter(text.lower()):
            alive |= ks
        if len(alive) == len(self.rows):
            return self.whole.search(text)
        pattern = self._subset(frozenset(alive))
        return None if pattern is None else pattern.search(text)

    def _subset(self, alive: frozenset[int]) -> re.Pattern[str] | None:
        """The alternation of the ``alive`` rows, in the table's order (``None`` for no row)."""
        if alive not in self.subsets:
            if len(self.subsets) >= SUBSETS_KEPT:
                self.subsets.clear()
            self.subsets[alive] = re.compile(self._joined(sorted(alive)), self.flags) if alive else None
        return self.subsets[alive]

    def _joined(self, ks: Iterable[int]) -> str:
        """The alternation of rows ``ks`` (in order), behind the head if there is one: ``head(?:row|row)`` matches
        as ``(?:head row)|(?:head row)`` does, the head tried once a position."""
        rows = "|".join(f"(?:{self.rows[k]})" for k in ks)
        return f"{self.head}(?:{rows})" if self.head else rows


def top_branches(pattern: str) -> list[str]:
    r"""The branches of ``pattern``'s outermost alternation as written: ``"|".join`` of them is ``pattern`` (a bar
    inside a group, a class or after a backslash is no branch's end).

    >>> top_branches(r"a(?:b|c)|[|\]]d|e\|f")
    ['a(?:b|c)', '[|\\]]d', 'e\\|f']
    """
    branches, depth, in_class, start, i = [], 0, False, 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            i += 1 + (pattern[i + 1:i + 2] == "^")  # a "]" first in a class is one of its characters
            i += pattern[i:i + 1] == "]"
            continue
        elif ch in "()":
            depth += 1 if ch == "(" else -1
        elif ch == "|" and depth == 0:
            branches.append(pattern[start:i])
            start = i + 1
        i += 1
    return [*branches, pattern[start:]]


class WordGated:
    """``re.compile(pattern, flags)`` whose searches first ask whether the text holds one of the words every match
    holds (:func:`required_words`): a text without any of them is answered ``None`` (or no matches) at once, without
    the engine trying the pattern at each position. The same answers: the gate is a necessary condition, asked only
    on a text where comparing in lower case is exact (:func:`pipeline.text.terms.gatable`); a pattern promising no
    word is searched whole. Every other attribute is the compiled pattern's (issue 19: the line tests of long
    multilingual tables cost 5-15 us a line, most lines holding none of their words).

    >>> gated = WordGated(r"^\\W*(?:ingredients|zutaten)\\s*:?$", re.I)
    >>> gated.match("Zutaten:").group(), gated.match("Plant beans in May.") is None, gated.words
    ('Zutaten:', True, ('ingredients', 'zutaten'))
    >>> gated.search("- INGREDIENTS").span(), gated.findall("zutaten"), gated.findall("beans"), gated.pattern[:5]
    ((0, 13), ['zutaten'], [], '^\\\\W*(')
    >>> WordGated(r"\\d+").search("in 2020").group()  # no word promised: searched whole
    '2020'
    """

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.compiled = re.compile(pattern, flags)
        needs = required_words(pattern, flags)
        self.words = tuple(sorted(needs)) if needs else ()
        self.automaton = ahocorasick.Automaton()
        for word in self.words:
            self.automaton.add_word(word, 0)
        if self.words:
            self.automaton.make_automaton()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.compiled, name)

    def _cannot_match(self, text: str) -> bool:
        """Whether ``text`` lacks every word a match holds (False when that cannot be told exactly)."""
        if not self.words or not gatable(text):
            return False
        for _ in self.automaton.iter(text.lower()):
            return False
        return True

    def search(self, text: str, *args: Any, **kwargs: Any) -> re.Match[str] | None:
        return None if self._cannot_match(text) else self.compiled.search(text, *args, **kwargs)

    def match(self, text: str, *args: Any, **kwargs: Any) -> re.Match[str] | None:
        return None if self._cannot_match(text) else self.compiled.match(text, *args, **kwargs)

    def fullmatch(self, text: str, *args: Any, **kwargs: Any) -> re.Match[str] | None:
        return None if self._cannot_match(text) else self.compiled.fullmatch(text, *args, **kwargs)

    def findall(self, text: str, *args: Any, **kwargs: Any) -> list[Any]:
        return [] if self._cannot_match(text) else self.compiled.findall(text, *args, **kwargs)
