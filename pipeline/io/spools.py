"""Spools: records kept on disk between two passes (in order, or sorted by a key).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from typing import IO, Any

from ..records import Record
from .jsonl import dumps, loads_record


class SortedSpool:
    """Collect JSON lines on disk, then give them back sorted by ``(order, id)``: memory holds only ids, sort
    keys and offsets.

    When two lines carry the same id (the same input bytes read from two paths), the one whose ``key`` sorts
    first is kept, so the result does not depend on the order records arrive in.
    """

    def __init__(self, directory: str):
        self._fh = tempfile.NamedTemporaryFile("w+b", dir=directory, prefix=".spool-", delete=False)
        # id -> (tie-break key, offset, length, sort order)
        self._index: dict[str, tuple[str, int, int, tuple[Any, ...]]] = {}
        self.replaced: list[tuple[str, str]] = []  # (id, key) of lines that lost a tie

    def add(self, record_id: str, key: str, line: str, order: tuple[Any, ...] = ()) -> None:
        """Spool ``line``; it comes out sorted by ``order`` (e.g. a tip's article and position), then id."""
        data = (line + "\n").encode("utf-8")
        offset = self._fh.tell()
        self._fh.write(data)
        old = self._index.get(record_id)
        if old is None or key < old[0]:
            if old is not None:
                self.replaced.append((record_id, old[0]))
            self._index[record_id] = (key, offset, len(data), order)
        else:
            self.replaced.append((record_id, key))

    def __len__(self) -> int:
        return len(self._index)

    def kept(self) -> Iterator[tuple[str, str]]:
        """Yield ``(id, key)`` of every line that will be written."""
        for record_id, (key, _, _, _) in self._index.items():
            yield record_id, key

    def orders(self) -> Iterator[tuple[Any, ...]]:
        """Yield the sort order of every line that will be written."""
        for _, _, _, order in self._index.values():
            yield order

    def lines(self) -> Iterator[tuple[str, str]]:
        """Yield ``(id, line)`` (without its newline) of every kept line, sorted by ``(order, id)``."""
        self._fh.flush()
        for record_id in sorted(self._index, key=lambda i: (self._index[i][3], i)):
            _, offset, length, _ = self._index[record_id]
            self._fh.seek(offset)
            yield record_id, self._fh.read(length)[:-1].decode("utf-8")

    def write_sorted(self, dest: str, transform: Callable[[str, str], str] | None = None) -> None:
        """Write the kept lines sorted to ``dest`` (``transform(id, line)`` may rewrite a line), then close."""
        with open(dest, "wb") as out:
            for record_id, line in self.lines():
                out.write(((transform(record_id, line) if transform else line) + "\n").encode("utf-8"))
        self.close()

    def close(self) -> None:
        name = self._fh.name
        self._fh.close()
        if os.path.exists(name):
            os.unlink(name)


class RecordSpool:
    """Records kept so a stage can read its input twice (learn from a first pass, then process) in bounded
    memory: in memory up to ``memory_chars`` characters of text, then in an anonymous temporary file. Use as a
    context manager; the file is gone when it closes.

    >>> from pipeline.records import Article, Source
    >>> with RecordSpool(memory_chars=0) as spool:
    ...     spool.add(Article(id="1" * 16, source=Source("a.txt", "0" * 64, 1, "txt"), text="x"))
    ...     [r.text for r in spool], len(spool)
    (['x'], 1)
    """

    def __init__(self, directory: str | None = None, memory_chars: int = 64_000_000):
        self._directory = directory
        self._memory_chars = memory_chars
        self._chars = 0
        self._records: list[Record] = []
        self._fh: IO[bytes] | None = None
        self._n = 0

    def add(self, record: Record) -> None:
        self._n += 1
        if self._fh is None:
            self._chars += len(record.text)
            self._records.append(record)
            if self._chars <= self._memory_chars:
                return
            self._fh = tempfile.TemporaryFile("w+b", dir=self._directory)
            for held in self._records:
                self._fh.write(dumps(held).encode("utf-8") + b"\n")
            self._records = []
            return
        self._fh.write(dumps(record).encode("utf-8") + b"\n")

    def __len__(self) -> int:
        return self._n

    def __iter__(self) -> Iterator[Record]:
        if self._fh is None:
            yield from self._records
            return
        self._fh.flush()
        self._fh.seek(0)
        for line in self._fh:
            yield loads_record(line)

    def close(self) -> None:
        self._records = []
        if self._fh is not None:
            self._fh.close()

    def __enter__(self) -> RecordSpool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
