"""Per-stage statistics and the run ledger that accounts for every input.

A stage gets a :class:`StageStats` and reports into it: records in, records forwarded, records dropped with a
snake_case reason, and named counters (repair counts, boilerplate rules, ...). The :class:`Run` owns one
``StageStats`` per stage plus the list of inputs, and from them the manifest is built: every input ends
``emitted``, ``duplicate`` or ``rejected`` with a reason.
"""

from __future__ import annotations

import os
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from .records import Record

SHOWN_PER_INPUT = 20  # rejected lines of one input reported one by one (stderr, manifest); the rest are counted

def printable(line: str) -> str:
    """Return ``line`` with every non-printable character (newline, tab, bidi override, lone surrogate) as its
    backslash escape, so a file name cannot break a stderr line in two or reorder what a terminal shows.

    >>> print(printable("tipline: in/new\\nline\\u202e.txt: file is empty"))
    tipline: in/new\\nline\\u202e.txt: file is empty
    """
    if line.isprintable():
        return line
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in line)


def elided_line(path: str, counts: Counter | None) -> str:
    """The stderr line for rejections of ``path`` that were counted but not listed ('' when none).

    >>> elided_line("a.jsonl", Counter({"malformed_jsonl": 49980, "empty": 2}))
    'tipline: a.jsonl: 49,982 more rejected line(s) not listed (empty 2, malformed_jsonl 49,980); see the manifest'
    """
    if not counts:
        return ""
    reasons = ", ".join(f"{reason} {n:,}" for reason, n in sorted(counts.items()))
    return f"tipline: {path}: {sum(counts.values()):,} more rejected line(s) not listed ({reasons}); see the manifest"


@dataclass(slots=True)
class Drop:
    """A record (or a whole input) that left the stream, and why."""

    path: str
    reason: str
    stage: str
    record_id: str | None = None
    line: int | None = None
    duplicate_of: str | None = None
    detail: str | None = None
    indexed: bool = False  # duplicate_of is a record of an earlier run, known from a dedup index, not of this one


