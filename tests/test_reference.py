"""Byte-identical output across the runner's restructuring (issue 13): the whole chain on the seeds and on a
generated corpus, with one and two workers, must give the committed content hashes (``tests/reference.py``)."""

from __future__ import annotations

import json

import pytest

from tests.reference import HASHES, digest, produce


@pytest.mark.slow  # four whole-chain runs in subprocesses: ~10 s
def test_run_outputs_match_the_committed_reference(tmp_path):
    expected = json.loads(HASHES.read_text(encoding="utf-8"))
    assert produce(tmp_path) == expected


def test_digest_ignores_only_the_run_section(tmp_path):
    for name in ("articles.jsonl", "tips.jsonl"):
        (tmp_path / name).write_text("{}\n", encoding="utf-8")
    manifest = {"totals": {"inputs": 1}, "run": {"workers": 1, "seconds_per_stage": {"read": 0.1}}}
    (tmp_path / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    before = digest(tmp_path)
    manifest["run"] = {"workers": 8, "seconds_per_stage": {"read": 9.9}}
    (tmp_path / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    assert digest(tmp_path) == before
    manifest["totals"]["inputs"] = 2
    (tmp_path / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    assert digest(tmp_path) != before
