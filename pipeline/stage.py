"""The stage protocol, and the one plan the local and the Ray executors both follow.

Each stage module declares itself at its bottom: ``STAGE = StageKind(name, per_document, run, ...)``. A
:class:`Stage` is such a declaration bound to a config and its stats: ``stage.learn(records) -> state`` (only
for a stage that learns from the whole run first: repair's markers, boilerplate's repeated lines) and
``stage.run(records, state)``. A learning stage may split its corpus pass in two: ``observe(chunk, config,
offset)``, pure and per chunk of records (so worker processes can share it), and ``learn_observed(observations,
config, stats)``, which merges what was observed, chunk by chunk in order, into the state; ``offset`` is
the number of characters of article text before the chunk. A stage that learns from a bounded sample of the run
chooses it with ``sample(records, config)`` (by content, so renaming or reordering inputs changes nothing): only the
sample is observed. :func:`plan` groups a chain once: consecutive per-document stages fuse (they run
together in worker processes or Ray ``map_batches``), a learning stage starts a new group (what comes before it
must be finished before its corpus pass), every other step stands alone.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from .records import Article, Record
from .stats import StageStats

LEARN_CHUNK = 64  # records per observe() call when a stage learns in this process (as in the worker pool)


@dataclass(frozen=True)
class StageKind:
    """What a stage module declares (module-level functions only, so it pickles into worker processes)."""

    name: str
    per_document: bool  # each record is treated on its own: may run in worker processes
    run: Callable[..., Iterator[Record]]  # run(records, config, stats, **extra): the whole stage, learning included
    learn: Callable[..., Any] | None = None  # learn(records, config, stats) -> state: the corpus pass
    learns: Callable[[Any], bool] | None = None  # whether a config learns (default: whenever learn is given)
    run_learned: Callable[..., Iterator[Record]] | None = None  # run_learned(records, config, state, stats, **extra)
    ray_transform: Callable[..., Any] | None = None  # transform(dataset, stage, batch_size) on Ray Data
    # The corpus pass in two (see the module docstring): observe may run in worker processes.
    observe: Callable[[list[Record], Any, int], Any] | None = None  # observe(chunk, config, offset)
    learn_observed: Callable[..., Any] | None = None  # learn_observed(observations, config, stats) -> state
    # sample(records, config) -> the records observe reads (the whole run is read; None: observe reads the run)
    sample: Callable[[Iterable[Record], Any], list[Record]] | None = None
    preload: tuple[str, ...] = ()  # modules the worker pool's forkserver imports (data workers then share)
    # observe ignores its offset and learn_observed reads the observations of the records in order whatever the
    # chunks: the worker pool observes the chunks the group before makes, in its workers (no second sending)
    observe_anywhere: bool = False


@dataclass
class Stage:
    """A stage bound to its config and stats (``extra``: keyword arguments of ``run`` that never change output)."""

    kind: StageKind
    config: Any
    stats: StageStats
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return self.kind.name

    @property
    def per_document(self) -> bool:
        # extra run() arguments (repair's --explain printer) stay in this process; one left at None is the run's own
        # default, not an argument: the CLI binds repair with explain=None when --explain is not given, and that
        # kept repair out of the worker pool on every CLI chain (issue 19, round 20: at 10,000 pages two workers
        # idled while this process repaired the run)
        return self.kind.per_document and all(value is None for value in self.extra.values())

    @property
    def learns(self) -> bool:
        return self.kind.learn is not None and (self.kind.learns is None or self.kind.learns(self.config))

    def learn(self, records: Iterable[Record]) -> Any:
        """The corpus pass (reads ``records`` to the end); only for a stage that :attr:`learns`."""
        assert self.kind.learn is not None, f"stage {self.name} learns nothing"
        return self.kind.learn(records, self.config, self.stats)

    @property
    def observes(self) -> bool:
        """The corpus pass is split in ``observe`` (per chunk, may run in workers) and ``learn_observed``."""
        return self.kind.observe is not None and self.kind.learn_observed is not None

    def observed(self, records: Iterable[Record]) -> Iterable[Record]:
        """What ``observe`` reads of the run: the stage's sample of it, or all of it."""
        return self.kind.sample(records, self.config) if self.kind.sample is not None else records

    def run(self, records: Iterable[Record], state: Any = None) -> Iterator[Record]:
        """The stage over ``records``, counted; ``state`` is what :meth:`learn` returned (if it learns)."""
        return self.task(state).run(records, self.stats, self.extra)

    def task(self, state: Any = None) -> Task:
        """What a worker needs to run this stage on chunks (it gets fresh stats and returns them)."""
        return Task(self.kind, self.config, self.stats.name, self.learns, state)

    def __call__(self, stream: Iterable[Record]) -> Iterator[Record]:
        """The stage alone in this process: a learning stage spools the stream for its own corpus pass."""
        return self.stats.track(self.kind.run(self.stats.intake(stream), self.config, self.stats, **self.extra))


