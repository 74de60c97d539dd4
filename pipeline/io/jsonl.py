"""JSONL: tipline's safe JSON decoding (bounded nesting, no lone surrogates), records to and from lines.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Iterator
from typing import IO, Any

from ..records import Record, from_dict, to_dict
from .inputs import (
    DEFAULT_MAX_BYTES,
    STDIN_NAME,
    InputError,
    _stream_errors,
    iter_bounded_lines,
    open_decompressed,
)


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
    pipeline.io.jsonl.LineError: JSON nested deeper than 64 levels
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
