"""The compiled schema validator gives jsonschema's verdict and messages on every record, valid or not."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from pipeline.check import schema

CLEAN = Path(__file__).resolve().parents[2] / "clean"
# Values a broken writer or a hand edit could leave: each type JSON has, the integer/boolean look-alikes
# (1.0, True) where JSON Schema and Python disagree, strings a `$` pattern accepts before a final newline.
ODD_VALUES = [None, True, False, 0, 1, -1, 1.0, 2.5, "", "x", "article", "tip", "NOASSERTION", "0" * 16,
              "0" * 16 + "\n", "a" * 64, "a" * 64 + "\n", "Bad Flag", [], ["x"], ["a", "a"], [1], {}, {"x": 1}]


def records() -> list[dict]:
    out = []
    for name in ("articles.jsonl", "tips.jsonl"):
        with open(CLEAN / name, encoding="utf-8") as fh:
            out += [json.loads(line) for line, _ in zip(fh, range(6), strict=False)]
    return out


def paths(node, prefix=()):
    """Every (path to a value) in a record, dict keys and list indexes."""
    if isinstance(node, dict):
        for k, v in node.items():
            yield (*prefix, k)
            yield from paths(v, (*prefix, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield (*prefix, i)
            yield from paths(v, (*prefix, i))


def mutants(record: dict):
    """The record with each value replaced by each odd value, deleted, and with an unknown key added."""
    for path in paths(record):
        for value in [*ODD_VALUES, "delete"]:
            broken = copy.deepcopy(record)
            node = broken
            for step in path[:-1]:
                node = node[step]
            if value == "delete":
                del node[path[-1]]
            else:
                node[path[-1]] = value
            yield broken
        parent = copy.deepcopy(record)
        node = parent
        for step in path:
            node = node[step]
        if isinstance(node, dict):
            node["unexpected"] = 1
            yield parent


@pytest.mark.skipif(not CLEAN.is_dir(), reason="no clean/ output in this checkout")
def test_compiled_and_jsonschema_agree_on_valid_and_broken_records():
    checked = refused = 0
    for record in records():
        name = record["kind"]
        assert schema.schema_errors(record, name) == [] == schema.schema_errors(record, name, compiled=False)
        for broken in mutants(record):
            before = copy.deepcopy(broken)
            fast = schema.schema_errors(broken, name)
            assert broken == before  # the compiled validator changes nothing (no defaults filled in)
            assert fast == schema.schema_errors(broken, name, compiled=False), broken
            checked += 1
            refused += bool(fast)
    assert checked > 1000 and refused > checked // 2  # the mutations do break records


def test_records_are_compiled_and_the_manifest_is_not():
    # The manifest has "const": true, where Python's 1 == True would let a compiled check accept 1.
    assert schema._compiled(("article", None)) is not None and schema._compiled(("tip", None)) is not None
    assert schema._compiled(("manifest", None)) is None
    assert schema.schema_errors({"schema": "tipline.manifest/1"}, "manifest")


def test_a_schema_with_unvetted_keywords_is_not_compiled():
    assert not schema.compilable({"type": "object", "properties": {"a": {"oneOf": [{"type": "string"}]}}})
    assert not schema.compilable({"type": "object", "properties": {"a": {"type": "integer", "default": 0}}})
    assert schema.compilable({"type": "object", "properties": {"default": {"type": "integer"}}})


@pytest.mark.skipif(not CLEAN.is_dir(), reason="no clean/ output in this checkout")
def test_every_record_rule_reports_a_broken_record_and_never_raises():
    # A hand-edited record with a list where the reuse answer stands crashed `tipline check` (TypeError in the reuse
    # rule) instead of being reported: every record rule must answer with findings on every mutant.
    from pipeline.check.config import CheckConfig
    from pipeline.check.rules import rules_in

    config = CheckConfig()
    record_rules = rules_in("record")
    for record in records():
        for broken in mutants(record):
            for rule in record_rules:
                findings = list(rule.check(broken, config))
                assert all(isinstance(f, str) for f in findings), (rule.name, broken)
