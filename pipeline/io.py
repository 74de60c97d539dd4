"""All file access: finding inputs, reading bytes and JSONL, writing JSONL, atomic output, the manifest.

No other module opens files. Readers raise :class:`InputError` with a snake_case ``reason`` and a one-line
``detail``; the read stage turns those into rejections and the run goes on.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import fcntl
import glob
import gzip
import hashlib
import json
import os
import re
import shutil
import stat
import sys
import tempfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from io import StringIO
from pathlib import Path
from typing import IO, Any

from .records import Record, from_dict, to_dict

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

STDIN = "-"
STDIN_NAME = "<stdin>"
SUFFIX_FORMATS = {
    ".txt": "txt",
    ".text": "txt",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
    ".jsonl.gz": "jsonl",
    ".jsonl.zst": "jsonl",
    ".warc": "warc",
    ".warc.gz": "warc",
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
    stream: bool = False  # a named pipe or device named explicitly: read once, whole, bounded, like stdin
    # The path to open when ``path`` (the name written in records, the manifest and stderr) is not the OS path:
    # a file name that is not UTF-8 (see :func:`shown_path`). ``None``: open ``path``.
    real: str | None = None

    @property
    def os_path(self) -> str:
        return self.path if self.real is None else self.real


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
    """Return ``path`` as written in records: relative to the working directory when below it, POSIX style,
    in valid UTF-8 (:func:`shown_path`)."""
    p = Path(path)
    if p.is_absolute():
        try:
            p = p.relative_to(Path.cwd())
        except ValueError:
            return shown_path(p.as_posix())
    return shown_path(p.as_posix())


def shown_path(path: str) -> str:
    """Return ``path`` writable as UTF-8: the bytes of a file name that are not UTF-8 (which Python holds as
    lone surrogates, U+DC80-U+DCFF) become backslash escapes ``\\xNN``; any other text is unchanged.

    Records, the manifest and stderr carry this name (JSON written as UTF-8 cannot hold the raw bytes); it still
    shows which bytes they were. A name that itself holds the text ``\\xff`` looks the same: an ambiguity only a
    name built for it can hit.

    >>> print(shown_path("raw/caf\u00e9.txt"), shown_path(os.fsdecode(b"raw/bad\\xff\\xfe.txt")))
    raw/café.txt raw/bad\\xff\\xfe.txt
    """
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        try:
            return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
        except UnicodeEncodeError:  # a surrogate no file name decodes to (from a \ud800 in text): show its code
            return path.encode("utf-8", "backslashreplace").decode("utf-8")
    return path


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
                yield InputPath(shown_path(raw), None, InputError("not_found", "glob matches no files"))
            for m in matches:
                yield from _expand(Path(m), explicit=False)
            continue
        yield from _expand(Path(raw), explicit=True)


def _is_regular(path: Path) -> bool | None:
    """Whether ``path`` (links followed) is a regular file; ``None`` when it cannot be stat'ed (dangling)."""
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return None


def _real(path: Path, shown: str) -> str | None:
    """The OS path to open when the shown name differs from it by more than its form (a name not in UTF-8)."""
    plain = os.fspath(path)
    return plain if shown_path(plain) != plain else None


def _input(path: Path, fmt: str | None, error: InputError | None = None) -> InputPath:
    shown = display_path(path)
    return InputPath(shown, fmt, error, real=_real(path, shown))


def _expand(path: Path, explicit: bool) -> Iterator[InputPath]:
    shown = display_path(path)
    real = _real(path, shown)
    if path.is_dir() and (path / "manifest.json").is_file() and (path / "articles.jsonl").is_file():
        # tipline's own output directory: its articles are the input (tips, the manifest and the report are
        # made from them again by the chain)
        yield _input(path / "articles.jsonl", "jsonl")
        return
    if path.is_dir():
        found = False
        try:
            # Dangling links are listed too: they are inputs that cannot be read, and must be reported.
            children = sorted(p for p in path.rglob("*") if p.is_symlink() or not p.is_dir())
        except OSError as exc:
            yield InputPath(shown, None, InputError("unreadable", f"cannot list directory: {exc.strerror}"))
            return
        for child in children:
            fmt = format_of(child.name)
            if fmt is None or child.is_dir():
                continue
            found = True
            if _is_regular(child) is False:  # a FIFO would block the run, a device never end: never opened
                yield _input(child, None,
                             InputError("not_a_file", "not a regular file (a pipe, socket or device); "
                                        "inside a directory only regular files are read"))
            else:
                yield _input(child, fmt)
        if not found:
            yield InputPath(shown, None, InputError("no_inputs", "directory holds no .txt, .html or .jsonl files"))
        return
    if not path.exists():
        yield InputPath(shown, None, InputError("not_found", "no such file or directory"))
        return
    fmt = format_of(path.name)
    if fmt is None and explicit:
        fmt = "txt"  # a file named explicitly is read as text whatever its suffix; binary content is caught later
    if fmt is None:
        return
    if not _is_regular(path):
        if not explicit:  # a glob matched it: as in a directory, only regular files are read
            yield InputPath(shown, None, InputError("not_a_file", "not a regular file (a pipe, socket or device)"))
        elif fmt == "warc":
            yield InputPath(shown, None, InputError("not_a_file", "WARC files are read from regular files only"))
        else:  # named on purpose (`<(zcat x.gz)`): read once, like stdin, at most --max-bytes
            yield InputPath(shown, fmt, stream=True, real=real)
        return
    yield InputPath(shown, fmt, real=real)


