"""The ``tipline`` command: a chained Click group whose subcommands return stream processors.

Each subcommand parses its options, builds its stage's config and returns a ``stream -> stream`` function;
the result callback threads them in order and drains the stream (click's ``examples/imagepipe`` pattern).
Stage logic lives in ``pipeline.stages`` and the runner (default chain, reader, writer, options recorded in the
manifest) in ``pipeline.api``; this module parses options, renders progress and maps the result to an exit code.
"""

from __future__ import annotations

import contextlib
import dataclasses
import difflib
import importlib.util
import json
import os
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

import click
from click.core import ParameterSource

from . import __version__, configs, io, schemas
from . import check as gate
from . import diff as differ
from .configs import FIX_NAMES
from .records import Record
from .stage import Stage, StageKind
from .stages import write
from .stats import Run, StageStats

if TYPE_CHECKING:  # annotations only (they are strings here): the worker pool is imported when a chain runs
    from .parallel import Processor


class _Deferred:
    """A module of this package, imported when an attribute is first used: building the command tree and its
    help (`tipline --help`) needs none of the runner, the stages or the report, which load numpy, wordfreq, ftfy,
    selectolax ... (issue 19)."""

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attr: str) -> Any:
        return getattr(importlib.import_module(self._name, __package__), attr)


api = _Deferred(".api")
parallel = _Deferred(".parallel")
settings = _Deferred(".settings")
reporting = _Deferred(".report")
read = _Deferred(".stages.read")
boilerplate = _Deferred(".stages.boilerplate")
segment = _Deferred(".stages.segment")
repair = _Deferred(".stages.repair")
dedup = _Deferred(".stages.dedup")
tips = _Deferred(".stages.tips")  # importing it compiles its patterns: its options come from configs.TipsConfig

EXIT_OK = 0
EXIT_REJECTED = 1  # some inputs or records were rejected; output was still written
EXIT_CHECK_FAILED = 1  # `check` found content-quality failures
EXIT_USAGE = 2  # bad command line (Click's own code)
EXIT_ENVIRONMENT = 2  # an output refused or unwritable (disk full, read-only, not a directory): nothing written
EXIT_STRICT = 3  # --strict and something was rejected: nothing was written
EXIT_INTERNAL = 70  # a bug in tipline (EX_SOFTWARE); the traceback is printed

SCHEMAS = schemas.NAMES