@dataclass(frozen=True)
class Task:
    kind: StageKind
    config: Any
    name: str
    learned: bool
    state: Any = None

    def run(self, records: Iterable[Record], stats: StageStats, extra: dict[str, Any] | None = None
            ) -> Iterator[Record]:
        records = stats.intake(records)
        if self.learned:
            assert self.kind.run_learned is not None
            return stats.track(self.kind.run_learned(records, self.config, self.state, stats, **(extra or {})))
        return stats.track(self.kind.run(records, self.config, stats, **(extra or {})))


def observe_chunks(records: Iterable[Record], observe: Callable[[list[Record], int], Any],
                   chunk: int = LEARN_CHUNK) -> Iterator[Any]:
    """``observe(chunk, offset)`` over ``records`` cut into chunks, in order.

    >>> from pipeline.records import Source
    >>> recs = [Article(id=str(i) * 16, source=Source("a.txt", "0" * 64, 1, "txt"), text="ab") for i in range(5)]
    >>> list(observe_chunks(recs, lambda c, offset: (len(c), offset), chunk=2))
    [(2, 0), (2, 4), (1, 8)]
    """
    it = iter(records)
    offset = 0
    while batch := list(itertools.islice(it, chunk)):
        yield observe(batch, offset)
        offset += article_chars(batch)


def article_chars(records: Iterable[Record]) -> int:
    """Characters of article text in ``records`` (the offsets ``observe`` gets are counted in these)."""
    return sum(len(r.text) for r in records if isinstance(r, Article))


def learn_by_chunks(records: Iterable[Record], kind: StageKind, config: Any, stats: StageStats) -> Any:
    """A stage's corpus pass as ``observe`` over chunks then ``learn_observed``, all in this process (the worker
    pool runs the same steps with ``observe`` in workers: same chunks, same order, same state)."""
    assert kind.observe is not None and kind.learn_observed is not None
    observe = kind.observe
    if kind.sample is not None:
        records = kind.sample(records, config)
    return kind.learn_observed(observe_chunks(records, lambda chunk, offset: observe(chunk, config, offset)),
                               config, stats)


def run_tasks(tasks: Sequence[Task], chunk: list[Record]) -> tuple[list[Record], list[StageStats]]:
    """Run one chunk through fused stages (in a worker process or a Ray task); the outputs and each one's stats."""
    stream: Iterable[Record] = iter(chunk)
    all_stats = []
    for task in tasks:
        stats = StageStats(name=task.name)
        stream = task.run(stream, stats)
        all_stats.append(stats)
    return list(stream), all_stats


def run_tasks_observing(tasks: Sequence[Task], chunk: list[Record], observe: Callable[[list[Record], Any, int], Any],
                        config: Any) -> tuple[list[Record], list[StageStats], Any]:
    """:func:`run_tasks`, then the next group's ``observe`` of the outputs (a stage that ``observe_anywhere``)."""
    outputs, stats = run_tasks(tasks, chunk)
    return outputs, stats, observe(outputs, config, 0)


@dataclass(frozen=True)
class Group:
    """Steps run together: fused per-document stages, or one other step (a stage or a plain processor)."""

    steps: tuple[Any, ...]
    fused: bool

    @property
    def learns(self) -> bool:
        """The group's first stage reads the whole run first (everything before the group must be done)."""
        return self.fused and self.steps[0].learns


def plan(steps: Iterable[Any]) -> list[Group]:
    """Group a chain once: consecutive per-document stages fuse; a learning stage starts a new group; every
    other step (a stage over the whole run, a reader, a writer) stands alone.

    >>> from pipeline.stats import StageStats
    >>> def kind(name, per_document, learns=False):
    ...     return StageKind(name, per_document, run=print, learn=print if learns else None)
    >>> chain = [Stage(kind("a", True), None, StageStats("a")), Stage(kind("b", True, learns=True), None,
    ...          StageStats("b")), Stage(kind("c", True), None, StageStats("c")), Stage(kind("d", False), None,
    ...          StageStats("d")), Stage(kind("e", True), None, StageStats("e"))]
    >>> [([s.name for s in g.steps], g.fused) for g in plan(chain)]
    [(['a'], True), (['b', 'c'], True), (['d'], False), (['e'], True)]
    """
    groups: list[Group] = []
    run: list[Stage] = []

    def close() -> None:
        if run:
            groups.append(Group(tuple(run), fused=True))
            run.clear()

    for step in steps:
        if isinstance(step, Stage) and step.per_document:
            if step.learns:
                close()
            run.append(step)
        else:
            close()
            groups.append(Group((step,), fused=False))
    close()
    return groups
