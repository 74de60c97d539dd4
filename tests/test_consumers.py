"""Two different runs load together in pandas, polars, pyarrow, DuckDB and HF datasets, from JSONL and from
Parquet (issue 18): the fields typed by the shipped schemas, ids kept as strings.

The runs differ on purpose: the seeds (plain text pages, no URL, date, language or canonical link, tips) and a
small corpus of HTML pages and JSONL documents (URLs, dates, site names; fields the seeds leave null). With types
inferred from each run's data the two would not concatenate; with the shipped schemas they do. Each loader is
skipped cleanly where it is not installed; the test extra installs them all.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline import schemas
from tests.conftest import RAW, invoke, load_jsonl

OTHER_PAGE = """<!doctype html>
<html lang="en"><head><title>Five Ways To Keep Basil Growing | Sill Garden</title>
<meta name="author" content="Rosa Quint">
<meta property="article:published_time" content="2011-06-02T08:00:00-05:00">
<meta property="og:site_name" content="Sill Garden">
<link rel="canonical" href="https://sill.example/basil-five-ways">
</head><body><article><h1>Five Ways To Keep Basil Growing</h1>
<p>By Rosa Quint</p>
<p>Basil on a windowsill tends to bolt and thin out by midsummer, yet a few small habits keep one pot
leafy from spring to autumn.</p>
<ul>
<li>Pinch the top pair of leaves every week so the stem branches instead of flowering.</li>
<li>Water at the base in the morning and let the top of the soil dry before watering again.</li>
<li>Turn the pot a quarter turn each day so every side gets its share of light.</li>
<li>Harvest from the top down, never stripping the lower leaves that feed the plant.</li>
<li>Repot into a wider container once roots circle the bottom of the old one.</li>
</ul>
<p>Copyright 2011 Rosa Quint. Free to reprint with this notice intact.</p>
</article></body></html>
"""

OTHER_DOCS = [
    {"id": "20240101", "url": "https://notes.example/compost", "title": "A Small Compost Bin That Works",
     "author": "Ivo Brandt", "date": "1704103200",
     "text": "A compost bin on a balcony needs only three things: a lid, a mix of dry and green scraps, and a turn "
             "with a trowel every few days.\n\nKeep the mix about as damp as a wrung-out sponge."},
    {"id": "20240102", "url": "https://notes.example/seeds", "title": "Saving Tomato Seeds",
     "date": "Tue, 02 Jan 2024 09:00:00 +0100",
     "text": "Scoop the seeds of a ripe tomato into a jar with a little water and leave it for three days.\n\n"
             "Rinse, spread the seeds on a plate and let them dry fully before storing them in paper."},
]

KINDS = ("article", "tip")


def other_corpus(folder: Path) -> Path:
    folder.mkdir(parents=True)
    (folder / "basil.html").write_text(OTHER_PAGE, encoding="utf-8")
    (folder / "notes.jsonl").write_text("".join(json.dumps(d) + "\n" for d in OTHER_DOCS), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def runs(tmp_path_factory) -> dict[str, dict[str, list[Path]]]:
    """``{format: {kind: [file of the seeds' run, file of the other run]}}``."""
    from click.testing import CliRunner

    where = tmp_path_factory.mktemp("consumers")
    inputs = {"seeds": RAW, "other": other_corpus(where / "other")}
    formats = ("jsonl", "parquet") if _has("pyarrow") else ("jsonl",)
    found: dict[str, dict[str, list[Path]]] = {fmt: {kind: [] for kind in KINDS} for fmt in formats}
    for name, path in inputs.items():
        for fmt in formats:
            out = where / f"{name}-{fmt}"
            result = invoke(CliRunner(), "--no-progress", "run", "--format", fmt, str(path), str(out))
            assert result.exit_code == 0, result.output
            for kind in KINDS:
                found[fmt][kind].append(out / f"{kind}s.{fmt}")
    return found


def _has(module: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(module) is not None


def expected_rows(runs, kind: str) -> list[dict]:
    return [row for path in runs["jsonl"][kind] for row in load_jsonl(path)]


def test_the_two_runs_differ_in_what_they_leave_null(runs):
    """Without this the test would prove nothing: types inferred from each run alone disagree."""
    seeds, other = (load_jsonl(p) for p in runs["jsonl"]["article"])
    assert all(a["source"]["date"] is None and a["meta"]["site_name"] is None for a in seeds)
    assert any(a["source"]["date"] for a in other) and any(a["meta"]["site_name"] for a in other)
    assert any(a["repairs"] for a in seeds) and not any(a["source"]["url"] for a in seeds)
    tips = [t for p in runs["jsonl"]["tip"] for t in load_jsonl(p)]
    assert {t["article_id"] for t in tips} and all(isinstance(t["id"], str) for t in tips)


@pytest.mark.parametrize("kind", KINDS)
def test_pyarrow_concatenates_both_runs(runs, kind):
    pa = pytest.importorskip("pyarrow")
    import pyarrow.dataset as ds
    import pyarrow.json as pj

    schema = schemas.arrow_schema(kind)
    options = pj.ParseOptions(explicit_schema=schema, unexpected_field_behavior="error")
    tables = [pj.read_json(p, parse_options=options) for p in runs["jsonl"][kind]]
    from_jsonl = pa.concat_tables(tables)
    from_parquet = ds.dataset([str(p) for p in runs["parquet"][kind]], format="parquet").to_table()
    want = expected_rows(runs, kind)
    assert from_jsonl.num_rows == from_parquet.num_rows == len(want)
    assert from_parquet.schema.equals(schema, check_metadata=False)
    assert from_jsonl.to_pylist() == from_parquet.to_pylist() == want


@pytest.mark.parametrize("kind", KINDS)
def test_polars_concatenates_both_runs(runs, kind):
    pl = pytest.importorskip("polars")
    pytest.importorskip("pyarrow")

    schema = pl.from_arrow(schemas.arrow_schema(kind).empty_table()).schema
    from_jsonl = pl.concat([pl.read_ndjson(p, schema=schema) for p in runs["jsonl"][kind]])
    from_parquet = pl.read_parquet([str(p) for p in runs["parquet"][kind]])
    want = expected_rows(runs, kind)
    assert from_jsonl.schema == from_parquet.schema == schema
    assert from_jsonl.to_dicts() == from_parquet.to_dicts() == want
    assert from_jsonl["id"].dtype == pl.String


@pytest.mark.parametrize("kind", KINDS)
def test_pandas_concatenates_both_runs_keeping_ids_strings(runs, kind):
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")

    # dtype=False: pandas would otherwise turn a column of ids that happen to be all digits into numbers
    # (README, "Loading the output"); Parquet carries the types itself.
    from_jsonl = pd.concat([pd.read_json(p, lines=True, dtype=False) for p in runs["jsonl"][kind]],
                           ignore_index=True)
    from_parquet = pd.concat([pd.read_parquet(p) for p in runs["parquet"][kind]], ignore_index=True)
    want = expected_rows(runs, kind)
    assert len(from_jsonl) == len(from_parquet) == len(want)
    for frame in (from_jsonl, from_parquet):
        assert list(frame.columns) == list(want[0])
        assert list(frame["id"]) == [r["id"] for r in want] and all(isinstance(i, str) for i in frame["id"])
    digits = pd.read_json(_one_line(runs, kind, {"id": "9899066867509357"}), lines=True, dtype=False)
    assert digits["id"][0] == "9899066867509357"


def _one_line(runs, kind: str, change: dict):
    import io

    return io.StringIO(json.dumps(load_jsonl(runs["jsonl"][kind][0])[0] | change) + "\n")


@pytest.mark.parametrize("kind", KINDS)
def test_duckdb_reads_both_runs_as_one_table(runs, kind):
    duckdb = pytest.importorskip("duckdb")

    want = expected_rows(runs, kind)
    con = duckdb.connect()
    for fmt, reader in (("jsonl", "read_json"), ("parquet", "read_parquet")):
        if fmt not in runs:
            continue
        files = [str(p) for p in runs[fmt][kind]]
        relation = con.sql(f"select * from {reader}({files!r})")
        assert relation.columns == list(want[0])
        types = dict(zip(relation.columns, relation.types, strict=True))
        assert str(types["id"]) == "VARCHAR"
        assert [row[0] for row in relation.select("id").fetchall()] == [r["id"] for r in want]


@pytest.mark.slow  # importing datasets and building its cache: a few seconds
@pytest.mark.parametrize("kind", KINDS)
def test_hf_datasets_loads_both_runs(runs, kind, tmp_path, monkeypatch):
    datasets = pytest.importorskip("datasets")
    pytest.importorskip("pyarrow")
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")

    features = schemas.features(kind)
    want = expected_rows(runs, kind)
    from_jsonl = datasets.load_dataset("json", data_files=[str(p) for p in runs["jsonl"][kind]],
                                       features=features, split="train", cache_dir=str(tmp_path / "j"))
    from_parquet = datasets.load_dataset("parquet", data_files=[str(p) for p in runs["parquet"][kind]],
                                         split="train", cache_dir=str(tmp_path / "p"))
    assert from_jsonl.features == features
    assert len(from_jsonl) == len(from_parquet) == len(want)
    assert from_parquet.to_list() == want
    # datasets' JSON loader lets pyarrow turn ISO 8601 strings into timestamps before it applies the features,
    # so a date comes back as "2011-06-02 13:00:00": the same instant in another form (README)
    assert [_same_instant(row) for row in from_jsonl.to_list()] == [_same_instant(row) for row in want]


def _same_instant(row: dict) -> dict:
    import datetime

    date = row["source"]["date"]
    if date is not None:
        when = datetime.datetime.fromisoformat(date.replace("Z", "+00:00").replace(" ", "T"))
        date = when.replace(tzinfo=None).isoformat()
    return row | {"source": row["source"] | {"date": date}}
