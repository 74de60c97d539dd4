"""Every record tipline writes validates against the JSON Schema it ships."""

import json

import jsonschema
import pytest

from pipeline.cli import load_schema_text
from pipeline.records import Article, Source, Tip, to_dict
from tests.conftest import CLEAN, invoke, load_jsonl, load_manifest

SCHEMAS = {name: json.loads(load_schema_text(name)) for name in ("article", "tip", "manifest")}


def validator(name):
    schema = SCHEMAS[name]
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def test_clean_output_validates():
    articles = validator("article")
    for record in load_jsonl(CLEAN / "articles.jsonl"):
        articles.validate(record)
    if (CLEAN / "tips.jsonl").exists():
        tips = validator("tip")
        for record in load_jsonl(CLEAN / "tips.jsonl"):
            tips.validate(record)
    validator("manifest").validate(load_manifest(CLEAN))


def test_dataclass_defaults_validate():
    source = Source(path="a.txt", sha256="0" * 64, size=1, format="txt")
    validator("article").validate(to_dict(Article(id="0" * 16, source=source, text="x")))
    tip = Tip(id="1" * 16, article_id="0" * 16, position=1, of=1, headline="h", text="t", form="bullet",
              source=source)
    validator("tip").validate(to_dict(tip))


@pytest.mark.parametrize(
    "change",
    [
        {"id": "not-hex"},
        {"kind": "tip"},
        {"text": ""},
        {"unknown_field": 1},
        {"repairs": {"repparttar": -1}},
        {"licence": {"tag": "has spaces", "holder": None, "year": None, "statement": None, "conditions": []}},
    ],
)
def test_schema_rejects_broken_articles(change):
    source = Source(path="a.txt", sha256="0" * 64, size=1, format="txt")
    record = to_dict(Article(id="0" * 16, source=source, text="x")) | change
    with pytest.raises(jsonschema.ValidationError):
        validator("article").validate(record)


# ------------------------------------------------------------------ one typed schema, generated from the records


@pytest.mark.parametrize("name", ["article", "tip"])
def test_shipped_json_schema_is_the_one_generated_from_the_record_types(name):
    from pipeline import schemas

    assert load_schema_text(name) == schemas.json_schema_text(name), "run: python -m pipeline.schemas"


def test_every_field_is_required_and_typed_and_no_object_is_open():
    """Every key is always written, so every key is required, but the article's hand-offs (written only while
    it holds something, for segment or tips; never past it); a JSON object with free keys (counts, meta) would be
    inferred as a different struct in each run, so none is left."""
    hand_offs = {"article": {"html_starts", "html_bylines", "html_leads"}}

    def walk(node, where):
        if isinstance(node, dict):
            if node.get("type") == "object" or "object" in (node.get("type") or []):
                assert node.get("additionalProperties") is False, where
                optional = hand_offs.get(where, set())
                assert sorted(node["required"]) == sorted(set(node["properties"]) - optional), where
            for key, value in node.items():
                walk(value, f"{where}.{key}")
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, f"{where}[{i}]")

    for name in ("article", "tip"):
        walk(SCHEMAS[name], name)


def test_a_field_added_to_a_record_type_flows_into_every_schema():
    """What another change (a licence's reuse answer, dedup's evidence) needs: add the field, nothing else."""
    import dataclasses
    import typing

    from pipeline import records, schemas

    @dataclasses.dataclass(slots=True)
    class Evidence:
        method: str
        shared: list[str] = dataclasses.field(default_factory=list)

    @dataclasses.dataclass(slots=True)
    class NewTip(records.Tip):
        reuse: str | None = dataclasses.field(default=None, metadata=records.spec(enum=["yes", "no"]))
        evidence: Evidence | None = None
        level: typing.Literal["article", "tip"] = "tip"

    saved = records.KINDS["tip"]
    records.KINDS["tip"] = NewTip
    try:
        generated = schemas.json_schema("tip")
        assert generated["properties"]["reuse"] == {"type": ["string", "null"], "enum": ["yes", "no", None]}
        assert generated["$defs"]["evidence"]["required"] == ["method", "shared"]
        assert generated["properties"]["level"] == {"type": "string", "enum": ["article", "tip"]}
        tip = NewTip(id="1" * 16, article_id="0" * 16, position=1, of=1, headline="h", text="t", form="bullet",
                     source=records.Source("a.txt", "0" * 64, 1, "txt"), reuse="yes", evidence=Evidence("m", ["x"]))
        assert records._decoder(NewTip)(records.to_dict(tip), "") == tip
        with pytest.raises(ValueError, match="expected one of article, tip"):
            records._decoder(NewTip)(records.to_dict(tip) | {"level": "page"}, "")
        pa = pytest.importorskip("pyarrow")
        assert schemas.arrow_schema("tip").field("evidence").type == pa.struct(
            [pa.field("method", pa.string()), pa.field("shared", pa.list_(pa.string()))])
    finally:
        records.KINDS["tip"] = saved


def test_arrow_schema_types_every_field_and_ids_as_strings():
    pa = pytest.importorskip("pyarrow")
    from pipeline import schemas

    schema = schemas.arrow_schema("article")
    assert schema.field("id").type == pa.string() and not schema.field("id").nullable
    assert schema.field("language").type == pa.string() and schema.field("language").nullable
    assert schema.field("repairs").type == pa.list_(pa.struct([pa.field("name", pa.string()),
                                                               pa.field("count", pa.int64())]))
    assert schema.field("source").type.field("date").type == pa.string()
    assert schema.metadata == {b"tipline.schema": b"tipline.article/3"}
    assert "html_starts" not in schema.names  # a hand-off: empty in every row past segment, so no column

    def no_null_or_empty(t, where):
        assert t != pa.null(), where
        if pa.types.is_struct(t):
            assert t.num_fields > 0, where
            for f in t:
                no_null_or_empty(f.type, f"{where}.{f.name}")
        elif pa.types.is_list(t):
            no_null_or_empty(t.value_type, f"{where}[]")

    for name in ("article", "tip"):
        for f in schemas.arrow_schema(name):
            no_null_or_empty(f.type, f"{name}.{f.name}")


def test_features_match_the_arrow_schema():
    datasets = pytest.importorskip("datasets")
    pytest.importorskip("pyarrow")
    from pipeline import schemas

    for name in ("article", "tip"):
        feats = schemas.features(name)
        assert isinstance(feats, datasets.Features)
        assert feats.arrow_schema.names == schemas.arrow_schema(name).names
        assert feats.arrow_schema.remove_metadata().equals(
            _all_nullable(schemas.arrow_schema(name)).remove_metadata()), name


def _all_nullable(schema):
    import pyarrow as pa

    def loosen(t):
        if pa.types.is_struct(t):
            return pa.struct([pa.field(f.name, loosen(f.type)) for f in t])
        if pa.types.is_list(t):
            return pa.list_(loosen(t.value_type))
        return t

    return pa.schema([pa.field(f.name, loosen(f.type)) for f in schema])


def test_schema_command_prints_the_arrow_schema(runner):
    pytest.importorskip("pyarrow")
    from pipeline import schemas

    result = invoke(runner, "schema", "tip", "--format", "arrow")
    assert result.exit_code == 0 and result.stdout == schemas.arrow_schema_text("tip")
    assert result.stdout.startswith("id: string not null\narticle_id: string not null\n")
    refused = invoke(runner, "schema", "manifest", "--format", "arrow")
    assert refused.exit_code == 2 and "no Arrow schema" in refused.stderr
