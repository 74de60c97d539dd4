"""Stage steps, and running consecutive per-document stages in a process pool.

A :class:`StageStep` is one stage bound to its config and stats. With ``--workers N`` (N > 1), consecutive steps
whose module declares ``PARALLEL = True`` (its ``run`` treats every record on its own) are fused: chunks of
records go to a worker process that runs them through all of those stages, and results come back **in
submission order**, so the output is byte-identical to ``--workers 1``.

A parallel stage may first learn from the whole run (repair's markers, boilerplate's repeated lines): it then
offers ``learns(config)``, ``learn(records, config, stats) -> state`` and ``run_learned(records, config, state,
stats)``. The parent spools the run while ``learn`` reads it, and the workers get ``state`` with each chunk; such a
stage starts a new fused group (what comes before it must be finished first). Workers are started with
``forkserver``: compiled extensions that keep threads (e.g. rensa) make forked workers hang.
"""

from __future__ import annotations

import ctypes
import importlib
import itertools
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from . import io
from .records import Record
from .stats import StageStats

Processor = Callable[[Iterable[Record]], Iterator[Record]]
DEFAULT_CHUNK = 64  # records per task: large enough to amortise pickling, small enough to keep memory flat
IN_FLIGHT_PER_WORKER = 3  # tasks queued per worker, so workers never wait and memory stays bounded


@dataclass
class StageStep:
    """One stage with its config and stats; calling it maps a stream of records to a stream of records."""

    module: Any
    config: Any
    stats: StageStats
    extra: dict[str, Any] = field(default_factory=dict)  # keyword arguments for run() that never change output

    @property
    def parallel(self) -> bool:
        # extra run() arguments (repair's --explain printer) stay in this process
        return bool(getattr(self.module, "PARALLEL", False)) and not self.extra

    @property
    def learns(self) -> bool:
        return hasattr(self.module, "learns") and self.module.learns(self.config)

    def __call__(self, stream: Iterable[Record]) -> Iterator[Record]:
        return self.stats.track(self.module.run(self.stats.intake(stream), self.config, self.stats, **self.extra))


class Pool:
    """One process pool shared by every fused group of a run, started on first use and closed at the end.

    The forkserver preloads the stage modules, so each worker starts with them (and their word lists) imported.
    """

    def __init__(self, workers: int, preload: list[str]):
        self.workers = workers
        self.preload = sorted(set(preload))
        self._executor: ProcessPoolExecutor | None = None

    def get(self) -> ProcessPoolExecutor:
        if self._executor is None:
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload(self.preload)
            self._executor = ProcessPoolExecutor(max_workers=self.workers, mp_context=context,
                                                 initializer=exit_with_parent, initargs=(os.getpid(),))
        return self._executor

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown()
            self._executor = None


PR_SET_PDEATHSIG = 1  # prctl(2): the signal this process gets when its parent dies (Linux)
WATCHDOG_SECONDS = 1.0  # how often a worker checks that tipline is still there (where prctl is missing)


def exit_with_parent(tipline_pid: int) -> None:
    """Pool initializer: end this worker when the tipline process that started the pool is gone (``kill -9``).

    A worker's parent is the forkserver, which exits when tipline does; on Linux ``PR_SET_PDEATHSIG`` then kills
    the worker at once. Everywhere, a daemon thread also checks every second that tipline is alive and the
    worker's parent has not changed, and exits the worker otherwise (it also covers a parent that died before
    ``prctl`` ran). Workers hold nothing worth saving: their results go only to the dead parent.
    """
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):  # no libc prctl: the watchdog alone
            pass
    parent = os.getppid()

    def watch() -> None:
        while True:
            if os.getppid() != parent or not _alive(tipline_pid):
                os._exit(1)
            time.sleep(WATCHDOG_SECONDS)

    threading.Thread(target=watch, name="tipline-watchdog", daemon=True).start()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def compose(steps: list[Processor], workers: int, chunk: int = DEFAULT_CHUNK) -> Processor:
    """Chain ``steps`` into one processor, fusing runs of parallel stage steps when ``workers > 1``."""
    groups: list[Processor] = []
    run: list[StageStep] = []
    pool = Pool(workers, [s.module.__name__ for s in steps if isinstance(s, StageStep) and s.parallel])

    def close_run() -> None:
        if run:
            groups.append(FusedSteps(list(run), pool, chunk) if workers > 1 else _chain(list(run)))
            run.clear()

    for step in steps:
        if isinstance(step, StageStep) and step.parallel:
            if step.learns:
                close_run()  # its corpus pass needs everything before it done
            run.append(step)
        else:
            close_run()
            groups.append(step)
    close_run()
    chained = _chain(groups)
    if workers <= 1:
        return chained

    def processor(stream: Iterable[Record]) -> Iterator[Record]:
        try:
            yield from chained(stream)
        finally:
            pool.close()

    return processor


