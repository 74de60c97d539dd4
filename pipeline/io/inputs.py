"""Inputs: finding them (files, folders, globs, stdin), reading bytes within a bound, and decompressed
streams (gzip, zstd) read in bounded lines. Readers raise :class:`InputError` with a snake_case ``reason`` and a
one-line ``detail``; the read stage turns those into rejections and the run goes on.
"""

from __future__ import annotations

import glob
import gzip
import hashlib
import os
import stat
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TypeVar

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
    # a file a folder or glob holds that tipline does not read (its name has no suffix of SUFFIX_FORMATS):
    # listed in the manifest's not_read, never opened
    skipped: bool = False

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


def input_root(paths: Iterable[str]) -> str | None:
    """Return the input root of a run: the deepest folder holding every local input given (a folder is its own
    root, a file or a glob's matches their folder), in the form records show paths (:func:`display_path`).
    ``None`` when no local path is given (stdin, URIs).

    Source paths are written relative to it and the manifest records it once, so the same inputs moved elsewhere
    give the same records.

    >>> import tempfile; d = tempfile.mkdtemp(); os.makedirs(f"{d}/raw/sub")
    >>> input_root([f"{d}/raw"]) == f"{d}/raw", input_root([f"{d}/raw/a.txt", f"{d}/raw/sub"]) == f"{d}/raw"
    (True, True)
    >>> input_root([f"{d}/raw/*.txt"]) == f"{d}/raw", input_root(["-"])
    (True, None)
    """
    folders = []
    for raw in paths:
        if raw in (STDIN, STDIN_NAME) or "://" in raw:
            continue
        if glob.has_magic(raw):
            plain = []
            for part in Path(raw).parts:
                if glob.has_magic(part):
                    break
                plain.append(part)
            folder = os.path.join(*plain) if plain else "."
        else:
            folder = raw if os.path.isdir(raw) else os.path.dirname(raw) or "."
        folders.append(os.path.abspath(folder))
    if not folders:
        return None
    return display_path(os.path.commonpath(folders))


def relative_name(shown: str, root: str | None) -> str:
    """Return the path ``shown`` (as :func:`display_path` gives it) relative to ``root``: how records name it.

    >>> relative_name("raw/sub/a.txt", "raw"), relative_name("a.txt", "."), relative_name("<stdin>", "raw")
    ('sub/a.txt', 'a.txt', '<stdin>')
    """
    if root is None or root == ".":
        return shown
    prefix = root.rstrip("/") + "/"
    return shown[len(prefix):] if shown.startswith(prefix) else shown


def discover(paths: Iterable[str]) -> Iterator[InputPath]:
    """Expand files, directories (recursive) and globs into input paths, sorted by path; ``-`` is stdin (first).

    Sorted whatever order the paths are given in, so a run reads its inputs in one order: what a stage learns from
    the first part of a run (repair's markers) does not change with the order of the arguments. Paths that do not
    exist, match nothing, or hold no readable inputs come out with an ``error``.
    """
    found = list(_discover_each(paths))
    found.sort(key=lambda p: (p.format != "stdin", p.path.split("/")))  # by components, as a folder walk sorts
    yield from found


def _discover_each(paths: Iterable[str]) -> Iterator[InputPath]:
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
            if child.is_dir():
                continue
            if fmt is None:
                yield InputPath(display_path(child), None, skipped=True)
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
        yield InputPath(shown, None, skipped=True)
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


_D = TypeVar("_D", bound="_Decompressing")


class _Decompressing:
    """What the streaming decompressors share: usable like a file in ``with``; closing them closes nothing (the
    raw file they read belongs to the caller)."""

    def close(self) -> None:
        pass

    def __enter__(self: _D) -> _D:
        return self

    def __exit__(self, *exc: object) -> None:
        pass


class _Gunzip(_Decompressing):
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


class _Unzstd(_Decompressing):
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
