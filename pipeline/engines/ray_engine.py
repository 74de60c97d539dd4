"""The Ray Data engine: the same stages as the local engine, run as Ray Data transforms.

``tipline --workers N run --engine ray RAW OUT`` (extra: ``pip install 'tipline[ray]'``):

- **read**: local paths are discovered on the driver and read in Ray tasks; paths with a scheme Ray's filesystems
  know (``s3://``, ``gs://``, ``abfs://``, ``file://`` …) are fetched with ``ray.data.read_binary_files``.
- the stages follow the local executor's plan (:func:`pipeline.stage.plan`). **Per-document stages**
  (``per_document=True`` in their declaration): each fused group runs in ``map_batches``, with exactly the code
  the local process pool runs (:func:`pipeline.stage.run_tasks`). A group that first learns from the whole run
  (repair, boilerplate) reads the materialised dataset once on the driver, and its ``map_batches`` get what it
  learned.
- a stage over the whole run runs its declared ``ray_transform`` (dedup: ``ray_dedup``, signatures in parallel,
  band keys shuffled so candidate pairs meet, clusters by connected components on the driver, decisions applied
  in parallel). A stage without one runs on the driver over the streamed records, and so does all that follows.
- **write**: the driver streams the records into the local writer, so the output files and manifest are the ones
  the local engine writes; a destination with a scheme is written locally first, then copied with pyarrow.fs.

Rows carry one pickled object each, tagged by ``kind`` (``pipeline.engines.rows``).

To use a cluster, set ``RAY_ADDRESS`` (e.g. ``ray://head:10001`` or ``auto`` on a cluster node) and keep inputs on
storage every node can read.
"""

from __future__ import annotations

import os
import pickle
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .. import io
from ..parallel import Processor, compose
from ..records import Record
from ..stage import Stage, Task, plan, run_tasks
from ..stages import read
from ..stats import InputFile, StageStats
from .rows import KIND_INPUT, KIND_RECORD, KIND_STATS, batch, rows, split_batch

BATCH_SIZE = 64  # records per map_batches call, as the local pool's chunks


def has_scheme(path: str) -> bool:
    """Tell a URI Ray's filesystems resolve from a local path.

    >>> has_scheme("s3://bucket/raw"), has_scheme("raw/"), has_scheme("C:/raw")
    (True, False, False)
    """
    head, sep, _ = path.partition("://")
    return bool(sep) and head.isalnum() and len(head) > 1


@dataclass
class RaySettings:
    workers: int
    address: str | None = None  # None: start a local instance with ``workers`` CPUs (or RAY_ADDRESS)
    progress: bool = False


def _read_result(records: list[Record], stats: StageStats, inputs: list[InputFile]) -> dict[str, list[Any]]:
    stats.forwarded = len(records)
    return batch(rows(KIND_RECORD, records) + rows(KIND_STATS, [stats]) + rows(KIND_INPUT, inputs))


def read_paths_batch(columns: dict[str, Any], config: read.ReadConfig, root: str | None = None
                     ) -> dict[str, list[Any]]:
    """Ray task: read a batch of local input paths with the read stage (named relative to ``root``)."""
    stats = StageStats(name=read.NAME)
    inputs: list[InputFile] = []
    records: list[Record] = []
    for path in columns["path"]:  # OS paths as bytes (a file name need not be UTF-8; Arrow strings must be)
        records.extend(read.run([os.fsdecode(bytes(path))], config, stats, on_input=inputs.append, root=root))
    return _read_result(records, stats, inputs)


def read_blobs_batch(columns: dict[str, Any], config: read.ReadConfig) -> dict[str, list[Any]]:
    """Ray task: turn files fetched by ``read_binary_files`` into records."""
    stats = StageStats(name=read.NAME)
    inputs: list[InputFile] = []
    records: list[Record] = []
    for path, data in zip(columns["path"], columns["bytes"], strict=True):
        fmt = io.format_of(str(path)) or "txt"
        if fmt == "warc":
            inputs.append(InputFile(str(path), None, len(data), "warc"))
            stats.reject(str(path), "unsupported_remote", "WARC files are read from local paths only")
            continue
        records.extend(read.records_from_bytes(str(path), bytes(data), fmt, stats, on_input=inputs.append,
                                                  max_bytes=config.max_bytes))
    return _read_result(records, stats, inputs)


def stages_batch(columns: dict[str, Any], tasks: list[Task]) -> dict[str, list[Any]]:
    """Ray task: run fused per-document stages over the records of a batch (the local pool's code)."""
    records, others = split_batch(columns)
    outputs, all_stats = run_tasks(tasks, records)
    return batch(rows(KIND_RECORD, outputs) + others + rows(KIND_STATS, all_stats))


