"""The write stage's output as consumers load it (issue 18): tips in article order, tip_count agreeing with
the tip rows, source paths relative to the input root, ISO dates, Parquet with deterministic bytes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import RAW, invoke, load_jsonl, load_manifest

SHARED_TIPS = """1. Water the pots early, before the sun is high, so the roots drink before the heat.
2. Feel the soil with a finger first: if it is damp below the top, wait another day.
3. Group thirsty plants together so one can can serve them all in a single round.
4. Mulch the surface with bark to keep the moisture in on windy afternoons.
"""


def two_articles_sharing_tips(folder: Path) -> Path:
    """Two pages whose numbered tips are the same four: tip dedup keeps one copy of each."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "a.txt").write_text("Four Watering Habits For Balcony Gardens\n\nBalcony pots dry out faster than "
                                  "beds in the ground, and a routine helps more than any gadget.\n\n" + SHARED_TIPS,
                                  encoding="utf-8")
    (folder / "b.txt").write_text("Keep Your Container Garden Alive In July\n\nSummer is hard on containers; "
                                  "the people who keep theirs green mostly follow a few plain habits.\n\n"
                                  + SHARED_TIPS + "\nWith these four habits the pots stay green all summer.\n",
                                  encoding="utf-8")
    return folder


def test_tips_are_ordered_by_article_and_position(runner, tmp_path):
    out = tmp_path / "out"
    assert invoke(runner, "--no-progress", "run", str(RAW), str(out)).exit_code == 0
    tips = load_jsonl(out / "tips.jsonl")
    assert len(tips) > 10
    keys = [(t["article_id"], t["position"]) for t in tips]
    assert keys == sorted(keys)
    articles = [a["id"] for a in load_jsonl(out / "articles.jsonl")]
    assert articles == sorted(articles)


def test_tip_count_is_the_tip_rows_after_tip_dedup(runner, tmp_path):
    out = tmp_path / "out"
    assert invoke(runner, "--no-progress", "run", str(two_articles_sharing_tips(tmp_path / "raw")),
                  str(out)).exit_code == 0
    manifest = load_manifest(out)
    assert manifest["stages"]["dedup#2"]["dropped"] >= 4, "the tip dedup dropped the shared tips"
    rows: dict[str, int] = {}
    for tip in load_jsonl(out / "tips.jsonl"):
        rows[tip["article_id"]] = rows.get(tip["article_id"], 0) + 1
    articles = load_jsonl(out / "articles.jsonl")
    assert len(articles) == 2 and sum(a["tip_count"] for a in articles) == len(load_jsonl(out / "tips.jsonl"))
    for article in articles:
        assert article["tip_count"] == rows.get(article["id"], 0), article["title"]


def test_moving_the_inputs_changes_no_output_byte(runner, tmp_path):
    """Source paths are relative to the input root; the manifest records the root once."""
    outputs = []
    for where in ("here/raw", "elsewhere/deeper/pages"):
        shutil.copytree(RAW, tmp_path / where)
        out = tmp_path / f"out-{len(outputs)}"
        assert invoke(runner, "--no-progress", "run", str(tmp_path / where), str(out)).exit_code == 0
        outputs.append(out)
    for name in ("articles.jsonl", "tips.jsonl"):
        assert (outputs[0] / name).read_bytes() == (outputs[1] / name).read_bytes(), name
    first, second = load_manifest(outputs[0]), load_manifest(outputs[1])
    assert first["root"] == str(tmp_path / "here/raw") and second["root"] == str(tmp_path / "elsewhere/deeper/pages")
    assert {k: v for k, v in first.items() if k != "root"} == {k: v for k, v in second.items() if k != "root"}
    paths = {a["source"]["path"] for a in load_jsonl(outputs[0] / "articles.jsonl")}
    assert paths == {p.name for p in RAW.iterdir()}


