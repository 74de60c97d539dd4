"""Score cleaned articles against hand labels: per-field accuracy of attribution, licence and body cleaning.

Shared by ``bench_attribution`` (the accuracy report) and the tests (which assert each labelled field).
Labels are JSON: for each page, one object per article in page order (see
``tests/fixtures/attribution/labels.json``), plus ``gone`` (text that must not survive in any article body) and
``kept`` (sentences that must).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from pipeline import api
from pipeline.records import Record, to_dict
from pipeline.stages import read
from pipeline.stats import Run

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "attribution"
GOLDEN = ROOT / "tests" / "golden"
ARTICLE_FIELDS = ("title", "author", "author_credentials", "signoff", "bio", "bio_contacts", "licence_tag",
                  "licence_holder", "licence_year", "licence_conditions", "attribution_missing")
PAGE_FIELDS = ("articles", "gone", "kept")
FIELDS = PAGE_FIELDS[:1] + ARTICLE_FIELDS + PAGE_FIELDS[1:]


def stream_through(paths: Iterable[str], last: str | None = "segment", segment: Any = None) -> Iterator[Record]:
    """Stream ``paths`` through the default chain up to and including stage ``last`` (``None``: read only);
    ``segment``: a ``SegmentConfig`` in place of the default one."""
    ledger = Run()
    stream = api.source(ledger, tuple(paths), read.ReadConfig())(iter(()))
    for step in api.through(last) if last else ():
        if segment is not None and step.name == "segment":
            step = replace(step, config=segment)
        stream = api.bind(ledger, step)(stream)
    return iter(stream)


def clean_through(paths: Iterable[str], last: str | None = "segment") -> list[Record]:
    """Like :func:`stream_through`, collected into a list."""
    return list(stream_through(paths, last))


def observed(article: dict[str, Any]) -> dict[str, Any]:
    """Return the labelled fields of a written article (its JSON form)."""
    bio = article.get("author_bio") or None
    licence = article.get("licence") or {}
    return {
        "title": article.get("title"),
        "author": article.get("author"),
        "author_credentials": article.get("author_credentials"),
        "signoff": article.get("signoff"),
        "bio": bio["text"] if bio else None,
        "bio_contacts": sorted((bio["emails"] + bio["urls"]) if bio else []),
        "licence_tag": licence.get("tag", "NOASSERTION"),
        "licence_holder": licence.get("holder"),
        "licence_year": licence.get("year"),
        "licence_conditions": sorted(licence.get("conditions", [])),
        "attribution_missing": "attribution-missing" in article.get("flags", []),
    }


def expected(label: dict[str, Any]) -> dict[str, Any]:
    """Return a labelled article in the shape of :func:`observed`."""
    licence = label.get("licence", {})
    return {
        "title": label.get("title"),
        "author": label.get("author"),
        "author_credentials": label.get("author_credentials"),
        "signoff": label.get("signoff"),
        "bio": label.get("bio"),
        "bio_contacts": sorted(label.get("bio_emails", []) + label.get("bio_urls", [])),
        "licence_tag": licence.get("tag", "NOASSERTION"),
        "licence_holder": licence.get("holder"),
        "licence_year": licence.get("year"),
        "licence_conditions": sorted(licence.get("conditions", [])),
        "attribution_missing": label.get("attribution_missing", False),
    }


def field_matches(name: str, want: Any, got: Any) -> bool:
    """Compare one field: the bio by its labelled opening (or both absent), everything else exactly."""
    if name == "bio":
        return (want is None and got is None) or (want is not None and got is not None and got.startswith(want))
    return want == got


def score_page(label: dict[str, Any], articles: list[dict[str, Any]]) -> list[tuple[str, str, bool, Any, Any]]:
    """Return one ``(field, where, ok, expected, observed)`` row per labelled item of one page.

    Articles are matched by position (``source.part``); an article missing from the output fails every field.
    """
    rows: list[tuple[str, str, bool, Any, Any]] = []
    want_articles = label["articles"]
    articles = sorted(articles, key=lambda a: a["source"]["part"])
    rows.append(("articles", "page", len(articles) == len(want_articles), len(want_articles), len(articles)))
    for part, want_label in enumerate(want_articles):
        want = expected(want_label)
        got = observed(articles[part]) if part < len(articles) else {}
        for name in ARTICLE_FIELDS:
            ok = part < len(articles) and field_matches(name, want[name], got.get(name))
            rows.append((name, f"part {part}", ok, want[name], got.get(name)))
    bodies = [" ".join(a["text"].split()) for a in articles]
    for text in label.get("gone", []):
        rows.append(("gone", text, not any(text in body for body in bodies), "absent", "absent"
                     if not any(text in body for body in bodies) else "present"))
    for text in label.get("kept", []):
        found = any(" ".join(text.split()) in body for body in bodies)
        rows.append(("kept", text, found, "present", "present" if found else "absent"))
    return rows


def evaluate(labels: dict[str, dict[str, Any]], directory: Path) -> dict[str, list[tuple[str, str, bool, Any, Any]]]:
    """Clean every labelled page of ``directory`` and score it; return the rows per page name."""
    names = sorted(name for name in labels if not name.startswith("_"))
    articles = [to_dict(a) for a in clean_through([str(directory / name) for name in names])]
    by_page: dict[str, list[dict[str, Any]]] = {name: [] for name in names}
    for article in articles:
        by_page[Path(article["source"]["path"]).name].append(article)
    return {name: score_page(labels[name], by_page[name]) for name in names}


def accuracy(results: dict[str, list[tuple[str, str, bool, Any, Any]]]) -> dict[str, tuple[int, int]]:
    """Return ``field -> (correct, labelled)`` over all pages."""
    totals = {name: [0, 0] for name in FIELDS}
    for rows in results.values():
        for name, _, ok, _, _ in rows:
            totals[name][0] += ok
            totals[name][1] += 1
    return {name: (c, n) for name, (c, n) in totals.items() if n}
