"""All file access: finding inputs, reading bytes and JSONL, writing JSONL, atomic output, the manifest.

No other module opens files. Readers raise :class:`InputError` with a snake_case ``reason`` and a one-line
``detail``; the read stage turns those into rejections and the run goes on.
"""

from __future__ import annotations

import glob
import gzip
import hashlib
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from .records import Record, from_dict, to_dict

STDIN = "-"
STDIN_NAME = "<stdin>"
SUFFIX_FORMATS = {
    ".txt": "txt",
    ".text": "txt",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
    ".jsonl.gz": "jsonl",
}
DEFAULT_MAX_BYTES = 20 * 1024 * 1024  # one article page is KBs; 20 MB is a dump or a mistake, not a page


class InputError(Exception):
    """An input that cannot be read: ``reason`` is a snake_case code, ``detail`` one human line."""

    def __init__(self, reason: str, detail: str):
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


@dataclass(slots=True)
class InputPath:
    """A path found on the command line, with its format (``None`` when it could not be resolved)."""

    path: str
    format: str | None
    error: InputError | None = None


def format_of(path: str) -> str | None:
    """Return the input format of ``path`` from its suffix, or ``None`` when tipline does not read it.

    >>> format_of("raw/a.TXT"), format_of("x.jsonl.gz"), format_of("photo.png")
    ('txt', 'jsonl', None)
    """
    name = path.lower()
    for suffix in sorted(SUFFIX_FORMATS, key=len, reverse=True):
        if name.endswith(suffix):
            return SUFFIX_FORMATS[suffix]
    return None


def display_path(path: Path | str) -> str:
    """Return ``path`` as written in records: relative to the working directory when below it, POSIX style."""
    p = Path(path)
    if p.is_absolute():
        try:
            p = p.relative_to(Path.cwd())
        except ValueError:
            return p.as_posix()
    return p.as_posix()


def discover(paths: Iterable[str]) -> Iterator[InputPath]:
    """Expand files, directories (recursive, sorted) and globs into input paths; ``-`` is stdin.

    Paths that do not exist, match nothing, or hold no readable inputs come out with an ``error``.
    """
    for raw in paths:
        if raw == STDIN:
            yield InputPath(STDIN_NAME, "stdin")
            continue
        if glob.has_magic(raw):
            matches = sorted(glob.glob(raw, recursive=True))
            if not matches:
                yield InputPath(raw, None, InputError("not_found", "glob matches no files"))
            for m in matches:
                yield from _expand(Path(m), explicit=False)
            continue
        yield from _expand(Path(raw), explicit=True)


def _expand(path: Path, explicit: bool) -> Iterator[InputPath]:
    shown = display_path(path)
    if path.is_dir():
        found = False
        try:
            # Dangling links are listed too: they are inputs that cannot be read, and must be reported.
            children = sorted(p for p in path.rglob("*") if p.is_file() or p.is_symlink())
        except OSError as exc:
            yield InputPath(shown, None, InputError("unreadable", f"cannot list directory: {exc.strerror}"))
            return
        for child in children:
            fmt = format_of(child.name)
            if fmt is not None:
                found = True
                yield InputPath(display_path(child), fmt)
        if not found:
            yield InputPath(shown, None, InputError("no_inputs", "directory holds no .txt, .html or .jsonl files"))
        return
    if not path.exists():
        yield InputPath(shown, None, InputError("not_found", "no such file or directory"))
        return
    fmt = format_of(path.name)
    if fmt is None and explicit:
        fmt = "txt"  # a file named explicitly is read as text whatever its suffix; binary content is caught later
    if fmt is not None:
        yield InputPath(shown, fmt)


