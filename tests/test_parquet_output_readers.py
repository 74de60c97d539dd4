"""check, report and diff read a `--format parquet` output as they read the JSONL one (io.iter_parquet_rows)."""

import json

import pytest

from pipeline import io
from tests.conftest import RAW, invoke, load_jsonl

pytest.importorskip("pyarrow")


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    """The seeds run once as JSONL and once as Parquet."""
    from click.testing import CliRunner

    base = tmp_path_factory.mktemp("outputs")
    runner = CliRunner()
    for fmt in ("jsonl", "parquet"):
        result = invoke(runner, "--no-progress", "run", "--format", fmt, str(RAW), str(base / fmt))
        assert result.exit_code == 0, result.output
    return base


def test_parquet_rows_are_the_jsonl_records(outputs):
    for kind in ("articles", "tips"):
        rows = list(io.iter_parquet_rows(str(outputs / "parquet" / f"{kind}.parquet")))
        want = load_jsonl(outputs / "jsonl" / f"{kind}.jsonl")
        assert [number for number, _ in rows] == list(range(1, len(want) + 1))
        assert [row for _, row in rows] == want


def test_check_passes_a_parquet_output_and_counts_its_records(runner, outputs):
    result = invoke(runner, "check", str(outputs / "parquet"))
    assert result.exit_code == 0, result.output
    articles = len(load_jsonl(outputs / "jsonl" / "articles.jsonl"))
    tips = len(load_jsonl(outputs / "jsonl" / "tips.jsonl"))
    assert f"passed ({articles} article(s), {tips} tip(s))" in result.stderr


def test_check_finds_a_parquet_file_changed_after_the_run(runner, outputs, tmp_path):
    import pyarrow.parquet as pq

    changed = tmp_path / "changed"
    changed.mkdir()
    for name in ("manifest.json", "tips.parquet"):
        (changed / name).write_bytes((outputs / "parquet" / name).read_bytes())
    table = pq.read_table(outputs / "parquet" / "articles.parquet")
    pq.write_table(table.slice(1), changed / "articles.parquet")  # one article dropped, the manifest unchanged
    result = invoke(runner, "check", str(changed))
    assert result.exit_code == 1
    assert "[manifest-sha256]" in result.output + result.stderr
    assert "records, the manifest says" in result.output + result.stderr


def test_check_reports_a_damaged_parquet_file_as_one_finding(runner, outputs, tmp_path):
    damaged = tmp_path / "damaged"
    damaged.mkdir()
    (damaged / "articles.parquet").write_bytes(b"PAR1 not really parquet PAR1")
    result = invoke(runner, "check", str(damaged))
    assert result.exit_code == 1
    assert "not a readable Parquet file" in result.output + result.stderr


def test_diff_of_the_same_run_in_both_formats_finds_nothing(runner, outputs):
    result = invoke(runner, "diff", "--format", "json", str(outputs / "jsonl"), str(outputs / "parquet"))
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)
    assert summary["articles"]["changed"] == [] and summary["articles"]["added"] == []
    assert summary["tips"]["changed"] == [] and summary["tips"]["removed"] == []


def test_report_of_a_parquet_output_shows_its_articles(runner, outputs, tmp_path):
    html = tmp_path / "report.html"
    result = invoke(runner, "report", str(outputs / "parquet"), "-o", str(html))
    assert result.exit_code == 0, result.output
    text = html.read_text(encoding="utf-8")
    first = load_jsonl(outputs / "jsonl" / "articles.jsonl")[0]
    assert first["id"] in text
