"""The stage protocol, and the one plan the local and the Ray executors both follow.

Each stage module declares itself at its bottom: ``STAGE = StageKind(name, per_document, run, ...)``. A
:class:`Stage` is such a declaration bound to a config and its stats: ``stage.learn(records) -> state`` (only
for a stage that learns from the whole run first: repair's markers, boilerplate's repeated lines) and
``stage.run(records, state)``. :func:`plan` groups a chain once: consecutive per-document stages fuse (they run
together in worker processes or Ray ``map_batches``), a learning stage starts a new group (what comes before it
must be finished before its corpus pass), every other step stands alone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from .records import Record
from .stats import StageStats


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
        # extra run() arguments (repair's --explain printer) stay in this process
        return self.kind.per_document and not self.extra

    @property
    def learns(self) -> bool:
        return self.kind.learn is not None and (self.kind.learns is None or self.kind.learns(self.config))

    def learn(self, records: Iterable[Record]) -> Any:
        """The corpus pass (reads ``records`` to the end); only for a stage that :attr:`learns`."""
        assert self.kind.learn is not None, f"stage {self.name} learns nothing"
        return self.kind.learn(records, self.config, self.stats)

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


def run_tasks(tasks: Sequence[Task], chunk: list[Record]) -> tuple[list[Record], list[StageStats]]:
    """Run one chunk through fused stages (in a worker process or a Ray task); the outputs and each one's stats."""
    stream: Iterable[Record] = iter(chunk)
    all_stats = []
    for task in tasks:
        stats = StageStats(name=task.name)
        stream = task.run(stream, stats)
        all_stats.append(stats)
    return list(stream), all_stats


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
