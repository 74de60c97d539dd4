"""Outputs written by earlier releases (``tipline.article/1`` and ``/2``, ``tipline.tip/1``) are read by every
reader: ``check`` validates each record against its own version's schema, ``report`` shows them, ``read-jsonl``
and the loaders turn them into current records; a version this tipline does not know is refused in one line.

The fixtures (``tests/fixtures/older_versions``) are written by hand in each version's shape: ``v1.jsonl`` as the
releases before the typed schema wrote it (counts as objects, a sparse ``meta``; the first tip from before the
reuse answer existed), ``v2.jsonl`` as the release before ``html_starts`` (every key written).
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from pipeline import records, schemas
from pipeline.check import CheckConfig, check_record, resolve, run, schema
from pipeline.io.jsonl import loads_record
from tests.conftest import invoke

OLDER = Path(__file__).resolve().parents[1] / "fixtures" / "older_versions"
# The frozen schemas of the earlier versions: what their writers wrote, never to be edited (a record of version N
# is valid under N's schema for ever). Regenerating the current schemas must leave them alone.
FROZEN_SHA256 = {
    "article.1.schema.json": "a7dca291edde6da8f38bc1b18198f5ccd07d78584be01de96508be76490d3ebd",
    "tip.1.schema.json": "14b839e93271ddf1b315e685b2ea23a7314657cae1c2a1e7c3967f2643649e67",
    "article.2.schema.json": "7ef0da47100f8a75040fc1559acc48ff62623cbefb18ee6930dd24db02cc01d1",
}


def lines(name: str) -> list[dict]:
    return [json.loads(line) for line in (OLDER / name).read_text(encoding="utf-8").splitlines()]


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.mark.parametrize("name", ["v1.jsonl", "v2.jsonl"])
def test_check_passes_an_earlier_release_and_says_which_version_it_read(runner, name):
    result = invoke(runner, "check", str(OLDER / name))
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    version = {"v1.jsonl": "tipline.article/1", "v2.jsonl": "tipline.article/2"}[name]
    assert f"of the earlier version {version}: validated against that version's schema" in result.stderr


def test_each_version_is_validated_against_its_own_schema():
    v1_article, v2_article = lines("v1.jsonl")[0], lines("v2.jsonl")[0]
    config = CheckConfig()
    # what version 3 added is no field of version 2 ...
    found = list(check_record({**v2_article, "html_starts": ["Second article"]}, config))
    assert found == [("schema", "(top): Additional properties are not allowed ('html_starts' was unexpected)")]
    # ... and version 2's counts (lists) are no counts of version 1 (objects), though version 3 takes them
    found = list(check_record({**v1_article, "repairs": [{"name": "nbsp", "count": 2}]}, config))
    assert [r for r, _ in found] == ["schema"] and found[0][1].startswith("repairs: ")
    # version 1's own rules still hold: a required field missing is named
    broken = {k: v for k, v in v1_article.items() if k != "title"}
    assert list(check_record(broken, config)) == [("schema", "(top): 'title' is a required property")]


@pytest.mark.parametrize("declared, newer", [("tipline.article/4", True), ("tipline.article/17", True),
                                             ("tipline.article/0", False), ("tipline.article/2b", False)])
def test_an_unknown_version_is_one_line_per_record_in_check(runner, tmp_path, declared, newer):
    rows = lines("v2.jsonl")
    rows[0]["schema"] = declared
    rows[0]["surprise"] = {"a field": "a newer tipline might write"}
    result = invoke(runner, "check", str(write_jsonl(tmp_path / "a.jsonl", rows)))
    assert result.exit_code == 1
    out = result.stdout.splitlines()
    assert len(out) == 1, out  # one finding, not the field-by-field errors of another version's schema
    assert out[0].endswith(f"[schema] a2a2a2a2a2a2a2a2: schema: {declared!r} is a version this tipline does not "
                           "read (it reads tipline.article/1 to /3)"
                           + (": written by a newer tipline? upgrade tipline to read it" if newer else ""))


def test_a_version_of_the_other_kind_is_named_as_such():
    tip = lines("v2.jsonl")[1] | {"schema": "tipline.article/2"}
    assert list(check_record(tip, CheckConfig())) == [
        ("schema", "schema: 'tipline.article/2' is not a tip version (a tip is tipline.tip/1 to /2)")]


def test_a_tip_from_before_the_reuse_answer_claims_no_grant():
    """tipline.tip/1 as first written had no `reuse`: no answer is no false grant (reuse stays a required field of
    the current version, where its absence is a schema failure)."""
    first = lines("v1.jsonl")[1]
    assert "reuse" not in first
    assert list(check_record(first, CheckConfig())) == []
    current = {k: v for k, v in lines("v2.jsonl")[1].items() if k != "reuse"}
    assert {r for r, _ in check_record(current, CheckConfig())} == {"schema", "reuse"}


def test_a_clean_directory_of_an_earlier_release_passes_check_and_report(runner, tmp_path):
    out = tmp_path / "old"
    out.mkdir()
    rows = lines("v1.jsonl")
    write_jsonl(out / "articles.jsonl", [r for r in rows if r["kind"] == "article"])
    write_jsonl(out / "tips.jsonl", [r for r in rows if r["kind"] == "tip"])
    result = run(resolve(str(out)), CheckConfig(ignore=("manifest-accounting",)))
    assert result.ok, result.text_lines()
    report = tmp_path / "report.html"
    result = invoke(runner, "report", "--no-sources", "--ignore", "manifest-accounting", str(out), "-o", str(report))
    assert result.exit_code == 0, result.output
    assert "skipped" not in result.stderr
    assert "Two Habits For A Cleaner Kettle" in report.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", ["v1.jsonl", "v2.jsonl"])
def test_loaders_read_earlier_versions_as_current_records(name):
    for row in lines(name):
        record = loads_record(json.dumps(row))
        assert record.schema == records.CURRENT_SCHEMAS[row["kind"]]
        assert record.id == row["id"]
        if row["kind"] == "article":
            assert record.repairs == records.counts_of(row["repairs"]) != {}
            assert record.removed == {"share_links": 3}


def test_loaders_refuse_an_unknown_version_in_one_line():
    row = lines("v2.jsonl")[0] | {"schema": "tipline.article/4"}
    with pytest.raises(ValueError, match=r"^schema 'tipline.article/4' is a version this tipline does not read "
                                         r"\(it reads tipline.article/1 to /3\): written by a newer tipline\?"):
        loads_record(json.dumps(row))


def test_read_jsonl_converts_earlier_versions_and_rejects_unknown_ones(runner, tmp_path):
    upgraded = tmp_path / "new.jsonl"
    result = invoke(runner, "read-jsonl", str(OLDER / "v1.jsonl"), "write-jsonl", str(upgraded))
    assert result.exit_code == 0, result.output
    assert [r["schema"] for r in map(json.loads, upgraded.read_text().splitlines())] == [
        "tipline.article/3", "tipline.tip/2", "tipline.tip/2"]
    assert invoke(runner, "check", str(upgraded)).exit_code == 0

    rows = lines("v2.jsonl")
    rows[1]["schema"] = "tipline.tip/3"
    result = invoke(runner, "read-jsonl", str(write_jsonl(tmp_path / "a.jsonl", rows)), "write-jsonl",
                    str(tmp_path / "b.jsonl"))
    assert result.exit_code == 1
    said = [line for line in result.stderr.splitlines() if "tipline.tip/3" in line]
    assert len(said) == 1 and said[0].endswith(
        ":2: schema 'tipline.tip/3' is a version this tipline does not read (it reads tipline.tip/1 to /2): "
        "written by a newer tipline? upgrade tipline to read it")
    assert len((tmp_path / "b.jsonl").read_text().splitlines()) == 1  # the article was kept


@pytest.mark.parametrize("name", sorted(FROZEN_SHA256))
def test_the_earlier_versions_schemas_are_frozen_and_name_their_version(name):
    path = Path(schemas.__file__).parent / name
    assert hashlib.sha256(path.read_bytes()).hexdigest() == FROZEN_SHA256[name]
    kind, version = name.split(".")[:2]
    loaded = schemas.load(kind, version)
    assert loaded["$id"] == f"urn:tipline:schema:{kind}:{version}"
    assert loaded["properties"]["schema"]["const"] == f"tipline.{kind}/{version}"
    assert f"tipline.{kind}/{version}" in records.READ_SCHEMAS[kind][:-1]


def test_every_version_read_has_a_schema_shipped():
    for kind, versions in records.READ_SCHEMAS.items():
        assert versions[-1] == records.CURRENT_SCHEMAS[kind]
        for declared in versions[:-1]:
            assert schemas.load(kind, schemas.older_version(kind, declared))


def test_regenerating_the_schemas_leaves_the_earlier_versions_alone(tmp_path, monkeypatch):
    folder = tmp_path / "schemas"
    shutil.copytree(Path(schemas.__file__).parent, folder)
    from pipeline.schemas import __main__ as regenerate

    monkeypatch.setattr(regenerate.resources, "files", lambda package: folder)
    regenerate.main()
    for name, sha in FROZEN_SHA256.items():
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == sha


@pytest.mark.parametrize("name", ["v1.jsonl", "v2.jsonl"])
def test_compiled_validators_of_earlier_versions_agree_with_jsonschema(name):
    from tests.check.test_schema import mutants

    checked = refused = 0
    for record in lines(name):
        kind, version = record["kind"], schemas.older_version(record["kind"], record["schema"])
        for broken in mutants(record):
            fast = schema.schema_errors(broken, kind, version=version)
            assert fast == schema.schema_errors(broken, kind, compiled=False, version=version), broken
            checked += 1
            refused += bool(fast)
    assert checked > 300 and refused > checked // 3


def test_report_skips_an_unknown_version_in_one_line_and_exits_1(runner, tmp_path):
    out = tmp_path / "new"
    out.mkdir()
    rows = lines("v2.jsonl")
    write_jsonl(out / "articles.jsonl", [rows[0] | {"schema": "tipline.article/5"}])
    write_jsonl(out / "tips.jsonl", [rows[1]])
    result = invoke(runner, "report", "--no-sources", "--ignore", "manifest-accounting", str(out),
                    "-o", str(tmp_path / "report.html"))
    assert result.exit_code == 1
    skipped = [line for line in result.stderr.splitlines() if "record skipped" in line]
    assert skipped == [f"tipline report: {out / 'articles.jsonl'}:1: record skipped: schema: 'tipline.article/5' is a "
                       "version this tipline does not read (it reads tipline.article/1 to /3): written by a newer "
                       "tipline? upgrade tipline to read it"]
