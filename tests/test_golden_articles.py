"""Golden expectations for the five seed pages after boilerplate removal and segmentation (tests/golden/*.json).

For each seed: the number of articles, each article's title, author, credentials, sign-off, bio, licence
(tag, holder, year, conditions, statement) and flags; and, mechanically against the text the boilerplate stage
receives, that every line the golden file lists as boilerplate or attribution is gone from the article text while
every other sentence of the page survives in it.

Fields listed under ``needs_repair`` only hold once the repair stage (a separate issue) runs before boilerplate:
they are strict xfails while it is not in the default chain, and must pass once it is.
"""

from __future__ import annotations

import json
import re

import pytest

from bench.labels import ARTICLE_FIELDS, GOLDEN, clean_through, expected, field_matches, observed
from pipeline.api import DEFAULT_STAGES
from pipeline.records import to_dict
from tests.conftest import RAW

GOLDEN_FILES = sorted(GOLDEN.glob("*.json"))
SENTENCE_BREAK = re.compile(r"(?<=[.!?…])\s+(?=[A-Z“\"‘(•·0-9])")


NAMES = [step.name for step in DEFAULT_STAGES]
REPAIRED = "repair" in NAMES[: NAMES.index("boilerplate")]


def load(path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def articles() -> dict[str, list[dict]]:
    """The seeds through the default chain up to segment, by page name, parts in order."""
    out: dict[str, list[dict]] = {}
    for article in clean_through([str(RAW)], "segment"):
        out.setdefault(article.source.path.rsplit("/", 1)[-1], []).append(to_dict(article))
    return {page: sorted(parts, key=lambda a: a["source"]["part"]) for page, parts in out.items()}


@pytest.fixture(scope="module")
def upstream() -> dict[str, str]:
    """The seeds' text as the boilerplate stage receives it (after whatever stages run before it)."""
    before = NAMES.index("boilerplate")
    records = clean_through([str(RAW)], NAMES[before - 1]) if before else clean_through([str(RAW)], None)
    return {r.source.path.rsplit("/", 1)[-1]: r.text for r in records}


def field_cases():
    for path in GOLDEN_FILES:
        golden = load(path)
        pending = set(golden["needs_repair"])
        for part, _ in enumerate(golden["articles"]):
            for name in (*ARTICLE_FIELDS, "statement", "flags"):
                marks = []
                if f"{part}.{name}" in pending and not REPAIRED:
                    marks = [pytest.mark.xfail(strict=True, reason="needs the repair stage before boilerplate")]
                yield pytest.param(path.stem, part, name, marks=marks, id=f"{path.stem[:3]}-part{part}-{name}")


@pytest.mark.parametrize("stem", [p.stem for p in GOLDEN_FILES])
def test_articles_per_page_and_ids(stem, articles):
    golden = load(GOLDEN / f"{stem}.json")
    parts = articles[golden["page"]]
    assert len(parts) == len(golden["articles"])
    assert [a["source"]["part"] for a in parts] == list(range(len(parts)))
    assert len({a["id"] for a in parts}) == len(parts)
    assert all(a["text"].strip() for a in parts)


@pytest.mark.parametrize("stem, part, name", list(field_cases()))
def test_fields(stem, part, name, articles):
    golden = load(GOLDEN / f"{stem}.json")
    label, article = golden["articles"][part], articles[golden["page"]][part]
    if name == "statement":
        assert article["licence"]["statement"] == label["licence"]["statement"]
    elif name == "flags":
        assert article["flags"] == label["flags"]
    else:
        want, got = expected(label)[name], observed(article)[name]
        assert field_matches(name, want, got), (want, got)


def sentences(text: str) -> list[str]:
    """Split text into sentences: lines, then after ., !, ?, … before a capital, digit, bullet or quote."""
    return [s.strip() for line in text.split("\n") for s in SENTENCE_BREAK.split(line) if s.strip()]


@pytest.mark.parametrize("stem", [p.stem for p in GOLDEN_FILES])
def test_boilerplate_is_gone_and_every_body_sentence_survives(stem, articles, upstream):
    golden = load(GOLDEN / f"{stem}.json")
    text = upstream[golden["page"]]
    bodies = [a["text"] for a in articles[golden["page"]]]
    body_lines = {line.strip() for body in bodies for line in body.split("\n")}
    for item in golden["removed"]:
        matches = list(re.finditer(item["pattern"], text, re.M))
        assert matches, f"golden pattern for {item['as']} no longer matches the page: {item['pattern']}"
        for m in matches:
            for gone in filter(None, (line.strip() for line in m.group().split("\n"))):
                assert gone not in body_lines, f"{item['as']} survived: {gone!r}"
                if len(gone) > 25:
                    assert not any(gone in body for body in bodies), f"{item['as']} survived: {gone[:60]!r}"
        text = re.sub(item["pattern"], "\n", text, flags=re.M)
    joined = "\n".join(bodies)
    lost = [s for s in sentences(text) if s not in joined]
    assert not lost, f"{len(lost)} body sentence(s) lost, first: {lost[0][:80]!r}"
