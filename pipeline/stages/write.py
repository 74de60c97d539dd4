"""Write stage: the sink of a chain. Records go to ``<out>/articles.jsonl`` and ``<out>/tips.jsonl`` (or
``.parquet`` with ``format="parquet"``), articles sorted by id and tips by article and position, with
``<out>/manifest.json`` accounting for every input; all of it written atomically. An article's ``tip_count`` is
the number of its rows in the tips file (after tip dedup dropped some).

The manifest is a function of the inputs and the options only (the same bytes for any ``--workers``, engine
aside); what varies between runs of the same input (worker count, engine, timings) goes to ``<out>/run.json``,
so a committed output (``clean/``) stays unchanged when it is regenerated from unchanged inputs.
"""

from __future__ import annotations

import os
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .. import __version__, dedup_index, io
from ..records import Article, Record
from ..stats import Run, StageStats

NAME = "write"
MANIFEST_SCHEMA = "tipline.manifest/1"
FORMATS = ("jsonl", "parquet")
OUTPUT_FILES = {"article": "articles.jsonl", "tip": "tips.jsonl"}
OUTPUT_NAMES = {fmt: {kind: name.replace(".jsonl", f".{fmt}") for kind, name in OUTPUT_FILES.items()}
                for fmt in FORMATS}
# Files an earlier tipline output folder may hold beside these: the manifest, and the report `make clean-data`
# writes into it. Anything else makes the folder someone else's (replaced only with --force).
RUN_FILE = "run.json"  # the run's settings and timings: not part of the output's content (git-ignored in clean/)
OWN_FILES = frozenset({*(n for names in OUTPUT_NAMES.values() for n in names.values()), "manifest.json", RUN_FILE,
                       "report.html"})


class StrictFailure(Exception):
    """``--strict`` was given and some input was rejected: nothing is written."""


@dataclass(frozen=True, slots=True)
class WriteConfig:
    out: str
    strict: bool = False
    force: bool = False  # replace an existing folder tipline did not write; off: a user's folder is refused
    inputs: tuple[str, ...] = ()  # paths given to the readers: the output may never be, hold or sit inside one
    format: str = "jsonl"  # jsonl: one JSON object a line; parquet: the shipped Arrow schema (tipline[parquet])

    def __post_init__(self) -> None:
        if self.format not in FORMATS:
            raise ValueError(f"unknown output format {self.format!r} (expected one of {', '.join(FORMATS)})")


def is_tipline_output(path: str) -> bool:
    """Whether the folder ``path`` holds only what tipline writes: the files of :data:`OWN_FILES` vouched for by
    a tipline ``manifest.json``, and tipline's own index folders (``dedup --index OUT/.index``)."""
    try:
        entries = os.listdir(path)
    except OSError:
        return False
    files = set()
    for name in entries:
        full = os.path.join(path, name)
        if os.path.isdir(full) and not os.path.islink(full) and dedup_index.is_arrays_dir(full):
            continue
        if name not in OWN_FILES or not os.path.isfile(full) or os.path.islink(full):
            return False
        files.add(name)
    if not files:
        return True
    try:
        manifest = io.read_json(os.path.join(path, "manifest.json"))
    except (OSError, ValueError):
        return False
    return isinstance(manifest, dict) and manifest.get("schema") == MANIFEST_SCHEMA


