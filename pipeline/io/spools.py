"""Spools: records kept on disk between two passes (in order, or sorted by a key).
"""

from __future__ import annotations

import os
import pickle
import tempfile
from collections.abc import Callable, Iterator
from typing import IO, Any

from ..records import Record

SPOOL_BATCH = 64  # records per pickle in a RecordSpool's file: one class lookup and memo for many records
# What a record costs in memory beyond its text, counted as characters against a RecordSpool's bound: a slotted
# Article with its source, ids, dicts and lists is about 1-2 KB, so a run of short texts is bounded too.
RECORD_CHARS = 1_000
# Characters a RecordSpool keeps in memory before it spills: about 4,000 of the bench's 3,000-character pages, so a
# 30 MB run spills part of each spool while pickling (~18 µs a record) stays under 1 % of the chain's time.
MEMORY_CHARS = 16_000_000


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

    On disk the records are pickled, :data:`SPOOL_BATCH` to a pickle: the file is this process's own, read back
    only by it, and a record comes back as the very object that went in (the JSON form cost 88 µs a record to
    write and read back, batched pickles about 18 µs, which the 100,000-page runs pay for three spools).

    >>> from pipeline.records import Article, Source
    >>> with RecordSpool(memory_chars=0) as spool:
    ...     for n in range(3):
    ...         spool.add(Article(id=str(n) * 16, source=Source("a.txt", "0" * 64, 1, "txt"), text="x" * n))
    ...     [r.text for r in spool], len(spool)
    (['', 'x', 'xx'], 3)
    """

    def __init__(self, directory: str | None = None, memory_chars: int = MEMORY_CHARS):
        self._directory = directory
        self._memory_chars = memory_chars
        self._chars = 0
        self._records: list[Record] = []  # all records while in memory; then those not yet written
        self._fh: IO[bytes] | None = None
        self._n = 0

    def add(self, record: Record) -> None:
        self._n += 1
        self._records.append(record)
        if self._fh is None:
            self._chars += len(record.text) + RECORD_CHARS
            if self._chars <= self._memory_chars:
                return
            self._fh = tempfile.TemporaryFile("w+b", dir=self._directory)
        if len(self._records) >= SPOOL_BATCH:
            self._spill()

    def _spill(self) -> None:
        assert self._fh is not None
        for start in range(0, len(self._records), SPOOL_BATCH):
            pickle.dump(self._records[start:start + SPOOL_BATCH], self._fh, protocol=pickle.HIGHEST_PROTOCOL)
        self._records = []

    def __len__(self) -> int:
        return self._n

    @property
    def on_disk(self) -> bool:
        """The spool went past its memory bound: its records are (being) written to its temporary file."""
        return self._fh is not None

    def __iter__(self) -> Iterator[Record]:
        if self._fh is None:
            yield from self._records
            return
        self._spill()
        self._fh.flush()
        self._fh.seek(0)
        while True:
            try:
                batch = pickle.load(self._fh)
            except EOFError:
                return
            yield from batch

    def drain(self) -> Iterator[Record]:
        """Read the records once, letting go of each as it is handed on (the spool is empty after): a replay
        runs while every later stage works, and records it kept would stay alive to the end of the run.

        >>> from pipeline.records import Article, Source
        >>> spool = RecordSpool()
        >>> spool.add(Article(id="0" * 16, source=Source("a.txt", "0" * 64, 1, "txt"), text="x"))
        >>> [r.text for r in spool.drain()], list(spool)
        (['x'], [])
        """
        if self._fh is not None:
            yield from self
            return
        records, self._records = self._records, []
        records.reverse()  # pop from the end: each record is handed on and forgotten in O(1)
        while records:
            yield records.pop()

    def close(self) -> None:
        self._records = []
        if self._fh is not None:
            self._fh.close()

    def __enter__(self) -> RecordSpool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