def _chain(steps: list[Processor]) -> Processor:
    def processor(stream: Iterable[Record]) -> Iterator[Record]:
        for step in steps:
            stream = step(stream)
        return iter(stream)

    return processor


class FusedSteps:
    """Parallel stage steps run together in a worker pool, results in input order."""

    def __init__(self, steps: list[StageStep], pool: Pool, chunk: int):
        self.steps = steps
        self.pool = pool
        self.chunk = chunk

    def __call__(self, stream: Iterable[Record]) -> Iterator[Record]:
        start = time.perf_counter()
        specs = [(s.module.__name__, s.config, s.stats.name, NOTHING) for s in self.steps]
        first = self.steps[0]
        if first.learns:  # the corpus pass runs here, once; workers get what it learned
            stream, state = io.two_pass(stream, lambda rs: first.module.learn(rs, first.config, first.stats))
            specs[0] = (*specs[0][:3], state)
        pending: deque = deque()
        it = iter(stream)
        chunk = list(itertools.islice(it, self.chunk))
        ahead = list(itertools.islice(it, self.chunk))
        if not ahead:  # one chunk in all: not worth starting workers (same code, same result, in this process)
            if chunk:
                yield from self._collect(run_chunk(specs, chunk))
            self._finish(start)
            return
        it = itertools.chain(ahead, it)
        pending.append(self.pool.get().submit(run_chunk, specs, chunk))
        while True:
            chunk = list(itertools.islice(it, self.chunk))
            if chunk:
                pending.append(self.pool.get().submit(run_chunk, specs, chunk))
            while pending and (not chunk or len(pending) >= self.pool.workers * IN_FLIGHT_PER_WORKER):
                yield from self._collect(pending.popleft().result())
            if not chunk:
                break
        self._finish(start)

    def _finish(self, start: float) -> None:
        # Wall time of the fused group, shared out as each stage's inclusive time (the manifest subtracts).
        elapsed = time.perf_counter() - start
        for step in self.steps:
            step.stats.seconds = elapsed

    def _collect(self, result: tuple[list[Record], list[StageStats]]) -> list[Record]:  # merge in order
        outputs, deltas = result
        for step, delta in zip(self.steps, deltas, strict=True):
            step.stats.merge(delta)
        return outputs


NOTHING = "tipline:nothing-learned"  # marks a spec whose stage runs plain run() (no corpus pass)
Spec = tuple[str, Any, str, Any]  # module name, config, stats name, learned state (or NOTHING)


def run_chunk(specs: list[Spec], chunk: list[Record]) -> tuple[list[Record], list[StageStats]]:
    """Run one chunk through the fused stages in a worker; return the outputs and each stage's stats."""
    stream: Iterable[Record] = iter(chunk)
    all_stats = []
    for module_name, config, name, state in specs:
        module = importlib.import_module(module_name)
        stats = StageStats(name=name)
        if isinstance(state, str) and state == NOTHING:
            out = module.run(stats.intake(stream), config, stats)
        else:
            out = module.run_learned(stats.intake(stream), config, state, stats)
        stream = stats.track(out)
        all_stats.append(stats)
    return list(stream), all_stats
