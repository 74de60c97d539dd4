"""Corrupt clean English text the way article-directory scrapes did, remembering every corrupted token.

Used by the repair tests and by ``bench/bench_repair.py``: corrupt clean text, repair it, and count how many
corrupted tokens came back exactly (:func:`score`). Tokens are the whitespace-separated words of the clean text.

Kinds of damage (each can be switched off):

- ``repparttar``: "the" → ``repparttar``, often with a counter (``repparttar 104500``) and the space before it
  eaten (``Byrepparttar``); sentence-initial "The" too.
- ``stripped_com``: every "com" inside a word deleted and replaced by a dot (``company`` → ``.pany``,
  ``welcome`` → ``wel.e``), case-insensitively as a naive ``re.sub`` would.
- ``mojibake``: a line's UTF-8 bytes read as cp1252 (``it’s`` → ``itâ€™s``), sometimes twice.
- ``foreign_spam``: a CJK keyword glued to the first line (``…-巴雷特m82a1``) and a trailer
  (``相关的主题文章:`` with a list of links) at the end.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher

import ftfy.bad_codecs  # noqa: F401  (registers the sloppy-windows-1252 codec)

KINDS = ("repparttar", "stripped_com", "mojibake", "foreign_spam")
_SPAM_WORDS = ("巴雷特", "狙击枪", "减肥药", "网络营销", "北京", "汽车配件", "手机", "婚纱摄影")


@dataclass
class Corrupted:
    text: str
    units: list[tuple[str, int, int]] = field(default_factory=list)  # (kind, first token, end token) in the clean text


def corrupt(text: str, rng: random.Random, kinds: tuple[str, ...] = KINDS, the_rate: float = 0.6,
            com_rate: float = 1.0, mojibake_rate: float = 0.4, spam_rate: float = 0.5,
            counter: list[int] | None = None) -> Corrupted:
    """Return ``text`` corrupted, with the clean-token span of every corruption.

    >>> c = corrupt("By the time the company said it’s done.", random.Random(1), kinds=("repparttar", "stripped_com"),
    ...             the_rate=1.0)
    >>> c.text
    'By repparttar timerepparttar 104500 .pany said it’s done.'
    >>> c.units
    [('repparttar', 1, 2), ('repparttar', 3, 4), ('stripped_com', 4, 5)]
    """
    counter = counter if counter is not None else [104500]
    lines = text.split("\n")
    out_lines = []
    units: list[tuple[str, int, int]] = []
    index = 0  # clean token index of the next token
    for line in lines:
        tokens = line.split()
        pieces: list[str] = []
        line_units: list[tuple[str, int, int]] = []
        for j, tok in enumerate(tokens):
            i = index + j
            new = tok
            if "repparttar" in kinds and re.fullmatch(r"[Tt]he", tok) and rng.random() < the_rate:
                new = "repparttar"
                if rng.random() < 0.7:
                    new += f" {counter[0]}"
                    counter[0] += 1
                line_units.append(("repparttar", i, i + 1))
                if pieces and rng.random() < 0.6 and re.search(r"[A-Za-z,]$", pieces[-1]):
                    pieces[-1] += new  # the space before it eaten
                    continue
            elif ("stripped_com" in kinds and re.search("com", tok, re.I) and re.fullmatch(r"[\w’'\-,.;:!?()]+", tok)
                  and not re.search(r"[./@]\w", tok) and rng.random() < com_rate):
                new = re.sub("com", ".", tok, flags=re.I)
                line_units.append(("stripped_com", i, i + 1))
            pieces.append(new)
        out = " ".join(pieces)
        if "mojibake" in kinds and not out.isascii() and rng.random() < mojibake_rate:
            twice = rng.random() < 0.3
            out = out.encode("utf-8").decode("sloppy-windows-1252")
            if twice:
                out = out.encode("utf-8").decode("sloppy-windows-1252")
            line_units += [("mojibake", index + j, index + j + 1) for j, tok in enumerate(tokens) if not tok.isascii()]
        out_lines.append(out)
        units += line_units
        index += len(tokens)
    if "foreign_spam" in kinds and index:
        first = next(k for k, line in enumerate(out_lines) if line.split())
        if rng.random() < spam_rate:
            out_lines[first] += "-" + rng.choice(_SPAM_WORDS) + rng.choice(("m82a1", "", "2012", "a9"))
            units.append(("foreign_spam", len(lines[first].split()) - 1 + _tokens_before(lines, first),
                          len(lines[first].split()) + _tokens_before(lines, first)))
        if rng.random() < spam_rate:
            links = [f"{rng.choice(_SPAM_WORDS)} http://www.{rng.randrange(10**6)}.cn/{rng.randrange(999)}.html"
                     for _ in range(rng.randrange(4))]
            out_lines[-1] += " 相关的主题文章:" + "".join("\n" + link for link in links)
            units.append(("foreign_spam", index - 1, index))
    return Corrupted("\n".join(out_lines), sorted(units, key=lambda u: (u[1], u[0])))


def _tokens_before(lines: list[str], k: int) -> int:
    return sum(len(line.split()) for line in lines[:k])


@dataclass
class Score:
    units: int = 0
    restored: int = 0
    by_kind: dict[str, list[int]] = field(default_factory=dict)  # kind -> [units, restored]
    false_edits: int = 0  # clean tokens outside any corruption that the repair changed, plus tokens it added
    failures: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, expected, got), a few for review

    def add(self, other: Score) -> None:
        self.units += other.units
        self.restored += other.restored
        self.false_edits += other.false_edits
        for kind, (n, ok) in other.by_kind.items():
            mine = self.by_kind.setdefault(kind, [0, 0])
            mine[0] += n
            mine[1] += ok
        self.failures += other.failures[: max(0, 20 - len(self.failures))]


def score(clean: str, repaired: str, units: list[tuple[str, int, int]]) -> Score:
    """Compare a repaired text with its clean original, token by token.

    A unit is restored when its clean tokens come back unchanged and nothing was left or added next to them.

    >>> score("By the time", "By the time", [("repparttar", 1, 2)]).restored
    1
    >>> s = score("By the time", "By the 104500 time", [("repparttar", 1, 2)])
    >>> s.restored, s.false_edits
    (0, 0)
    >>> score("Smile at them.", "Smile at him.", []).false_edits
    1
    """
    a, b = clean.split(), repaired.split()
    ok = [False] * len(a)
    dirty_gap = [False] * (len(a) + 1)  # something inserted before clean token i (i == len: at the end)
    for op, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            for i in range(i1, i2):
                ok[i] = True
        elif op == "insert":
            dirty_gap[i1] = True
        elif op == "replace" and j2 - j1 > i2 - i1:
            dirty_gap[i2] = True
    result = Score()
    covered = [False] * len(a)
    for kind, start, end in units:
        good = all(ok[start:end]) and not any(dirty_gap[start + 1:end + 1])
        result.units += 1
        result.restored += good
        counts = result.by_kind.setdefault(kind, [0, 0])
        counts[0] += 1
        counts[1] += good
        for i in range(start, end):
            covered[i] = True
        if not good and len(result.failures) < 20:
            got = _around(b, a, start, end)
            result.failures.append((kind, " ".join(a[max(0, start - 2):end + 2]), got))
    for i in range(len(a)):
        if not covered[i] and not ok[i]:
            result.false_edits += 1
    for i, dirty in enumerate(dirty_gap):
        near_unit = any(start <= i <= end for _, start, end in units)
        if dirty and not near_unit:
            result.false_edits += 1
    return result


def _around(b: list[str], a: list[str], start: int, end: int) -> str:
    """The repaired tokens aligned with clean tokens ``start-2 .. end+2`` (for failure reports)."""
    lo, hi = max(0, start - 2), min(len(a), end + 2)
    js = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            js += [j1 + i - i1 for i in range(max(i1, lo), min(i2, hi))]
        elif i1 < hi and i2 > lo or i1 == i2 and lo <= i1 <= hi:
            js += list(range(j1, j2))
    return " ".join(b[min(js):max(js) + 1]) if js else ""