class Session:
    """State shared by the subcommands of one invocation."""

    def __init__(self, *, workers: int, progress: bool, verbose: int, quiet: bool, strict: bool, max_bytes: int,
                 config: str | None = None):
        self.workers = workers
        self.config = config  # --config FILE; None: [tool.tipline.*] of the nearest pyproject.toml
        self._settings: tuple[settings.Settings, str] | None = None
        self.progress = progress
        self.verbose = verbose
        self.quiet = quiet
        self.strict = strict
        self.max_bytes = max_bytes
        self.bar: Any = None  # the progress bar while it is shown: stderr lines are written above it
        self.run = Run(err=self.error_line)
        self.run.runtime.update(workers=workers)
        self.manifest: dict[str, Any] | None = None
        self.out: str | None = None
        self.inputs: list[str] = []  # every path given to a reader: outputs may never touch them
        self.check_failures = 0  # findings of `check` subcommands in this invocation
        self.has_output = False  # a step that writes or prints something (write, write-jsonl, run, check, ...)
        self.started = time.perf_counter()

    def error_line(self, line: str) -> None:
        """One line on stderr; above the progress bar when one is shown, so neither breaks the other."""
        if self.bar is None:
            click.echo(line, err=True)
        else:
            self.bar.write(line, file=sys.stderr)

    def stats_for(self, name: str, config: Any) -> StageStats:
        """Register a stage of this run: its stats, and its config among the manifest's options."""
        return api.register(self.run, name, config)

    def settings(self) -> tuple[settings.Settings, str]:
        """The stage options of the config file (``--config FILE``, else the nearest pyproject.toml's
        ``[tool.tipline.*]``) and where they came from; read and checked once (a bad one: exit 2)."""
        if self._settings is None:
            path = self.config or gate.find_pyproject(os.getcwd())
            if path is None:
                self._settings = ({}, "")
            else:
                try:
                    data = io.read_toml(path)
                    sections = settings.sections_of(data, from_pyproject=self.config is None)
                    self._settings = (_click_checked(settings.validate(sections, path), path), path)
                except (OSError, ValueError) as exc:
                    raise click.UsageError(str(exc)) from None
                self.run.runtime["config"] = path
        return self._settings

    def configured(self, name: str, config: Any) -> Any:
        """``config`` of the stage subcommand being parsed, with the file's options for the options not given
        on the command line (the command line wins); the options applied are recorded for the manifest."""
        values, origin = self.settings()
        ctx = click.get_current_context()
        given = {p.name for p in ctx.command.params
                 if ctx.get_parameter_source(p.name or "") not in (None, ParameterSource.DEFAULT)}
        applied = {k: v for k, v in values.get(name, {}).items() if k not in given}
        if not applied:
            return config
        try:
            configured = settings.build(name, applied, origin, base=config)
        except settings.SettingsError as exc:
            raise click.UsageError(str(exc)) from None
        self.run.settings.setdefault(name, {}).update(applied)
        return configured

    def stage(self, kind: StageKind, config: Any, **extra: Any) -> Stage:
        """Return the stage ``kind`` with ``config`` (and ``extra`` keyword arguments of its run, which must not
        change the output), counted and timed under the stage's name; options of the config file not given on
        the command line apply."""
        return api.bind(self.run, api.Step(kind, self.configured(kind.name, config)), **extra)

    def reader(self, paths: tuple[str, ...], config: read.ReadConfig) -> Processor:
        self.inputs.extend(paths)
        return api.source(self.run, paths, config, all_paths=lambda: self.inputs)

    def written(self, out: str) -> Callable[[api.Manifest], None]:
        def done(manifest: api.Manifest) -> None:
            self.manifest = manifest
            self.out = out

        return done

    def writer(self, out: str, force: bool = False, fmt: str = "jsonl") -> Processor:
        # the inputs are asked when the chain runs, so readers given after `write` are protected too
        self.has_output = True
        return api.sink(self.run, out, strict=self.strict, force=force, inputs=lambda: tuple(self.inputs),
                        on_written=self.written(out), format=fmt)

    def timings(self) -> list[str]:
        """``-v``: each stage's own seconds and records passed on, one line each."""
        seconds = write.stage_seconds(self.run)
        return [f"tipline: {name}: {seconds[name]:.3f}s, {s.forwarded:,} passed on"
                for name, s in self.run.stages.items()]

    @contextlib.contextmanager
    def progress_ticker(self, every: float = 0.5) -> Iterator[None]:
        """Show a progress bar on stderr while the chain runs: pages read of how many (when the inputs are page
        files, counted by a walk of the inputs beside the run), pages per second, the ETA, and the furthest
        stage's count. A thread reads the counters; stages never wait for it."""
        if not self.progress:
            yield
            return
        from tqdm import tqdm  # only when shown: 60 ms of import a run without progress does not pay

        bar = tqdm(total=None, file=sys.stderr, ncols=progress_width(sys.stderr), unit=" pages", mininterval=0,
                   bar_format=BAR_UNKNOWN, dynamic_ncols=False, leave=True)
        stop = threading.Event()
        paths = tuple(self.inputs)

        def tick() -> None:
            total = page_total(paths)
            while True:
                if total is not None and bar.total is None:
                    bar.total, bar.bar_format = total, BAR_KNOWN
                self.progress_update(bar)
                if stop.wait(every):
                    return

        thread = threading.Thread(target=tick, daemon=True)
        self.bar = bar
        thread.start()
        try:
            yield
        finally:
            stop.set()
            thread.join()
            self.progress_update(bar)
            self.bar = None
            bar.close()

    def progress_update(self, bar: Any) -> None:
        """Bring ``bar`` up to the pages read so far, with the furthest stage's count after them."""
        read_stats = self.run.stages.get(read.NAME)
        done = read_stats.total if read_stats is not None else 0
        bar.set_postfix_str(self.progress_line(), refresh=False)
        bar.update(done - bar.n)  # refreshes the line (mininterval 0: the ticker paces it)
        bar.refresh()

    def progress_line(self) -> str:
        """What the furthest stage that has produced anything has passed on (after the pages read).

        >>> s = Session(workers=1, progress=True, verbose=0, quiet=False, strict=False, max_bytes=1)
        >>> s.run.stage("read").forwarded = 10
        >>> s.run.stage("tips").forwarded = 37
        >>> s.progress_line()
        'tips 37'
        """
        counts = [(name.partition("#")[0], stats.forwarded) for name, stats in self.run.stages.items()
                  if name not in (write.NAME, read.NAME)]
        return next((f"{name} {n:,}" for name, n in reversed(counts) if n), "")

    def all_inputs(self) -> list[str]:
        """The input paths given and the files read so far (what no output may overwrite)."""
        return [*self.inputs, *self.run.input_paths()]

    def exit_code(self) -> int:
        if self.check_failures:
            return EXIT_CHECK_FAILED
        return EXIT_REJECTED if self.run.rejected_count else EXIT_OK

    def summary(self) -> str:
        """The closing line for stderr; empty when nothing was read or written (check, report and schema say
        their own)."""
        elapsed = time.perf_counter() - self.started
        if self.manifest is None and not self.run.stages:
            return ""
        if self.manifest is None:
            rejected = self.run.rejected_count
            return f"tipline: done in {elapsed:.2f}s; {rejected} input(s) or record(s) rejected"
        t = self.manifest["totals"]
        n = self.run.rejected_count  # the exit code's count: rejected lines and records too, not only inputs
        also = f"; {n:,} rejection(s) in all (inputs, lines, records)" if n != t["rejected"] else ""
        return (
            f"tipline: {t['inputs']} input(s): {t['emitted']} emitted, {t['duplicate']} duplicate, "
            f"{t['rejected']} rejected{also}; wrote {t['articles']} article(s), {t['tips']} tip(s) to {self.out} "
            f"in {elapsed:.2f}s ({self.workers} worker(s))"
        )


BAR_KNOWN = "{percentage:3.0f}%|{bar}| {n_fmt}/{total_fmt} pages [{elapsed}<{remaining}, {rate_fmt}]{postfix}"
BAR_UNKNOWN = "{n_fmt} pages [{elapsed}, {rate_fmt}]{postfix}"
PAGE_FORMATS = ("txt", "html")  # one input file, one page: their number is the run's size in pages


def progress_width(stream: Any, limit: int = 80) -> int:
    """The progress line's width: the terminal's, at most ``limit`` columns."""
    try:
        return max(20, min(limit, os.get_terminal_size(stream.fileno()).columns))
    except (OSError, ValueError, AttributeError):
        return limit