def read_bytes(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Read a whole input file (or stdin, or a named pipe), refusing inputs over ``max_bytes``: a regular file
    by its size before reading, a stream by reading at most ``max_bytes + 1`` bytes."""
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


CHUNK_BYTES = 1 << 20  # decompressed bytes read at a time: memory holds one chunk plus one line, never a file
FILE_LIMIT_FACTOR = 64  # a streamed JSONL or WARC file may be this many --max-bytes (decompressed), no more


class HashingStream:
    """A binary stream read once (stdin, a pipe) that hashes what passes through; ``head`` was read already.

    >>> from io import BytesIO
    >>> h = HashingStream(BytesIO(b"cd"), b"ab")
    >>> h.read(3), h.read(3), h.read(3), h.size, h.sha256()[:8]
    (b'ab', b'cd', b'', 4, '88d4266f')
    """

    def __init__(self, fh: IO[bytes], head: bytes = b""):
        self._fh = fh
        self._head = head
        self._hash = hashlib.sha256()
        self.size = 0

    def read(self, size: int = CHUNK_BYTES) -> bytes:
        if self._head:
            data, self._head = self._head[:size], self._head[size:]
        else:
            data = self._fh.read(size)
        self._hash.update(data)
        self.size += len(data)
        return data

    def sha256(self) -> str:
        return self._hash.hexdigest()


def open_stream(path: str) -> IO[bytes]:
    """Open stdin or a named pipe for one reading pass (``InputError('unreadable')`` when it cannot be)."""
    if path == STDIN_NAME:
        return sys.stdin.buffer
    try:
        return open(path, "rb")
    except OSError as exc:
        raise InputError("unreadable", f"cannot read: {exc.strerror or exc}") from None


def file_limit(max_bytes: int) -> int:
    """The bound on a streamed file's (decompressed) bytes: ``FILE_LIMIT_FACTOR`` pages.

    >>> file_limit(1000)
    64000
    """
    return max_bytes * FILE_LIMIT_FACTOR


def _stream_errors() -> tuple[type[BaseException], ...]:
    """What a decompressing stream raises on corrupt or truncated data."""
    errors: tuple[type[BaseException], ...] = (EOFError, zlib.error, gzip.BadGzipFile)
    try:
        import zstandard
    except ImportError:  # pragma: no cover - zstandard is a dependency
        return errors
    return (*errors, zstandard.ZstdError)


class _Gunzip:
    """A multi-member gzip stream whose ``read(size)`` returns what is decompressed so far, at most ``size``
    bytes: unlike ``gzip.GzipFile``, data before a truncated or corrupt member is handed out before the error
    (``EOFError`` / ``zlib.error``) is raised.

    >>> from io import BytesIO
    >>> import gzip
    >>> g = _Gunzip(BytesIO(gzip.compress(b"ab") + gzip.compress(b"cd")[:-3]))
    >>> g.read(10), g.read(10)
    (b'ab', b'cd')
    >>> g.read(10)
    Traceback (most recent call last):
    ...
    EOFError: the compressed data ends before its end-of-stream marker
    """

    def __init__(self, raw: IO[bytes]):
        self._raw = raw
        self._z = zlib.decompressobj(wbits=31)
        self._in = b""  # compressed bytes not yet given to the decompressor
        self._started = False  # the current member has begun

    def read(self, size: int = CHUNK_BYTES) -> bytes:
        while True:
            if not self._in:
                self._in = self._raw.read(1 << 16)
                if not self._in:
                    if self._started:
                        raise EOFError("the compressed data ends before its end-of-stream marker")
                    return b""
            if self._z.eof:  # a member ended: what follows starts the next one (zero padding is tolerated)
                if not self._in.strip(b"\x00"):
                    self._in = b""
                    continue
                self._z = zlib.decompressobj(wbits=31)
            data = self._z.decompress(self._in, size)
            self._started = not self._z.eof
            self._in = self._z.unused_data if self._z.eof else self._z.unconsumed_tail
            if data:
                return data

    def close(self) -> None:
        pass

    def __enter__(self) -> _Gunzip:
        return self

    def __exit__(self, *exc: object) -> None:
        pass


class _Unzstd:
    """A zstandard stream (frames one after another) read in bounded memory, which says when it is truncated
    (``zstandard``'s own ``stream_reader`` ends silently there). Compressed bytes go in 512 at a time: zstd
    expands at most ~32,000-fold (RLE blocks), so one step yields at most ~16 MB.

    >>> import zstandard
    >>> from io import BytesIO
    >>> z = zstandard.ZstdCompressor()
    >>> u = _Unzstd(BytesIO(z.compress(b"ab") + z.compress(b"cd" * 1000)[:-4]))
    >>> u.read(10)
    b'ab'
    >>> len(u.read(5000))
    Traceback (most recent call last):
    ...
    EOFError: the compressed data ends inside a zstd frame
    """

    STEP = 512

    def __init__(self, raw: IO[bytes]):
        import zstandard

        self._new = zstandard.ZstdDecompressor().decompressobj
        self._z = self._new()
        self._raw = raw
        self._in = b""
        self._out = b""
        self._started = False

    def read(self, size: int = CHUNK_BYTES) -> bytes:
        while not self._out:
            if not self._in:
                self._in = self._raw.read(1 << 16)
                if not self._in:
                    if self._started:
                        raise EOFError("the compressed data ends inside a zstd frame")
                    return b""
            if self._z.eof:
                self._z = self._new()
            step, self._in = self._in[:self.STEP], self._in[self.STEP:]
            self._out = self._z.decompress(step)
            self._started = not self._z.eof
            if self._z.eof:
                self._in = self._z.unused_data + self._in
        out, self._out = self._out[:size], self._out[size:]
        return out

    def close(self) -> None:
        pass

    def __enter__(self) -> _Unzstd:
        return self

    def __exit__(self, *exc: object) -> None:
        pass


def open_decompressed(path: str, fh: IO[bytes] | None = None) -> IO[bytes]:
    """Open ``path`` (or wrap the open binary ``fh`` named ``path``) as a stream of its decompressed bytes:
    ``.gz`` by gzip, ``.zst`` by zstandard, anything else as it is. Reads of the result are bounded by the size
    asked for, so a compression bomb costs time, not memory."""
    name = path.lower()
    try:
        raw = fh if fh is not None else open(path, "rb")
    except OSError as exc:
        raise InputError("unreadable", f"cannot read: {exc.strerror or exc}") from None
    if name.endswith(".gz"):
        return _Gunzip(raw)  # type: ignore[return-value]  # closing it leaves ``raw`` open: the caller closes it
    if name.endswith(".zst"):
        return _Unzstd(raw)  # type: ignore[return-value]
    return raw


def _read_chunk(fh: IO[bytes], where: str, size: int = CHUNK_BYTES) -> bytes:
    """One chunk of a (decompressing) stream; corrupt data becomes ``InputError('bad_compression')``."""
    try:
        return fh.read(size)
    except _stream_errors() as exc:
        raise InputError("bad_compression", f"corrupt or truncated compressed data ({exc or 'truncated'}); "
                         f"{where} were not read") from None
    except OSError as exc:
        raise InputError("unreadable", f"cannot read: {exc.strerror or exc}; {where} were not read") from None


def iter_bounded_lines(fh: IO[bytes], max_bytes: int, limit: int | None = None) -> Iterator[tuple[int, bytes | None]]:
    """Yield ``(line_number, line)`` of a binary stream split at ``\\n``, blank lines skipped; a line longer
    than ``max_bytes`` comes out as ``(line_number, None)`` without ever being held whole. More than ``limit``
    bytes in all raise ``InputError('too_large')`` naming the last line read.

    >>> from io import BytesIO
    >>> list(iter_bounded_lines(BytesIO(b'{"a":1}\\n\\n' + b"x" * 20 + b'\\n{"b":2}'), 10))
    [(1, b'{"a":1}\\n'), (3, None), (4, b'{"b":2}')]
    """
    number = 0
    pending: list[bytes] = []
    held = 0  # bytes in ``pending``
    skipping = False  # the current line is over the bound: its bytes are dropped as they come
    total = 0
    while True:
        chunk = _read_chunk(fh, f"lines after line {number}")
        if not chunk:
            break
        base = total  # bytes before this chunk
        total += len(chunk)
        start = 0
        while True:
            if limit is not None and base + start > limit:
                raise InputError("too_large", f"holds over {limit:,} bytes ({FILE_LIMIT_FACTOR} x --max-bytes, "
                                 f"counted decompressed); lines after line {number} were not read")
            end = chunk.find(b"\n", start)
            piece = chunk[start:] if end < 0 else chunk[start:end + 1]
            if not skipping:
                held += len(piece)
                if held > max_bytes:
                    skipping, pending, held = True, [], 0
                elif piece:
                    pending.append(piece)
            if end < 0:
                break
            number += 1
            if skipping:
                yield number, None
            else:
                line = pending[0] if len(pending) == 1 else b"".join(pending)
                if line.strip():
                    yield number, line
            skipping, pending, held = False, [], 0
            start = end + 1
    if skipping or pending:
        number += 1
        if skipping:
            yield number, None
        else:
            line = b"".join(pending)
            if line.strip():
                yield number, line


def iter_jsonl_lines(path: str, max_bytes: int = DEFAULT_MAX_BYTES,
                     file_limit: int | None = None) -> Iterator[tuple[int, bytes | None]]:
    """Yield ``(line_number, raw_line)`` of a JSONL (``.gz``, ``.zst``) file or stdin, streaming, blank lines
    skipped; a line over ``max_bytes`` comes out as ``(line_number, None)`` and the next lines follow.

    Corrupt compressed data raises ``InputError('bad_compression')`` after the lines before it were yielded.
    """
    if path == STDIN_NAME:
        yield from iter_bounded_lines(sys.stdin.buffer, max_bytes, file_limit)
        return
    try:
        raw = open(path, "rb")
    except OSError as exc:
        raise InputError("unreadable", f"cannot read: {exc.strerror or exc}") from None
    with raw:
        try:
            fh = open_decompressed(path, raw)
        except _stream_errors() as exc:
            raise InputError("bad_compression", f"corrupt compressed data: {exc}") from None
        with fh:
            yield from iter_bounded_lines(fh, max_bytes, file_limit)


class LineError(ValueError):
    """One JSONL line that is no usable record: ``reason`` is the snake_case rejection code."""

    def __init__(self, reason: str, detail: str):
        super().__init__(detail)
        self.reason = reason


MAX_JSON_DEPTH = 64  # tipline's records nest 4 deep; 64 is far beyond any real document and far below recursion
_SURROGATE = re.compile("[\ud800-\udfff]")
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def _too_deep(data: Any, bound: int) -> bool:
    """Whether ``data`` nests lists/objects deeper than ``bound`` (top level = 1), walked without recursion.

    >>> _too_deep([[1]], 2), _too_deep([[[1]]], 2), _too_deep({"a": {"b": 1}}, 1)
    (False, True, True)
    """
    stack = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict):
            value = value.values()
        elif not isinstance(value, list):
            continue
        if depth > bound:
            return True
        stack.extend((v, depth + 1) for v in value)
    return False


def _replace_surrogates(value: Any) -> tuple[Any, int]:
    """Replace lone surrogates (from ``\\udfff`` escapes; they cannot be written as UTF-8) by U+FFFD everywhere
    in ``value``; return the new value and how many were replaced.

    >>> _replace_surrogates({"t": "a\\udfffb", "l": ["\\ud800"]})
    ({'t': 'a\\ufffdb', 'l': ['\\ufffd']}, 2)
    """
    if isinstance(value, str):
        new, n = _SURROGATE.subn("\ufffd", value)
        return new, n
    if isinstance(value, list):
        pairs = [_replace_surrogates(v) for v in value]
        return [v for v, _ in pairs], sum(n for _, n in pairs)
    if isinstance(value, dict):
        out, total = {}, 0
        for k, v in value.items():
            k, n1 = _replace_surrogates(k)
            out[k], n2 = _replace_surrogates(v)
            total += n1 + n2
        return out, total
    return value, 0


def loads_json(raw: bytes | str, max_depth: int = MAX_JSON_DEPTH) -> tuple[Any, int]:
    """Decode one JSON line safely: ``(value, lone_surrogates_replaced)``.

    Raises :class:`LineError` (``bad_encoding``, ``malformed_jsonl``) for bytes that are not UTF-8, text that
    is not JSON, JSON nested deeper than ``max_depth`` (which would exhaust the stack in json or later) and an
    integer of more digits than Python converts (4,300 by default: a ``ValueError`` from inside json).

    >>> loads_json(b'{"t": "ok \\\\udfff"}')
    ({'t': 'ok \\ufffd'}, 1)
    >>> loads_json(b"[" * 100_000)
    Traceback (most recent call last):
    ...
    pipeline.io.LineError: JSON nested deeper than 64 levels
    """
    if isinstance(raw, bytes):
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise LineError("bad_encoding", "line is not valid UTF-8") from None
    else:
        text = raw
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise LineError("malformed_jsonl", f"malformed JSON: {exc.msg} at column {exc.colno}") from None
    except ValueError as exc:  # an integer past Python's int-string limit (sys.get_int_max_str_digits())
        raise LineError("malformed_jsonl", f"JSON number too long: {str(exc).split(';')[0]}") from None
    except RecursionError:
        data = None
        deep = True
    else:
        # cheap first: a line with few brackets cannot nest deeply, so most lines are never walked
        deep = text.count("[") + text.count("{") > max_depth and _too_deep(data, max_depth)
    if deep:
        raise LineError("malformed_jsonl", f"JSON nested deeper than {max_depth} levels")
    replaced = 0
    if "\\u" in text and _SURROGATE_ESCAPE.search(text):
        data, replaced = _replace_surrogates(data)
    return data, replaced


@dataclass(slots=True)
class WarcPage:
    """One HTTP response from a WARC file (``payload`` holds at most ``max_bytes + 1`` bytes)."""

    url: str | None
    date: str | None
    record_id: str | None
    content_type: str
    payload: bytes


class _WarcStream:
    """The decompressed bytes of a WARC file as warcio reads them, with the bounds warcio lacks.

    warcio reads header lines with an unbounded ``readline``; while ``headers`` is set (warcio is parsing a
    record's headers) a run of more than ``max_bytes`` without a line break is refused, so a compression bomb
    in a header costs time, never memory. ``tell`` counts decompressed bytes (warcio's offsets)."""

    def __init__(self, fh: IO[bytes], max_bytes: int):
        self._fh = fh
        self._max_bytes = max_bytes
        self._run = 0  # bytes since the last line break
        self.total = 0
        self.headers = True

    def read(self, size: int = -1) -> bytes:
        size = CHUNK_BYTES if size is None or size < 0 else min(size, CHUNK_BYTES)
        data = _read_chunk(self._fh, "the records after this point", size)
        self.total += len(data)
        nl = data.rfind(b"\n")
        self._run = self._run + len(data) if nl < 0 else len(data) - nl - 1
        if self.headers and self._run > self._max_bytes:
            raise InputError("bad_warc", f"a header line at byte {self.total - self._run:,} is over "
                             f"{self._max_bytes:,} bytes; the records after it were not read")
        return data

    def tell(self) -> int:
        return self.total


_WARCIO_WARNING = "Record not followed by newline"


def _quietly(fn: Callable[[], Any]) -> Any:
    """Call ``fn`` with warcio's multi-line stderr warnings caught: a warning about a record's length becomes
    an ``InputError('bad_warc')``; anything else written meanwhile (a progress line) is passed on."""
    import contextlib

    caught = StringIO()
    with contextlib.redirect_stderr(caught):
        result = fn()
    text = caught.getvalue()
    if _WARCIO_WARNING in text:
        raise InputError("bad_warc", "a record is not followed by the blank line its Content-Length implies (the "
                         "length is wrong); the records after it were not read")
    if text:
        sys.stderr.write(text)
    return result


def iter_warc_responses(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[WarcPage]:
    """Yield the HTTP responses of a WARC (or .warc.gz) file, streaming; other record types are skipped.

    A record whose block ends before its ``Content-Length`` (a truncated file, or a length that lies and would
    swallow the records after it) raises ``InputError('bad_warc')`` after the records before it were yielded;
    corrupt gzip raises ``InputError('bad_compression')``. Memory stays bounded by ``max_bytes`` per record.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        raw = open(path, "rb")
    except OSError as exc:
        raise InputError("unreadable", f"cannot read: {exc.strerror or exc}") from None
    with raw:
        gz = raw.read(2) == b"\x1f\x8b"
        raw.seek(0)
        fh: IO[bytes] = _Gunzip(raw) if gz else raw  # type: ignore[assignment]
        if not _read_chunk(fh, "the file", 5).startswith(b"WARC/"):
            raise InputError("bad_warc", "not a WARC file (does not start with a WARC/ version line)")
        raw.seek(0)
        if gz:
            fh = _Gunzip(raw)  # type: ignore[assignment]
        stream = _WarcStream(fh, max_bytes)
        records = iter(ArchiveIterator(stream))
        n = 0
        try:
            while True:
                stream.headers = True
                record = _quietly(lambda: next(records, None))
                stream.headers = False
                if record is None:
                    return
                n += 1
                where = record.rec_headers.get_header("WARC-Record-ID") or f"record {n}"
                payload = b""
                if record.rec_type == "response":
                    payload = _quietly(lambda: record.content_stream().read(max_bytes + 1))  # noqa: B023
                while _quietly(lambda: record.raw_stream.read(CHUNK_BYTES)):  # noqa: B023 - the rest, in chunks
                    pass
                if getattr(record.raw_stream, "limit", 0) > 0:
                    declared = record.rec_headers.get_header("Content-Length")
                    raise InputError("bad_warc", f"{where} declares {declared} bytes but the file ends "
                                     f"{record.raw_stream.limit:,} bytes short (truncated, or a wrong length); "
                                     "the records before it were kept")
                if record.rec_type != "response":
                    continue
                http = record.http_headers
                content_type = (http.get_header("Content-Type") if http else None) or ""
                yield WarcPage(
                    url=record.rec_headers.get_header("WARC-Target-URI"),
                    date=record.rec_headers.get_header("WARC-Date"),
                    record_id=record.rec_headers.get_header("WARC-Record-ID"),
                    content_type=content_type.lower(),
                    payload=payload,
                )
        except InputError:
            raise
        except ArchiveLoadFailed as exc:
            detail = " ".join(str(exc).split())[:200]
            raise InputError("bad_warc", f"not a readable WARC record after {n} record(s): {detail}") from None
        except OSError as exc:
            raise InputError("unreadable", f"cannot read: {exc.strerror or exc}") from None
        except Exception as exc:  # noqa: BLE001 - warcio's parsers fail on garbage headers with ValueError,
            # AttributeError (a response without a target URI), TypeError ...: all mean this record is unreadable
            detail = " ".join(f"{type(exc).__name__}: {exc}".split())[:200]
            raise InputError("bad_warc", f"unreadable WARC record after {n} record(s) ({detail}); "
                             "the records before it were kept") from None


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
    data, _ = loads_json(line)
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


class RecordSpool:
    """Records kept so a stage can read its input twice (learn from a first pass, then process) in bounded
    memory: in memory up to ``memory_chars`` characters of text, then in an anonymous temporary file. Use as a
    context manager; the file is gone when it closes.

    >>> from pipeline.records import Article, Source
    >>> with RecordSpool(memory_chars=0) as spool:
    ...     spool.add(Article(id="1" * 16, source=Source("a.txt", "0" * 64, 1, "txt"), text="x"))
    ...     [r.text for r in spool], len(spool), spool.on_disk
    (['x'], 1, True)
    """

    def __init__(self, directory: str | None = None, memory_chars: int = 64_000_000):
        self._directory = directory
        self._memory_chars = memory_chars
        self._chars = 0
        self._records: list[Record] = []
        self._fh: IO[bytes] | None = None
        self._n = 0

    @property
    def on_disk(self) -> bool:
        return self._fh is not None

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


class OutputError(Exception):
    """An output path tipline must not, or cannot, write; the message is one line naming it. Nothing was written."""


Claim = Callable[[str], bool]  # is this existing, non-empty directory the caller's own output (safe to replace)?
Inputs = Callable[[], Iterable[str]]  # the run's input paths, asked again before the output is committed

_ENVIRONMENT = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EROFS, errno.EIO, errno.EACCES, errno.EPERM,
                errno.ENOTDIR}  # errors of the place written to, not of tipline: reported as OutputError


def real_path(path: str) -> str:
    """Return ``path`` absolute, with symlinks and ``..`` resolved (the form paths are compared in).

    >>> real_path("/a/b/../c") == os.path.realpath("/a/c")
    True
    """
    return os.path.realpath(os.path.abspath(path))


def _input_paths(paths: Iterable[str]) -> list[str]:
    """Resolve input paths as given (globs expanded; stdin and URIs have no local path to protect)."""
    found = []
    for path in paths:
        if path in (STDIN, STDIN_NAME) or "://" in path:
            continue
        matches = glob.glob(path, recursive=True) if glob.has_magic(path) else [path]
        found.extend(real_path(m) for m in matches)
    return sorted(set(found))


def refuse_inputs(target: str, inputs: Iterable[str]) -> None:
    """Raise :class:`OutputError` when writing ``target`` could touch an input: it is one, holds one, or lies
    inside an input directory. Not even ``--force`` overrides this.

    >>> refuse_inputs("/data/out", ["/data/raw"])
    >>> refuse_inputs("/data", ["/data/raw/a.txt"])
    Traceback (most recent call last):
    ...
    pipeline.io.OutputError: /data: holds the input /data/raw/a.txt; give an output path outside the inputs
    """
    mine = real_path(target)
    for path in _input_paths(inputs):
        if mine == path:
            raise OutputError(f"{target}: is an input of this run; give another output path")
        if path.startswith(mine.rstrip(os.sep) + os.sep):
            raise OutputError(f"{target}: holds the input {path}; give an output path outside the inputs")
        if mine.startswith(path.rstrip(os.sep) + os.sep):
            raise OutputError(f"{target}: is inside the input directory {path}; give an output path outside it")


def _prepare_parent(target: str) -> Path:
    """Create the parent folders of ``target``; an unusable parent is an :class:`OutputError` naming it."""
    parent = Path(real_path(target)).parent
    for ancestor in (parent, *parent.parents):
        if ancestor.exists():
            if not ancestor.is_dir():
                raise OutputError(f"{target}: {ancestor} is not a directory")
            break
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{target}: cannot create its folder {exc.filename or parent}: {exc.strerror}") from None
    return parent


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: alive
        return True
    return True


@contextmanager
def output_lock(target: str) -> Iterator[None]:
    """Hold an exclusive advisory lock (``flock``) on ``target`` for writing, or fail at once.

    The lock is the file ``.NAME.lock`` beside ``target``, holding the writer's pid; it is removed on release.
    A second writer raises :class:`OutputError` straight away (it does not wait: two runs writing one output is
    a mistake to report, not a queue). After taking the lock, the file must still be the one at the path: a
    writer that opened it just before the holder removed it tries again.
    """
    path = Path(real_path(target))
    lock = path.parent / f".{path.name}.lock"
    for _ in range(100):
        try:
            fd = os.open(lock, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        except OSError as exc:
            raise OutputError(f"{target}: cannot create the lock {lock}: {exc.strerror}") from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "?"
            os.close(fd)
            raise OutputError(f"{target}: another tipline (pid {holder}) is writing it; try again when it has "
                              f"finished") from None
        try:
            same = os.stat(lock).st_ino == os.fstat(fd).st_ino
        except FileNotFoundError:
            same = False
        if same:
            break
        os.close(fd)
    else:  # pragma: no cover - a lock file replaced 100 times in a row
        raise OutputError(f"{target}: could not take the lock {lock}")
    try:
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        yield
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(lock)  # while still holding it, so a waiting opener sees the inode change and retries
        os.close(fd)


def _temp_prefix(name: str, pid: int | None = None) -> str:
    return f"{name}.tmp-{os.getpid() if pid is None else pid}-"


def clean_stale_temps(target: str) -> list[str]:
    """Remove ``NAME.tmp-PID-*`` folders beside ``target`` left by a tipline writer that is gone (``kill -9``).

    Call it holding :func:`output_lock`: no live writer of ``target`` can own them then, and the pid in the name
    must also be dead. A folder ``*.previous`` (the earlier output, moved aside by the rename fallback) is moved
    back when ``target`` is missing, instead of being removed. Returns the paths cleaned.
    """
    path = Path(real_path(target))
    pattern = re.compile(re.escape(f"{path.name}.tmp-") + r"(\d+)-[a-z0-9_]+(\.previous)?$")
    cleaned = []
    for entry in sorted(os.listdir(path.parent)):
        found = pattern.match(entry)
        stale = path.parent / entry
        if not found or int(found.group(1)) == os.getpid() or _pid_alive(int(found.group(1))):
            continue
        if not stale.is_dir() or stale.is_symlink():
            continue
        if found.group(2) and not os.path.lexists(path) and os.path.isdir(stale / "previous"):
            os.rename(stale / "previous", path)
            shutil.rmtree(stale)
        else:
            shutil.rmtree(stale)
        cleaned.append(str(stale))
    return cleaned


def _directory_state(path: str, claim: Claim | None, force: bool) -> None:
    """Raise :class:`OutputError` unless the directory ``path`` may be replaced (see :func:`atomic_directory`)."""
    if not os.path.lexists(path):
        return
    if not os.path.isdir(path):
        raise OutputError(f"{path}: exists and is not a directory; tipline never replaces a file")
    if force or not os.listdir(path) or (claim is not None and claim(path)):
        return
    raise OutputError(f"{path}: exists and holds files tipline did not write; give a new or empty directory, "
                      f"or --force to replace it")


# Linux's renameat2(2) with RENAME_EXCHANGE swaps two paths in one step; None where libc or the OS lacks it.
_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def _load_renameat2() -> Any:
    if not sys.platform.startswith("linux"):
        return None
    try:
        fn = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):  # glibc before 2.28, musl without it
        return None
    fn.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    fn.restype = ctypes.c_int
    return fn


_RENAMEAT2 = _load_renameat2()


def exchange(a: str, b: str) -> bool:
    """Swap the paths ``a`` and ``b`` (both exist) in one atomic step; ``False`` when the system cannot
    (not Linux, an old libc or kernel, a filesystem without RENAME_EXCHANGE), so the caller falls back."""
    if _RENAMEAT2 is None:
        return False
    if _RENAMEAT2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):
        return False
    raise OSError(err, os.strerror(err), b)


def swap_by_renames(new: str, target: str) -> None:
    """Replace the directory ``target`` with ``new`` where no atomic exchange exists: move ``target`` aside to
    ``NAME.tmp-PID-*.previous/previous``, rename ``new`` into place, then remove the aside copy.

    A crash between the two renames leaves ``target`` missing for an instant; the next run moves the aside copy
    back (:func:`clean_stale_temps`), so the previous output is never lost.
    """
    path = Path(target)
    aside = tempfile.mkdtemp(prefix=_temp_prefix(path.name), suffix=".previous", dir=path.parent)
    previous = os.path.join(aside, "previous")  # into a folder, not onto one: far fewer readers hit the gap
    os.rename(target, previous)
    try:
        os.rename(new, target)
    except BaseException:
        os.rename(previous, target)
        raise
    shutil.rmtree(aside, ignore_errors=True)


def _commit(tmp: str, target: str) -> None:
    """Put the finished ``tmp`` at ``target``; the previous ``target`` stays readable until the new one is there."""
    if not os.path.lexists(target):
        os.rename(tmp, target)  # fails (ENOTEMPTY) rather than merge if someone made target meanwhile
    elif exchange(tmp, target):
        shutil.rmtree(tmp, ignore_errors=True)  # tmp now holds the previous output
    else:
        swap_by_renames(tmp, target)


@contextmanager
def atomic_directory(target: str, *, claim: Claim | None = None, force: bool = False,
                     inputs: Inputs = tuple) -> Iterator[str]:
    """Yield a fresh temporary directory beside ``target``; on success swap it in, on error remove it.

    ``target`` is replaced only when it does not exist, is empty, or ``claim(target)`` says it is the caller's
    own output; ``force`` replaces any other directory. A file, an input, a folder holding an input and a folder
    inside an input directory are never replaced (:class:`OutputError`, nothing written). One writer at a time
    (:func:`output_lock`); temporary folders of writers killed earlier are removed first. The swap is one
    ``renameat2(RENAME_EXCHANGE)`` where the system has it (readers always find ``target``), else two renames.
    """
    refuse_inputs(target, inputs())
    parent = _prepare_parent(target)
    path = str(parent / Path(real_path(target)).name)
    with output_lock(target):
        clean_stale_temps(path)
        _directory_state(path, claim, force)
        try:
            tmp = tempfile.mkdtemp(prefix=_temp_prefix(Path(path).name), dir=parent)
        except OSError as exc:
            raise OutputError(f"{target}: cannot write beside it: {exc.strerror}") from None
        try:
            os.chmod(tmp, 0o777 & ~_umask())  # mkdtemp makes it 0700; the output is for others to read
            yield tmp
            refuse_inputs(target, inputs())  # the inputs actually read, known only now
            _directory_state(path, claim, force)  # nothing foreign appeared while we wrote
            _commit(tmp, path)
        except OSError as exc:
            shutil.rmtree(tmp, ignore_errors=True)
            if exc.errno in _ENVIRONMENT and (exc.filename is None or str(exc.filename).startswith(str(parent))):
                raise OutputError(f"{target}: cannot write the output: {exc.strerror}; the previous output is "
                                  f"untouched") from None
            raise
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise


def write_json(path: str, data: Any) -> None:
    """Write pretty, key-sorted JSON (used for the manifest)."""
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=2, sort_keys=True)
        fh.write("\n")


def read_json(path: str) -> Any:
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def read_toml(path: str) -> dict[str, Any]:
    """Read a TOML file (pyproject.toml); ``ValueError`` names the file when it is not valid TOML."""
    with open(path, "rb") as fh:
        try:
            return tomllib.load(fh)
        except tomllib.TOMLDecodeError as exc:
            raise ValueError(f"{path}: not valid TOML: {exc}") from None


@contextmanager
def atomic_file(dest: str, *, inputs: Inputs = tuple) -> Iterator[IO[str]]:
    """Yield a UTF-8 text stream to a temporary file beside ``dest``, renamed into place only on success.

    ``dest`` may be a new or an existing regular file (replaced, like a shell redirection); it must not be a
    directory or an input of the run (:func:`refuse_inputs`). A device or pipe (``/dev/null``) is written
    into directly: it cannot be replaced, only written.
    """
    refuse_inputs(dest, inputs())
    if os.path.isdir(dest):
        raise OutputError(f"{dest}: is a directory; give a file path")
    if os.path.exists(dest) and not stat.S_ISREG(os.stat(dest).st_mode):
        try:
            with open(dest, "w", encoding="utf-8", newline="\n") as fh:
                yield fh
        except OSError as exc:
            raise OutputError(f"{dest}: cannot write: {exc.strerror}") from None
        return
    target = _prepare_parent(dest) / Path(real_path(dest)).name
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    except OSError as exc:
        raise OutputError(f"{dest}: cannot write beside it: {exc.strerror}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            yield fh
        refuse_inputs(dest, inputs())
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes the file private; give it the usual permissions
        os.replace(tmp, target)
    except OSError as exc:
        if os.path.exists(tmp):
            os.unlink(tmp)
        if exc.errno in _ENVIRONMENT and (exc.filename is None or str(exc.filename).startswith(str(target.parent))):
            raise OutputError(f"{dest}: cannot write: {exc.strerror}") from None
        raise
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_text(dest: str, text: str) -> None:
    """Write a UTF-8 text file atomically (an HTML report, for instance)."""
    with atomic_file(dest) as fh:
        fh.write(text)


def read_records(path: str, max_line_bytes: int = 4 * DEFAULT_MAX_BYTES) -> Iterator[tuple[int, Record]]:
    """Yield ``(line_number, record)`` from a JSONL file of tipline records (``ValueError`` names the line).

    A line over ``max_line_bytes`` (a record holds one input of at most ``--max-bytes``, so 4 x its default) is
    streamed past, never held whole, and raises like any bad line."""
    for number, line in iter_jsonl_lines(path, max_bytes=max_line_bytes):
        try:
            if line is None:
                raise ValueError(f"line is over {max_line_bytes:,} bytes")
            yield number, loads_record(line)
        except ValueError as exc:
            raise ValueError(f"{path}:{number}: {exc}") from None


def write_jsonl_to(records: Iterable[Record], dest: str, *, inputs: Inputs = tuple) -> int:
    """Write records as JSON lines to ``dest`` (``-`` is stdout); a file is replaced atomically, never an input
    (see :func:`atomic_file`)."""
    if dest == STDIN:
        n = write_jsonl(records, sys.stdout)
        sys.stdout.flush()
        return n
    with atomic_file(dest, inputs=inputs) as fh:
        return write_jsonl(records, fh)


def two_pass(records: Iterable[Record], learn: Callable[[Iterable[Record]], Any],
             memory_chars: int = 64_000_000) -> tuple[Iterator[Record], Any]:
    """Let ``learn`` read every record once while they are spooled; return a replay of them and what it learned.

    For stages that learn from the whole run before changing any record. ``learn`` must read to the end.

    >>> from pipeline.records import Article, Source
    >>> recs = [Article(id=str(i) * 16, source=Source("a.txt", "0" * 64, 1, "txt"), text=t) for i, t in enumerate("ab")]
    >>> replay, learned = two_pass(recs, lambda rs: "".join(r.text for r in rs))
    >>> learned, [r.text for r in replay]
    ('ab', ['a', 'b'])
    """
    spool = RecordSpool(memory_chars=memory_chars)

    def tee() -> Iterator[Record]:
        for record in records:
            spool.add(record)
            yield record

    try:
        learned = learn(tee())
    except BaseException:
        spool.close()
        raise

    def replay() -> Iterator[Record]:
        with spool:
            yield from spool

    return replay(), learned


class ArraysError(ValueError):
    """A directory that :func:`read_arrays` refuses: damaged, incomplete or not written by :func:`write_arrays`.

    ``path`` names the offending file (or the directory itself); ``detail`` is one human line with a hint.
    """

    def __init__(self, path: str, detail: str):
        super().__init__(f"{path}: {detail}")
        self.path = path
        self.detail = detail


ARRAYS_META = "meta.json"


def stage_arrays(directory: str, arrays: dict[str, Any], meta: dict[str, Any], rows: Iterable[dict[str, Any]],
                 rows_name: str = "docs.jsonl") -> Callable[[bool], None]:
    """Write numpy arrays (one ``.npy`` each), JSON lines and a ``meta.json`` into a temporary directory beside
    ``directory``; return ``finish``: ``finish(True)`` swaps it in for ``directory``, ``finish(False)`` removes it
    and leaves ``directory`` as it was. Call ``finish`` once.

    ``meta.json`` gets ``files``: the sha256 and size of every other file, which :func:`read_arrays` verifies.
    ``.npy`` files are byte-for-byte deterministic (``.npz`` is not: zip entries carry the time), and so is the
    meta, so the same content always gives the same files.
    """
    import numpy as np

    names = {f"{name}.npy" for name in arrays} | {rows_name, ARRAYS_META}

    def ours(path: str) -> bool:  # an earlier index of the same shape, never someone's folder
        return is_arrays_dir(path, names)

    swap = atomic_directory(directory, claim=ours)
    tmp = swap.__enter__()
    try:
        for name, array in arrays.items():
            with open(os.path.join(tmp, f"{name}.npy"), "wb") as fh:
                np.save(fh, array, allow_pickle=False)
        with open(os.path.join(tmp, rows_name), "w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(dumps(row))
                fh.write("\n")
        files = {}
        for name in sorted(os.listdir(tmp)):
            sha, size = file_sha256(os.path.join(tmp, name))
            files[name] = {"bytes": size, "sha256": sha}
        write_json(os.path.join(tmp, ARRAYS_META), {**meta, "files": files})
    except BaseException as exc:
        swap.__exit__(type(exc), exc, exc.__traceback__)
        raise
    done = False

    def finish(publish: bool) -> None:
        nonlocal done
        if done:
            return
        done = True
        if publish:
            swap.__exit__(None, None, None)
        else:
            swap.__exit__(_Unpublished, _Unpublished(), None)  # removes the temporary directory

    return finish


class _Unpublished(Exception):
    """Thrown into :func:`atomic_directory` to make it remove a staged directory that is not to be published."""


def write_arrays(directory: str, arrays: dict[str, Any], meta: dict[str, Any], rows: Iterable[dict[str, Any]],
                 rows_name: str = "docs.jsonl") -> None:
    """Write what :func:`stage_arrays` stages, and publish it at once (atomically)."""
    stage_arrays(directory, arrays, meta, rows, rows_name)(True)


def is_arrays_dir(path: str, names: Iterable[str] | None = None) -> bool:
    """Whether ``path`` is a folder :func:`write_arrays` wrote: a ``meta.json`` whose ``format`` is tipline's,
    and (when ``names`` is given) no file but those."""
    try:
        entries = set(os.listdir(path))
        meta = read_json(os.path.join(path, "meta.json"))
    except (OSError, ValueError):
        return False
    fmt = meta.get("format") if isinstance(meta, dict) else None
    return isinstance(fmt, str) and fmt.startswith("tipline.") and (names is None or entries <= set(names))


def read_arrays(directory: str, names: Iterable[str], rows_name: str = "docs.jsonl"
                ) -> tuple[dict[str, Any], dict[str, Any], list[dict[str, Any]]] | None:
    """Read what :func:`write_arrays` wrote: ``(arrays, meta, rows)``; ``None`` when ``directory`` is absent or
    an empty directory (nothing written yet).

    Everything is verified before it is used: ``meta.json`` must be a JSON object listing exactly the files the
    directory holds (no file missing, none extra) with their sha256 and size, and every file must match. Anything
    else raises :class:`ArraysError` naming the file.
    """
    import numpy as np

    if not os.path.exists(directory):
        return None
    if not os.path.isdir(directory):
        raise ArraysError(directory, "is not a directory")
    present = set(os.listdir(directory))
    if not present:
        return None
    meta_path = os.path.join(directory, ARRAYS_META)
    if ARRAYS_META not in present:
        raise ArraysError(directory, f"has no {ARRAYS_META}: not an index written by tipline")
    try:
        meta = read_json(meta_path)
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise ArraysError(meta_path, f"not readable JSON ({exc})") from None
    files = meta.get("files") if isinstance(meta, dict) else None
    if not isinstance(files, dict) or not all(isinstance(v, dict) for v in files.values()):
        raise ArraysError(meta_path, "lists no files with their sha256: not an index of this format")
    wanted = {f"{name}.npy" for name in names} | {rows_name}
    for name in sorted(wanted | set(files)):
        if name not in present:
            raise ArraysError(os.path.join(directory, name), "is missing")
        if name not in files:
            raise ArraysError(os.path.join(directory, name), "is not listed in meta.json with its sha256")
    for name in sorted(present - set(files) - {ARRAYS_META}):
        raise ArraysError(os.path.join(directory, name), "is not part of the index (an extra file)")
    for name in sorted(files):
        path = os.path.join(directory, name)
        try:
            sha, size = file_sha256(path)
        except OSError as exc:
            raise ArraysError(path, f"cannot be read ({exc.strerror or exc})") from None
        if (sha, size) != (files[name].get("sha256"), files[name].get("bytes")):
            raise ArraysError(path, f"does not match its sha256 in meta.json ({size} bytes): damaged or changed")
    arrays = {}
    for name in names:
        path = os.path.join(directory, f"{name}.npy")
        try:
            arrays[name] = np.load(path, allow_pickle=False)
        except Exception as exc:  # numpy raises several types on a bad header; all mean the same here
            raise ArraysError(path, f"not a numpy array file ({type(exc).__name__}: {exc})") from None
    rows_path = os.path.join(directory, rows_name)
    try:
        with open(rows_path, encoding="utf-8") as fh:
            rows = [json.loads(line) for line in fh if line.strip()]
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise ArraysError(rows_path, f"not readable JSON lines ({exc})") from None
    return arrays, meta, rows
