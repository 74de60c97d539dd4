"""Schema handling: validate records and manifests against the JSON Schemas tipline ships (references inlined
once, validators built on first use).

Most records are valid, and ``jsonschema`` spends about 3 ms on each. So a record is first run through a
validator compiled to Python by ``fastjsonschema`` (24 times faster on tips); only a record it refuses is
validated again by ``jsonschema``, whose messages are the ones reported. The verdict is therefore
``jsonschema``'s whenever the compiled validator is at least as strict, which :func:`compilable` makes sure of:
a schema is compiled only when every keyword in it is one whose compiled check is the same or stricter
(``fastjsonschema`` reads ``$`` as end of string, and refuses ``1.0`` as an integer: both stricter), and every
``const``/``enum`` value is a string (Python's ``1 == True`` would accept what JSON Schema refuses). Any other
schema, or a missing ``fastjsonschema``, is validated by ``jsonschema`` alone.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .. import schemas

MAX_SCHEMA_ERRORS = 3  # per record; the first few say enough
# Keywords whose fastjsonschema check equals jsonschema's (Draft 2020-12) or is stricter, for the values tipline
# uses; annotations that validate nothing are listed too. A schema with any other keyword is not compiled.
COMPILABLE_KEYWORDS = frozenset({
    "type", "properties", "required", "additionalProperties", "items", "minimum", "maximum", "minLength",
    "maxLength", "minItems", "maxItems", "pattern", "const", "enum", "uniqueItems",
    "anyOf",  # the records' nullable objects ({"anyOf": [object, null]}); each branch must be compilable too
    "title", "description", "$schema", "$id", "$comment", "examples",  # not "default": fastjsonschema fills it in
})


def schema_errors(data: Any, name: str, compiled: bool = True, version: str | None = None) -> list[str]:
    """Validate ``data`` against the shipped schema ``name`` (of the earlier record ``version``, see
    ``schemas.older_version``); return up to a few ``path: message`` strings (``compiled=False``: ``jsonschema``
    alone, what the compiled validator must agree with).

    >>> schema_errors({"schema": "tipline.manifest/1"}, "manifest")[0]
    "(top): 'tipline_version' is a required property"
    """
    key = (name, version)
    fast = _compiled(key) if compiled else None
    if fast is not None and fast(data):
        return []
    errors = sorted((_deepest(e) for e in _validator(key).iter_errors(data)),
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


SchemaKey = tuple[str, "str | None"]  # (name, earlier version or None for the current one)
_VALIDATORS: dict[SchemaKey, Any] = {}
_COMPILED: dict[SchemaKey, Callable[[Any], bool] | None] = {}


def _inlined(key: SchemaKey) -> dict[str, Any]:
    schema = schemas.load(*key)
    return inline_refs(schema, schema.get("$defs", {}))


def _validator(key: SchemaKey) -> Any:
    if key not in _VALIDATORS:
        import jsonschema  # imported on first use: `tipline --help` need not pay for it

        _VALIDATORS[key] = jsonschema.Draft202012Validator(_inlined(key))
    return _VALIDATORS[key]


def _compiled(key: SchemaKey) -> Callable[[Any], bool] | None:
    """``valid(data)`` from the compiled validator of schema ``key``, or None where it may not be used."""
    if key not in _COMPILED:
        _COMPILED[key] = None
        schema = _inlined(key)
        if compilable(schema):
            try:
                import fastjsonschema
            except ImportError:  # optional speed-up: jsonschema alone gives the same verdicts
                return None
            # Draft 7 has every keyword COMPILABLE_KEYWORDS allows, with the 2020-12 meaning.
            check = fastjsonschema.compile({**nullable_merged(schema), "$schema": DRAFT_7}, use_formats=False)
            _COMPILED[key] = _as_predicate(check, fastjsonschema.JsonSchemaException)
    return _COMPILED[key]


def _as_predicate(check: Callable[[Any], Any], refused: type[Exception]) -> Callable[[Any], bool]:
    def valid(data: Any) -> bool:
        try:
            check(data)
        except refused:
            return False
        except (RecursionError, TypeError, ValueError):  # anything odd: let jsonschema judge it
            return False
        return True

    return valid


DRAFT_7 = "http://json-schema.org/draft-07/schema#"
# The keywords of an object schema that say nothing about a value of another type: merged with "null" into one
# {"type": ["object", "null"], ...}, it accepts exactly what {"anyOf": [it, {"type": "null"}]} accepts.
OBJECT_ONLY_KEYWORDS = frozenset({"type", "properties", "required", "additionalProperties", "title", "description"})


def nullable_merged(node: Any) -> Any:
    """``node`` with every nullable object (``{"anyOf": [object, {"type": "null"}]}``, how the records write an
    optional nested record) as one object schema whose type admits null: the same verdicts, but the compiled code
    tests a type instead of raising, catching and discarding an exception for each null (most nested records are).

    >>> nullable_merged({"anyOf": [{"type": "object", "required": ["a"]}, {"type": "null"}], "description": "d"})
    {'type': ['object', 'null'], 'required': ['a'], 'description': 'd'}
    >>> nullable_merged({"anyOf": [{"type": "object", "minProperties": 1}, {"type": "null"}]})["anyOf"][1]
    {'type': 'null'}
    """
    if isinstance(node, list):
        return [nullable_merged(v) for v in node]
    if not isinstance(node, dict):
        return node
    node = {k: _properties_merged(v) if k == "properties" else nullable_merged(v) for k, v in node.items()}
    branches = node.get("anyOf")
    if (isinstance(branches, list) and len(branches) == 2 and branches[1] == {"type": "null"}
            and isinstance(branches[0], dict) and branches[0].get("type") == "object"
            and set(branches[0]) <= OBJECT_ONLY_KEYWORDS and set(node) <= {"anyOf", "title", "description"}):
        rest = {k: v for k, v in node.items() if k != "anyOf"}
        return {**branches[0], "type": ["object", "null"], **rest}
    return node


def _properties_merged(properties: Any) -> Any:
    """The values of ``properties`` merged (its keys are property names, never keywords)."""
    if not isinstance(properties, dict):
        return properties
    return {name: nullable_merged(sub) for name, sub in properties.items()}


def compilable(node: Any, in_properties: bool = False) -> bool:
    """Tell whether a schema (refs inlined) uses only keywords whose compiled check is as strict as jsonschema's.

    >>> compilable({"type": "object", "properties": {"if": {"const": "x"}}, "required": ["if"]})
    True
    >>> compilable({"const": True}), compilable({"enum": ["a", 1]}), compilable({"oneOf": [{"type": "string"}]})
    (False, False, False)
    >>> compilable({"anyOf": [{"type": "object"}, {"type": "null"}]}), compilable({"enum": ["a", None]})
    (True, True)
    """
    if not isinstance(node, dict):
        return False
    for key, value in node.items():
        if in_properties:  # property names: any name, each value a schema
            if not compilable(value):
                return False
            continue
        if key not in COMPILABLE_KEYWORDS:
            return False
        if key == "properties" and not compilable(value, in_properties=True):
            return False
        if key in ("items", "additionalProperties") and not isinstance(value, bool) and not compilable(value):
            return False
        if key == "anyOf" and not (isinstance(value, list) and all(compilable(branch) for branch in value)):
            return False
        if key == "const" and not isinstance(value, str):
            return False
        if key == "enum" and not (isinstance(value, list) and all(v is None or isinstance(v, str) for v in value)):
            return False
        if key == "type" and not isinstance(value, (str, list)):
            return False
    return True


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
