"""The content-quality gate behind ``tipline check``: named rules over tipline output, each a small pure function.

The input is a ``clean/`` directory (``articles.jsonl``, ``tips.jsonl`` or their ``.parquet`` forms,
``manifest.json``) or any JSONL or Parquet file of tipline records (plus, optionally, the manifest that
describes it). Every failure is a :class:`Finding` that names the file, the line (row), the record id and the
rule. The package keeps apart:

- ``rules.py``: every rule, one shape (name, scope, ``check(subject, config)``) in one registry; scopes are
  **record** (one record), **corpus** (the whole stream, through a tally) and **manifest** (the manifest against
  the files it describes);
- ``schema.py``: validation against the shipped JSON Schemas;
- ``config.py``: the rule names and :class:`CheckConfig`, read from ``[tool.tipline.check]``;
- ``result.py``: :class:`Finding` and :class:`CheckResult`.

:func:`run` (here) ties them together; ``cli.py`` only parses options and prints the :class:`CheckResult`.
"""

from __future__ import annotations

import dataclasses
import json
import os
from collections.abc import Callable, Iterator
from typing import Any

from .. import io
from ..text.terms import requires_attribution
from .config import RULES, CheckConfig, config_from_mapping, find_pyproject, load_config, rules_help
from .result import CheckResult, Finding
from .rules import (
    JSONL_LINE_LIMIT,
    LINE_BYTES_FACTOR,
    MANIFEST_FILE,
    OUTPUT_FILES,
    REGISTRY,
    Corpus,
    Ref,
    Rule,
    Scanned,
    Tally,
    Target,
    rules_in,
)
from .schema import schema_errors

__all__ = ["LINE_BYTES_FACTOR", "NAME", "RULES", "REGISTRY", "CheckConfig", "CheckResult", "Corpus", "Finding",
           "Ref", "Rule", "Tally",
           "Target", "Visitor", "check_record", "config_from_mapping", "find_pyproject", "iter_lines", "load_config",
           "requires_attribution", "resolve", "rules_help", "rules_in", "run", "schema_errors"]

NAME = "check"


def resolve(path: str, manifest: str | None = None) -> Target:
    """Find what to read under ``path``: a clean/ directory's files, or one JSONL file (``-`` for stdin).

    Raises ``ValueError`` when there is nothing to check there.
    """
    if os.path.isdir(path):
        files = [os.path.join(path, name) for name in OUTPUT_FILES if os.path.isfile(os.path.join(path, name))]
        if not files:
            raise ValueError(f"{path} holds no {' or '.join(OUTPUT_FILES)}: is it a tipline output directory?")
        return Target(path, files, manifest or os.path.join(path, MANIFEST_FILE), directory=path)
    if path == io.STDIN:
        return Target(io.STDIN_NAME, [io.STDIN_NAME], manifest)
    if not os.path.isfile(path):
        raise ValueError(f"{path}: no such file or directory")
    return Target(path, [path], manifest)


def iter_lines(path: str, max_line_bytes: int = JSONL_LINE_LIMIT) -> Iterator[tuple[int, dict[str, Any] | str]]:
    """Yield ``(line, record dict)`` from a JSONL file, or ``(line, error message)`` for a line that is no object
    or longer than ``max_line_bytes`` (such a line is streamed past, decompressed or not, never held whole).

    A ``.parquet`` file gives ``(row, record dict)`` for each row: every reader of tipline output (check, report,
    diff) takes either form ``write`` produces.
    """
    if io.is_parquet(path):
        yield from io.iter_parquet_rows(path)
        return
    for number, raw in io.iter_jsonl_lines(path, max_line_bytes):
        if raw is None:
            yield number, f"line is over {max_line_bytes:,} bytes (4 x --max-bytes): not a tipline record"
            continue
        try:
            data, replaced = io.loads_json(raw)  # tipline's own safe decoding: bounded nesting, no lone surrogates
        except io.LineError as exc:
            yield number, str(exc)
            continue
        if replaced:
            yield number, f"{replaced} lone surrogate escape(s) (\\udXXX): not writable as UTF-8"
        yield number, data if isinstance(data, dict) else "line is not a JSON object"


