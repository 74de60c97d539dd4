"""The pattern-scaling probe: find every compiled pattern of ``pipeline`` whose time grows faster than its input.

Round 9 found, late, five line patterns that walked a long blank run once per position (quadratic: 100 KB of
spaces in one header line took minutes when segment ran alone). The fuzz harness feeds whole inputs; this probe
goes the other way round: it imports every ``pipeline`` module, collects every compiled pattern (``re`` and the
``regex`` module's) held at module level (also inside dicts, lists, tuples and sets of patterns, a few levels
deep), and times ``findall`` (which stands for ``search`` too, see METHODS) and ``match`` on generated strings of
length ``n`` and ``4n``: runs of
blanks (spaces, tabs, NBSP, ideographic space), letters, digits, punctuation, newline runs, "a " repeated, a byline word
repeated, and strings made from the pattern's own words (the word repeated, the word then a long blank run, ...).

A pattern is *flagged* when its time grows about quadratically (``4n`` takes ``RATIO`` times ``n`` or more, and
long enough not to be timer noise) or when ``4n`` alone takes over ``BUDGET`` seconds. A linear pattern grows ~4x.

Every call runs under a CPU-time cap (``CALL_CAP``: a SIGPROF timer; both engines check signals while they match),
and every pattern under ``PATTERN_CAP`` seconds in all: one catastrophic pattern is flagged ("capped") and the
probe goes on, so a whole run finishes (round 10's probe at n = 2,000 never got past html_meta). A pattern whose
cap ran out before its every shape was tried is listed as *unfinished*, never counted as clean.

    python -m fuzz.patterns                 # n = 2,000; print every flagged pattern
    python -m fuzz.patterns --n 20000 --json flagged.json
    python -m fuzz.patterns --only html_meta
    python -m fuzz.patterns --modules attribution --only BYLINE     # one module's patterns named so
    python -m fuzz.patterns --start-at text.dates                   # resume a stopped probe at a module

A module is named by its dotted name or a tail of it (``attribution``, ``text.attribution``); ``--start-at``
skips every module the probe visits before the one named (the order is ``pkgutil.walk_packages``'s, as the
probe's progress lines show), so a probe stopped part way can be resumed where it stopped.

Patterns compiled inside functions, or passed to ``re.search`` as strings, are not seen (say so in any claim).
"""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import re
import signal
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass

import regex

RATIO = 10.0  # 4x the input: linear ~4x, quadratic ~16x; 10x is clear of both (best of a few runs)
NOISE = 0.002  # seconds: at 4n a pattern this fast is fine whatever its ratio (timer and cache noise)
BUDGET = 0.25  # seconds for one call at 4n (80 KB at n = 20,000): slower than any linear scan of it should be
SLOW_N = 0.5  # seconds at n: flagged at once, 4n not tried (it could take minutes)
CALL_CAP = 2.0  # CPU seconds one call may take before it is stopped (and flagged: 8x BUDGET, so never a linear scan)
PATTERN_CAP = 20.0  # CPU seconds one pattern may take over all its shapes; what is left is reported unfinished
PATTERN_TYPES = (re.Pattern, regex.Pattern)
AVERAGE_SPAN = 0.05  # CPU seconds a near-noise ratio is measured over again (many calls of the short ones)
# findall tries every offset, as search does on a string it never matches (the slow case); match tries one
METHODS = ("findall", "match")

# The shapes every pattern meets: one repeated unit each (the unit is repeated to the length asked).
UNITS: dict[str, str] = {
    "spaces": " ", "tabs": "\t", "nbsp": "\u00a0", "ideographic": "\u3000", "newlines": "\n", "crlf": "\r\n",
    "blank-lines": " \n", "letter": "a", "capital": "A", "digit": "7", "dot": ".", "dash": "-", "equals": "=",
    "star": "*", "hash": "#", "pipe": "|", "comma-space": ", ", "a-space": "a ", "word-space": "word ",
    "Word-space": "Word ", "by-space": "By ", "by-lower": "by ", "and-space": "and ", "name-pair": "Ada Lee ",
    "colon-space": ": ", "digit-space": "7 ", "dot-space": ". ", "slash": "/", "quote": '"', "paren": "(",
    "bracket": "[", "lt": "<", "amp": "&", "apos": "'", "mixed": "a1 .-", "title-words": "Tip Two ",
}

