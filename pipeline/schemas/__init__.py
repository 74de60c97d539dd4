"""The schemas of the records tipline writes, generated from the record types (``pipeline.records``).

The dataclasses' type hints (and the JSON Schema keywords in their field metadata) are the one source: from them
come the JSON form (``records.to_dict``), the JSON Schemas shipped beside this file (``article.schema.json``,
``tip.schema.json``; a test keeps them equal to :func:`json_schema`), the Arrow schema Parquet is written with
(:func:`arrow_schema`, needs ``tipline[parquet]``) and the HF ``datasets.Features`` (:func:`features`). A field
added to a record type flows into all of them; regenerate the shipped files with ``python -m pipeline.schemas``.

The manifest is one JSON document, not a table: its schema (``manifest.schema.json``) is written by hand.

The JSON Schemas of the earlier record versions this tipline still reads (``records.READ_SCHEMAS``) ship beside them,
frozen as their last writer left them (``article.1``, ``tip.1``: from before the typed schema; ``article.2``: the
release before ``html_starts``): ``tipline check`` validates a record against its own version's schema.
"""

from __future__ import annotations

import json
import re
import typing
from dataclasses import is_dataclass
from functools import cache
from importlib import resources
from typing import Any

from ..records import (
    ARTICLE_SCHEMA,
    KINDS,
    READ_SCHEMAS,
    TIP_SCHEMA,
    entry_key,
    is_optional,
    literal_values,
    strip_optional,
    typed_fields,
)

NAMES = ("article", "tip", "manifest")
RECORD_NAMES = ("article", "tip")
FORMATS = ("json-schema", "arrow")
VERSIONS = {"article": ARTICLE_SCHEMA, "tip": TIP_SCHEMA}
DESCRIPTIONS = {
    "article": "One cleaned article, one JSON object per line of articles.jsonl (or one row of articles.parquet).",
    "tip": "One self-contained tip, one JSON object per line of tips.jsonl (or one row of tips.parquet).",
}
PARQUET_HINT = "pip install 'tipline[parquet]'"


def older_version(name: str, record_schema: Any) -> str | None:
    """The version number of an earlier record version ``record_schema`` of ``name`` whose JSON Schema is shipped
    (frozen as ``NAME.N.schema.json``: what that version's writer wrote, never edited), or None (the current
    version, or a value that is no version of ``name``: validated against the current schema, which says why).

    >>> older_version("article", "tipline.article/2"), older_version("article", ARTICLE_SCHEMA)
    ('2', None)
    >>> older_version("tip", "tipline.tip/1"), older_version("tip", "tipline.article/1"), older_version("tip", 1)
    ('1', None, None)
    """
    versions = READ_SCHEMAS.get(name, ())
    if record_schema in versions[:-1]:
        return str(record_schema).rsplit("/", 1)[1]
    return None


def text(name: str, version: str | None = None) -> str:
    """Return the text of the shipped JSON Schema ``name`` (article, tip or manifest); ``version``: of that earlier
    record version (see :func:`older_version`) instead of the current one.

    >>> json.loads(text("tip"))["$id"], json.loads(text("article", "1"))["$id"]
    ('urn:tipline:schema:tip:2', 'urn:tipline:schema:article:1')
    """
    if name not in NAMES:
        raise ValueError(f"unknown schema {name!r} (expected one of {', '.join(NAMES)})")
    if version is not None and f"tipline.{name}/{version}" not in READ_SCHEMAS.get(name, ())[:-1]:
        raise ValueError(f"no earlier version {version!r} of schema {name!r}")
    stem = name if version is None else f"{name}.{version}"
    return resources.files(__name__).joinpath(f"{stem}.schema.json").read_text(encoding="utf-8")


@cache
def load(name: str, version: str | None = None) -> dict[str, Any]:
    """Return the shipped JSON Schema ``name`` (of an earlier ``version``) as a dict (cached; do not mutate it)."""
    return json.loads(text(name, version))


def _record_type(name: str) -> type:
    if name not in RECORD_NAMES:
        raise ValueError(f"{name!r} has no record type (expected one of {', '.join(RECORD_NAMES)})")
    return KINDS[name]