def read_bytes(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Read a whole input file (or stdin), refusing files over ``max_bytes`` before reading them."""
    if path == STDIN_NAME:
        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        try:
            size = os.stat(path).st_size
            if size > max_bytes:
                raise InputError("too_large", f"file is {size:,} bytes, over the limit of {max_bytes:,} (--max-bytes)")
            with open(path, "rb") as fh:
                data = fh.read(max_bytes + 1)
        except IsADirectoryError:
            raise InputError("unreadable", "is a directory") from None
        except OSError as exc:
            raise InputError("unreadable", f"cannot read: {exc.strerror or exc}") from None
    if len(data) > max_bytes:
        raise InputError("too_large", f"input is over the limit of {max_bytes:,} bytes (--max-bytes)")
    return data


def iter_jsonl_lines(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[tuple[int, bytes]]:
    """Yield ``(line_number, raw_line)`` of a JSONL (or gzipped JSONL) file, streaming, blank lines skipped."""
    try:
        if path == STDIN_NAME:
            fh: IO[bytes] = sys.stdin.buffer
        elif path.lower().endswith(".gz"):
            fh = gzip.open(path, "rb")
        else:
            fh = open(path, "rb")
    except OSError as exc:
        raise InputError("unreadable", f"cannot read: {exc.strerror or exc}") from None
    try:
        for number, line in enumerate(fh, start=1):
            if len(line) > max_bytes:
                raise InputError("too_large", f"line {number} is over {max_bytes:,} bytes")
            if line.strip():
                yield number, line
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        raise InputError("unreadable", f"cannot read: {exc}") from None
    finally:
        if fh is not sys.stdin.buffer:
            fh.close()


def file_sha256(path: str) -> tuple[str, int]:
    """Return the sha256 and size of a file, streaming."""
    h = hashlib.sha256()
    size = 0
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
            size += len(block)
    return h.hexdigest(), size


# ---------------------------------------------------------------------------------------------- writing


def dumps(record: Record | dict[str, Any]) -> str:
    """Serialise one record as a JSON line (no newline), stable byte for byte.

    >>> dumps({"b": 1, "a": "é"})
    '{"b":1,"a":"é"}'
    """
    data = record if isinstance(record, dict) else to_dict(record)
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def loads_record(line: bytes | str) -> Record:
    """Parse one JSON line into a tipline record (``ValueError`` when it is not one)."""
    data = json.loads(line)
    if not isinstance(data, dict):
        raise ValueError("line is not a JSON object")
    return from_dict(data)


def write_jsonl(records: Iterable[Record], fh: IO[str]) -> int:
    """Write records as JSON lines to an open text stream; return how many."""
    n = 0
    for record in records:
        fh.write(dumps(record))
        fh.write("\n")
        n += 1
    return n


class SortedSpool:
    """Collect JSON lines on disk, then write them sorted by id: memory holds only ids and offsets.

    When two lines carry the same id (the same input bytes read from two paths), the one whose ``key`` sorts
    first is kept, so the result does not depend on the order records arrive in.
    """

    def __init__(self, directory: str):
        self._fh = tempfile.NamedTemporaryFile("w+b", dir=directory, prefix=".spool-", delete=False)
        self._index: dict[str, tuple[str, int, int]] = {}  # id -> (tie-break key, offset, length)
        self.replaced: list[tuple[str, str]] = []  # (id, key) of lines that lost a tie

    def add(self, record_id: str, key: str, line: str) -> None:
        data = (line + "\n").encode("utf-8")
        offset = self._fh.tell()
        self._fh.write(data)
        old = self._index.get(record_id)
        if old is None or key < old[0]:
            if old is not None:
                self.replaced.append((record_id, old[0]))
            self._index[record_id] = (key, offset, len(data))
        else:
            self.replaced.append((record_id, key))

    def __len__(self) -> int:
        return len(self._index)

    def kept(self) -> Iterator[tuple[str, str]]:
        """Yield ``(id, key)`` of every line that will be written."""
        for record_id, (key, _, _) in self._index.items():
            yield record_id, key

    def write_sorted(self, dest: str) -> None:
        self._fh.flush()
        with open(dest, "wb") as out:
            for record_id in sorted(self._index):
                _, offset, length = self._index[record_id]
                self._fh.seek(offset)
                out.write(self._fh.read(length))
        self.close()

    def close(self) -> None:
        name = self._fh.name
        self._fh.close()
        if os.path.exists(name):
            os.unlink(name)


@contextmanager
def atomic_directory(target: str) -> Iterator[str]:
    """Yield a fresh temporary directory beside ``target``; on success swap it in, on error remove it.

    The previous ``target`` stays untouched until everything was written, so an interrupted run never leaves a
    half-written output directory.
    """
    target_path = Path(target).resolve()
    target_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix=f"{target_path.name}.tmp-", dir=target_path.parent)
    try:
        yield tmp
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    old = None
    if target_path.exists():
        old = tempfile.mkdtemp(prefix=f"{target_path.name}.old-", dir=target_path.parent)
        os.rename(target_path, Path(old) / "previous")
    os.rename(tmp, target_path)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def write_json(path: str, data: Any) -> None:
    """Write pretty, key-sorted JSON (used for the manifest)."""
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=2, sort_keys=True)
        fh.write("\n")


def read_json(path: str) -> Any:
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def read_records(path: str) -> Iterator[tuple[int, Record]]:
    """Yield ``(line_number, record)`` from a JSONL file of tipline records (``ValueError`` names the line)."""
    for number, line in iter_jsonl_lines(path, max_bytes=1 << 31):
        try:
            yield number, loads_record(line)
        except ValueError as exc:
            raise ValueError(f"{path}:{number}: {exc}") from None


def write_jsonl_to(records: Iterable[Record], dest: str) -> int:
    """Write records as JSON lines to ``dest`` (``-`` is stdout); a file is replaced atomically."""
    if dest == STDIN:
        n = write_jsonl(records, sys.stdout)
        sys.stdout.flush()
        return n
    target = Path(dest).resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            n = write_jsonl(records, fh)
        os.replace(tmp, target)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return n


class RecordSpool:
    """Hold a stream of records on disk so a stage that must see everything first can replay it.

    Records are written as JSON lines to an unnamed temporary file; memory holds nothing per record. Use it as a
    context manager (the file is removed on exit) and iterate it to read the records back in the order added.
    """

    def __init__(self, directory: str | None = None):
        self._fh: IO[bytes] = tempfile.TemporaryFile("w+b", dir=directory, prefix=".tipline-spool-")
        self.count = 0

    def __enter__(self) -> RecordSpool:
        return self

    def __exit__(self, *exc: object) -> None:
        self._fh.close()

    def add(self, record: Record) -> None:
        self._fh.write(dumps(record).encode("utf-8"))
        self._fh.write(b"\n")
        self.count += 1

    def __iter__(self) -> Iterator[Record]:
        self._fh.flush()
        self._fh.seek(0)
        for line in self._fh:
            yield loads_record(line)
        self._fh.seek(0, os.SEEK_END)


def write_arrays(directory: str, arrays: dict[str, Any], meta: dict[str, Any], rows: Iterable[dict[str, Any]],
                 rows_name: str = "docs.jsonl") -> None:
    """Write numpy arrays (one ``.npy`` each), a JSON ``meta.json`` and JSON lines into ``directory``, atomically.

    ``.npy`` files are byte-for-byte deterministic (``.npz`` is not: zip entries carry the time), so the same
    content always gives the same files.
    """
    import numpy as np

    with atomic_directory(directory) as tmp:
        for name, array in arrays.items():
            with open(os.path.join(tmp, f"{name}.npy"), "wb") as fh:
                np.save(fh, array, allow_pickle=False)
        with open(os.path.join(tmp, rows_name), "w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(dumps(row))
                fh.write("\n")
        write_json(os.path.join(tmp, "meta.json"), meta)


def read_arrays(directory: str, names: Iterable[str], rows_name: str = "docs.jsonl"
                ) -> tuple[dict[str, Any], dict[str, Any], list[dict[str, Any]]] | None:
    """Read what :func:`write_arrays` wrote: ``(arrays, meta, rows)``, or ``None`` when ``directory`` is absent.

    A directory that exists but is incomplete or corrupt raises ``ValueError`` naming it.
    """
    import numpy as np

    if not os.path.exists(directory):
        return None
    try:
        meta = read_json(os.path.join(directory, "meta.json"))
        arrays = {name: np.load(os.path.join(directory, f"{name}.npy"), allow_pickle=False) for name in names}
        with open(os.path.join(directory, rows_name), encoding="utf-8") as fh:
            rows = [json.loads(line) for line in fh if line.strip()]
    except (OSError, ValueError) as exc:
        raise ValueError(f"{directory}: not a readable index ({exc}); remove it or give another path") from None
    return arrays, meta, rows