def run(records: Iterable[Record], config: WriteConfig, stats: StageStats, ledger: Run) -> dict[str, Any]:
    """Drain ``records`` into the output directory; return the manifest that was written."""
    start = time.perf_counter()
    def inputs() -> tuple[str, ...]:  # as given, then every file actually read (known only at the end)
        return (*config.inputs, *ledger.input_paths())

    names = OUTPUT_NAMES[config.format]
    schema_of = _arrow_schemas() if config.format == "parquet" else {}  # before anything is read: fail early
    with io.atomic_directory(config.out, claim=is_tipline_output, force=config.force, inputs=inputs) as tmp:
        spools = {kind: io.SortedSpool(tmp) for kind in OUTPUT_FILES}
        repairs: Counter = Counter()
        pages: set[tuple[str, str]] = set()
        declared: dict[str, int | None] = {}  # article id -> the tip_count the tips stage gave it
        try:
            for record in records:
                stats.total += 1
                if isinstance(record, Article):
                    declared[record.id] = record.tip_count
                    order: tuple = ()
                else:
                    order = (record.article_id, record.position)
                spools[record.kind].add(record.id, record.source.path, io.dumps(record), order)
                if isinstance(record, Article) and (record.source.path, record.source.sha256) not in pages:
                    pages.add((record.source.path, record.source.sha256))  # parts of a page share its counts
                    repairs.update(record.repairs)
            for kind, spool in spools.items():
                for record_id, path in spool.replaced:
                    stats.drop_ref(path, record_id, "duplicate", duplicate_of=record_id,
                                   detail=f"identical {kind} (same content hash)")
            for record_id, path in spools["article"].kept():
                ledger.emitted.setdefault(path, []).append(record_id)
            stats.forwarded = sum(len(s) for s in spools.values())
            if config.strict and ledger.rejected_count:
                raise StrictFailure(f"{ledger.rejected_count} input(s) or record(s) rejected; --strict writes nothing")
            rows = Counter(article_id for article_id, _ in spools["tip"].orders())
            fix = _tip_count_fixer(declared, rows)
            for kind, spool in spools.items():
                if kind == "article" or len(spool):
                    dest = os.path.join(tmp, names[kind])
                    if config.format == "parquet":
                        lines = ((fix(i, line) if kind == "article" else line) for i, line in spool.lines())
                        io.write_parquet(lines, dest, schema_of[kind])
                        spool.close()
                    else:
                        spool.write_sorted(dest, fix if kind == "article" else None)
        finally:
            for spool in spools.values():
                spool.close()
        outputs = {}
        for kind, name in names.items():
            path = os.path.join(tmp, name)
            if os.path.exists(path):
                sha, size = io.file_sha256(path)
                outputs[name] = {"sha256": sha, "bytes": size, "records": len(spools[kind])}
        stats.seconds = time.perf_counter() - start  # inclusive of upstream, like every stage
        manifest = build_manifest(ledger, outputs, dict(repairs))
        io.write_json(os.path.join(tmp, "manifest.json"), manifest)
        io.write_json(os.path.join(tmp, RUN_FILE), build_run(ledger))
    ledger.publish(True)  # the output is in place: what stages staged with it (a dedup index) goes in too
    return manifest


def _arrow_schemas() -> dict[str, Any]:
    from .. import schemas

    return {kind: schemas.arrow_schema(kind) for kind in OUTPUT_FILES}


def _tip_count_fixer(declared: dict[str, int | None], rows: Counter) -> Any:
    """A line transform giving each article the tip_count of its rows in the tips file (tip dedup may have
    dropped some of its tips); articles the tips stage never saw (tip_count null) are left as they are."""

    def fix(record_id: str, line: str) -> str:
        count = declared.get(record_id)
        if count is None or count == rows[record_id]:
            return line
        record = io.loads_record(line)
        record.tip_count = rows[record_id]
        return io.dumps(record)

    return fix


def build_manifest(ledger: Run, outputs: dict[str, Any], repairs: dict[str, int]) -> dict[str, Any]:
    """Assemble the manifest: deterministic for the same inputs and options."""
    inputs = ledger.input_fates()
    fates = Counter(entry["fate"] for entry in inputs)
    stages = {name: s.as_dict() for name, s in ledger.stages.items()}
    return {
        "schema": MANIFEST_SCHEMA,
        "tipline_version": __version__,
        "options": ledger.options,
        "root": ledger.root,
        "settings": {name: dict(sorted(values.items())) for name, values in sorted(ledger.settings.items())},
        "totals": {
            "inputs": len(inputs),
            "emitted": fates.get("emitted", 0),
            "duplicate": fates.get("duplicate", 0),
            "rejected": fates.get("rejected", 0),
            "articles": sum(o["records"] for n, o in outputs.items() if n.startswith("articles.")),
            "tips": sum(o["records"] for n, o in outputs.items() if n.startswith("tips.")),
        },
        "inputs": inputs,
        "not_read": ledger.not_read(),
        "stages": stages,
        "repairs": dict(sorted(repairs.items())),
        "learned": ledger.learned(),
        "outputs": outputs,
    }


def stage_seconds(ledger: Run) -> dict[str, float]:
    """Each stage's own wall time (stages are timed inclusively of what runs before them in the stream)."""
    timings: dict[str, float] = {}
    previous = 0.0
    for name, s in ledger.stages.items():
        timings[name] = round(max(s.seconds - previous, 0.0), 4)
        previous = max(s.seconds, previous)
    return timings


def build_run(ledger: Run) -> dict[str, Any]:
    """What varies between runs of the same input: settings that never change the output, and timings."""
    return {**ledger.runtime, "seconds_per_stage": stage_seconds(ledger)}