def def_name(cls: type) -> str:
    """The ``$defs`` name of a record type: its class name in snake case.

    >>> def_name(KINDS["article"]), def_name(typing.get_type_hints(KINDS["article"])["removed_spans"].__args__[0])
    ('article', 'removed_span')
    """
    return re.sub(r"(?<!^)(?=[A-Z])", "_", cls.__name__).lower()


_JSON_SCALARS = {str: "string", int: "integer", float: "number", bool: "boolean"}


def json_schema(name: str) -> dict[str, Any]:
    """Generate the JSON Schema (draft 2020-12) of the record type ``name`` from its dataclass.

    Every field is required (the writer always writes every key; absent values are null).

    >>> s = json_schema("tip")
    >>> s["properties"]["repairs"]
    {'type': 'array', 'items': {'$ref': '#/$defs/count'}}
    >>> s["properties"]["licence"]
    {'anyOf': [{'$ref': '#/$defs/licence'}, {'type': 'null'}]}
    """
    cls = _record_type(name)
    defs: dict[str, Any] = {}
    body = _object_schema(cls, defs)
    version = VERSIONS[name].rsplit("/", 1)[1]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"urn:tipline:schema:{name}:{version}",
        "title": f"tipline {name} record, version {version}",
        "description": DESCRIPTIONS[name],
        **body,
        "$defs": dict(sorted(defs.items())),
    }


def json_schema_text(name: str) -> str:
    """The generated JSON Schema as the shipped file holds it (2-space indent, fields in record order)."""
    return json.dumps(json_schema(name), indent=2, ensure_ascii=False) + "\n"


