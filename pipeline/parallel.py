"""The local executor: a chain run in this process, with consecutive per-document stages in a process pool.

It follows :func:`pipeline.stage.plan`. With ``workers > 1`` each fused group sends chunks of records to worker
processes that run them through all of its stages; results come back **in submission order**, so the output is
byte-identical to ``workers=1``. A group whose first stage learns from the whole run (repair's markers,
boilerplate's repeated lines) gets its corpus pass while the run is spooled here: the workers observe chunks
(``StageKind.observe``), this process merges what they saw in input order (so the state is the one a single
process learns), and the workers get the state with each chunk; a stage that ``observe_anywhere`` (boilerplate) is
observed by the workers of the group before it, on the chunks they make, so its run is not sent to them twice.
Workers are started with ``forkserver``: compiled extensions that keep threads (e.g. rensa) make forked workers
hang.
"""

from __future__ import annotations

import contextlib
import ctypes
import dataclasses
import itertools
import multiprocessing
import operator
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from multiprocessing.reduction import ForkingPickler
from typing import Any

from . import io, records
from .records import Record
from .stage import Stage, article_chars, plan, run_tasks, run_tasks_observing

Processor = Callable[[Iterable[Record]], Iterator[Record]]
DEFAULT_CHUNK = 64  # records per task: large enough to amortise pickling, small enough to keep memory flat
IN_FLIGHT_PER_WORKER = 3  # tasks queued per worker, so workers never wait and memory stays bounded


def fields_reducer(cls: type) -> Callable[[Any], tuple[type, tuple]]:
    """A pickle reducer for a dataclass: its class and its field values, rebuilt by calling the class.

    What a slots dataclass pickles by default (a ``__getstate__`` that looks its fields up on every call, a
    ``__setstate__`` that sets them one by one) costs twice as much; every record crosses between processes twice
    per worker group (issue 19).

    >>> from pipeline.records import Source
    >>> fields_reducer(Source)(Source("a.txt", "0" * 64, 3, "txt"))[1][:4]
    ('a.txt', '0000000000000000000000000000000000000000000000000000000000000000', 3, 'txt')
    """
    get = operator.attrgetter(*(f.name for f in dataclasses.fields(cls)))
    if len(dataclasses.fields(cls)) == 1:
        return lambda obj: (cls, (get(obj),))
    return lambda obj: (cls, get(obj))


def _register_reducers() -> None:
    """Use :func:`fields_reducer` for the record classes when records cross between processes (the worker pool's
    pickler only: spools and other pickles keep the default). Only for classes whose every field is set by
    ``__init__`` and that check nothing after it, so calling the class rebuilds the same record."""
    for cls in vars(records).values():
        if (isinstance(cls, type) and dataclasses.is_dataclass(cls) and cls.__module__ == records.__name__
                and all(f.init for f in dataclasses.fields(cls)) and not hasattr(cls, "__post_init__")):
            ForkingPickler.register(cls, fields_reducer(cls))


_register_reducers()  # in tipline and in each worker (the pool's initializer is in this module)


