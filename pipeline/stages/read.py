"""Read stage: turn input paths into article records, rejecting bad inputs one line each.

The source of every chain. ``.txt`` and ``.html`` files give one record each (a later stage may split it);
``.jsonl`` files give one record per line: a tipline record is re-read as it was written (so stages compose),
any other JSON object needs a ``text`` field and may carry ``id``, ``url``, ``title``, ``author``, ``date``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from .. import io
from ..records import Article, Record, Source, from_dict, is_tipline_record, sha256_bytes
from ..stats import InputFile, StageStats
from .extract import ExtractError, HtmlDocument, decode, html_to_text, normalise_newlines, sniff_binary
from .licence import combine

NAME = "read"
FOREIGN_FIELDS = ("id", "url", "title", "author", "date")


@dataclass(frozen=True, slots=True)
class ReadConfig:
    max_bytes: int = io.DEFAULT_MAX_BYTES
    jsonl: bool = False  # read every input as JSONL whatever its name (read-jsonl)
    keep_removed: bool = False  # keep HTML blocks left out of the main text in removed_spans (audit)


def run(
    paths: Iterable[str],
    config: ReadConfig,
    stats: StageStats,
    on_input: Callable[[InputFile], None] | None = None,
) -> Iterator[Record]:
    """Yield records from every input under ``paths``; unreadable inputs are rejected and the run goes on."""
    for found in io.discover(paths):
        if found.error is not None:
            _register(on_input, InputFile(found.path, None, None, None))
            stats.reject(found.path, found.error.reason, found.error.detail)
            continue
        fmt = found.format
        if config.jsonl and fmt != "stdin":
            fmt = "jsonl"
        if fmt == "stdin":
            yield from _read_stdin(found.path, config, stats, on_input)
        elif fmt == "jsonl":
            yield from _read_jsonl(found.path, config, stats, on_input)
        elif fmt == "warc":
            yield from _read_warc(found.path, config, stats, on_input)
        else:
            yield from _read_page(found.path, fmt, config, stats, on_input)


def _register(on_input: Callable[[InputFile], None] | None, item: InputFile) -> None:
    if on_input is not None:
        on_input(item)


def _read_whole(path: str, fmt: str | None, config: ReadConfig, stats: StageStats, on_input) -> bytes | None:
    """Read a whole input, or reject it (registered, so the manifest lists it) and return ``None``."""
    try:
        return io.read_bytes(path, config.max_bytes)
    except io.InputError as exc:
        _register(on_input, InputFile(path, None, None, fmt))
        stats.reject(path, exc.reason, exc.detail)
        return None


def _read_stdin(path, config, stats, on_input) -> Iterator[Record]:
    data = _read_whole(path, None, config, stats, on_input)
    if data is None:
        return
    head = data.lstrip()[:1]
    fmt = "jsonl" if head == b"{" or config.jsonl else "html" if head == b"<" else "txt"
    yield from records_from_bytes(path, data, fmt, stats, on_input)


def records_from_bytes(path: str, data: bytes, fmt: str, stats: StageStats, on_input=None) -> Iterator[Record]:
    """Yield the records of one input held in memory (stdin, or a file an engine fetched from remote storage)."""
    if fmt != "jsonl":
        yield from _page_from_bytes(path, data, fmt, stats, on_input)
        return
    item = InputFile(path, sha256_bytes(data), len(data), "jsonl")
    _register(on_input, item)
    lines = ((n, line) for n, line in enumerate(data.splitlines(keepends=True), start=1) if line.strip())
    yield from _records_from_lines(path, lines, item, stats)


def _read_page(path: str, fmt: str, config: ReadConfig, stats, on_input) -> Iterator[Record]:
    data = _read_whole(path, fmt, config, stats, on_input)
    if data is None:
        return
    yield from _page_from_bytes(path, data, fmt, stats, on_input, config.keep_removed)


def _page_from_bytes(path: str, data: bytes, fmt: str, stats: StageStats, on_input,
                     keep_removed: bool = False) -> Iterator[Record]:
    item = InputFile(path, sha256_bytes(data), len(data), fmt)
    _register(on_input, item)
    try:
        article = page_to_article(path, data, fmt, keep_removed=keep_removed)
    except ExtractError as exc:
        stats.reject(path, exc.reason, exc.detail)
        return
    item.encoding = article.source.encoding
    item.records = 1
    stats.total += 1
    stats.count(f"format_{fmt}")
    stats.count(f"encoding_{article.source.encoding_method}")
    yield article


def page_to_article(path: str, data: bytes, fmt: str, source_format: str | None = None,
                    keep_removed: bool = False) -> Article:
    """Build the article record of one page from its bytes (``ExtractError`` when it is no text page).

    >>> a = page_to_article("a.txt", "Title\\r\\nBody text.".encode("cp1252"), "txt")
    >>> a.text, a.source.encoding, a.source.size
    ('Title\\nBody text.', 'utf-8', 17)
    """
    if not data:
        raise ExtractError("empty", "file is empty")
    binary = sniff_binary(data)
    if binary:
        raise ExtractError("binary", f"binary content ({binary}), not a text page")
    decoded = decode(data)
    if "\x00" in decoded.text:
        raise ExtractError("binary", "decoded text holds NUL characters")
    source = Source(
        path=path, sha256=sha256_bytes(data), size=len(data), format=source_format or fmt,
        encoding=decoded.encoding, encoding_method=decoded.method,
    )
    title = author = None
    meta: dict[str, Any] = {}
    text = decoded.text
    doc = None
    if fmt == "html":
        doc = html_to_text(text)
        text, title, author = doc.text, doc.title, doc.author
        source.url, source.date = doc.url, doc.date
        meta.update(_html_meta(doc))
    if decoded.replaced:
        meta["undecodable_chars"] = decoded.replaced
    text = text.strip("\n")
    if not text.strip():
        raise ExtractError("empty", "no text (empty or only whitespace)" if fmt != "html" else "HTML holds no text")
    article = Article(id=Article.make_id(source), source=source, text=text, title=title, author=author, meta=meta)
    if doc is not None:
        article.language = doc.meta.language
        if doc.meta.licence is not None:
            article.licence = combine([doc.meta.licence])
        article.removed.update(sorted(doc.removed.items()))
        if keep_removed:
            article.removed_spans.extend({"stage": NAME, "rule": why, "text": block}
                                         for why, block in doc.removed_blocks)
    if decoded.replaced:
        article.add_flag("undecodable-bytes")
    return article


def _html_meta(doc: HtmlDocument) -> dict[str, Any]:
    """What the page's markup said, kept in ``meta``: the values, where each came from, and which won when the
    page's metadata and its visible text disagreed (``title_disagrees``: the ``<h1>`` said otherwise)."""
    page = doc.meta
    out: dict[str, Any] = {}
    if doc.author:
        out["html_author"] = doc.author
    if page.site_name:
        out["site_name"] = page.site_name
    if page.canonical_url:
        out["canonical_url"] = page.canonical_url
    if page.sources:
        out["html_sources"] = dict(sorted(page.sources.items()))
    return out


