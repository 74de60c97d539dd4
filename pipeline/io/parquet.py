"""Parquet output, written with the Arrow schema generated from the record types (``pipeline.schemas``).

Needs pyarrow (``pip install 'tipline[parquet]'``), imported only here and only when Parquet is asked for. The
bytes depend only on the rows and the pyarrow version: fixed row-group size, compression and writer options, no
timestamps in the file.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from .inputs import InputError

ROW_GROUP_ROWS = 10_000  # rows converted and written at a time: bounds memory, and row groups stay the same
COMPRESSION = "zstd"  # about JSONL-gzip size, fast to read; every loader tested reads it


def write_parquet(lines: Iterable[str], dest: str, schema: Any) -> int:
    """Write JSON lines (records' JSON form) to the Parquet file ``dest`` with ``schema``; return the rows.

    A value that does not fit the schema (a null in a non-null field, a string for a number) raises
    ``ValueError`` naming the row: the JSON form and the Arrow schema come from the same types, so it is a bug.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = 0
    with pq.ParquetWriter(dest, schema, compression=COMPRESSION, version="2.6",
                          write_statistics=True, store_schema=True) as writer:
        batch: list[dict[str, Any]] = []

        def flush() -> None:
            try:
                table = pa.Table.from_pylist(batch, schema=schema)
            except (pa.ArrowInvalid, pa.ArrowTypeError) as exc:
                raise ValueError(f"{dest}: rows {rows - len(batch) + 1}-{rows} do not fit the Arrow schema: {exc}"
                                 ) from None
            writer.write_table(table, row_group_size=ROW_GROUP_ROWS)
            batch.clear()

        for line in lines:
            batch.append(json.loads(line))
            rows += 1
            if len(batch) == ROW_GROUP_ROWS:
                flush()
        if batch or rows == 0:
            flush()
    return rows


PARQUET_SUFFIX = ".parquet"
READ_BATCH_ROWS = 1_000  # rows decoded at a time when reading back: memory stays bounded on any file size


def is_parquet(path: str) -> bool:
    """Whether ``path`` names a Parquet file (by its suffix, as ``write`` names them).

    >>> is_parquet("clean/articles.parquet"), is_parquet("clean/articles.jsonl")
    (True, False)
    """
    return path.endswith(PARQUET_SUFFIX)


def iter_parquet_rows(path: str) -> Iterator[tuple[int, dict[str, Any]]]:
    """Yield ``(row number from 1, record dict)`` of a Parquet file ``write`` produced, a batch at a time.

    The rows come back as the same dicts the JSONL form decodes to (the Arrow schema is generated from the same
    record types, maps and counts are lists of structs), so every reader of tipline output takes either form.
    Raises ``InputError``: ``needs_pyarrow`` without the parquet extra, ``bad_parquet`` for a file pyarrow cannot
    read (after the rows before the damage were yielded).
    """
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise InputError("needs_pyarrow", "reading Parquet needs pyarrow: pip install 'tipline[parquet]'") from None
    number = 0
    try:
        with pq.ParquetFile(path) as parquet:
            for batch in parquet.iter_batches(batch_size=READ_BATCH_ROWS):
                for row in batch.to_pylist():
                    number += 1
                    yield number, row
    except OSError as exc:  # also pyarrow's ArrowIOError
        raise InputError("bad_parquet", f"not a readable Parquet file: {exc}") from None
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError) as exc:
        raise InputError("bad_parquet", f"not a readable Parquet file: {exc}") from None