def test_root_of_a_file_a_glob_and_a_relative_path(runner, tmp_path, monkeypatch):
    shutil.copytree(RAW, tmp_path / "raw")
    (tmp_path / "raw/sub").mkdir()
    first = sorted(RAW.iterdir())[0].name
    shutil.copy(RAW / first, tmp_path / "raw/sub/copy.txt")
    monkeypatch.chdir(tmp_path)
    assert invoke(runner, "--no-progress", "read", "raw", "write", "o1").exit_code == 0
    assert load_manifest(tmp_path / "o1")["root"] == "raw"
    assert "sub/copy.txt" in [i["path"] for i in load_manifest(tmp_path / "o1")["inputs"]]
    two = invoke(runner, "--no-progress", "read", f"raw/{first}", "read", "raw/sub/*.txt", "write", "o2")
    assert two.exit_code == 0
    manifest = load_manifest(tmp_path / "o2")
    assert manifest["root"] == "raw"
    assert sorted(i["path"] for i in manifest["inputs"]) == sorted([first, "sub/copy.txt"])
    piped = invoke(runner, "--no-progress", "read", "-", "write", "o3", input='{"text": "Water early."}\n')
    assert piped.exit_code == 0 and load_manifest(tmp_path / "o3")["root"] is None
    assert load_jsonl(tmp_path / "o3/articles.jsonl")[0]["source"]["path"] == "<stdin>"


def test_dates_are_iso_8601_whatever_form_the_input_gave(runner, tmp_path):
    docs = [{"text": "Water early.", "date": "1205577000"}, {"text": "Feed monthly.", "date": "March 15, 2008"},
            {"text": "Prune in spring.", "date": "2008-03-15T10:30:00+02:00"},
            {"text": "Mulch well.", "date": "the week after the fair"}]
    (tmp_path / "in.jsonl").write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    assert invoke(runner, "--no-progress", "read", str(tmp_path / "in.jsonl"), "write", str(tmp_path / "o")
                  ).exit_code == 0
    got = {a["text"]: (a["source"]["date"], a["meta"]["unparsed_date"])
           for a in load_jsonl(tmp_path / "o/articles.jsonl")}
    assert got == {"Water early.": ("2008-03-15T10:30:00Z", None), "Feed monthly.": ("2008-03-15", None),
                   "Prune in spring.": ("2008-03-15T08:30:00Z", None),
                   "Mulch well.": (None, "the week after the fair")}


def test_parquet_output_has_the_shipped_schema_and_the_same_bytes_every_run(runner, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    from pipeline import schemas

    outs = []
    for n, workers in enumerate(("1", "2")):
        out = tmp_path / f"p{n}"
        assert invoke(runner, "--no-progress", "--workers", workers, "run", "--format", "parquet", str(RAW),
                      str(out)).exit_code == 0
        outs.append(out)
    assert sorted(p.name for p in outs[0].iterdir()) == ["articles.parquet", "manifest.json", "run.json",
                                                          "tips.parquet"]
    for name in ("articles.parquet", "tips.parquet"):
        assert (outs[0] / name).read_bytes() == (outs[1] / name).read_bytes(), name
    jsonl = tmp_path / "j"
    assert invoke(runner, "--no-progress", "run", str(RAW), str(jsonl)).exit_code == 0
    for kind in ("article", "tip"):
        table = pq.read_table(outs[0] / f"{kind}s.parquet")
        assert table.schema.equals(schemas.arrow_schema(kind), check_metadata=False)
        assert table.to_pylist() == load_jsonl(jsonl / f"{kind}s.jsonl")  # the same rows as the JSONL form
    manifest = load_manifest(outs[0])
    assert manifest["outputs"]["tips.parquet"]["records"] == manifest["totals"]["tips"] > 0



def test_files_a_folder_holds_but_tipline_does_not_read_are_listed(runner, tmp_path):
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    (src / "page.txt").write_text("Water the pots early in the morning, before the sun is high.\n", encoding="utf-8")
    (src / "notes.md").write_text("# my notes\n", encoding="utf-8")
    (src / "sub" / "photo.png").write_bytes(b"\x89PNG\r\n")
    result = invoke(runner, "--no-progress", "run", str(src), str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    manifest = load_manifest(tmp_path / "out")
    assert manifest["not_read"] == ["notes.md", "sub/photo.png"]
    assert manifest["totals"]["inputs"] == 1 and [i["path"] for i in manifest["inputs"]] == ["page.txt"]
    (line,) = [e for e in result.stderr.splitlines() if "not read" in e]
    assert f"{src}: 2 file(s) not read" in line and "notes.md" in line and "sub/photo.png" in line
