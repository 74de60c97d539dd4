"""WARC: the response records of a WARC file, streamed and bounded.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from io import StringIO
from typing import IO, Any

from .inputs import CHUNK_BYTES, DEFAULT_MAX_BYTES, InputError, _Gunzip, _read_chunk


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
