"""The ``tipline`` command: a chained Click group whose subcommands return stream processors.

Each subcommand parses its options, builds its stage's config and returns a ``stream -> stream`` function;
the result callback threads them in order and drains the stream (click's ``examples/imagepipe`` pattern).
Stage logic lives in ``pipeline.stages``; this module only wires it.
"""

from __future__ import annotations

import json
import sys
import time
import traceback
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict
from importlib import resources
from typing import Any

import click

from . import __version__, io
from .records import Record
from .stages import dedup, read, write
from .stats import Run

EXIT_OK = 0
EXIT_REJECTED = 1  # some inputs or records were rejected; output was still written
EXIT_USAGE = 2  # bad command line (Click's own code)
EXIT_STRICT = 3  # --strict and something was rejected: nothing was written
EXIT_INTERNAL = 70  # a bug in tipline (EX_SOFTWARE); the traceback is printed

Processor = Callable[[Iterable[Record]], Iterator[Record]]
SCHEMAS = ("article", "tip", "manifest")


class Session:
    """State shared by the subcommands of one invocation."""

    def __init__(self, *, workers: int, progress: bool, verbose: int, quiet: bool, strict: bool, max_bytes: int):
        self.workers = workers
        self.progress = progress
        self.verbose = verbose
        self.quiet = quiet
        self.strict = strict
        self.max_bytes = max_bytes
        self.run = Run(err=lambda line: click.echo(line, err=True))
        self.run.runtime.update(workers=workers)
        self.manifest: dict[str, Any] | None = None
        self.out: str | None = None
        self.started = time.perf_counter()

    def stage(self, name: str, module: Any, config: Any) -> Processor:
        """Return the processor running ``module.run`` with ``config``, counted and timed under ``name``."""
        stats = self.run.stage(name)
        self.run.options[stats.name] = _jsonable(asdict(config))

        def processor(stream: Iterable[Record]) -> Iterator[Record]:
            return stats.track(module.run(stats.intake(stream), config, stats))

        return processor

    def reader(self, paths: tuple[str, ...], config: read.ReadConfig) -> Processor:
        stats = self.run.stage(read.NAME)
        self.run.options[stats.name] = _jsonable(asdict(config))

        def processor(stream: Iterable[Record]) -> Iterator[Record]:
            yield from stream
            records = stats.track(read.run(paths, config, stats, on_input=self.run.add_input))
            yield from self._with_progress(records, "read")

        return processor

    def writer(self, out: str) -> Processor:
        stats = self.run.stage(write.NAME)
        config = write.WriteConfig(out=out, strict=self.strict)

        def processor(stream: Iterable[Record]) -> Iterator[Record]:
            self.manifest = write.run(stream, config, stats, self.run)
            self.out = out
            yield from ()

        return processor

    def _with_progress(self, records: Iterator[Record], label: str) -> Iterator[Record]:
        if not self.progress:
            yield from records
            return
        start = last = time.perf_counter()
        n = 0
        for n, record in enumerate(records, start=1):
            now = time.perf_counter()
            if now - last >= 0.25:
                last = now
                click.echo(f"\r{label}: {n:,} records ({n / (now - start):,.0f}/s)", err=True, nl=False)
            yield record
        if n:
            click.echo(f"\r{label}: {n:,} records in {time.perf_counter() - start:.1f}s", err=True)

    def exit_code(self) -> int:
        return EXIT_REJECTED if self.run.rejected_count or _record_rejections(self.run) else EXIT_OK

    def summary(self) -> str:
        elapsed = time.perf_counter() - self.started
        if self.manifest is None:
            rejected = self.run.rejected_count
            return f"tipline: done in {elapsed:.2f}s; {rejected} input(s) rejected"
        t = self.manifest["totals"]
        return (
            f"tipline: {t['inputs']} input(s): {t['emitted']} emitted, {t['duplicate']} duplicate, "
            f"{t['rejected']} rejected; wrote {t['articles']} article(s), {t['tips']} tip(s) to {self.out} "
            f"in {elapsed:.2f}s"
        )


def _record_rejections(run: Run) -> int:
    return sum(1 for d in run.drops() if d.reason != "duplicate")


def _jsonable(value: Any) -> Any:
    return json.loads(json.dumps(value, default=str))