@dataclass
class StageStats:
    """Counters of one stage in one run (datatrove-style: total, forwarded, dropped, and named counts)."""

    name: str
    total: int = 0
    forwarded: int = 0
    counters: Counter = field(default_factory=Counter)
    drops: list[Drop] = field(default_factory=list)
    learned: dict[str, Any] = field(default_factory=dict)  # what the stage learned from the corpus (manifest)
    seconds: float = 0.0  # inclusive wall time spent producing this stage's output
    report: Callable[[str], None] | None = None  # where one-line errors go (stderr in the CLI)
    # the input as the user finds it, for those lines (records name it relative to the input root)
    locate: Callable[[str], str] | None = None
    not_read: list[str] = field(default_factory=list)  # files in the input folders whose names tipline does not read
    shown: Counter = field(default_factory=Counter)  # path -> rejections listed one by one so far
    elided: dict[str, Counter] = field(default_factory=dict)  # path -> reason -> rejections only counted
    # Called once the run's fate is known: True after its output was published, False when nothing was (a
    # failure, --strict). A dedup index is staged during the run and published only with the output.
    on_publish: list[Callable[[bool], None]] = field(default_factory=list)

    def count(self, name: str, n: int = 1) -> None:
        if n:
            self.counters[name] += n

    def drop(self, record: Record, reason: str, *, duplicate_of: str | None = None, detail: str | None = None,
             indexed: bool = False):
        """Record that ``record`` is not forwarded: counted as ``dropped_<reason>`` (or ``duplicate``)."""
        self.drop_ref(record.source.path, record.id, reason, line=record.source.line,
                      duplicate_of=duplicate_of, detail=detail, indexed=indexed)

    def drop_ref(self, path: str, record_id: str, reason: str, *, line: int | None = None,
                 duplicate_of: str | None = None, detail: str | None = None, indexed: bool = False) -> None:
        """Like :meth:`drop`, for a record known only by its path and id."""
        self.counters["duplicate" if reason == "duplicate" else f"dropped_{reason}"] += 1
        self.drops.append(Drop(path=path, reason=reason, stage=self.name, record_id=record_id, line=line,
                               duplicate_of=duplicate_of, detail=detail, indexed=indexed))

    def reject(self, path: str, reason: str, detail: str, *, line: int | None = None) -> None:
        """Record an input (or one line of it) that could not be read; say so in one line.

        Only the first ``SHOWN_PER_INPUT`` rejections of an input are listed (stderr and manifest); the rest are
        counted by reason and summarised by :meth:`finish_input`, so a file of a million bad lines costs a few
        lines of output, not a million.
        """
        self.total += 1
        self.counters[f"rejected_{reason}"] += 1
        self.shown[path] += 1
        if self.shown[path] > SHOWN_PER_INPUT:
            self.elided.setdefault(path, Counter())[reason] += 1
            return
        self.drops.append(Drop(path=path, reason=reason, stage=self.name, line=line, detail=detail))
        shown = self.locate(path) if self.locate is not None else path
        where = f"{shown}:{line}" if line is not None else shown
        if self.report is not None:
            self.report(f"tipline: {where}: {detail}")

    def finish_input(self, path: str) -> None:
        """Say in one line how many rejections of ``path`` were not listed (nothing when all were)."""
        line = elided_line(self.locate(path) if self.locate is not None else path, self.elided.get(path))
        if line and self.report is not None:
            self.report(line)

    def rejected_counts(self, path: str) -> dict[str, int]:
        """Every rejection of ``path`` in this stage by reason, listed or only counted."""
        counts = Counter(d.reason for d in self.drops if d.path == path and d.reason != "duplicate")
        counts.update(self.elided.get(path, {}))
        return dict(sorted(counts.items()))

    def merge(self, other: StageStats) -> None:
        """Add the counts of ``other`` (the same stage, run on another chunk in a worker) to these."""
        self.total += other.total
        self.forwarded += other.forwarded
        self.not_read.extend(other.not_read)
        self.counters.update(other.counters)
        self.drops.extend(other.drops)
        self.shown.update(other.shown)
        for path, counts in other.elided.items():
            self.elided.setdefault(path, Counter()).update(counts)
        if self.report is not None:  # rejections found in a worker are reported here, once, by the driver
            for d in other.drops:
                if d.record_id is None:
                    shown = self.locate(d.path) if self.locate is not None else d.path
                    self.report(f"tipline: {shown if d.line is None else f'{shown}:{d.line}'}: {d.detail}")
            for path, counts in sorted(other.elided.items()):
                self.report(elided_line(self.locate(path) if self.locate is not None else path, counts))
        for key, value in other.learned.items():
            self.learned.setdefault(key, value)

    def as_dict(self) -> dict[str, Any]:
        dropped = sum(n for k, n in self.counters.items() if k.startswith(("dropped_", "rejected_")))
        dropped += self.counters.get("duplicate", 0)
        return {
            "total": self.total,
            "forwarded": self.forwarded,
            "dropped": dropped,
            "counters": dict(sorted(self.counters.items())),
        }

    def intake(self, stream: Iterable[Record]) -> Iterator[Record]:
        """Wrap a stage's input: count what it receives."""
        for record in stream:
            self.total += 1
            yield record

    def track(self, stream: Iterable[Record]) -> Iterator[Record]:
        """Wrap a stage's output: count what it forwards and time it (inclusive of its upstream)."""
        it = iter(stream)
        while True:
            start = time.perf_counter()
            try:
                record = next(it)
            except StopIteration:
                self.seconds += time.perf_counter() - start
                return
            self.seconds += time.perf_counter() - start
            self.forwarded += 1
            yield record


@dataclass
class InputFile:
    """One input file as the reader saw it."""

    path: str
    sha256: str | None
    size: int | None
    format: str | None
    encoding: str | None = None
    records: int = 0  # documents (articles, JSONL lines) read from it
    # source paths of tipline records re-read from it (clean/articles.jsonl): those records keep their own
    # provenance, yet their fate belongs to this input in the ledger
    carried: set[str] = field(default_factory=set)