# Units also made as a run followed by one letter.
ENDED = ("spaces", "tabs", "nbsp", "ideographic", "newlines", "crlf", "blank-lines", "dot", "dash", "star", "a-space",
         "by-space", "comma-space")


@dataclass(frozen=True)
class Found:
    module: str
    name: str  # the module attribute; "NAME[key]" inside a table
    pattern: re.Pattern | regex.Pattern


@dataclass
class Flag:
    module: str
    name: str
    pattern: str
    method: str
    shape: str
    n: int
    seconds_n: float
    seconds_4n: float | None  # None: not tried (n alone was over SLOW_N or was stopped at CALL_CAP)
    capped: bool = False  # a call was stopped at CALL_CAP (its time is the cap, the real time is longer)

    @property
    def ratio(self) -> float | None:
        return None if self.seconds_4n is None else self.seconds_4n / max(self.seconds_n, 1e-9)


# ------------------------------------------------------------------------------------------------ collecting


def _patterns_in(obj: object, name: str, depth: int = 0) -> Iterator[tuple[str, re.Pattern | regex.Pattern]]:
    if isinstance(obj, PATTERN_TYPES):
        yield name, obj
        return
    if depth >= 3:
        return
    if isinstance(obj, dict):
        for key, value in list(obj.items()):
            yield from _patterns_in(key, f"{name}[key]", depth + 1)
            yield from _patterns_in(value, f"{name}[{key!r}]"[:120], depth + 1)
    elif isinstance(obj, (list, tuple, set, frozenset)):
        for i, value in enumerate(obj):
            yield from _patterns_in(value, f"{name}[{i}]", depth + 1)


def collect(package: str = "pipeline") -> list[Found]:
    """Every distinct compiled pattern at module level in ``package`` (first place found names it)."""
    root = importlib.import_module(package)
    seen: dict[tuple[object, int], Found] = {}
    modules = [root.__name__] + [m.name for m in pkgutil.walk_packages(root.__path__, f"{package}.")]
    for mod_name in modules:
        try:
            module = importlib.import_module(mod_name)
        except Exception as exc:  # an optional extra not installed: say so, go on
            print(f"patterns: cannot import {mod_name}: {exc}", file=sys.stderr)
            continue
        for attr, value in list(vars(module).items()):
            for name, pattern in _patterns_in(value, attr):
                key = (type(pattern), pattern.pattern, pattern.flags)
                if pattern.pattern and key not in seen:
                    seen[key] = Found(mod_name, name, pattern)
    return list(seen.values())


# ------------------------------------------------------------------------------------------------ inputs


def own_words(pattern: re.Pattern | regex.Pattern, limit: int = 4) -> list[str]:
    """A few literal words of the pattern's source (the words it looks for), longest first.

    >>> own_words(re.compile(r"(?i)\\b(?:posted|written) by\\s+\\w+"))
    ['written', 'posted']
    """
    source = pattern.pattern if isinstance(pattern.pattern, str) else pattern.pattern.decode("latin-1")
    words = {w for w in re.findall(r"(?<![\\?])\b[A-Za-z][a-z]{2,}\b", source)}
    return sorted(words, key=lambda w: (-len(w), w))[:limit]


