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
import io
import json
import os
import re
import shutil
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
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
        elif path.lower().endswith(".zst"):
            import zstandard

            fh = zstandard.ZstdDecompressor().stream_reader(open(path, "rb"), closefd=True, read_across_frames=True)
            fh = io.BufferedReader(fh)
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
    except (OSError, EOFError, gzip.BadGzipFile, ValueError) as exc:  # zstandard raises ZstdError(ValueError)
        raise InputError("unreadable", f"cannot read: {exc}") from None
    finally:
        if fh is not sys.stdin.buffer:
            fh.close()


@dataclass(slots=True)
class WarcPage:
    """One HTTP response from a WARC file."""

    url: str | None
    date: str | None
    record_id: str | None
    content_type: str
    payload: bytes


def _gunzip_head(path: str, n: int = 16) -> bytes:
    try:
        with gzip.open(path, "rb") as fh:
            return fh.read(n)
    except (OSError, EOFError):
        return b""


def iter_warc_responses(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[WarcPage]:
    """Yield the HTTP responses of a WARC (or .warc.gz) file, streaming; other record types are skipped."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        with open(path, "rb") as fh:
            head = fh.read(64)
            if head.startswith(b"\x1f\x8b"):
                head = _gunzip_head(path)
            if not head.startswith(b"WARC/"):
                raise InputError("bad_warc", "not a WARC file (does not start with a WARC/ version line)")
            fh.seek(0)
            for record in ArchiveIterator(fh):
                if record.rec_type != "response":
                    continue
                http = record.http_headers
                content_type = (http.get_header("Content-Type") if http else None) or ""
                payload = record.content_stream().read(max_bytes + 1)
                yield WarcPage(
                    url=record.rec_headers.get_header("WARC-Target-URI"),
                    date=record.rec_headers.get_header("WARC-Date"),
                    record_id=record.rec_headers.get_header("WARC-Record-ID"),
                    content_type=content_type.lower(),
                    payload=payload,
                )
    except OSError as exc:
        raise InputError("unreadable", f"cannot read: {exc.strerror or exc}") from None
    except ArchiveLoadFailed as exc:
        raise InputError("bad_warc", f"not a readable WARC file: {exc}") from None


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


def read_records(path: str) -> Iterator[tuple[int, Record]]:
    """Yield ``(line_number, record)`` from a JSONL file of tipline records (``ValueError`` names the line)."""
    for number, line in iter_jsonl_lines(path, max_bytes=1 << 31):
        try:
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
