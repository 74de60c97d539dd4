"""Load the hand-cut tip fixtures (tests/fixtures/tips/) and their golden expectations (tests/golden/tips/).

A fixture is an article body (``NAME.txt``, or ``NAME.html`` read through the reader) with an optional
``NAME.meta.json`` holding the article fields the earlier stages would set (title, author, licence, bio,
sign-off, part). Its golden file ``tests/golden/tips/NAME.json`` holds the expected tip count, the tips'
headlines and forms, and, for the seeds, the attribution line and the seed page the body was cut from.
"""

from __future__ import annotations

import json
from pathlib import Path

from pipeline.records import Article, AuthorBio, Licence, Source, sha256_bytes
from pipeline.stages.read import page_to_article

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures" / "tips"
GOLDEN = ROOT / "golden" / "tips"


def fixture_names() -> list[str]:
    return sorted(p.stem for p in FIXTURES.iterdir() if p.suffix in (".txt", ".html"))


def fixture_path(name: str) -> Path:
    return next(p for p in (FIXTURES / f"{name}.txt", FIXTURES / f"{name}.html") if p.exists())


def load_article(name: str) -> Article:
    """Build the article a fixture stands for, as it will look after repair, boilerplate and segmentation."""
    path = fixture_path(name)
    data = path.read_bytes()
    if path.suffix == ".html":
        return page_to_article(f"tests/fixtures/tips/{path.name}", data, "html")
    meta_path = FIXTURES / f"{name}.meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
    source = Source(path=f"tests/fixtures/tips/{path.name}", sha256=sha256_bytes(data), size=len(data),
                    format="txt", encoding="utf-8", encoding_method="utf-8", part=meta.get("part", 0))
    licence = Licence(**meta["licence"]) if meta.get("licence") else None
    bio = AuthorBio(**meta["author_bio"]) if meta.get("author_bio") else None
    return Article(
        id=Article.make_id(source), source=source, text=data.decode("utf-8").strip("\n"), title=meta.get("title"),
        author=meta.get("author"), author_credentials=meta.get("author_credentials"), author_bio=bio,
        signoff=meta.get("signoff"), licence=licence,
    )


def load_golden(name: str) -> dict:
    return json.loads((GOLDEN / f"{name}.json").read_text(encoding="utf-8"))


def write_golden(name: str, data: dict) -> None:
    (GOLDEN / f"{name}.json").write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
