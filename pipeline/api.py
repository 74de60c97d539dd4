"""The library API: run tipline from Python without the CLI (as sqlite-utils keeps ``db.py`` apart from ``cli.py``).

- :data:`DEFAULT_STAGES`: the cleaning chain ``tipline run`` applies between reading and writing.
- :class:`Pipeline`: ``Pipeline(stages=DEFAULT_STAGES, workers=N).run(inputs, out)`` reads the inputs, runs
  the stages and writes ``out`` (articles, tips, manifest); it returns the manifest.
- :func:`clean_text`: strings or dicts in, records out, no files: for cleaning text inside your own program.

The runner records every stage's options in the manifest (:func:`bind`); the CLI only parses options into
configs, renders progress and turns the result into an exit code.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass
from typing import Any

from . import io
from .parallel import Processor, compose
from .records import Record
from .stage import Stage, StageKind
from .stages import boilerplate, dedup, read, repair, segment, tips, write
from .stats import Run, StageStats

Manifest = dict[str, Any]  # the manifest as written to OUT/manifest.json (schema tipline.manifest/1)
TEXT_PATH = "<text>"  # the source path of records made by clean_text (item n is line n)


@dataclass(frozen=True)
class Step:
    """One stage of a chain: the stage's declaration (``module.STAGE``) and its (frozen) config."""

    kind: StageKind
    config: Any

    @property
    def name(self) -> str:
        return self.kind.name


DEFAULT_STAGES: tuple[Step, ...] = (
    Step(repair.STAGE, repair.RepairConfig()),
    Step(boilerplate.STAGE, boilerplate.BoilerplateConfig()),
    Step(segment.STAGE, segment.SegmentConfig()),
    Step(dedup.STAGE, dedup.DedupConfig(level="article")),
    Step(tips.STAGE, tips.TipsConfig()),
    Step(dedup.STAGE, dedup.DedupConfig(level="tip")),
)


def through(last: str, stages: Iterable[Step] = DEFAULT_STAGES) -> tuple[Step, ...]:
    """The stages up to and including the first named ``last`` (the text as a given stage leaves it).

    >>> [s.name for s in through("boilerplate")]
    ['repair', 'boilerplate']
    """
    stages = tuple(stages)
    names = [s.name for s in stages]
    if last not in names:
        raise ValueError(f"no stage {last!r} in the chain (stages: {', '.join(names)})")
    return stages[: names.index(last) + 1]


def register(ledger: Run, name: str, config: Any) -> StageStats:
    """A stage of this run: its stats, and its config among the manifest's options."""
    stats = ledger.stage(name)
    ledger.options[stats.name] = json.loads(json.dumps(asdict(config), default=str))
    return stats


def bind(ledger: Run, step: Step, **extra: Any) -> Stage:
    """``step`` ready to run in this run (``extra``: keyword arguments of its ``run`` that never change output)."""
    return Stage(step.kind, step.config, register(ledger, step.name, step.config), extra)


def source(ledger: Run, paths: tuple[str, ...], config: read.ReadConfig,
           all_paths: Callable[[], Iterable[str]] | None = None) -> Processor:
    """The reader: passes on what comes before it, then the records of ``paths``.

    Source paths are written relative to the input root of ``all_paths()`` (every reader's paths, asked when the
    chain runs; default ``paths``), recorded once as the manifest's ``root``."""
    stats = register(ledger, read.NAME, config)

    def processor(stream: Iterable[Record]) -> Iterator[Record]:
        yield from stream
        ledger.root = io.input_root(all_paths() if all_paths is not None else paths)
        yield from stats.track(read.run(paths, config, stats, on_input=ledger.add_input, root=ledger.root))

    return processor


def sink(ledger: Run, out: str, *, strict: bool = False, force: bool = False,
         inputs: Callable[[], Iterable[str]] = tuple,
         on_written: Callable[[Manifest], None] = lambda manifest: None, format: str = "jsonl") -> Processor:
    """The writer: drains the stream into the directory ``out`` (``format`` jsonl or parquet) and hands the
    manifest to ``on_written``. ``inputs`` is asked when the chain runs (paths no output may touch)."""
    write.WriteConfig(out=out, format=format)  # a bad format fails now, before anything runs
    stats = ledger.stage(write.NAME)

    def processor(stream: Iterable[Record]) -> Iterator[Record]:
        config = write.WriteConfig(out=out, strict=strict, force=force, inputs=tuple(inputs()), format=format)
        on_written(write.run(stream, config, stats, ledger))
        yield from ()

    return processor