class Run:
    """Everything one invocation of the CLI learns: options, stage stats, inputs, outputs."""

    def __init__(self, options: dict[str, Any] | None = None, err: Callable[[str], None] | None = None):
        self.options = dict(options or {})
        sink = err or (lambda line: print(line, file=sys.stderr))
        self.err = lambda line: sink(printable(line))  # one stderr line per message, whatever a file is named
        self.stages: dict[str, StageStats] = {}
        self.inputs: dict[str, InputFile] = {}
        self.emitted: dict[str, list[str]] = {}  # path -> ids of articles written
        self.outputs: dict[str, dict[str, Any]] = {}
        self.runtime: dict[str, Any] = {}  # settings that must not change the output (workers, progress)
        self.root: str | None = None  # the input root input paths are relative to (set by the reader)
        self.settings: dict[str, dict[str, Any]] = {}  # stage options set by a config file or --set (manifest)
        self.started = time.perf_counter()

    def stage(self, name: str) -> StageStats:
        """Return the stats of stage ``name`` (created on first use; a name used twice gets a suffix)."""
        key = name
        n = 2
        while key in self.stages:
            key = f"{name}#{n}"
            n += 1
        stats = StageStats(name=key, report=self.err, locate=self.on_disk)
        self.stages[key] = stats
        return stats

    def add_input(self, item: InputFile) -> None:
        self.inputs[item.path] = item

    def on_disk(self, path: str) -> str:
        """An input's path on this machine (records and the manifest name it relative to :attr:`root`)."""
        if self.root is None or self.root == "." or path == "<stdin>":
            return path
        return os.path.join(self.root, path)

    def not_read(self) -> list[str]:
        """Files the input folders and globs hold that no reader read (by their names), sorted."""
        return sorted({p for s in self.stages.values() for p in s.not_read})

    def input_paths(self) -> list[str]:
        """The inputs read so far as paths on this machine."""
        return [self.on_disk(p) for p in self.inputs]

    def publish(self, published: bool) -> None:
        """Tell every stage whether the run's output was published (see ``StageStats.on_publish``); once."""
        for stats in self.stages.values():
            while stats.on_publish:
                stats.on_publish.pop(0)(published)

    def learned(self) -> dict[str, Any]:
        """What each stage learned from the corpus, by stage name (only stages that learned something)."""
        return {name: s.learned for name, s in self.stages.items() if s.learned}

    def drops(self) -> list[Drop]:
        return [d for s in self.stages.values() for d in s.drops]

    @property
    def rejected_count(self) -> int:
        """Inputs, lines and records that left the run for any reason but being a duplicate (exit code 1;
        with --strict, nothing is written)."""
        listed = sum(1 for d in self.drops() if d.reason != "duplicate")
        counted = sum(sum(c.values()) for s in self.stages.values() for c in s.elided.values())
        # an input that gave nothing and whose loss no stage explained (fate rejected: no_records) counts too,
        # once a write has accounted for what was emitted
        silent = 0
        if "write" in self.stages:
            silent = sum(1 for e in self.input_fates() if e.get("reason") == "no_records")
        return listed + counted + silent

    def input_fates(self) -> list[dict[str, Any]]:
        """Return one entry per input with its fate: emitted, duplicate or rejected (with reasons)."""
        owner: dict[str, str] = {}  # a re-read record's source path -> the input it was read from
        for input_path in sorted(self.inputs):
            for carried in sorted(self.inputs[input_path].carried):
                owner.setdefault(carried, input_path)

        def own(path: str) -> str:
            return path if path in self.inputs else owner.get(path, path)

        by_path: dict[str, list[Drop]] = {}
        for d in self.drops():
            by_path.setdefault(own(d.path), []).append(d)
        emitted_by: dict[str, list[str]] = {}
        for path, ids in self.emitted.items():
            emitted_by.setdefault(own(path), []).extend(ids)
        elided: dict[str, Counter] = {}
        for s in self.stages.values():
            for path, counts in s.elided.items():
                elided.setdefault(path, Counter()).update(counts)
        paths = sorted(set(self.inputs) | set(by_path) | set(elided) | set(emitted_by))
        out = []
        for path in paths:
            item = self.inputs.get(path)
            drops = sorted(by_path.get(path, []), key=lambda d: (d.line or 0, d.record_id or "", d.reason))
            emitted = sorted(emitted_by.get(path, []))
            duplicates = [d for d in drops if d.reason == "duplicate"]
            if emitted:
                fate = "emitted"
            elif duplicates:
                fate = "duplicate"
            else:
                fate = "rejected"
            entry: dict[str, Any] = {
                "path": path,
                "sha256": item.sha256 if item else None,
                "size": item.size if item else None,
                "format": item.format if item else None,
                "encoding": item.encoding if item else None,
                "fate": fate,
                "emitted": emitted,
            }
            if duplicates:
                entry["duplicates"] = [{"id": d.record_id, "duplicate_of": d.duplicate_of,
                                        **({"indexed": True} if d.indexed else {})} for d in duplicates]
            others = [d for d in drops if d.reason != "duplicate"]
            if others:
                entry["rejected"] = [
                    {k: v for k, v in (("id", d.record_id), ("line", d.line), ("reason", d.reason),
                                       ("stage", d.stage), ("detail", d.detail)) if v is not None}
                    for d in others
                ]
            if path in elided:  # only the first rejections are listed: give the count of every reason
                counts = Counter(d.reason for d in others)
                counts.update(elided[path])
                entry["rejected_counts"] = dict(sorted(counts.items()))
            if fate == "rejected":
                entry["reason"] = others[0].reason if others else "no_records"
            out.append(entry)
        return out
