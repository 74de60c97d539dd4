"""The library API (issue 13): Pipeline, clean_text, options recorded by the runner, the README's example."""

from __future__ import annotations

import json
import re
import shutil
from dataclasses import asdict

import pytest

from pipeline import DEFAULT_STAGES, Pipeline, clean_text
from pipeline.api import through
from pipeline.stages import dedup
from tests.conftest import RAW, invoke, load_manifest, tree_bytes

ROOT = RAW.parent


def test_pipeline_run_writes_what_the_cli_writes_and_records_every_stages_options(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    manifest = Pipeline(workers=1).run(["raw"], str(tmp_path / "lib"))
    assert invoke(runner, "--no-progress", "run", "raw", str(tmp_path / "cli")).exit_code == 0
    assert tree_bytes(tmp_path / "lib") == tree_bytes(tmp_path / "cli")
    assert manifest == load_manifest(tmp_path / "lib")
    assert list(manifest["options"]) == ["read", "repair", "boilerplate", "segment", "dedup", "tips", "dedup#2"]
    assert manifest["options"]["dedup"]["level"] == "article" and manifest["options"]["dedup#2"]["level"] == "tip"


def test_pipeline_takes_any_chain_and_a_single_path(tmp_path):
    manifest = Pipeline(stages=through("repair")).run(str(RAW), str(tmp_path / "out"))
    assert list(manifest["options"]) == ["read", "repair"]
    assert manifest["totals"]["inputs"] == len(list(RAW.iterdir())) and manifest["totals"]["tips"] == 0


def test_pipeline_refuses_no_workers():
    with pytest.raises(ValueError, match="workers must be 1 or more"):
        Pipeline(workers=0)


def test_clean_text_takes_strings_and_dicts_and_returns_records():
    records = clean_text(["Keep ofrepparttar 104500 receipts.", {"text": "Sort your mail daily.", "title": "Mail"}],
                         through("repair"))
    assert [r.text for r in records] == ["Keep of the receipts.", "Sort your mail daily."]
    assert records[0].repairs == {"repparttar": 1} and records[1].title == "Mail"
    assert [r.source.path for r in records] == ["<text>", "<text>"]


def test_clean_text_runs_the_default_chain_into_tips():
    page = ("Here are 3 tips for tired cooks.\n1. Cook rice the night before, so dinner takes ten minutes.\n"
            "2. Keep a jar of sauce in the fridge for fast meals.\n3. Chop onions once a week and freeze them.\n")
    records = clean_text(page)
    assert [r.kind for r in records] == ["article", "tip", "tip", "tip"]
    assert records[1].text == "Cook rice the night before, so dinner takes ten minutes."


def test_clean_text_refuses_a_document_without_text():
    with pytest.raises(ValueError, match='needs a "text" string'):
        clean_text([{"body": "no text field"}])


def test_dedup_command_defaults_are_dedup_configs(runner, tmp_path):
    """The `dedup` command's defaults come from DedupConfig (no literal copies that could drift from `run`)."""
    out = tmp_path / "out"
    assert invoke(runner, "--no-progress", "read", str(RAW), "dedup", "write", str(out)).exit_code == 0
    recorded = load_manifest(out)["options"]["dedup"]
    assert recorded == json.loads(json.dumps(asdict(dedup.DedupConfig()), default=str))


def test_verbose_prints_each_stages_time(runner, tmp_path):
    result = invoke(runner, "--no-progress", "-v", "run", str(RAW), str(tmp_path / "out"))
    assert result.exit_code == 0
    lines = [line for line in result.stderr.splitlines() if re.match(r"tipline: [\w#]+: \d+\.\d{3}s, ", line)]
    assert [line.split(":")[1].strip() for line in lines] == ["read", "repair", "boilerplate", "segment", "dedup",
                                                             "tips", "dedup#2", "write"]
    quiet = invoke(runner, "--no-progress", "run", str(RAW), str(tmp_path / "out2"))
    assert not re.search(r"tipline: read: ", quiet.stderr)


def test_default_stages_are_runs_chain():
    assert [s.name for s in DEFAULT_STAGES] == ["repair", "boilerplate", "segment", "dedup", "tips", "dedup"]


def readme_python_blocks() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"^```python\n(.*?)^```", text, flags=re.S | re.M)


def test_readme_python_examples_run(tmp_path, monkeypatch, capsys):
    blocks = readme_python_blocks()
    assert blocks, "README.md has no ```python block"
    monkeypatch.chdir(tmp_path)
    for code in blocks:
        exec(compile(code, "README.md", "exec"), {"__name__": "__readme__"})
    printed = capsys.readouterr().out
    assert "tip " in printed and "'tips': 3" in printed
    shutil.rmtree(tmp_path / "out")