def shapes(pattern: re.Pattern | regex.Pattern) -> dict[str, Callable[[int], str]]:
    """Shape name -> a maker of that shape at length about ``n``."""
    made: dict[str, Callable[[int], str]] = {
        name: (lambda n, u=unit: (u * (n // len(u) + 1))[:n]) for name, unit in UNITS.items()}
    for name in ENDED:  # a run that does not reach the end: "\s+\Z" fails from each of its positions
        made[f"{name}-then-x"] = lambda n, u=UNITS[name]: (u * (n // len(u) + 1))[:n] + "x"
    made["x-spaces-x"] = lambda n: "x" + " " * n + "x"
    made["tab-space"] = lambda n: ("\t " * n)[:n]
    for word in own_words(pattern):
        capital = word.capitalize()
        made[f"{word!r}-repeated"] = lambda n, w=word: (w * (n // len(w) + 1))[:n]
        made[f"{word!r}-space-repeated"] = lambda n, w=word: ((w + " ") * (n // (len(w) + 1) + 1))[:n]
        made[f"{word!r}-then-spaces"] = lambda n, w=word: w + " " * n
        made[f"{word!r}-then-letters"] = lambda n, w=word: w + " " + "a" * n
        made[f"{capital!r}-then-spaces"] = lambda n, w=capital: w + " " * n
    return made


# ------------------------------------------------------------------------------------------------ timing


def _call(pattern: re.Pattern | regex.Pattern, method: str) -> Callable[[object], object]:
    return getattr(pattern, method)


class Capped(Exception):
    """A call ran past its CPU-time cap."""


def _stop(_signum: int, _frame: object) -> None:
    raise Capped


def capped_call(fn: Callable[[object], object], arg: object, cap: float) -> float:
    """CPU seconds of one call of ``fn(arg)``; ``Capped`` when it runs past ``cap`` CPU seconds (SIGPROF counts
    this process's CPU time; ``re`` and ``regex`` both check for signals while they match, so the call stops).

    >>> try:
    ...     capped_call(re.compile(r"(a+)+b").match, "a" * 40, 0.05)
    ... except Capped:
    ...     print("stopped")
    stopped
    """
    old = signal.signal(signal.SIGPROF, _stop)
    start = time.process_time()
    try:
        signal.setitimer(signal.ITIMER_PROF, cap)
        try:
            fn(arg)
        finally:
            signal.setitimer(signal.ITIMER_PROF, 0)
    finally:
        signal.signal(signal.SIGPROF, old)
    return time.process_time() - start


def timed(fn: Callable[[object], object], arg: object, repeat: int = 3, cap: float = CALL_CAP) -> float:
    """Best CPU seconds of ``repeat`` calls (fewer when one call is already slow: over 5 ms, one call); ``Capped``
    when a call runs past ``cap``."""
    best = float("inf")
    for _ in range(repeat):
        best = min(best, capped_call(fn, arg, cap))
        if best > 0.005:
            break
    return best


def averaged(fn: Callable[[object], object], arg: object, span: float = AVERAGE_SPAN) -> float:
    """CPU seconds per call of ``fn(arg)``, over as many calls as fill ``span`` seconds: the process clock may tick
    in steps of a few ms (4 ms here), so one short call reads 0 or one step and their ratio means nothing (round
    11: a linear 1.5 ms call read 0.0, its 4n 4 ms, "x4,000,000")."""
    calls, start = 0, time.process_time()
    while True:
        capped_call(fn, arg, CALL_CAP)
        calls += 1
        spent = time.process_time() - start
        if spent >= span or calls >= 1000:
            return spent / calls


def probe(found: Found, n: int, methods: tuple[str, ...] = METHODS, pattern_cap: float = PATTERN_CAP,
          call_cap: float = CALL_CAP) -> list[Flag]:
    """Every (method, shape) on which ``found`` is flagged; empty for a pattern that scales linearly. Past
    ``pattern_cap`` CPU seconds the rest is not tried: the last flag then has ``shape`` "unfinished"."""
    flags: list[Flag] = []
    is_bytes = isinstance(found.pattern.pattern, bytes)
    source = str(found.pattern.pattern)
    spent = time.process_time()

    def flag(method: str, shape: str, t_n: float, t_4n: float | None, capped: bool = False) -> None:
        flags.append(Flag(found.module, found.name, source, method, shape, n, t_n, t_4n, capped))

    for shape, make in shapes(found.pattern).items():
        if time.process_time() - spent > pattern_cap:
            flag("-", "unfinished", time.process_time() - spent, None)
            break
        small, big = make(n), make(4 * n)
        if is_bytes:
            small, big = small.encode("utf-8"), big.encode("utf-8")
        for method in methods:
            fn = _call(found.pattern, method)
            try:
                t_n = timed(fn, small, 1, min(call_cap, SLOW_N * 2))
            except Capped:
                flag(method, shape, min(call_cap, SLOW_N * 2), None, capped=True)
                continue
            if t_n > SLOW_N:
                flag(method, shape, t_n, None)
                continue
            try:
                t_4n = timed(fn, big, 1, call_cap)
            except Capped:
                flag(method, shape, t_n, call_cap, capped=True)
                continue
            if t_4n > BUDGET or (t_4n > NOISE and t_4n >= RATIO * max(t_n, 1e-6)):
                if t_4n <= BUDGET:  # ratios near the noise floor: measure both again before believing them
                    t_n, t_4n = averaged(fn, small), averaged(fn, big)
                    if not (t_4n > NOISE and t_4n >= RATIO * max(t_n, 1e-6)):
                        continue
                flag(method, shape, t_n, t_4n)
    return flags


def names_module(wanted: str, module: str) -> bool:
    """``wanted`` is ``module``'s dotted name or a tail of it (whole parts only).

    >>> module = "pipeline.text.attribution"
    >>> names_module("attribution", module), names_module("text.attribution", module), names_module(module, module)
    (True, True, True)
    >>> names_module("bution", "pipeline.text.attribution"), names_module("text", "pipeline.text.attribution")
    (False, False)
    """
    return module == wanted or module.endswith("." + wanted)


def select(found: list[Found], only: str | None = None, modules: list[str] | None = None,
           start_at: str | None = None) -> list[Found]:
    """The patterns a probe visits, in ``found``'s order: from the first of module ``start_at`` on (all when
    None; none when no module is so named), in one of ``modules`` (all when None), whose module or name contains
    ``only`` (all when None)."""
    if start_at is not None:
        first = next((i for i, f in enumerate(found) if names_module(start_at, f.module)), len(found))
        found = found[first:]
    if modules:
        found = [f for f in found if any(names_module(m, f.module) for m in modules)]
    return [f for f in found if only is None or only in f.module or only in f.name]


def run(n: int = 2000, package: str = "pipeline", only: str | None = None,
        progress: Callable[[Flag], None] | None = None, verbose: bool = False, modules: list[str] | None = None,
        start_at: str | None = None) -> tuple[int, list[Flag]]:
    """Probe the patterns of ``package`` that :func:`select` keeps (``only``, ``modules``, ``start_at``);
    ``progress`` is called with each flag as it is found (a long probe can be read while it runs)."""
    found = select(collect(package), only, modules, start_at)
    flags: list[Flag] = []
    module = None
    for item in found:
        if verbose and item.module != module:  # a long probe says where it is
            module = item.module
            print(f"patterns: {module} ({time.process_time():.0f} s CPU so far)", file=sys.stderr, flush=True)
        new = probe(item, n)
        for flag in new:
            if progress:
                progress(flag)
        flags += new
    return len(found), flags


def flag_line(f: Flag) -> str:
    if f.shape == "unfinished":
        return f"  {f.module}.{f.name}: unfinished (its {PATTERN_CAP:.0f} s cap ran out)   /{f.pattern[:100]}/"
    t4 = "not tried" if f.seconds_4n is None else f"{f.seconds_4n * 1000:,.1f} ms (x{f.ratio:.0f})"
    if f.capped:
        t4 = ("stopped at the cap at n" if f.seconds_4n is None
              else f"stopped at the {f.seconds_4n:.1f} s cap (x{f.ratio:.0f} or more)")
    return (f"  {f.module}.{f.name} {f.method} on {f.shape}: {f.seconds_n * 1000:,.1f} ms -> {t4}"
            f"   /{f.pattern[:100]}/")


def render(count: int, flags: list[Flag], n: int) -> str:
    slow = {(f.module, f.name) for f in flags if f.shape != "unfinished"}
    unfinished = sorted({f"{f.module}.{f.name}" for f in flags if f.shape == "unfinished"})
    lines = [f"{count} patterns probed at n = {n:,} and 4n; {len(slow)} flagged; {len(unfinished)} unfinished"]
    lines += [flag_line(f) for f in flags]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m fuzz.patterns", description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=2000, help="the small length (the large is 4n)")
    parser.add_argument("--only", default=None, help="only patterns whose module or name contains this")
    parser.add_argument("--modules", default=None,
                        help="comma-separated modules to probe, each a dotted name or a tail of it (attribution)")
    parser.add_argument("--start-at", default=None,
                        help="skip the modules probed before this one (resume a stopped probe)")
    parser.add_argument("--json", default=None, help="also write the flags to this file")
    args = parser.parse_args(argv)
    modules = [m.strip() for m in args.modules.split(",") if m.strip()] if args.modules else None
    count, flags = run(args.n, only=args.only, modules=modules, start_at=args.start_at,
                       progress=lambda f: print("flag:" + flag_line(f), flush=True), verbose=True)
    if count == 0:  # a misspelt module or --start-at: say so rather than report a clean probe
        print("patterns: no pattern selected (check --only, --modules, --start-at)", file=sys.stderr)
        return 2
    print(render(count, flags, args.n))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump([asdict(f) for f in flags], fh, indent=1, ensure_ascii=False)
    return 1 if flags else 0


if __name__ == "__main__":
    sys.exit(main())
