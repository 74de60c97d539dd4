import json

import pytest

from pipeline.records import Article, Source, to_dict
from pipeline.stages import read
from pipeline.stages.extract import ExtractError
from pipeline.stats import StageStats


def run_read(paths):
    errors = []
    stats = StageStats("read", report=errors.append)
    records = list(read.run([str(p) for p in paths], read.ReadConfig(), stats))
    return records, stats, errors


def test_page_to_article_txt_and_html():
    art = read.page_to_article("a.txt", b"Title\n\nBody.\n", "txt")
    assert art.text == "Title\n\nBody." and art.id == Article.make_id(art.source)
    html = read.page_to_article("a.html", b"<h1>Hi</h1><p>There.</p><meta name=author content='Al Bo'>", "html")
    assert (html.title, html.author, html.text) == ("Hi", "Al Bo", "Hi\n\nThere.")


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