pass_session = click.make_pass_decorator(Session)


@click.group(chain=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Worker processes for per-document stages (output is identical for any number).")
@click.option("--progress/--no-progress", default=None,
              help="Progress on stderr (default: on when stderr is a terminal).")
@click.option("-v", "--verbose", count=True, help="Say more on stderr (repeatable).")
@click.option("-q", "--quiet", is_flag=True, help="Print only errors on stderr.")
@click.option("--strict", is_flag=True, help="Any rejected input fails the run and nothing is written.")
@click.option("--max-bytes", type=click.IntRange(min=1), default=io.DEFAULT_MAX_BYTES, show_default=True,
              help="Reject input files larger than this many bytes.")
@click.version_option(__version__, prog_name="tipline")
@click.pass_context
def cli(ctx: click.Context, workers: int, progress: bool | None, verbose: int, quiet: bool, strict: bool,
        max_bytes: int) -> None:
    """Clean scraped advice pages into attributed, licence-tagged JSONL.

    Subcommands chain: each reads the stream of records the previous one produced.

    \b
    Examples:
      tipline run raw/ clean/                       # the whole chain, as `make clean-data` runs it
      tipline read raw/ write clean/                # read pages, write articles + manifest
      tipline read-jsonl in.jsonl write-jsonl -     # re-read records, print them as JSONL

    \b
    Exit codes:
      0  every input was emitted or merged as a duplicate
      1  some inputs or records were rejected (the rest was written)
      2  usage error
      3  --strict and something was rejected: nothing was written
    """
    if progress is None:
        progress = sys.stderr.isatty() and not quiet
    ctx.obj = Session(workers=workers, progress=progress, verbose=verbose, quiet=quiet, strict=strict,
                      max_bytes=max_bytes)


@cli.result_callback()
@click.pass_context
def process(ctx: click.Context, processors: list[Processor], **_: Any) -> None:
    """Thread the processors and drain the stream; set the exit code from what happened."""
    session: Session = ctx.obj
    stream: Iterable[Record] = iter(())
    for processor in processors:
        stream = processor(stream)
    try:
        for _ in stream:
            pass
    except write.StrictFailure as exc:
        click.echo(f"tipline: {exc}", err=True)
        ctx.exit(EXIT_STRICT)
    if not session.quiet:
        click.echo(session.summary(), err=True)
    ctx.exit(session.exit_code())


@cli.command("read")
@click.argument("path")
@pass_session
def read_cmd(session: Session, path: str) -> Processor:
    """Read pages and documents from PATH: a file, a directory (recursive), a glob, or - for stdin.

    Reads .txt, .html/.htm and .jsonl/.jsonl.gz (one document per line with a "text" field, or tipline
    records). Unreadable inputs are reported one line each and the run goes on. Repeat the command to read
    several paths.

    \b
    Example:
      tipline read raw/ read 'more/*.html' write clean/
    """
    return session.reader((path,), read.ReadConfig(max_bytes=session.max_bytes))


@cli.command("read-jsonl")
@click.argument("path")
@pass_session
def read_jsonl_cmd(session: Session, path: str) -> Processor:
    """Read JSONL from PATH (- for stdin): tipline records, or any objects with a "text" field.

    \b
    Example:
      tipline read-jsonl clean/articles.jsonl write-jsonl -
    """
    return session.reader((path,), read.ReadConfig(max_bytes=session.max_bytes, jsonl=True))


@cli.command("write")
@click.argument("out", type=click.Path(file_okay=False, dir_okay=True))
@pass_session
def write_cmd(session: Session, out: str) -> Processor:
    """Write articles.jsonl, tips.jsonl and manifest.json to the directory OUT, atomically.

    The records are sorted by id; the previous OUT is replaced only once everything was written.

    \b
    Example:
      tipline read raw/ write clean/
    """
    return session.writer(out)


@cli.command("write-jsonl")
@click.argument("dest")
@pass_session
def write_jsonl_cmd(session: Session, dest: str) -> Processor:
    """Write the records as JSON lines to DEST (- for stdout), in stream order.

    \b
    Example:
      tipline read raw/ write-jsonl - | jq .title
    """

    def processor(stream: Iterable[Record]) -> Iterator[Record]:
        io.write_jsonl_to(stream, dest)
        yield from ()

    return processor


@cli.command("dedup")
@click.option("--level", type=click.Choice(dedup.LEVELS), default="article", show_default=True,
              help="Record kind to deduplicate (others pass through): articles, or tips after the tips stage.")
@click.option("--threshold", type=click.FloatRange(0, 1, min_open=True), default=0.8, show_default=True,
              help="Exact Jaccard of word shingles at which two records are duplicates.")
@click.option("--containment-threshold", type=click.FloatRange(0, 1, min_open=True), default=0.3,
              show_default=True, help="Share of a record's shingles found in another that makes it derived_from it.")
@click.option("--keep-duplicates", is_flag=True, help="Emit duplicates flagged with duplicate_of instead of dropping.")
@click.option("--index", type=click.Path(file_okay=False), default=None,
              help="Directory of a persistent index: later runs hash only new records and match them against "
                   "everything seen before (default: none).")
@click.option("--shingle-size", type=click.IntRange(1, 8), default=5, show_default=True, help="Words per shingle.")
@click.option("--num-perm", type=click.IntRange(min=1), default=128, show_default=True, help="MinHash permutations.")
@click.option("--bands", type=click.IntRange(min=1), default=20, show_default=True, help="LSH bands.")
@click.option("--rows", type=click.IntRange(min=1), default=6, show_default=True, help="Signature rows per band.")
@pass_session
def dedup_cmd(session: Session, level: str, threshold: float, containment_threshold: float, keep_duplicates: bool,
              index: str | None, shingle_size: int, num_perm: int, bands: int, rows: int) -> Processor:
    """Cluster near-duplicates (MinHash + exact Jaccard), mark rewritten copies derived_from, merge attribution.

    Duplicates are dropped and listed in the manifest with their canonical record, which lists every member's
    source. Copies without author or licence inherit them from the original.

    \b
    Example:
      tipline read raw/ dedup --keep-duplicates --index clean/.index write clean/
    """
    try:
        config = dedup.DedupConfig(level=level, threshold=threshold, containment_threshold=containment_threshold,
                                   keep_duplicates=keep_duplicates, index=index, shingle_size=shingle_size,
                                   num_perm=num_perm, bands=bands, rows=rows)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None
    return session.stage(dedup.NAME, dedup, config)


def default_chain(session: Session) -> list[Processor]:
    """The cleaning stages `run` applies between reading and writing, in order, with default settings."""
    return [session.stage(dedup.NAME, dedup, dedup.DedupConfig())]


@cli.command("run")
@click.argument("raw", nargs=-1, required=True)
@click.argument("out", nargs=1, type=click.Path(file_okay=False, dir_okay=True))
@pass_session
def run_cmd(session: Session, raw: tuple[str, ...], out: str) -> Processor:
    """Run the whole chain with default settings: read RAW..., clean, and write OUT.

    Use it alone (it takes every argument up to OUT as an input path).

    \b
    Example:
      tipline run raw/ clean/
    """
    steps = [session.reader(raw, read.ReadConfig(max_bytes=session.max_bytes))]
    steps += default_chain(session)
    steps.append(session.writer(out))

    def processor(stream: Iterable[Record]) -> Iterator[Record]:
        for step in steps:
            stream = step(stream)
        return iter(stream)

    return processor


@cli.command("schema")
@click.argument("name", type=click.Choice(SCHEMAS))
def schema_cmd(name: str) -> Processor:
    """Print the JSON Schema of the record type NAME (article, tip or manifest).

    \b
    Example:
      tipline schema tip > tip.schema.json
    """
    click.echo(load_schema_text(name), nl=False)

    def processor(stream: Iterable[Record]) -> Iterator[Record]:
        return iter(stream)

    return processor


def load_schema_text(name: str) -> str:
    """Return the text of a shipped JSON Schema."""
    return resources.files("pipeline.schemas").joinpath(f"{name}.schema.json").read_text(encoding="utf-8")


def main() -> None:
    """Console entry point: run the CLI, turning an unexpected crash into exit code 70."""
    try:
        cli.main(prog_name="tipline")
    except SystemExit:
        raise
    except Exception:  # a bug, not bad input: keep the traceback, give a distinct exit code
        traceback.print_exc()
        sys.exit(EXIT_INTERNAL)
