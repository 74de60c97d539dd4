"""All file access: finding inputs, reading bytes and JSONL, writing JSONL, atomic output, the manifest.

No other module opens files. A package: ``inputs`` (discovery, bounded reads, decompression), ``warc``,
``jsonl``, ``spools``, ``output`` (atomic output), ``files`` (small whole-file reads). ``pipeline.io`` re-exports
their public names so callers say ``io.X`` as before; ``two_pass`` is here until the runner takes it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from ..records import Record
from .files import file_sha256, read_json, read_toml
from .inputs import (
    CHUNK_BYTES,
    DEFAULT_MAX_BYTES,
    FILE_LIMIT_FACTOR,
    STDIN,
    STDIN_NAME,
    SUFFIX_FORMATS,
    HashingStream,
    InputError,
    InputPath,
    discover,
    display_path,
    file_limit,
    format_of,
    input_root,
    iter_bounded_lines,
    open_decompressed,
    open_stream,
    read_bytes,
    relative_name,
    shown_path,
)
from .jsonl import MAX_JSON_DEPTH, LineError, dumps, iter_jsonl_lines, loads_json, loads_record, write_jsonl
from .output import (
    Claim,
    Inputs,
    OutputError,
    atomic_directory,
    atomic_file,
    clean_stale_temps,
    exchange,
    output_lock,
    real_path,
    refuse_inputs,
    swap_by_renames,
    write_json,
    write_jsonl_to,
    write_text,
)
from .parquet import is_parquet, iter_parquet_rows, write_parquet
from .spools import MEMORY_CHARS, RecordSpool, SortedSpool
from .warc import WarcPage, iter_warc_responses

__all__ = ["CHUNK_BYTES", "Claim", "DEFAULT_MAX_BYTES", "FILE_LIMIT_FACTOR", "HashingStream", "InputError",
           "InputPath", "Inputs", "LineError", "MAX_JSON_DEPTH", "OutputError", "RecordSpool", "STDIN", "STDIN_NAME",
           "SUFFIX_FORMATS", "SortedSpool", "WarcPage", "atomic_directory", "atomic_file", "clean_stale_temps",
           "discover", "display_path", "dumps", "exchange", "file_limit", "file_sha256", "format_of", "input_root",
           "iter_bounded_lines", "iter_jsonl_lines", "iter_warc_responses", "loads_json", "loads_record",
           "open_decompressed", "open_stream", "output_lock", "read_bytes", "read_json", "read_toml", "real_path",
           "refuse_inputs", "relative_name", "shown_path",
           "swap_by_renames", "write_json", "write_jsonl", "write_jsonl_to",
           "write_text", "write_parquet", "is_parquet", "iter_parquet_rows", "two_pass"]


def two_pass(records: Iterable[Record], learn: Callable[[Iterable[Record]], Any],
             memory_chars: int = MEMORY_CHARS) -> tuple[Iterator[Record], Any]:
    """Let ``learn`` read the records once while they are spooled; return a replay of them and what it learned.

    For stages that learn from the run before changing any record. ``learn`` may stop reading early (a learner
    with a budget): the replay is then the spooled records followed by the rest of the run, read as it comes
    (never spooled, and no longer waited for).

    >>> from pipeline.records import Article, Source
    >>> recs = [Article(id=str(i) * 16, source=Source("a.txt", "0" * 64, 1, "txt"), text=t)
    ...         for i, t in enumerate("abc")]
    >>> replay, learned = two_pass(recs, lambda rs: "".join(r.text for r in rs))
    >>> learned, [r.text for r in replay]
    ('abc', ['a', 'b', 'c'])
    >>> replay, learned = two_pass(recs, lambda rs: next(iter(rs)).text)
    >>> learned, [r.text for r in replay]
    ('a', ['a', 'b', 'c'])
    """
    spool = RecordSpool(memory_chars=memory_chars)
    rest = iter(records)

    def tee() -> Iterator[Record]:
        for record in rest:
            spool.add(record)
            yield record

    try:
        learned = learn(tee())
    except BaseException:
        spool.close()
        raise

    def replay() -> Iterator[Record]:
        with spool:
            yield from spool.drain()
        yield from rest

    return replay(), learned