class Pipeline:
    """A chain of stages run locally over ``workers`` processes (the output is the same for any number).

    >>> Pipeline(workers=2).names()
    ['read', 'repair', 'boilerplate', 'segment', 'dedup', 'tips', 'dedup', 'write']
    """

    def __init__(self, stages: Iterable[Step] = DEFAULT_STAGES, workers: int = 1, *,
                 max_bytes: int = io.DEFAULT_MAX_BYTES, strict: bool = False, force: bool = False,
                 err: Callable[[str], None] | None = None, format: str = "jsonl"):
        if workers < 1:
            raise ValueError(f"workers must be 1 or more, not {workers}")
        self.stages = tuple(stages)
        self.workers = workers
        self.read_config = read.ReadConfig(max_bytes=max_bytes)
        self.strict = strict
        self.force = force
        self.format = format  # of the output files: jsonl, or parquet (tipline[parquet])
        self.err = err  # where rejections are reported, one line each (default: stderr)
        self.ledger: Run | None = None  # the last run's ledger: stats, inputs, options

    def names(self) -> list[str]:
        return [read.NAME, *(s.name for s in self.stages), write.NAME]

    def new_ledger(self) -> Run:
        ledger = Run(err=self.err)
        ledger.runtime.update(workers=self.workers, engine="local")
        return ledger

    def processors(self, ledger: Run, inputs: Iterable[str], out: str,
                   on_written: Callable[[Manifest], None] = lambda manifest: None) -> list[Processor]:
        """Reader, stages and writer bound to ``ledger`` (the CLI's ``run`` uses these, with its own ledger)."""
        paths = tuple(inputs)
        return [source(ledger, paths, self.read_config), *(bind(ledger, s) for s in self.stages),
                sink(ledger, out, strict=self.strict, force=self.force, inputs=lambda: (*paths, *ledger.input_paths()),
                     on_written=on_written, format=self.format)]

    def run(self, inputs: Iterable[str] | str, out: str) -> Manifest:
        """Read ``inputs`` (paths: files, directories, globs), clean them and write ``out``; return the manifest.

        Raises :class:`pipeline.stages.write.StrictFailure` (``strict`` and something was rejected) and
        :class:`pipeline.io.OutputError` (``out`` refused or unwritable); nothing is written then.
        """
        if isinstance(inputs, str):
            inputs = (inputs,)
        self.ledger = ledger = self.new_ledger()
        written: list[Manifest] = []
        try:
            for _ in compose(self.processors(ledger, inputs, out, written.append), self.workers)(iter(())):
                pass
        finally:
            ledger.publish(bool(written))
        return written[0]

    def records(self, items: Iterable[str | dict[str, Any]]) -> list[Record]:
        """Clean in-memory documents (strings, or dicts with a ``"text"`` field and optional ``"title"``,
        ``"url"``, ...) and return the records, in order: articles, each followed by its tips."""
        lines = []
        for item in items:
            doc = {"text": item} if isinstance(item, str) else dict(item)
            if not isinstance(doc.get("text"), str):
                raise ValueError(f"a document needs a \"text\" string, got {item!r:.80}; pass a str or "
                                 "{\"text\": ...}")
            lines.append(json.dumps(doc, ensure_ascii=False))
        data = ("\n".join(lines) + "\n").encode("utf-8") if lines else b""
        self.ledger = ledger = self.new_ledger()
        stats = register(ledger, read.NAME, self.read_config)

        def reader(stream: Iterable[Record]) -> Iterator[Record]:
            yield from stream
            yield from stats.track(read.records_from_bytes(TEXT_PATH, data, "jsonl", stats,
                                                           on_input=ledger.add_input,
                                                           max_bytes=self.read_config.max_bytes))

        try:
            return list(compose([reader, *(bind(ledger, s) for s in self.stages)], self.workers)(iter(())))
        finally:
            ledger.publish(False)


def clean_text(items: Iterable[str | dict[str, Any]] | str, stages: Iterable[Step] = DEFAULT_STAGES,
               workers: int = 1) -> list[Record]:
    """Clean texts (or dicts with a ``"text"``) with ``stages`` and return the records (articles and tips).

    >>> [r.text for r in clean_text("Be proud ofrepparttar 104500 work you do.", through("repair"))]
    ['Be proud of the work you do.']
    """
    if isinstance(items, str):
        items = (items,)
    return Pipeline(stages, workers).records(items)
