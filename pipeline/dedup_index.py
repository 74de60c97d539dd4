"""The dedup index format: named numpy arrays plus a JSONL of rows and a ``meta.json`` listing each file's
sha256, staged beside the target and published whole (dedup writes it, ``dedup --index`` reads it back).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable
from typing import Any

from .io import atomic_directory, dumps, file_sha256, read_json, write_json


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
