"""Atomic output: refusing to overwrite inputs, an output lock, stale temporaries, a directory or file written
beside its target and swapped in whole.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import fcntl
import glob
import json
import os
import re
import shutil
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from ..records import Record
from .inputs import STDIN, STDIN_NAME
from .jsonl import write_jsonl


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
    pipeline.io.output.OutputError: /data: holds the input /data/raw/a.txt; give an output path outside the inputs
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


def write_jsonl_to(records: Iterable[Record], dest: str, *, inputs: Inputs = tuple) -> int:
    """Write records as JSON lines to ``dest`` (``-`` is stdout); a file is replaced atomically, never an input
    (see :func:`atomic_file`)."""
    if dest == STDIN:
        n = write_jsonl(records, sys.stdout)
        sys.stdout.flush()
        return n
    with atomic_file(dest, inputs=inputs) as fh:
        return write_jsonl(records, fh)