def page_total(paths: Iterable[str]) -> int | None:
    """How many pages reading ``paths`` gives, when known: every input a page file (a rejected path counts as one,
    as the reader counts it); ``None`` when any input holds an unknown number (JSONL, WARC, stdin, a pipe)."""
    n = 0
    for found in io.discover(paths):
        if found.error is None and (found.stream or found.format not in PAGE_FORMATS):
            return None
        n += 1
    return n


def quiet_stdout() -> None:
    """Point stdout at /dev/null, so flushing it at exit after a closed pipe raises nothing more (Python's
    documented recipe for SIGPIPE)."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # stdout is no file (a test runner's buffer): nothing to silence
        pass
    finally:
        os.close(devnull)


class Chain(click.Group):
    """The chained group, with a hint for the commonest slip: a second path after a command taking one."""

    def resolve_command(self, ctx: click.Context, args: list[str]) -> tuple[str | None, click.Command | None,
                                                                            list[str]]:
        name = args[0] if args else ""
        if name and not name.startswith("-") and self.get_command(ctx, name) is None:
            close = difflib.get_close_matches(name, self.list_commands(ctx), n=1, cutoff=0.75)
            if close:
                raise click.UsageError(f"No such command {name!r}. Did you mean {close[0]!r}?", ctx)
            raise click.UsageError(
                f"No such command {name!r}. Each command takes one PATH: to read several, repeat the command "
                "(`read a read b write OUT`) or give them all to run (`run a b OUT`).", ctx)
        return super().resolve_command(ctx, args)


pass_session = click.make_pass_decorator(Session)


@click.group(cls=Chain, chain=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--workers", type=click.IntRange(min=1), default=os.cpu_count() or 1, show_default="number of cores",
              help="Worker processes for per-document stages (output is identical for any number; a run of "
                   "one chunk of records or fewer never starts them).")
@click.option("--progress/--no-progress", default=None,
              help="A progress bar on stderr: pages read (of how many, when known), pages/s, ETA (default: on when "
                   "stderr is a terminal).")
@click.option("-v", "--verbose", count=True, help="At the end, each stage's seconds and records on stderr.")
@click.option("-q", "--quiet", is_flag=True, help="Print only errors on stderr.")
@click.option("--strict", is_flag=True, help="Any rejected input fails the run and nothing is written.")
@click.option("--max-bytes", type=click.IntRange(min=1), default=io.DEFAULT_MAX_BYTES, show_default=True,
              help="Reject input files larger than this many bytes.")
@click.option("--config", "config_file", type=click.Path(dir_okay=False, exists=True), default=None,
              help="Stage options from this TOML file ([tool.tipline.STAGE] or [STAGE] tables; default: "
                   "[tool.tipline.STAGE] of the nearest pyproject.toml). Options given on the command line win.")
@click.version_option(__version__, prog_name="tipline")
@click.pass_context
def cli(ctx: click.Context, workers: int, progress: bool | None, verbose: int, quiet: bool, strict: bool,
        max_bytes: int, config_file: str | None) -> None:
    """Clean scraped advice pages into attributed, licence-tagged JSONL.

    Subcommands chain: each reads the stream of records the previous one produced.

    \b
    Examples:
      tipline run raw/ clean/                       # the whole chain, as `make clean-data` runs it
      tipline read raw/ write clean/                # read pages, write articles + manifest
      tipline read-jsonl in.jsonl write-jsonl -     # re-read records, print them as JSONL

    \b
    Exit codes:
      0  every input was emitted or merged as a duplicate (check: no failure)
      1  some inputs or records were rejected (the rest was written); check: failures
      2  usage or environment error (a bad option or config key, a chain with no output step, an output
         path refused or unwritable): nothing was written
      3  --strict and something was rejected: nothing was written
    """
    if progress is None:
        progress = sys.stderr.isatty() and not quiet
    ctx.obj = Session(workers=workers, progress=progress, verbose=verbose, quiet=quiet, strict=strict,
                      max_bytes=max_bytes, config=config_file)


@cli.result_callback()
@click.pass_context
def process(ctx: click.Context, processors: list[Processor], **_: Any) -> None:
    """Thread the processors and drain the stream; set the exit code from what happened."""
    session: Session = ctx.obj
    if processors and not session.has_output:
        raise click.UsageError("this chain writes nothing: end it with `write OUT` (a folder) or `write-jsonl -` "
                               "(stdout), or use `run RAW... OUT`", ctx)
    stream = parallel.compose(processors, session.workers)(iter(()))
    try:
        with session.progress_ticker():
            for _ in stream:
                pass
    except BrokenPipeError:  # the reader of stdout went away (`| head -1`): not an error, nothing more to say
        quiet_stdout()
        session.run.publish(False)
        ctx.exit(EXIT_OK)
    except write.StrictFailure as exc:
        click.echo(f"tipline: {exc}", err=True)
        ctx.exit(EXIT_STRICT)
    except dedup.BadIndex as exc:
        click.echo(f"tipline: {exc}", err=True)
        ctx.exit(EXIT_USAGE)
    except io.OutputError as exc:  # an output path refused or unwritable: the user's or the system's, not a bug
        click.echo(f"tipline: {exc}", err=True)
        ctx.exit(EXIT_ENVIRONMENT)
    except OSError as exc:  # the environment failed under us (disk, permissions, a vanished folder)
        where = f"{exc.filename}: " if exc.filename else ""
        click.echo(f"tipline: {where}{exc.strerror or exc}", err=True)
        ctx.exit(EXIT_ENVIRONMENT)
    finally:
        session.run.publish(False)  # nothing published (or no sink ran): drop what stages staged
    summary = session.summary()
    if summary and not session.quiet:
        if session.verbose:
            for line in session.timings():
                click.echo(line, err=True)
        click.echo(summary, err=True)
    ctx.exit(session.exit_code())


@cli.command("read")
@click.argument("path")
@click.option("--keep-removed", is_flag=True,
              help="Keep the HTML blocks left out of the main text (menus, comments, ...) in removed_spans.")
@pass_session
def read_cmd(session: Session, path: str, keep_removed: bool) -> Processor:
    """Read pages and documents from PATH: a file, a directory (recursive), a glob, or - for stdin.

    Reads .txt/.text, .html/.htm, .jsonl/.jsonl.gz/.jsonl.zst (one document per line with a "text" field, or
    tipline records) and .warc/.warc.gz (each HTML response). In a folder, files of other names are not read.
    Unreadable inputs are reported one line each and the run goes on. Repeat the command to read several paths.

    \b
    Example:
      tipline read raw/ read 'more/*.html' write clean/
    """
    return session.reader((path,), read.ReadConfig(max_bytes=session.max_bytes, keep_removed=keep_removed))


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


FORCE_HELP = ("Replace OUT even when it holds files tipline did not write (never a file, an input, a folder "
              "holding an input, or a folder inside an input directory).")


FORMAT_HELP = ("jsonl: articles.jsonl and tips.jsonl; parquet: articles.parquet and tips.parquet, typed by the "
               "Arrow schema `tipline schema article --format arrow` prints (needs tipline[parquet]).")


def _format_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--format", "fmt", type=click.Choice(write.FORMATS), default="jsonl", show_default=True,
                        help=FORMAT_HELP)(fn)


def _need_parquet(fmt: str) -> None:
    if fmt == "parquet" and importlib.util.find_spec("pyarrow") is None:
        raise click.UsageError(f"--format parquet needs pyarrow: {schemas.PARQUET_HINT}")


@cli.command("write")
@click.argument("out", type=click.Path(file_okay=False, dir_okay=True))
@click.option("--force", is_flag=True, help=FORCE_HELP)
@_format_option
@pass_session
def write_cmd(session: Session, out: str, force: bool, fmt: str) -> Processor:
    """Write articles.jsonl, tips.jsonl and manifest.json to the directory OUT, atomically.

    Articles are sorted by id, tips by article and position; an article's tip_count is its rows in the tips
    file. The previous OUT is replaced only once everything was written, and only if it is missing, empty or an
    earlier tipline output (else exit 2: see --force). One writer per OUT at a time.

    \b
    Example:
      tipline read raw/ write clean/
      tipline read raw/ tips write --format parquet clean-parquet/
    """
    _need_parquet(fmt)
    return session.writer(out, force, fmt)


@cli.command("write-jsonl")
@click.argument("dest")
@pass_session
def write_jsonl_cmd(session: Session, dest: str) -> Processor:
    """Write the records as JSON lines to DEST (- for stdout), in stream order.

    An existing file is replaced atomically, unless it is an input of the run (exit 2); a directory is refused.

    \b
    Example:
      tipline read raw/ write-jsonl - | jq .title
    """
    session.has_output = True

    def processor(stream: Iterable[Record]) -> Iterator[Record]:
        io.write_jsonl_to(stream, dest, inputs=session.all_inputs)
        session.run.publish(True)  # every line is written (and DEST renamed into place): publish a dedup index
        yield from ()

    return processor


TIPS_DEFAULTS = configs.TipsConfig()


@cli.command("tips")
@click.option("--min-tips", type=click.IntRange(min=1), default=TIPS_DEFAULTS.min_tips, show_default=True,
              help="An article with fewer tips than this yields none (tip_count 0).")
@click.option("--forms", default=",".join(configs.TIP_FORMS), show_default=True, metavar="FORM[,FORM...]",
              help="Tip forms to look for: numbered, bullet, headed, paragraph.")
@click.option("--min-paragraph-tips", type=click.IntRange(min=1), default=TIPS_DEFAULTS.min_paragraph_tips,
              show_default=True, help="Paragraph tips (no numbers or bullets) need at least this many points.")
@click.option("--min-inline-run", type=click.IntRange(min=1), default=TIPS_DEFAULTS.min_inline_run,
              show_default=True, help="Numbers inside one paragraph must run 1, 2, 3 ... at least this far.")
@pass_session
def tips_cmd(session: Session, min_tips: int, forms: str, min_paragraph_tips: int, min_inline_run: int) -> Processor:
    """Split each article into tips: numbered, bulleted, headed or one-per-paragraph advice.

    Each article passes on with tip_count and expected_tip_count (from "7 things", "Top 5" in its title or
    intro), followed by its tips, each with a headline, the author, the licence and a ready-to-print
    attribution line. `write` puts the tips in tips.jsonl.

    \b
    Example:
      tipline read raw/ tips --forms numbered,bullet write clean/
    """
    chosen = tuple(f.strip() for f in forms.split(",") if f.strip())
    try:
        config = configs.TipsConfig(min_tips=min_tips, forms=chosen, min_paragraph_tips=min_paragraph_tips,
                                    min_inline_run=min_inline_run)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--forms") from None
    return session.stage(tips.STAGE, config)


_BOILERPLATE = configs.BoilerplateConfig()
_SEGMENT = configs.SegmentConfig()


@cli.command("boilerplate")
@click.option("--keep-removed", is_flag=True,
              help="Keep the removed text and its offsets in removed_spans, for audit (counts are always kept).")
@click.option("--corpus-stats/--no-corpus-stats", default=_BOILERPLATE.corpus_stats, show_default=True,
              help="Also remove short lines that repeat across many pages of this run (reads the run twice).")
@click.option("--min-docs", type=click.IntRange(min=2), default=_BOILERPLATE.min_docs, show_default=True,
              help="A repeated line must occur in at least this many distinct pages.")
@click.option("--min-share", type=click.FloatRange(0, 1), default=_BOILERPLATE.min_share, show_default=True,
              help="... and in at least this share of the run's distinct pages.")
@click.option("--max-line-chars", type=click.IntRange(min=1), default=_BOILERPLATE.max_line_chars,
              show_default=True, help="Only lines up to this long are counted as possibly repeated chrome.")
@pass_session
def boilerplate_cmd(session: Session, keep_removed: bool, corpus_stats: bool, min_docs: int, min_share: float,
                    max_line_chars: int) -> Processor:
    """Remove site chrome (footers, share lists, tags, pagination, site copyright, promotions) from each page.

    Known patterns are removed by named rules; short lines repeating across many pages of the run are removed
    by corpus statistics. Bylines, bio boxes and licence notices are kept for `segment`. Removals are counted
    per rule in each record's "removed".

    \b
    Example:
      tipline read raw/ boilerplate --keep-removed write-jsonl - | jq -c .removed_spans
    """
    config = boilerplate.BoilerplateConfig(keep_removed=keep_removed, corpus_stats=corpus_stats, min_docs=min_docs,
                                           min_share=min_share, max_line_chars=max_line_chars)
    return session.stage(boilerplate.STAGE, config)


@cli.command("segment")
@click.option("--keep-removed", is_flag=True, help="Keep removed teaser paragraphs in removed_spans, for audit.")
@click.option("--split/--no-split", default=_SEGMENT.split, show_default=True,
              help="Split pages that hold several articles (title + byline starts a new one).")
@click.option("--teaser-containment", type=click.FloatRange(0, 1), default=_SEGMENT.teaser_containment,
              show_default=True, help="Share of an opening paragraph's word 3-grams a later paragraph must repeat "
                                      "for it to be dropped as a teaser.")
@click.option("--line-roles", type=click.Choice(configs.LINE_ROLE_MODES), default=_SEGMENT.line_roles,
              show_default=True,
              help="Learned line roles (issue 16): off = the rules alone; title / author-fallback / fallback = the "
                   "model fills the title / author / both where the rules found none; page-fallback = fallback "
                   "on a page only (markup, removed furniture, a header or footer), never on a bare body; arbiter, "
                   "model = the model chooses (told the rules' choice, or alone). In `run`: --set "
                   "segment.line_roles=MODE.")
@pass_session
def segment_cmd(session: Session, keep_removed: bool, split: bool, teaser_containment: float,
                line_roles: str) -> Processor:
    """Split pages into articles; set title, author, credentials, bio, sign-off and licence; keep the body only.

    \b
    Example:
      tipline read raw/ boilerplate segment write-jsonl - | jq -c '[.title, .author, .licence.tag]'
    """
    config = segment.SegmentConfig(keep_removed=keep_removed, split=split, teaser_containment=teaser_containment,
                                   line_roles=line_roles)
    return session.stage(segment.STAGE, config)


_REPAIR = configs.RepairConfig()
_REPAIR_HELP = f"""Undo scraping damage: repparttar, stripped .com, mojibake, foreign spam, glued words, and more.