class Pool:
    """One process pool shared by every fused group of a run, started on first use and closed at the end.

    The forkserver preloads the stage modules, so each worker starts with them (and their word lists) imported.
    """

    def __init__(self, workers: int, preload: list[str]):
        self.workers = workers
        self.preload = sorted(set(preload))
        self._executor: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()  # get() from this process's thread and from start_soon's
        self._starting: threading.Thread | None = None

    def get(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._executor is None:
                context = multiprocessing.get_context("forkserver")
                context.set_forkserver_preload(self.preload)
                self._executor = ProcessPoolExecutor(max_workers=self.workers, mp_context=context,
                                                     initializer=exit_with_parent, initargs=(os.getpid(),))
            return self._executor

    def start_soon(self) -> None:
        """Start the workers in the background, for a run known to need them: the forkserver imports the stages
        and loads their data (~1 s) while this process goes on reading the run for a corpus pass, instead of
        after it (issue 19: that start-up was serial wall time at the head of every run). A task the pool gets
        meanwhile waits for the start as it would have; a worker is spawned by a task it finds no idle worker
        for, so each gets a no-op."""
        if self._starting is not None or self._executor is not None:
            return

        def start() -> None:
            with contextlib.suppress(Exception):  # a pool that cannot start says so to the first real task
                executor = self.get()
                for _ in range(self.workers):
                    executor.submit(int)

        self._starting = threading.Thread(target=start, name="tipline-pool-start", daemon=True)
        self._starting.start()

    def close(self) -> None:
        if self._starting is not None:
            self._starting.join()
            self._starting = None
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
    """Chain ``steps`` into one processor, following :func:`pipeline.stage.plan` (fused groups run in the pool
    when ``workers > 1``)."""
    groups = plan(steps)
    preload = [__name__, *(m for g in groups if g.fused for s in g.steps for m in (s.kind.run.__module__,
                                                                                   *s.kind.preload))]
    pool = Pool(workers, preload)
    processors: list[Processor] = []
    before: FusedSteps | None = None
    for group in groups:
        if group.fused and workers > 1:
            fused = FusedSteps(list(group.steps), pool, chunk)
            first = group.steps[0]
            if before is not None and group.learns and first.observes and first.kind.observe_anywhere:
                before.feeds = fused  # the workers of the group before observe for this one's corpus pass
                fused.observed = deque()
            processors.append(fused)
            before = fused
        else:
            processors.extend(group.steps)
            before = None
    chained = _chain(processors)
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

    def __init__(self, steps: list[Stage], pool: Pool, chunk: int):
        self.steps = steps
        self.pool = pool
        self.chunk = chunk
        self.feeds: FusedSteps | None = None  # the next group, whose corpus pass this group's workers observe
        self.observed: deque | None = None  # observations of this group's input, in order (fed by the one before)

    def __call__(self, stream: Iterable[Record]) -> Iterator[Record]:
        start = time.perf_counter()
        first = self.steps[0]
        state = None
        if first.learns:  # the corpus pass runs once (observed in the workers, merged here); workers get its state
            stream, state = io.two_pass(stream, lambda records: self._learn(first, records))
        specs = [first.task(state), *(s.task() for s in self.steps[1:])]
        pending: deque = deque()
        it = iter(stream)
        chunk = list(itertools.islice(it, self.chunk))
        ahead = list(itertools.islice(it, self.chunk))
        feeds = self.feeds.steps[0] if self.feeds is not None else None
        if not ahead:  # one chunk in all: not worth starting workers (same code, same result, in this process)
            if chunk:
                outputs, stats = run_tasks(specs, chunk)
                extra = () if feeds is None else (feeds.kind.observe(outputs, feeds.config, 0),)  # type: ignore
                yield from self._collect((outputs, stats, *extra))
            self._finish(start)
            return
        it = itertools.chain(ahead, it)

        def submit(chunk: list[Record]) -> Any:
            if feeds is None:
                return self.pool.get().submit(run_tasks, specs, chunk)
            return self.pool.get().submit(run_tasks_observing, specs, chunk, feeds.kind.observe, feeds.config)

        pending.append(submit(chunk))
        while True:
            chunk = list(itertools.islice(it, self.chunk))
            if chunk:
                pending.append(submit(chunk))
            while pending and (not chunk or len(pending) >= self.pool.workers * IN_FLIGHT_PER_WORKER):
                yield from self._collect(pending.popleft().result())
            if not chunk:
                break
        self._finish(start)

    def _learn(self, stage: Stage, records: Iterable[Record]) -> Any:
        """The corpus pass of ``stage``: ``observe`` on chunks (of the run, or of the stage's sample of it) in the
        workers, merged here in order (one chunk, or a stage that cannot split its pass, learns in this process)."""
        if self.observed is not None:  # observed by the group before, as it made each chunk
            observed, kind = self.observed, stage.kind

            def delivered() -> Iterator[Any]:
                for _ in records:  # reading a chunk's first record, its observation is here
                    while observed:
                        yield observed.popleft()
                while observed:
                    yield observed.popleft()

            return kind.learn_observed(delivered(), stage.config, stage.stats)  # type: ignore[misc]
        records = self._starting_pool_after(records, self.chunk)
        if not stage.observes:
            return stage.learn(records)
        it = iter(stage.observed(records))  # the whole run is read; a sampling stage yields its sample
        head = list(itertools.islice(it, self.chunk + 1))
        kind, config = stage.kind, stage.config
        if len(head) <= self.chunk:  # one chunk: not worth the workers (same steps in this process)
            return kind.learn_observed([kind.observe(head, config, 0)], config, stage.stats)  # type: ignore[misc]
        pending: deque = deque()

        def observations() -> Iterator[Any]:
            stream = itertools.chain(head, it)
            offset = 0
            for chunk in iter(lambda: list(itertools.islice(stream, self.chunk)), []):
                pending.append(self.pool.get().submit(kind.observe, chunk, config, offset))
                offset += article_chars(chunk)
                while len(pending) >= self.pool.workers * IN_FLIGHT_PER_WORKER:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()

        return kind.learn_observed(observations(), config, stage.stats)  # type: ignore[misc]

    def _starting_pool_after(self, records: Iterable[Record], count: int) -> Iterator[Record]:
        """``records``; once more than ``count`` were read the run is more than one chunk, so the group will
        send chunks to workers: they are started in the background while the corpus pass reads on."""
        it = iter(records)
        head = list(itertools.islice(it, count + 1))
        if len(head) > count:
            self.pool.start_soon()
        yield from head
        yield from it

    def _finish(self, start: float) -> None:
        # Wall time of the fused group, shared out as each stage's inclusive time (the manifest subtracts).
        elapsed = time.perf_counter() - start
        for step in self.steps:
            step.stats.seconds = elapsed

    def _collect(self, result: tuple[Any, ...]) -> list[Record]:  # merge in order
        outputs, deltas, *observation = result
        if observation:  # before the outputs go on: the next group's corpus pass finds it when it reads them
            assert self.feeds is not None and self.feeds.observed is not None
            self.feeds.observed.append(observation[0])
        for step, delta in zip(self.steps, deltas, strict=True):
            step.stats.merge(delta)
        return outputs