def _read_jsonl(path: str, config: ReadConfig, stats: StageStats, on_input) -> Iterator[Record]:
    item = InputFile(path, None, None, "jsonl")
    _register(on_input, item)
    try:
        item.sha256, item.size = io.file_sha256(path)
    except OSError as exc:
        stats.reject(path, "unreadable", f"cannot read: {exc.strerror or exc}")
        return
    if item.size > 0 and item.size > config.max_bytes * 64:
        # JSONL streams line by line, so it may be far larger than a page; the cap only stops runaway inputs.
        stats.reject(path, "too_large", f"file is {item.size:,} bytes, over {config.max_bytes * 64:,}")
        return
    try:
        yield from _records_from_lines(path, io.iter_jsonl_lines(path, config.max_bytes), item, stats)
    except io.InputError as exc:
        stats.reject(path, exc.reason, exc.detail)


def _read_warc(path: str, config: ReadConfig, stats: StageStats, on_input) -> Iterator[Record]:
    """Yield one article per HTML response of a WARC file; other responses are counted, not read."""
    item = InputFile(path, None, None, "warc")
    _register(on_input, item)
    try:
        item.sha256, item.size = io.file_sha256(path)
        for page in io.iter_warc_responses(path, config.max_bytes):
            if "html" not in page.content_type:
                stats.count("warc_skipped_not_html")
                continue
            where = page.url or page.record_id or "?"
            if len(page.payload) > config.max_bytes:
                stats.reject(path, "too_large", f"response {where} is over {config.max_bytes:,} bytes")
                continue
            try:
                article = page_to_article(path, page.payload, "html", source_format="warc")
            except ExtractError as exc:
                stats.reject(path, exc.reason, f"response {where}: {exc.detail}")
                continue
            article.source.url, article.source.date = page.url, page.date
            article.source.input_id = page.record_id
            item.records += 1
            item.encoding = item.encoding or article.source.encoding
            stats.total += 1
            stats.count("format_warc")
            yield article
    except OSError as exc:
        stats.reject(path, "unreadable", f"cannot read: {exc.strerror or exc}")
        return
    except io.InputError as exc:
        stats.reject(path, exc.reason, exc.detail)
        return
    if not item.records and not any(d.path == path for d in stats.drops):
        stats.reject(path, "no_html", "WARC file holds no HTML responses")