Every change is counted in the record's "repairs" and the manifest; --explain shows each one (before and
after) for audit. Damage that cannot be undone is flagged with a score (spun, suspected-deletions).
Repairs, in the order they run: {", ".join(FIX_NAMES)}.

\b
Example:
  tipline read raw/ repair --explain --no-fix hard_wrap write-jsonl - 2> changes.txt
"""


@cli.command("repair", help=_REPAIR_HELP)
@click.option("--no-fix", "disabled", multiple=True, type=click.Choice(FIX_NAMES),
              help="Switch one repair off (repeatable).")
@click.option("--learn/--no-learn", default=True, show_default=True,
              help="Learn marker tokens from the corpus first (spools records to a temporary file).")
@click.option("--min-marker-count", type=click.IntRange(min=1), default=_REPAIR.min_marker_count,
              show_default=True, help="Occurrences a learned marker needs.")
@click.option("--min-marker-docs", type=click.IntRange(min=1), default=_REPAIR.min_marker_docs,
              show_default=True, help="Documents a learned marker must occur in.")
@click.option("--spun-threshold", type=click.FloatRange(0, 1), default=_REPAIR.spun_threshold,
              show_default=True, help="Flag 'spun' from this score.")
@click.option("--deletion-threshold", type=click.FloatRange(0, 1), default=_REPAIR.deletion_threshold,
              show_default=True, help="Flag 'suspected-deletions' from this score.")
@click.option("--explain", is_flag=True, help="Print every change of every changed record on stderr, diff-like.")
@pass_session
def repair_cmd(session: Session, disabled: tuple[str, ...], learn: bool, min_marker_count: int,
               min_marker_docs: int, spun_threshold: float, deletion_threshold: float, explain: bool) -> Processor:
    config = repair.RepairConfig(
        disabled=tuple(sorted(set(disabled))), learn=learn, min_marker_count=min_marker_count,
        min_marker_docs=min_marker_docs, spun_threshold=spun_threshold, deletion_threshold=deletion_threshold,
    )
    echo = session.error_line if explain else None
    return session.stage(repair.STAGE, config, explain=echo)


_DEDUP = configs.DedupConfig()


@cli.command("dedup")
@click.option("--level", type=click.Choice(configs.LEVELS), default=_DEDUP.level, show_default=True,
              help="Record kind to deduplicate (others pass through): articles, or tips after the tips stage.")
@click.option("--threshold", type=click.FloatRange(0, 1, min_open=True), default=_DEDUP.threshold, show_default=True,
              help="Exact Jaccard of word shingles at which two records are duplicates.")
@click.option("--containment-threshold", type=click.FloatRange(0, 1, min_open=True),
              default=_DEDUP.containment_threshold,
              show_default=True, help="Share of a record's shingles found in another that makes it derived_from it.")
@click.option("--keep-duplicates", is_flag=True, help="Emit duplicates flagged with duplicate_of instead of dropping.")
@click.option("--index", type=click.Path(file_okay=False), default=None,
              help="Directory of a persistent index: later runs hash only new records and match them against "
                   "everything seen before (default: none).")
@click.option("--shingle-size", type=click.IntRange(1, 8), default=_DEDUP.shingle_size, show_default=True,
              help="Words per shingle.")
@click.option("--num-perm", type=click.IntRange(min=1), default=_DEDUP.num_perm, show_default=True,
              help="MinHash permutations.")
@click.option("--bands", type=click.IntRange(min=1), default=_DEDUP.bands, show_default=True,
              help="LSH bands.")
@click.option("--rows", type=click.IntRange(min=1), default=_DEDUP.rows, show_default=True,
              help="Signature rows per band.")
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
    return session.stage(dedup.STAGE, config)


class InterspersedCommand(click.Command):
    """A subcommand that also takes its options after its arguments (`tipline report clean/ -o x.html`,
    `tipline run raw/ clean/ --format parquet`).

    Click parses chained subcommands without interspersed options; these commands end a chain (or stand alone), so
    they may. Without it `run`'s RAW... would swallow `--format parquet` as two inputs and a wrong OUT.
    """

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        ctx.allow_interspersed_args = True
        return super().parse_args(ctx, args)


@cli.command("run", cls=InterspersedCommand)
@click.argument("raw", nargs=-1, required=True)
@click.argument("out", nargs=1)
@click.option("--engine", type=click.Choice(["local", "ray"]), default="local", show_default=True,
              help="local: this machine (--workers processes); ray: Ray Data (pip install 'tipline[ray]'; "
                   "RAY_ADDRESS selects a cluster).")
@click.option("--force", is_flag=True, help=FORCE_HELP)
@_format_option
@click.option("--set", "sets", multiple=True, metavar="STAGE.KEY=VALUE",
              help="Set a stage option (repeatable), e.g. dedup.threshold=0.3 or tips.forms='[\"bullet\"]'; "
                   "over the config file's. STAGE: repair, boilerplate, segment, dedup (both levels), tips.")
@pass_session
def run_cmd(session: Session, raw: tuple[str, ...], out: str, engine: str, force: bool, fmt: str,
            sets: tuple[str, ...]) -> Processor:
    """Run the whole chain: read RAW..., repair, boilerplate, segment, dedup articles, tips, dedup tips, write OUT.

    Use it alone (it takes every argument up to OUT as an input path). Both engines write the same files. Stage
    options come from [tool.tipline.STAGE] of pyproject.toml (or --config FILE), then --set; the manifest
    records them (options: every stage's; settings: the ones set).

    \b
    Examples:
      tipline run raw/ clean/
      tipline run --set dedup.threshold=0.7 --format parquet raw/ clean/
      tipline --workers 8 run --engine ray s3://bucket/raw/ clean/
    """
    session.has_output = True
    _need_parquet(fmt)
    stages = _configured_chain(session, sets)
    session.run.runtime["engine"] = engine
    read_config = read.ReadConfig(max_bytes=session.max_bytes)
    if engine == "local":
        pipeline = api.Pipeline(stages, workers=session.workers, max_bytes=session.max_bytes,
                                strict=session.strict, force=force, format=fmt)
        session.inputs.extend(raw)
        return parallel.compose(pipeline.processors(session.run, raw, out, session.written(out)), session.workers)
    if importlib.util.find_spec("ray") is None:
        raise click.UsageError("--engine ray needs the ray extra: pip install 'tipline[ray]'")
    from .engines import ray_engine
    read_stats = session.stats_for(read.NAME, read_config)
    chain = [api.bind(session.run, step) for step in stages]
    local_out, destination = ray_engine.local_output(out)
    session.inputs.extend(raw)
    writer = session.writer(local_out, force, fmt)
    settings = ray_engine.RaySettings(workers=session.workers, progress=session.progress)

    def processor(stream: Iterable[Record]) -> Iterator[Record]:
        yield from stream
        records = ray_engine.run(raw, read_config, read_stats, chain, session.run, settings)
        yield from writer(records)
        if destination is not None:
            ray_engine.publish(local_out, destination)
            ray_engine.cleanup_local_output(local_out, destination)
            session.out = destination

    return processor


def _click_checked(values: settings.Settings, origin: str) -> settings.Settings:
    """Check the file's values as the stage subcommands' options would (ranges, choices): a value a flag would
    refuse is refused from a file too."""
    for section, table in values.items():
        command = cli.commands.get(section)
        params = {p.name: p for p in command.params} if command is not None else {}
        for key, value in table.items():
            param = params.get(key)
            if param is None or isinstance(value, tuple | bool) or value is None:
                continue
            try:
                param.type.convert(value, param, None)
            except click.BadParameter as exc:
                raise click.UsageError(f"{origin}: [tool.tipline.{section}] {key} = {value!r}: "
                                       f"{exc.format_message()}") from None
    return values


def _configured_chain(session: Session, sets: tuple[str, ...]) -> tuple[api.Step, ...]:
    """The default chain with the config file's options, then --set's, applied (and recorded)."""
    try:
        file_values, origin = session.settings()
        given = _click_checked(settings.validate(settings.parse_set(sets), "--set", prefix=""), "--set")
        values = settings.merge(file_values, given)
        if "level" in values.get("dedup", {}):
            raise settings.SettingsError(f"{'--set' if 'level' in given.get('dedup', {}) else origin}: dedup.level: "
                                         "run dedups articles, then tips; set level only for a `dedup` subcommand")
        chain = tuple(api.Step(step.kind, settings.build(step.name, values.get(step.name, {}), origin or "--set",
                                                         base=step.config)) for step in api.DEFAULT_STAGES)
    except settings.SettingsError as exc:
        raise click.UsageError(str(exc)) from None
    session.run.settings.update({name: dict(v) for name, v in values.items() if v})
    return chain


@cli.command("schema", cls=InterspersedCommand)
@click.argument("name", type=click.Choice(SCHEMAS))
@click.option("--format", "fmt", type=click.Choice(schemas.FORMATS), default="json-schema", show_default=True,
              help="json-schema: the JSON Schema of a JSONL line; arrow: the Arrow schema Parquet is written with "
                   "(article and tip; needs tipline[parquet]).")
def schema_cmd(name: str, fmt: str) -> Processor:
    """Print the schema of the record type NAME (article, tip or manifest).

    Both forms are generated from the record types, so a JSONL line and a Parquet row hold the same fields.

    \b
    Example:
      tipline schema tip > tip.schema.json
      tipline schema article --format arrow
    """
    click.get_current_context().find_object(Session).has_output = True  # it prints
    try:
        click.echo(schemas.render(name, fmt), nl=False)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="NAME") from None
    except ImportError as exc:
        raise click.UsageError(str(exc)) from None

    def processor(stream: Iterable[Record]) -> Iterator[Record]:
        return iter(stream)

    return processor


def _indented(text: str) -> str:
    return "\n".join("  " + line for line in text.splitlines())


def _check_config(config_file: str | None, **overrides: Any) -> gate.CheckConfig:
    """The gate's config: defaults, then ``[tool.tipline.check]`` of the nearest pyproject.toml, then options."""
    try:
        base, _ = gate.load_config(config_file or gate.find_pyproject(os.getcwd()))
    except (OSError, ValueError) as exc:
        raise click.UsageError(str(exc)) from None
    ignore = base.ignore + tuple(overrides.pop("ignore", ()) or ())
    changes = {k: v for k, v in overrides.items() if v is not None}
    return dataclasses.replace(base, ignore=tuple(dict.fromkeys(ignore)), **changes)


def _target(path: str, manifest: str | None, max_bytes: int) -> gate.Target:
    try:
        target = gate.resolve(path, manifest)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="PATH") from None
    return dataclasses.replace(target, max_line_bytes=gate.LINE_BYTES_FACTOR * max_bytes)


