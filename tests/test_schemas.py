"""Every record tipline writes validates against the JSON Schema it ships."""

import json

import jsonschema
import pytest

from pipeline.cli import load_schema_text
from pipeline.records import Article, Source, Tip, to_dict
from tests.conftest import CLEAN, load_jsonl, load_manifest

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