def _records_from_lines(path: str, lines, item: InputFile, stats: StageStats) -> Iterator[Record]:
    any_line = False
    for number, raw in lines:
        any_line = True
        try:
            record = line_to_record(path, number, raw)
        except ValueError as exc:
            reason = getattr(exc, "reason", "malformed_jsonl")
            stats.reject(path, reason, str(exc), line=number)
            continue
        item.records += 1
        stats.total += 1
        stats.count("format_jsonl")
        yield record
    if not any_line:
        stats.reject(path, "empty", "JSONL file holds no lines")


class LineError(ValueError):
    def __init__(self, reason: str, detail: str):
        super().__init__(detail)
        self.reason = reason


def line_to_record(path: str, number: int, raw: bytes) -> Record:
    """Turn one JSONL line into a record: a tipline record as it was, a foreign document as a new article.

    >>> r = line_to_record("in.jsonl", 3, b'{"text": "Smile.", "id": "x1", "url": "http://a.b/c"}')
    >>> r.text, r.source.line, r.source.input_id, r.source.url
    ('Smile.', 3, 'x1', 'http://a.b/c')
    >>> line_to_record("in.jsonl", 4, b'{"title": "no text"}')
    Traceback (most recent call last):
    ...
    pipeline.stages.read.LineError: record has no "text" string field
    """
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise LineError("bad_encoding", "line is not valid UTF-8") from None
    except json.JSONDecodeError as exc:
        raise LineError("malformed_jsonl", f"malformed JSON: {exc.msg} at column {exc.colno}") from None
    if not isinstance(data, dict):
        raise LineError("malformed_jsonl", "line is not a JSON object")
    if is_tipline_record(data):
        try:
            return from_dict(data)
        except ValueError as exc:
            raise LineError("bad_record", str(exc)) from None
    text = data.get("text")
    if not isinstance(text, str):
        raise LineError("missing_text", 'record has no "text" string field')
    if not text.strip():
        raise LineError("empty", 'record has an empty "text"')
    given = {k: (str(data[k]) if data.get(k) is not None else None) for k in FOREIGN_FIELDS}
    source = Source(
        path=path, sha256=sha256_bytes(raw.rstrip(b"\r\n")), size=len(raw), format="jsonl", encoding="utf-8",
        encoding_method="utf-8", url=given["url"], date=given["date"], line=number, input_id=given["id"],
    )
    return Article(
        id=Article.make_id(source), source=source, text=normalise_newlines(text).strip("\n"),
        title=given["title"], author=given["author"],
    )
