import json

import pytest

from pipeline.records import Article, Source, to_dict
from pipeline.stages import read
from pipeline.stats import StageStats
from pipeline.text.plain import ExtractError


def run_read(paths):
    errors = []
    stats = StageStats("read", report=errors.append)
    records = list(read.run([str(p) for p in paths], read.ReadConfig(), stats))
    return records, stats, errors


def test_page_to_article_txt_and_html():
    art = read.page_to_article("a.txt", b"Title\n\nBody.\n", "txt")
    assert art.text == "Title\n\nBody." and art.id == Article.make_id(art.source)
    html = read.page_to_article("a.html", b"<h1>Hi</h1><p>There.</p><meta name=author content='Al Bo'>", "html")
    assert (html.title, html.author, html.text) == ("Hi", "Al Bo", "There.")


@pytest.mark.parametrize(
    "data, reason",
    [(b"", "empty"), (b"  \n\t\n", "empty"), (b"\x89PNG\r\n\x1a\n\x00\x00", "binary"), (b"ab\x00cd", "binary")],
)
def test_page_to_article_rejects(data, reason):
    with pytest.raises(ExtractError) as info:
        read.page_to_article("x.txt", data, "txt")
    assert info.value.reason == reason


def test_html_without_text_is_empty():
    with pytest.raises(ExtractError, match="HTML holds no text"):
        read.page_to_article("x.html", b"<html><script>x</script></html>", "html")


def test_jsonl_keeps_good_lines_and_reports_bad_ones(tmp_path):
    src = Source(path="raw/a.txt", sha256="c" * 64, size=1, format="txt")
    tipline_record = to_dict(Article(id="1" * 16, source=src, text="Kept as is.", title="Old"))
    lines = [
        json.dumps({"text": "First doc.", "id": 7, "title": "One", "author": "Ann"}),
        "{not json",
        json.dumps({"title": "no text"}),
        json.dumps(["a", "list"]),
        json.dumps(tipline_record),
        json.dumps({"text": "   "}),
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n")
    records, stats, errors = run_read([path])
    assert [r.text for r in records] == ["First doc.", "Kept as is."]
    assert records[0].source.input_id == "7" and records[0].author == "Ann" and records[0].source.line == 1
    assert records[1].title == "Old" and records[1].source.path == "raw/a.txt"
    assert [(d.line, d.reason) for d in stats.drops] == [
        (2, "malformed_jsonl"), (3, "missing_text"), (4, "malformed_jsonl"), (6, "empty")]
    assert all(str(path.name) in e and f":{d.line}:" in e for e, d in zip(errors, stats.drops, strict=True))
    assert stats.total == 6


def test_identical_jsonl_lines_get_the_same_id(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text('{"text": "same"}\n{"text": "same"}\n')
    records, _, _ = run_read([path])
    assert records[0].id == records[1].id and records[0].source.line != records[1].source.line


def warc_record(rec_type: str, url: str, block: bytes, n: int) -> bytes:
    headers = (
        f"WARC/1.0\r\nWARC-Type: {rec_type}\r\nWARC-Target-URI: {url}\r\nWARC-Date: 2024-01-0{n}T00:00:00Z\r\n"
        f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-00000000000{n}>\r\n"
        f"Content-Type: application/http; msgtype={rec_type}\r\nContent-Length: {len(block)}\r\n\r\n"
    )
    return headers.encode() + block + b"\r\n\r\n"


def write_warc(path, pages):
    """Write a WARC file by hand (the format is simple): HTTP responses plus one request record."""
    import gzip

    parts = []
    for n, (url, content_type, body) in enumerate(pages, start=1):
        http = f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n"
        parts.append(warc_record("response", url, http.encode() + body, n))
    parts.append(warc_record("request", "http://example.org/", b"GET / HTTP/1.1\r\n\r\n", 9))
    if str(path).endswith(".gz"):  # one gzip member per record, as crawlers write them
        path.write_bytes(b"".join(gzip.compress(p) for p in parts))
    else:
        path.write_bytes(b"".join(parts))


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc_html_responses_become_articles_with_url_and_date(tmp_path, name):
    path = tmp_path / name
    write_warc(path, [
        ("http://example.org/tips", "text/html; charset=utf-8", b"<h1>Tips</h1><p>Smile at customers.</p>"),
        ("http://example.org/logo.png", "image/png", b"\x89PNG...."),
        ("http://example.org/empty", "text/html", b"<html><script>x</script></html>"),
    ])
    records, stats, errors = run_read([path])
    assert len(records) == 1
    art = records[0]
    assert art.text == "Smile at customers." and art.title == "Tips"  # the title is a field, not a line
    assert art.source.format == "warc" and art.source.url == "http://example.org/tips"
    assert art.source.date and art.source.input_id.startswith("<urn:uuid:")
    assert stats.counters["warc_skipped_not_html"] == 1
    assert [d.reason for d in stats.drops] == ["empty"] and "http://example.org/empty" in errors[0]
    assert stats.total == 2


def test_not_a_warc_is_rejected(tmp_path):
    path = tmp_path / "broken.warc"
    path.write_bytes(b"this is not a warc file\n" * 10)
    records, stats, errors = run_read([path])
    assert records == [] and [d.reason for d in stats.drops] == ["bad_warc"] and "broken.warc" in errors[0]


def test_jsonl_zst_streams(tmp_path):
    import zstandard

    path = tmp_path / "docs.jsonl.zst"
    lines = "".join(json.dumps({"text": f"Tip number {i}."}) + "\n" for i in range(100))
    path.write_bytes(zstandard.ZstdCompressor().compress(lines.encode()))
    records, stats, _ = run_read([path])
    assert [r.text for r in records] == [f"Tip number {i}." for i in range(100)]
    assert stats.drops == []


def test_warc_without_html_is_rejected_not_silent(tmp_path):
    path = tmp_path / "images.warc"
    write_warc(path, [("http://example.org/a.png", "image/png", b"\x89PNG....")])
    records, stats, errors = run_read([path])
    assert records == [] and [d.reason for d in stats.drops] == ["no_html"] and "images.warc" in errors[0]