def run(paths: tuple[str, ...], read_config: read.ReadConfig, read_stats: StageStats, steps: list[Processor],
        ledger: Any, settings: RaySettings) -> Iterator[Record]:
    """Yield the records that come out of ``steps`` run on Ray; merge stats and inputs into the ledger."""
    import ray
    import ray.data

    started_here = not ray.is_initialized()
    if started_here:
        address = settings.address or os.environ.get("RAY_ADDRESS")
        kwargs: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False, "configure_logging": False}
        if address:
            ray.init(address=address, **kwargs)
        else:
            ray.init(num_cpus=settings.workers, **kwargs)
    try:
        context = ray.data.DataContext.get_current()
        context.execution_options.preserve_order = True  # the writer sorts anyway; this keeps stats order stable
        context.enable_progress_bars = settings.progress
        ledger.root = io.input_root(paths)
        dataset = _read_dataset(ray.data, paths, read_config, ledger.root, read_stats)
        driver_steps: list[Processor] = []
        for group in plan(steps):
            first = group.steps[0]
            if driver_steps:
                driver_steps.extend(group.steps)
            elif group.fused:
                state = None
                if group.learns:  # its corpus pass reads the materialised records once, on the driver
                    dataset = dataset.materialize()
                    state = first.learn(_records(dataset))
                tasks = [first.task(state), *(s.task() for s in group.steps[1:])]
                dataset = dataset.map_batches(stages_batch, fn_kwargs={"tasks": tasks}, batch_size=BATCH_SIZE,
                                              batch_format="numpy")
            elif isinstance(first, Stage) and first.kind.ray_transform is not None:
                dataset = first.kind.ray_transform(dataset, first, BATCH_SIZE)
            else:
                driver_steps.extend(group.steps)  # from here on the driver streams the records
        stages = {s.stats.name: s.stats for s in steps if isinstance(s, Stage)}
        stages[read_stats.name] = read_stats
        streamed = _drain(dataset, stages, ledger)
        yield from compose(driver_steps, 1)(streamed) if driver_steps else streamed
    finally:
        if started_here:
            ray.shutdown()


def _read_dataset(ray_data: Any, paths: tuple[str, ...], config: read.ReadConfig, root: str | None,
                  stats: StageStats) -> Any:
    local = [p for p in paths if not has_scheme(p)]
    remote = [p for p in paths if has_scheme(p)]
    parts = []
    if local:
        discovered = list(io.discover(local))
        stats.not_read.extend(io.relative_name(f.path, root) for f in discovered if f.skipped)
        found = [os.fsencode(f.os_path) for f in discovered if not f.skipped]  # errors: re-found by the tasks
        found = list(dict.fromkeys(found))
        blocks = max(1, min(len(found), 200))
        parts.append(ray_data.from_items([{"path": p} for p in found], override_num_blocks=blocks)
                     .map_batches(read_paths_batch, fn_kwargs={"config": config, "root": root}, batch_size=BATCH_SIZE,
                                  batch_format="numpy"))
    if remote:
        parts.append(ray_data.read_binary_files(remote, include_paths=True)
                     .map_batches(read_blobs_batch, fn_kwargs={"config": config}, batch_size=BATCH_SIZE,
                                  batch_format="numpy"))
    dataset = parts[0]
    for other in parts[1:]:
        dataset = dataset.union(other)
    return dataset


def _records(dataset: Any) -> Iterator[Record]:
    """The records of a dataset, without touching its stats and input rows (they are merged once, at the end)."""
    for columns in dataset.iter_batches(batch_size=BATCH_SIZE, batch_format="numpy"):
        yield from split_batch(columns)[0]


def _drain(dataset: Any, stages: dict[str, StageStats], ledger: Any) -> Iterator[Record]:
    for columns in dataset.iter_batches(batch_size=BATCH_SIZE, batch_format="numpy"):
        for kind, blob in zip(columns["kind"], columns["blob"], strict=True):
            obj = pickle.loads(blob)
            if kind == KIND_RECORD:
                yield obj
            elif kind == KIND_STATS:
                stages[obj.name].merge(obj)
            elif kind == KIND_INPUT:
                ledger.add_input(obj)


def publish(local_dir: str, destination: str) -> None:
    """Copy a finished output directory to a destination URI with pyarrow's filesystems."""
    import pyarrow.fs

    fs, path = pyarrow.fs.FileSystem.from_uri(destination)
    fs.create_dir(path, recursive=True)
    pyarrow.fs.copy_files(local_dir, path, destination_filesystem=fs)


def local_output(out: str) -> tuple[str, str | None]:
    """Return where the writer should write, and the URI to publish to afterwards (if any)."""
    if has_scheme(out):
        return tempfile.mkdtemp(prefix="tipline-ray-out-"), out
    return out, None


def cleanup_local_output(local: str, destination: str | None) -> None:
    if destination is not None:
        shutil.rmtree(local, ignore_errors=True)
