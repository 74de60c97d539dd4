"""Read stage: turn input paths into article records, rejecting bad inputs one line each.

The source of every chain. ``.txt`` and ``.html`` files give one record each (a later stage may split it);
``.jsonl`` files give one record per line: a tipline record is re-read as it was written (so stages compose),
any other JSON object needs a ``text`` field and may carry ``id``, ``url``, ``title``, ``author``, ``date``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from io import BytesIO
from typing import TYPE_CHECKING, Any

from .. import io
from ..records import Article, Record, Source, from_dict, is_tipline_record, sha256_bytes
from ..stats import InputFile, StageStats
from ..text.dates import normalise_date
from ..text.plain import ExtractError, normalise_newlines

if TYPE_CHECKING:  # annotations only: the page reader imports the HTML modules when a page is read (issue 19)
    from ..text.extract import HtmlDocument

NAME = "read"
FOREIGN_FIELDS = ("id", "url", "title", "author", "date")
NOT_READ_SHOWN = 5  # names of files not read shown on stderr (the manifest lists them all)


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
    root: str | None = None,
) -> Iterator[Record]:
    """Yield records from every input under ``paths``; unreadable inputs are rejected and the run goes on.

    Records and the manifest name each input relative to ``root`` (``io.input_root`` of the run's inputs, the
    manifest's ``root``), so the same inputs moved elsewhere give the same records; ``None``: as found."""
    not_read = []
    for found in io.discover(paths):
        name = io.relative_name(found.path, root)
        real = found.real if name == found.path else found.os_path
        if found.skipped:
            not_read.append(name)
            continue
        if found.error is not None:
            _register(on_input, InputFile(name, None, None, None))
            stats.reject(name, found.error.reason, found.error.detail)
            continue
        fmt = found.format
        if config.jsonl and fmt != "stdin":
            fmt = "jsonl"
        if fmt == "stdin" or found.stream:
            yield from _read_stream(name, None if fmt == "stdin" else fmt, config, stats, on_input, real)
        elif fmt == "jsonl":
            yield from _read_jsonl(name, config, stats, on_input, real)
        elif fmt == "warc":
            yield from _read_warc(name, config, stats, on_input, real)
        else:
            yield from _read_page(name, fmt, config, stats, on_input, real)
        stats.finish_input(name)
    if not_read:
        stats.not_read.extend(not_read)
        if stats.report is not None:
            shown = ", ".join(not_read[:NOT_READ_SHOWN]) + (", ..." if len(not_read) > NOT_READ_SHOWN else "")
            stats.report(f"tipline: {root or '.'}: {len(not_read)} file(s) not read (tipline reads "
                         f"{', '.join(sorted(set(io.SUFFIX_FORMATS)))}): {shown}; all in the manifest's not_read")


def _register(on_input: Callable[[InputFile], None] | None, item: InputFile) -> None:
    if on_input is not None:
        on_input(item)


def _read_whole(path: str, fmt: str | None, config: ReadConfig, stats: StageStats, on_input,
                real: str | None = None) -> bytes | None:
    """Read a whole input, or reject it (registered, so the manifest lists it) and return ``None``.

    ``path`` names the input everywhere; ``real`` (see ``io.InputPath``) is what to open when it differs."""
    try:
        return io.read_bytes(real or path, config.max_bytes)
    except io.InputError as exc:
        _register(on_input, InputFile(path, None, None, fmt))
        stats.reject(path, exc.reason, exc.detail)
        return None


def _read_stream(path, fmt: str | None, config, stats, on_input, real: str | None = None) -> Iterator[Record]:
    """Stdin or a named pipe, read once. JSONL is streamed line by line with a file's bounds (stdin may be a
    long feed); a page is read whole, at most ``--max-bytes``. Stdin's format is sniffed from its first bytes."""
    try:
        fh = io.open_stream(real or path)
        head = fh.read(io.CHUNK_BYTES)
    except io.InputError as exc:
        _register(on_input, InputFile(path, None, None, fmt))
        stats.reject(path, exc.reason, exc.detail)
        return
    except OSError as exc:
        _register(on_input, InputFile(path, None, None, fmt))
        stats.reject(path, "unreadable", f"cannot read: {exc.strerror or exc}")
        return
    try:
        if config.jsonl:
            fmt = "jsonl"
        elif fmt is None or fmt == "txt":
            first = head.lstrip()[:1]
            fmt = "jsonl" if first == b"{" else "html" if first == b"<" else "txt"
        if fmt != "jsonl":
            try:
                data = head + fh.read(max(config.max_bytes + 1 - len(head), 0))
            except OSError as exc:
                _register(on_input, InputFile(path, None, None, fmt))
                stats.reject(path, "unreadable", f"cannot read: {exc.strerror or exc}")
                return
            if len(data) > config.max_bytes:
                _register(on_input, InputFile(path, None, None, fmt))
                stats.reject(path, "too_large", f"input is over the limit of {config.max_bytes:,} bytes (--max-bytes)")
                return
            yield from records_from_bytes(path, data, fmt, stats, on_input, config.max_bytes)
            return
        item = InputFile(path, None, None, "jsonl")
        _register(on_input, item)
        stream = io.HashingStream(fh, head)
        try:
            yield from _jsonl_records(path, io.open_decompressed(path, stream), config.max_bytes, item, stats)
        finally:
            item.sha256, item.size = stream.sha256(), stream.size  # of what was read
    finally:
        if path != io.STDIN_NAME:
            fh.close()


def records_from_bytes(path: str, data: bytes, fmt: str, stats: StageStats, on_input=None,
                       max_bytes: int = io.DEFAULT_MAX_BYTES) -> Iterator[Record]:
    """Yield the records of one input held in memory (stdin, or a file an engine fetched from remote storage).

    JSONL obeys the same bounds as a file: ``.gz``/``.zst`` (by name) are decompressed while lines are split,
    each line at most ``max_bytes``, the whole at most ``io.file_limit(max_bytes)``.
    """
    if fmt != "jsonl":
        yield from _page_from_bytes(path, data, fmt, stats, on_input)
        return
    item = InputFile(path, sha256_bytes(data), len(data), "jsonl")
    _register(on_input, item)
    yield from _jsonl_records(path, io.open_decompressed(path, BytesIO(data)), config_max=max_bytes,
                              item=item, stats=stats)


def _jsonl_records(path: str, fh, config_max: int, item: InputFile, stats: StageStats) -> Iterator[Record]:
    """The records of an open JSONL stream; a bad or too long line is rejected alone, corrupt compressed data
    rejects the rest of the file (the lines before it are kept)."""
    try:
        yield from _records_from_lines(path, io.iter_bounded_lines(fh, config_max, io.file_limit(config_max)),
                                       item, stats, config_max)
    except io.InputError as exc:
        stats.reject(path, exc.reason, exc.detail)


def _read_page(path: str, fmt: str, config: ReadConfig, stats, on_input, real: str | None = None
               ) -> Iterator[Record]:
    data = _read_whole(path, fmt, config, stats, on_input, real)
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
    # The page reader's modules compile several hundred patterns and load selectolax: imported by the first page,
    # so JSONL input (read-jsonl, and the stages after it) never pays for them.
    from ..text.extract import decode, html_to_text, sniff_binary
    from ..text.html_meta import piece_body
    from ..text.licence import combine
    from ..text.wxr import is_feed, is_wxr, wxr_to_html

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
    if fmt == "txt" and (is_wxr(text) or is_feed(text)):  # a WordPress export (or a feed of whole posts) saved as
        # text: its posts as the page they stand for
        text, fmt = wxr_to_html(text), "html"
    if fmt == "html":
        doc = html_to_text(text)
        if doc.meta.product and not piece_body(doc.text, doc.title, doc.author):  # (steps or long prose under a
            raise ExtractError("product_page", "the markup types the page as a product for sale: no article")  # byline)
        text, title, author = doc.text, doc.title, doc.author
        source.url = doc.url
        _set_date(source, meta, doc.date)
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
        article.html_starts = list(doc.article_starts)  # where segment splits first
        article.html_bylines = list(doc.article_bylines)  # ... and who the markup says wrote each of those
        article.html_leads = list(doc.leads)  # bold leads: a tip's headline when the words run on after them
        if keep_removed:
            article.removed_spans.extend({"stage": NAME, "rule": why, "text": block}
                                         for why, block in doc.removed_blocks)
    if decoded.replaced:
        article.add_flag("undecodable-bytes")
    return article


def _set_date(source: Source, meta: dict[str, Any], given: str | None) -> None:
    """Set ``source.date`` to the ISO 8601 form of the date an input gave; one that cannot be read is kept as
    given in ``meta["unparsed_date"]`` (the date stays null: a column of one form, never a guess).

    >>> s, m = Source("a.html", "0" * 64, 1, "html"), {}
    >>> _set_date(s, m, "1205577000"); s.date, m
    ('2008-03-15T10:30:00Z', {})
    >>> _set_date(s, m, "the day after"); s.date, m
    (None, {'unparsed_date': 'the day after'})
    """
    source.date = normalise_date(given)
    if source.date is None and given and given.strip():
        meta["unparsed_date"] = given


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


def _read_jsonl(path: str, config: ReadConfig, stats: StageStats, on_input, real: str | None = None
                ) -> Iterator[Record]:
    item = InputFile(path, None, None, "jsonl")
    _register(on_input, item)
    try:
        item.sha256, item.size = io.file_sha256(real or path)
    except OSError as exc:
        stats.reject(path, "unreadable", f"cannot read: {exc.strerror or exc}")
        return
    limit = io.file_limit(config.max_bytes)
    if item.size > 0 and item.size > limit:
        # JSONL streams line by line, so it may be far larger than a page; the cap only stops runaway inputs.
        stats.reject(path, "too_large", f"file is {item.size:,} bytes, over {limit:,}")
        return
    try:
        raw = open(real or path, "rb")
    except OSError as exc:
        stats.reject(path, "unreadable", f"cannot read: {exc.strerror or exc}")
        return
    with raw:
        yield from _jsonl_records(path, io.open_decompressed(path, raw), config.max_bytes, item, stats)


def _read_warc(path: str, config: ReadConfig, stats: StageStats, on_input, real: str | None = None
               ) -> Iterator[Record]:
    """Yield one article per HTML response of a WARC file; other responses are counted, not read."""
    item = InputFile(path, None, None, "warc")
    _register(on_input, item)
    try:
        item.sha256, item.size = io.file_sha256(real or path)
        for page in io.iter_warc_responses(real or path, config.max_bytes):
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
            article.source.url = page.url
            _set_date(article.source, article.meta, page.date)
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


def _records_from_lines(path: str, lines, item: InputFile, stats: StageStats,
                        max_bytes: int = io.DEFAULT_MAX_BYTES) -> Iterator[Record]:
    any_line = False
    for number, raw in lines:
        any_line = True
        if raw is None:
            stats.reject(path, "too_large", f"line is over {max_bytes:,} bytes (--max-bytes)", line=number)
            continue
        try:
            record = line_to_record(path, number, raw)
        except ValueError as exc:
            reason = getattr(exc, "reason", "malformed_jsonl")
            stats.reject(path, reason, str(exc), line=number)
            continue
        item.records += 1
        if record.source.path != path:  # a tipline record re-read: it keeps its provenance, the ledger its input
            item.carried.add(record.source.path)
        stats.total += 1
        stats.count("format_jsonl")
        if "invalid-unicode" in record.flags:
            stats.count("invalid_unicode")
        if "invalid-field" in record.flags:
            stats.count("invalid_field")
        yield record
    if not any_line:
        stats.reject(path, "empty", "JSONL file holds no lines")


LineError = io.LineError  # one bad JSONL line: ``reason`` and a one-line detail


def _foreign_field(data: dict[str, Any], name: str) -> str | None:
    """A foreign document's optional field as a string: strings as they are, an integer ``id`` in decimal
    (numeric ids are common); anything else is refused (``TypeError``) rather than stored as Python's repr.

    >>> _foreign_field({"id": 7}, "id"), _foreign_field({"title": "T"}, "title"), _foreign_field({}, "url")
    ('7', 'T', None)
    """
    value = data.get(name)
    if value is None or isinstance(value, str):
        return value
    if name == "id" and type(value) is int:
        return str(value)
    raise TypeError(name)


def line_to_record(path: str, number: int, raw: bytes) -> Record:
    """Turn one JSONL line into a record: a tipline record as it was, a foreign document as a new article.

    Lone surrogates (``\\udfff`` escapes) are replaced by U+FFFD and the record is flagged ``invalid-unicode``;
    an optional field of the wrong type (``"title": 5``) is dropped, named in ``meta.invalid_fields`` and the
    record flagged ``invalid-field``.

    >>> r = line_to_record("in.jsonl", 3, b'{"text": "Smile.", "id": "x1", "url": "http://a.b/c"}')
    >>> r.text, r.source.line, r.source.input_id, r.source.url
    ('Smile.', 3, 'x1', 'http://a.b/c')
    >>> line_to_record("in.jsonl", 4, b'{"title": "no text"}')
    Traceback (most recent call last):
    ...
    pipeline.io.jsonl.LineError: record has no "text" string field
    """
    data, replaced = io.loads_json(raw)
    if not isinstance(data, dict):
        raise LineError("malformed_jsonl", "line is not a JSON object")
    if is_tipline_record(data):
        try:
            record = from_dict(data)
        except ValueError as exc:
            raise LineError("bad_record", str(exc)) from None
        if replaced:
            record.flags = sorted({*record.flags, "invalid-unicode"})
        return record
    text = data.get("text")
    if not isinstance(text, str):
        raise LineError("missing_text", 'record has no "text" string field')
    if not text.strip():
        raise LineError("empty", 'record has an empty "text"')
    given: dict[str, str | None] = {}
    invalid = []
    for name in FOREIGN_FIELDS:
        try:
            given[name] = _foreign_field(data, name)
        except TypeError:
            given[name] = None
            invalid.append(name)
    source = Source(
        path=path, sha256=sha256_bytes(raw.rstrip(b"\r\n")), size=len(raw), format="jsonl", encoding="utf-8",
        encoding_method="utf-8", url=given["url"], line=number, input_id=given["id"],
    )
    article = Article(
        id=Article.make_id(source), source=source, text=normalise_newlines(text).strip("\n"),
        title=given["title"], author=given["author"],
    )
    _set_date(source, article.meta, given["date"])
    if invalid:
        article.meta["invalid_fields"] = sorted(invalid)
        article.add_flag("invalid-field")
    if replaced:
        article.meta["invalid_unicode"] = replaced
        article.add_flag("invalid-unicode")
    return article
