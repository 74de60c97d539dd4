"""Schema handling: validate records and manifests against the JSON Schemas tipline ships (references inlined
once, validators built on first use)."""

from __future__ import annotations

from typing import Any

from .. import schemas

MAX_SCHEMA_ERRORS = 3  # per record; the first few say enough


def schema_errors(data: Any, name: str) -> list[str]:
    """Validate ``data`` against the shipped schema ``name``; return up to a few ``path: message`` strings.

    >>> schema_errors({"schema": "tipline.manifest/1"}, "manifest")[0]
    "(top): 'tipline_version' is a required property"
    """
    errors = sorted((_deepest(e) for e in _validator(name).iter_errors(data)),
                    key=lambda e: [str(p) for p in e.absolute_path])
    out = []
    for error in errors[:MAX_SCHEMA_ERRORS]:
        where = ".".join(str(p) for p in error.absolute_path) or "(top)"
        message = error.message if len(error.message) <= 160 else error.message[:157] + "..."
        out.append(f"{where}: {message}")
    if len(errors) > MAX_SCHEMA_ERRORS:
        out.append(f"... and {len(errors) - MAX_SCHEMA_ERRORS} more schema error(s)")
    return out


def _deepest(error: Any) -> Any:
    """The error inside a nullable object (``anyOf: [object, null]``) that says what is wrong with the object,
    rather than "is not valid under any of the given schemas"."""
    if error.context:
        return max(error.context, key=lambda e: (len(e.absolute_path), e.validator_value != "null"))
    return error


_VALIDATORS: dict[str, Any] = {}


def _validator(name: str) -> Any:
    if name not in _VALIDATORS:
        import jsonschema  # imported on first use: `tipline --help` need not pay for it

        schema = schemas.load(name)
        _VALIDATORS[name] = jsonschema.Draft202012Validator(inline_refs(schema, schema.get("$defs", {})))
    return _VALIDATORS[name]


def inline_refs(node: Any, defs: dict[str, Any], depth: int = 0) -> Any:
    """Return ``node`` with every local ``{"$ref": "#/$defs/x"}`` replaced by the definition it names.

    Validation is twice as fast without jsonschema resolving references on every record; tipline's schemas have
    no recursive definitions (a cycle raises ``ValueError``).

    >>> inline_refs({"properties": {"id": {"$ref": "#/$defs/id"}}, "$defs": {"id": {"type": "string"}}},
    ...             {"id": {"type": "string"}})
    {'properties': {'id': {'type': 'string'}}}
    """
    if depth > 32:
        raise ValueError("schema definitions refer to each other in a cycle")
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/$defs/") and len(node) == 1:
            return inline_refs(defs[ref.removeprefix("#/$defs/")], defs, depth + 1)
        return {k: inline_refs(v, defs, depth + 1) for k, v in node.items() if k != "$defs"}
    if isinstance(node, list):
        return [inline_refs(v, defs, depth + 1) for v in node]
    return node
