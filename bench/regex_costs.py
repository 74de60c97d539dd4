"""Which regular expressions the whole chain spends its time in, pattern by pattern (issue 19: "fewer regex passes
per line (profile first)").

cProfile names the engine's methods (``re.Pattern.search``) but not the pattern, so this module wraps every
pattern pipeline compiles: ``re.compile`` and ``regex.compile`` are replaced, before ``pipeline`` is imported, by a
function that hands out a :class:`TimedPattern`, which times each call (``finditer``'s matches as they are read) on
the wall clock and keeps the calling line. Run in a process of its own: the chain runs once to load its models and
fill nothing but its caches' first answers, and a second time measured.

    python -m bench.regex_costs FILE [N]    # JSON: the run's regex seconds and calls, the N costliest patterns

The wrapper costs about a microsecond a call, so the seconds are shares of a slower run, not the chain's own.
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

import regex

TIMED_METHODS = ("search", "match", "fullmatch", "sub", "subn", "findall", "split")
SHOWN_CHARS = 90  # of a pattern's text in the table


class Costs:
    """Nanoseconds and calls per pattern (keyed by engine, pattern text and flags), and per pattern and caller."""

    def __init__(self) -> None:
        self.ns: Counter = Counter()
        self.calls: Counter = Counter()
        self.by_caller: Counter = Counter()
        self.compiled_at: dict[tuple, str] = {}

    def add(self, key: tuple, ns: int, depth: int = 2) -> None:
        self.ns[key] += ns
        self.calls[key] += 1
        self.by_caller[key, caller(depth + 1)] += ns

    def clear(self) -> None:
        self.ns.clear()
        self.calls.clear()
        self.by_caller.clear()


COSTS = Costs()


def caller(depth: int) -> str:
    """The calling frame ``depth`` up as ``path:line(function)``, the path from ``pipeline/`` on."""
    frame = sys._getframe(depth)
    return f"{short_path(frame.f_code.co_filename)}:{frame.f_lineno}({frame.f_code.co_name})"


def short_path(filename: str) -> str:
    """A file's path from ``pipeline/`` on (its name elsewhere).

    >>> short_path("/w/tipline/pipeline/stages/segment.py"), short_path("/usr/lib/python3/re/__init__.py")
    ('stages/segment.py', '__init__.py')
    """
    return filename.rsplit("pipeline/", 1)[1] if "pipeline/" in filename else filename.rsplit("/", 1)[-1]


class TimedPattern:
    """A compiled pattern that adds each call's time to :data:`COSTS`; anything else is the pattern's own."""

    __slots__ = ("_pattern", "_key")

    def __init__(self, pattern: Any, key: tuple) -> None:
        self._pattern = pattern
        self._key = key

    def __getattr__(self, name: str) -> Any:
        return getattr(self._pattern, name)

    def __hash__(self) -> int:
        return hash(self._pattern)

    def __eq__(self, other: object) -> bool:
        return self._pattern == (other._pattern if isinstance(other, TimedPattern) else other)

    def __repr__(self) -> str:
        return repr(self._pattern)

    def finditer(self, *args: Any, **kwargs: Any) -> Iterator[Any]:
        start = time.perf_counter_ns()
        matches = self._pattern.finditer(*args, **kwargs)
        COSTS.add(self._key, time.perf_counter_ns() - start)
        return self._timed(matches)

    def _timed(self, matches: Iterator[Any]) -> Iterator[Any]:
        while True:
            start = time.perf_counter_ns()
            found = next(matches, None)
            COSTS.ns[self._key] += time.perf_counter_ns() - start
            if found is None:
                return
            yield found


def _timed_method(name: str) -> Callable[..., Any]:
    def call(self: TimedPattern, *args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter_ns()
        result = getattr(self._pattern, name)(*args, **kwargs)
        COSTS.add(self._key, time.perf_counter_ns() - start)
        return result

    call.__name__ = name
    return call


for _name in TIMED_METHODS:
    setattr(TimedPattern, _name, _timed_method(_name))
TimedPattern.pattern = property(lambda self: self._pattern.pattern)  # type: ignore[attr-defined]


def timing_compile(compile_: Callable[..., Any], engine: str) -> Callable[..., Any]:
    """``compile_`` (re's or regex's) handing out :class:`TimedPattern` s, each remembering where pipeline made it."""
    def timed_compile(pattern: Any, flags: int = 0, *args: Any, **kwargs: Any) -> Any:
        if isinstance(pattern, TimedPattern):
            return pattern
        compiled = compile_(pattern, flags, *args, **kwargs)
        key = (engine, compiled.pattern, compiled.flags)
        if key not in COSTS.compiled_at:
            frame = sys._getframe(1)
            while frame is not None and "pipeline/" not in frame.f_code.co_filename:
                frame = frame.f_back
            COSTS.compiled_at[key] = (f"{short_path(frame.f_code.co_filename)}:{frame.f_lineno}"
                                      if frame is not None else "?")
        return TimedPattern(compiled, key)

    return timed_compile


def shown(pattern: str) -> str:
    """A pattern's text on one line, cut to :data:`SHOWN_CHARS`, with the table's bars escaped and the combining
    marks and control characters a pattern's ranges hold written as escapes (they would sit on their neighbours).

    >>> shown("a|b\\n  c"), shown("[\u0300-\u036f]")
    ('a\\\\|b c', '[\\\\u0300-\\\\u036f]')
    """
    one_line = " ".join(pattern.split())
    cut = one_line if len(one_line) <= SHOWN_CHARS else one_line[:SHOWN_CHARS] + "…"
    return "".join(f"\\u{ord(ch):04x}" if unicodedata.category(ch)[0] in "MC" else ch
                   for ch in cut).replace("|", "\\|")


def costliest(n: int) -> list[dict]:
    """The ``n`` patterns of the most time, each with its calls, where it was compiled and its costliest caller."""
    rows = []
    for key, ns in COSTS.ns.most_common(n):
        callers = [(spent, who) for (k, who), spent in COSTS.by_caller.items() if k == key]
        top = max(callers, default=(0, "?"))
        rows.append({"pattern": shown(key[1]), "engine": key[0], "compiled": COSTS.compiled_at.get(key, "?"),
                     "calls": COSTS.calls[key], "seconds": ns / 1e9, "top_caller": top[1],
                     "top_caller_share": top[0] / ns if ns else 0.0})
    return rows


def main(path: str, n: int) -> dict:
    re.compile = timing_compile(re.compile, "re")  # type: ignore[assignment]
    regex.compile = timing_compile(regex.compile, "regex")
    from pipeline import Pipeline

    def run() -> float:
        with tempfile.TemporaryDirectory(prefix="tipline-regex-costs-") as out:
            start = time.perf_counter()
            Pipeline(workers=1, err=lambda line: None).run([path], out + "/o")
            return time.perf_counter() - start

    run()
    COSTS.clear()
    wall = run()
    return {"wall": wall, "regex_seconds": sum(COSTS.ns.values()) / 1e9, "regex_calls": sum(COSTS.calls.values()),
            "patterns": costliest(n)}


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 15)))