def check_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """The options `check` and `report` share: thresholds, ignored rules, the manifest and the config file."""
    options = [
        click.option("--max-noassertion-share", type=click.FloatRange(0, 1), default=None,
                     help="Fail when more than this share of articles has a NOASSERTION licence "
                          f"[default: {gate.CheckConfig().max_noassertion_share}]."),
        click.option("--max-duplicate-rate", type=click.FloatRange(0, 1), default=None,
                     help=f"Fail when more than this share of articles are duplicates "
                          f"[default: {gate.CheckConfig().max_duplicate_rate}]."),
        click.option("--max-empty-rate", type=click.FloatRange(0, 1), default=None,
                     help=f"Fail when more than this share of records has an empty text "
                          f"[default: {gate.CheckConfig().max_empty_rate}]."),
        click.option("--ignore", multiple=True, type=click.Choice(list(gate.RULES)), metavar="RULE",
                     help="Do not run RULE (repeatable; adds to the config's list)."),
        click.option("--manifest", type=click.Path(dir_okay=False), default=None,
                     help="The manifest.json describing PATH when PATH is a JSONL file (a directory's own is used)."),
        click.option("--config", "config_file", type=click.Path(dir_okay=False, exists=True), default=None,
                     help="Read [tool.tipline.check] from this TOML file (default: the nearest pyproject.toml)."),
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


CHECK_HELP = f"""Check the tipline output at PATH and fail (exit 1) when content quality does not hold.

PATH is a clean/ directory (articles.jsonl, tips.jsonl and manifest.json; or the .parquet forms) or a JSONL or
Parquet file of tipline records (- for stdin). Each failure is printed on stdout as
`file:line: [rule] record-id: message`; a summary goes to stderr. Thresholds and ignored rules can also be set
under [tool.tipline.check] in pyproject.toml (the options win). Exit codes: 0 clean, 1 failures, 2 usage error.

\b
Example:
  tipline check clean/
  tipline check --format json --max-noassertion-share 0.8 clean/ > check.json
  tipline read raw/ write out/ check out/

\b
Rules:
{_indented(gate.rules_help())}
"""


@cli.command("check", cls=InterspersedCommand, help=CHECK_HELP)
@click.argument("path")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text: one line per failure; json: one document for machines.")
@check_options
@click.option("--limit", type=click.IntRange(min=1), default=None,
              help=f"List at most this many failures per rule; all are counted [default: {gate.CheckConfig().limit}].")
@pass_session
def check_cmd(session: Session, path: str, fmt: str, config_file: str | None, manifest: str | None,
              **overrides: Any) -> Processor:
    session.has_output = True
    config = _check_config(config_file, **overrides)

    def processor(stream: Iterable[Record]) -> Iterator[Record]:
        yield from stream  # whatever ran before (a write, say) completes first
        result = gate.run(_target(path, manifest, session.max_bytes), config)
        if fmt == "json":
            click.echo(json.dumps(result.as_dict(), ensure_ascii=False, indent=2))
        else:
            for line in result.text_lines():
                click.echo(line)
        if not session.quiet:
            for note in result.notes:
                click.echo(f"tipline check: note: {note}", err=True)
            click.echo(result.summary(), err=True)
        session.check_failures += sum(result.counts.values())

    return processor


@cli.command("report", cls=InterspersedCommand)
@click.argument("path")
@click.option("-o", "--output", default="report.html", show_default=True, type=click.Path(dir_okay=False),
              help="Where to write the HTML file.")
@click.option("--sources/--no-sources", default=True, show_default=True,
              help="Re-read each article's input file to show its changes before/after.")
@click.option("--max-articles", type=click.IntRange(min=0), default=configs.ReportConfig().max_articles,
              show_default=True, help="Articles shown in detail (summary, plots and the article filter cover all).")
@click.option("--source-root", type=click.Path(file_okay=False), default=None,
              help="The folder the run was made from (or its input root): where the before/after view finds "
                   "relative source paths [default: the current directory].")
@check_options
@pass_session
def report_cmd(session: Session, path: str, output: str, sources: bool, max_articles: int, source_root: str | None,
               config_file: str | None, manifest: str | None, **overrides: Any) -> Processor:
    """Write a self-contained HTML report of the tipline output at PATH: summary, gate, plots, clusters, repairs.

    PATH is a clean/ directory or a JSONL or Parquet file of tipline records. The page needs no network (plots are
    inline SVG; its one script, the article filter, is pinned by a CSP hash) and the same output gives the same
    bytes. The quality gate section uses the same
    thresholds as `check` (options or [tool.tipline.check]); the report's exit code does not depend on it.

    \b
    Example:
      tipline report clean/ -o clean/report.html
      tipline report --no-sources out/articles.jsonl -o /tmp/report.html
    """
    session.has_output = True
    if importlib.util.find_spec("matplotlib") is None:
        raise click.UsageError("the report's plots need matplotlib: pip install 'tipline[report]'")
    check_config = _check_config(config_file, **overrides)
    config = reporting.ReportConfig(sources=sources, max_articles=max_articles, source_root=source_root)
    if path == io.STDIN:
        raise click.BadParameter("the report reads PATH twice; give a file or directory, not -", param_hint="PATH")

    def processor(stream: Iterable[Record]) -> Iterator[Record]:
        yield from stream
        target = _target(path, manifest, session.max_bytes)
        skipped: list[str] = []
        io.write_text(output, reporting.build(target, config, check_config, skipped))
        for line in skipped[: config.max_skipped_lines]:
            click.echo(f"tipline report: {line}", err=True)
        if len(skipped) > config.max_skipped_lines:
            click.echo(f"tipline report: ... and {len(skipped) - config.max_skipped_lines} more skipped", err=True)
        session.check_failures += len(skipped)  # invalid records make the report exit 1, as failures make check
        if not session.quiet:
            click.echo(f"tipline report: wrote {output}", err=True)

    return processor


@cli.command("diff", cls=InterspersedCommand)
@click.argument("old")
@click.argument("new")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text: counts and the first records of each section, for a pull request; json: everything.")
@click.option("--limit", type=click.IntRange(min=0), default=differ.DiffConfig().limit, show_default=True,
              help="Records listed per section in the text form.")
@click.option("--exit-code", is_flag=True, help="Exit 1 when the outputs differ (like `git diff --exit-code`).")
@pass_session
def diff_cmd(session: Session, old: str, new: str, fmt: str, limit: int, exit_code: bool) -> Processor:
    """Show what changed between two tipline output directories OLD and NEW.

    Articles are matched by their input (source path relative to the input root, line or carried id, part),
    tips by aligning their texts inside the matched article. Lists articles and tips added, removed and changed
    (text, title, author, licence, tip count), with counts. Exit 0 whether or not they differ, unless
    --exit-code; 2 when OLD or NEW is not an output directory.

    \b
    Example:
      cp -r clean /tmp/old && make clean-data && tipline diff /tmp/old clean
      tipline diff --format json /tmp/old clean | jq .articles.changed
    """

    session.has_output = True  # it prints

    def processor(stream: Iterable[Record]) -> Iterator[Record]:
        yield from stream  # a run before it (`run raw new diff old new`) writes NEW first
        try:
            result = differ.diff(old, new)
        except differ.NotAnOutput as exc:
            raise click.BadParameter(str(exc), param_hint="OLD/NEW") from None
        if fmt == "json":
            click.echo(json.dumps(result.as_dict(), ensure_ascii=False, indent=2))
        else:
            for line in result.text_lines(differ.DiffConfig(limit=limit)):
                click.echo(line)
        if exit_code and result.different:
            session.check_failures += 1  # exit 1, as a failing `check` does

    return processor


def load_schema_text(name: str) -> str:
    """Return the text of a shipped JSON Schema."""
    return schemas.text(name)


def main() -> None:
    """Console entry point: run the CLI, turning an unexpected crash into exit code 70."""
    try:
        cli.main(prog_name="tipline")
    except SystemExit:
        raise
    except Exception:  # a bug, not bad input: keep the traceback, give a distinct exit code
        traceback.print_exc()
        sys.exit(EXIT_INTERNAL)