def _object_schema(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    """Every key required (a TypedDict's absent one is written as null) but a record's hand-off, which is written
    only while it holds something (``records.hand_off``)."""
    props, required = {}, []
    for name, hint, absent, keywords in typed_fields(cls, hand_offs=True):
        hand_off = absent and is_dataclass(cls)
        props[name] = _field_schema(hint, dict(keywords), defs, nullable=absent and not hand_off)
        if not hand_off:
            required.append(name)
    return {"type": "object", "additionalProperties": False, "required": required, "properties": props}


def _field_schema(hint: Any, keywords: dict[str, Any], defs: dict[str, Any], nullable: bool = False) -> dict:
    nullable = nullable or is_optional(hint)
    base = strip_optional(hint)
    description = keywords.pop("description", None)
    origin = typing.get_origin(base)
    named = literal_values(base)
    if named is not None:  # Literal["a", "b"]: a string of these values
        keywords = {"enum": list(named), **keywords}
        base = str
    if base in _JSON_SCALARS:
        out: dict[str, Any] = {"type": [_JSON_SCALARS[base], "null"] if nullable else _JSON_SCALARS[base]}
        if "enum" in keywords and nullable:
            keywords["enum"] = [*keywords["enum"], None]
        out.update(keywords)
    elif origin is list:
        items = _field_schema(typing.get_args(base)[0], keywords.pop("items", {}), defs)
        out = {"type": ["array", "null"] if nullable else "array", "items": items, **keywords}
    elif origin is dict:
        value_hint = typing.get_args(base)[1]
        key = entry_key(value_hint)
        entry = "count" if key == "count" else f"{_JSON_SCALARS[value_hint]}_value"
        if entry not in defs:
            value = _field_schema(value_hint, {"minimum": 0} if key == "count" else {}, defs)
            defs[entry] = {"type": "object", "additionalProperties": False, "required": ["name", key],
                           "properties": {"name": {"type": "string", "minLength": 1}, key: value}}
        out = {"type": ["array", "null"] if nullable else "array", "items": {"$ref": f"#/$defs/{entry}"}}
    elif is_dataclass(base) or typing.is_typeddict(base):
        ref = def_name(base)
        if ref not in defs:
            defs[ref] = {}  # placeholder first: a type met again while it is being built is referred to
            defs[ref] = _object_schema(base, defs)
        out = {"anyOf": [{"$ref": f"#/$defs/{ref}"}, {"type": "null"}]} if nullable else {"$ref": f"#/$defs/{ref}"}
    else:
        raise TypeError(f"{hint}: no JSON Schema form")
    return {"description": description, **out} if description else out


def _pyarrow() -> Any:
    try:
        import pyarrow
    except ImportError:
        raise ImportError(f"the Arrow schema and Parquet need pyarrow: {PARQUET_HINT}") from None
    return pyarrow


def arrow_schema(name: str) -> Any:
    """Generate the ``pyarrow.Schema`` of the record type ``name``: the one Parquet files are written with.

    Top-level fields that are never null are ``nullable=False``; fields inside structs are all nullable,
    because pyarrow's JSON reader refuses a null struct (``author_bio: null``) whose children are not (the JSON
    Schema says exactly which are required). Ids are strings; ``dict[str, V]`` fields are lists of
    ``struct<name, count|value>``; the schema's metadata names the record version (``tipline.schema``).
    """
    pa = _pyarrow()
    cls = _record_type(name)
    fields = [pa.field(n, _arrow_type(pa, h), nullable=absent or is_optional(h))
              for n, h, absent, _ in typed_fields(cls)]
    return pa.schema(fields, metadata={"tipline.schema": VERSIONS[name]})


def _arrow_type(pa: Any, hint: Any) -> Any:
    base = strip_optional(hint)
    origin = typing.get_origin(base)
    scalars = {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_()}
    if literal_values(base) is not None:
        return pa.string()
    if base in scalars:
        return scalars[base]
    if origin is list:
        return pa.list_(_arrow_type(pa, typing.get_args(base)[0]))
    if origin is dict:
        value_hint = typing.get_args(base)[1]
        return pa.list_(pa.struct([pa.field("name", pa.string()),
                                   pa.field(entry_key(value_hint), _arrow_type(pa, value_hint))]))
    if is_dataclass(base) or typing.is_typeddict(base):
        return pa.struct([pa.field(n, _arrow_type(pa, h)) for n, h, _, _ in typed_fields(base)])
    raise TypeError(f"{hint}: no Arrow form")


def arrow_schema_text(name: str) -> str:
    """The Arrow schema as ``tipline schema NAME --format arrow`` prints it."""
    return arrow_schema(name).to_string(show_field_metadata=False, show_schema_metadata=True) + "\n"


def features(name: str) -> Any:
    """Generate the HF ``datasets.Features`` of the record type ``name`` (needs the ``datasets`` package), for
    ``load_dataset("json", data_files=[...], features=features("article"))``."""
    try:
        import datasets
    except ImportError:
        raise ImportError("features() needs the datasets package: pip install datasets") from None
    return datasets.Features({n: _feature(datasets, h) for n, h, _, _ in typed_fields(_record_type(name))})


def _feature(datasets: Any, hint: Any) -> Any:
    base = strip_optional(hint)
    origin = typing.get_origin(base)
    scalars = {str: "string", int: "int64", float: "float64", bool: "bool"}
    if literal_values(base) is not None:
        return datasets.Value("string")
    if base in scalars:
        return datasets.Value(scalars[base])
    listed = getattr(datasets, "List", None) or (lambda feature: [feature])  # datasets < 4: a python list
    if origin is list:
        return listed(_feature(datasets, typing.get_args(base)[0]))
    if origin is dict:
        value_hint = typing.get_args(base)[1]
        return listed({"name": datasets.Value("string"), entry_key(value_hint): _feature(datasets, value_hint)})
    if is_dataclass(base) or typing.is_typeddict(base):
        return {n: _feature(datasets, h) for n, h, _, _ in typed_fields(base)}
    raise TypeError(f"{hint}: no datasets.Features form")


def render(name: str, fmt: str) -> str:
    """The schema ``name`` in ``fmt`` (``json-schema`` or ``arrow``), as ``tipline schema`` prints it."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown schema format {fmt!r} (expected one of {', '.join(FORMATS)})")
    if fmt == "json-schema":
        return text(name)
    if name not in RECORD_NAMES:
        raise ValueError(f"the {name} is one JSON document, not a table: it has no Arrow schema "
                         "(use --format json-schema)")
    return arrow_schema_text(name)
