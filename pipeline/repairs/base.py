"""What every fix returns: the new text and a list of :class:`Change` — exact spans, so a plan can be replayed."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from difflib import SequenceMatcher
from typing import NamedTuple


class Change(NamedTuple):
    """One edit a fix made: ``before`` at offset ``at`` of the fix's input became ``after``.

    ``name`` is the counter it is counted under (``repparttar``, ``stripped_com``, ``mojibake``, ...);
    ``detail`` says why, when the name alone does not (e.g. ftfy's steps).
    """

    name: str
    before: str
    after: str
    at: int
    detail: str = ""


FixResult = tuple[str, list[Change]]


def substitute(pattern: re.Pattern[str], text: str, replace: Callable[[re.Match[str]], tuple[str, str] | None],
               ) -> FixResult:
    """Replace every match of ``pattern`` for which ``replace`` returns ``(name, new_text)``; keep the others.

    >>> substitute(re.compile(r"\\bteh\\b"), "teh cat and teh dog", lambda m: ("typo", "the"))
    ('the cat and the dog', [Change(name='typo', before='teh', after='the', at=0, detail=''), \
Change(name='typo', before='teh', after='the', at=12, detail='')])
    """
    return substitute_at(text, pattern.finditer(text), replace)


def substitute_at(text: str, matches: Iterable[re.Match[str]],
                  replace: Callable[[re.Match[str]], tuple[str, str] | None]) -> FixResult:
    """Like :func:`substitute`, for matches found some other way (in order, not overlapping).

    >>> p = re.compile(r"teh")
    >>> substitute_at("teh cat, teh dog", [p.match("teh cat, teh dog", 9)], lambda m: ("typo", "the"))[0]
    'teh cat, the dog'
    """
    changes: list[Change] = []
    out = []
    pos = 0
    for m in matches:
        decided = replace(m)
        if decided is None or decided[1] == m.group(0):
            continue
        changes.append(Change(decided[0], m.group(0), decided[1], m.start()))
        out.append(text[pos:m.start()])
        out.append(decided[1])
        pos = m.end()
    if not changes:
        return text, changes
    out.append(text[pos:])
    return "".join(out), changes


_TOKENS = re.compile(r"\s+|[^\s]+")


def diff_changes(name: str, before: str, after: str, offset: int = 0, detail: str = "") -> list[Change]:
    """Describe how ``before`` became ``after`` as word-level changes (for fixes that rewrite a whole line).

    >>> diff_changes("mojibake", "It’s fine, itâ€™s not", "It’s fine, it’s not")
    [Change(name='mojibake', before='itâ€™s', after='it’s', at=11, detail='')]
    """
    a = _TOKENS.findall(before)
    b = _TOKENS.findall(after)
    starts = [0]
    for tok in a:
        starts.append(starts[-1] + len(tok))
    changes = []
    if len(a) == len(b) and all(x.isspace() == y.isspace() for x, y in zip(a, b, strict=True)):
        # The usual case (ftfy fixed characters inside words): compare token by token, in linear time.
        return [Change(name, x, y, offset + starts[i], detail) for i, (x, y) in enumerate(zip(a, b, strict=True))
                if x != y]
    for op, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op != "equal":
            changes.append(Change(name, "".join(a[i1:i2]), "".join(b[j1:j2]), offset + starts[i1], detail))
    return changes


def replay(text: str, changes: list[Change]) -> str:
    """Apply the changes of one fix (offsets into ``text``) and return the result; used to audit a plan.

    >>> replay("teh cat and teh dog", [Change("typo", "teh", "the", 0), Change("typo", "teh", "the", 12)])
    'the cat and the dog'
    """
    out = []
    pos = 0
    for change in sorted(changes, key=lambda c: c.at):
        if change.at < pos or text[change.at:change.at + len(change.before)] != change.before:
            raise ValueError(f"change {change!r} does not apply at offset {change.at}")
        out.append(text[pos:change.at])
        out.append(change.after)
        pos = change.at + len(change.before)
    out.append(text[pos:])
    return "".join(out)