def check_record(record: dict[str, Any], config: CheckConfig) -> Iterator[tuple[str, str]]:
    """Yield ``(rule, message)`` for every record rule the record fails (ignored rules are not run).

    >>> [r for r, _ in check_record({"kind": "tip", "text": "See .puter"}, CheckConfig(ignore=("schema", "reuse")))]
    ['stripped-com']
    """
    scanned = Scanned(record)  # a copy: the caller's dict stays a plain dict, its text fields found once here
    for r in rules_in("record"):
        if r.name not in config.ignore:
            for message in r.check(scanned, config):
                yield r.name, message


# A reader that rides along the gate's one pass over the records (the report does): it is handed each line as
# ``(file, line, the record or why the line is none, the record's (rule, message) findings)``, and each file that
# cannot be read as ``(file, None, why, [])``.
Visitor = Callable[[str, "int | None", "dict[str, Any] | str", "list[tuple[str, str]]"], None]


def run(target: Target, config: CheckConfig, visit: Visitor | None = None) -> CheckResult:
    """Check every record of ``target``, then the corpus and the manifest; return the result.

    ``visit``, when given, sees every line as it is checked, so a caller that needs the records too (the report)
    reads and validates them once.
    """
    result = CheckResult(path=target.path, config=config, files=list(target.files))
    tally = Tally()
    for path in target.files:
        try:
            for number, data in iter_lines(path, target.max_line_bytes):
                if isinstance(data, str):
                    result.add(Finding("json", path, number, None, data))
                    if visit is not None:
                        visit(path, number, data, [])
                    continue
                record_id = data.get("id") if isinstance(data.get("id"), str) else None
                ref = Ref(path, number, record_id)
                tally.observe(data, ref, config)
                result.records[str(data.get("kind"))] += 1
                found = list(check_record(data, config))
                for name, message in found:
                    result.add(Finding(name, path, number, record_id, message))
                if visit is not None:
                    visit(path, number, data, found)
        except io.InputError as exc:
            result.add(Finding("json", path, None, None, exc.detail))
            if visit is not None:
                visit(path, None, exc.detail, [])
    for version, n in sorted(tally.older.items()):
        result.notes.append(f"{n} record(s) of the earlier version {version}: validated against that version's "
                            "schema")
    for r in rules_in("corpus"):  # before the manifest is read: their findings come first
        if r.name not in config.ignore:
            for finding in r.check(Corpus(tally, target), config):
                result.add(finding)
    manifest = None
    if target.manifest is not None and os.path.isfile(target.manifest):
        manifest = _load_manifest(target.manifest, result)
        if manifest is None:  # unreadable: reported as json; comparing it with the files would only repeat that
            target = dataclasses.replace(target, manifest=None)
            result.notes.append("the manifest is unreadable: manifest-accounting and manifest-sha256 were not run")
    elif target.manifest is None:
        result.notes.append("no manifest given: manifest-accounting and manifest-sha256 were not run")
    if not tally.kinds.get("article") and tally.kinds.get("tip"):
        result.notes.append("no articles given: orphan-tip was not run")
    for r in rules_in("manifest"):
        if r.name not in config.ignore:
            for finding in r.check(Corpus(tally, target, manifest), config):
                result.add(finding)
    return result


def _load_manifest(path: str, result: CheckResult) -> dict[str, Any] | None:
    """Read and schema-check the manifest; None (with a ``json`` finding) when it is not a JSON object."""
    try:
        manifest = io.read_json(path)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        result.add(Finding("json", path, None, None, f"manifest is not readable JSON: {exc}"))
        return None
    if not isinstance(manifest, dict):
        result.add(Finding("json", path, None, None, "manifest is not a JSON object"))
        return None
    for message in schema_errors(manifest, "manifest"):
        result.add(Finding("schema", path, None, None, message))
    return manifest
